#pragma once
// ResizeShapeCommand: gives a shape new bounds.

#include "commands/documentcommand.h"

#include <QRectF>

namespace amtsweg {

/// Sets the Bounds (x, y, width, height) of a BPMNShape, creating the Bounds element when the
/// shape has none. Attached edges and the label are left to the caller. Same bounds: no-op.
class ResizeShapeCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeShapeCommand)

public:
    ResizeShapeCommand(BpmnDocument *document, NodeId shape, const QRectF &bounds,
                       QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    NodeId m_shape;
    QRectF m_bounds;
};

} // namespace amtsweg

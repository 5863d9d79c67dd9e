#pragma once
// ResizeLanesCommand: resizes a lane or pool together with the lanes and pool that share its
// borders, in one step, and keeps lane membership in sync.

#include "commands/documentcommand.h"

#include <QList>
#include <QPair>
#include <QRectF>

namespace amtsweg {

/// Sets the bounds of several shapes (a lane, its neighbours, its pool: the caller computes
/// them) and then rewrites the <flowNodeRef>s of `process`'s lanes from the new geometry
/// (lanerefs::sync). Shapes whose bounds do not change are left alone.
class ResizeLanesCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeLanesCommand)

public:
    ResizeLanesCommand(BpmnDocument *document, QList<QPair<NodeId, QRectF>> bounds, NodeId process,
                       QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    QList<QPair<NodeId, QRectF>> m_bounds;
    NodeId m_process;
};

} // namespace amtsweg

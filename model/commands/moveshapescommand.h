#pragma once
// MoveShapesCommand: moves a dragged selection in one step.

#include "commands/documentcommand.h"

#include <QPointF>

#include <vector>

namespace amtsweg {

/// Moves shapes and edges (DI elements; a semantic element stands for its first shape) by
/// `delta`: the Bounds and label Bounds of each shape; every waypoint and the label of each
/// selected edge and of each edge whose both ends move; only the first (last) waypoint of an
/// edge whose source (target) alone moves. The caller passes the whole selection, including
/// children of moved containers and attached boundary events. A zero delta does nothing.
class MoveShapesCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveShapesCommand)

public:
    MoveShapesCommand(BpmnDocument *document, std::vector<NodeId> diElements, const QPointF &delta,
                      QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    std::vector<NodeId> m_elements;
    QPointF m_delta;
};

} // namespace amtsweg

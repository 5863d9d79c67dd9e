#pragma once
// MoveShapesLanesCommand: a MoveShapesCommand that also keeps lane membership in sync.

#include "commands/moveshapescommand.h"

namespace amtsweg {

/// Moves shapes exactly like MoveShapesCommand (one undo step per drag), then rewrites the
/// <flowNodeRef>s of the lanes of every process whose flow nodes moved (lanerefs::sync), so that
/// a task dragged into another lane is listed there.
class MoveShapesLanesCommand : public MoveShapesCommand
{
public:
    MoveShapesLanesCommand(BpmnDocument *document, std::vector<NodeId> diElements,
                           const QPointF &delta, QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    std::vector<NodeId> m_shapes;
};

} // namespace amtsweg

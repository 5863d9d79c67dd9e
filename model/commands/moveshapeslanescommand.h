#pragma once
// MoveShapesLanesCommand: a MoveShapesCommand that also keeps lane membership in sync.

#include "commands/edgefollow.h"
#include "commands/moveshapescommand.h"

namespace amtsweg {

/// Moves shapes exactly like MoveShapesCommand (one undo step per drag), then
/// - keeps the routes of `following` edges (one end on a moved shape, as the caller found them)
///   orthogonal (edgefollow::follow), and
/// - rewrites the <flowNodeRef>s of the lanes of every process whose flow nodes moved
///   (lanerefs::sync), so that a task dragged into another lane is listed there.
class MoveShapesLanesCommand : public MoveShapesCommand
{
public:
    MoveShapesLanesCommand(BpmnDocument *document, std::vector<NodeId> diElements,
                           const QPointF &delta,
                           std::vector<edgefollow::FollowingEdge> following = {},
                           QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    void followEdges(ModelTree &tree, TreeEdit &edit);

    std::vector<NodeId> m_shapes;
    std::vector<edgefollow::FollowingEdge> m_following;
    QPointF m_delta;
};

} // namespace amtsweg

#pragma once
// RemoveLanesCommand: deleting elements where deleted lanes leave no gap, as bpmn.io does.

#include "commands/removeelementcommand.h"

namespace amtsweg {

/// Removes elements exactly like RemoveElementCommand (one undo step), and for every deleted
/// lane whose pool stays:
/// - the neighbouring lanes of the same lane set grow into its space (both halfway when it had
///   neighbours on both sides, else the one neighbour all the way), with their nested lanes on
///   that side; the pool and the enclosing lanes keep their size;
/// - the flow nodes the lane held are listed in the lanes that now cover them (nodes without
///   a shape there go to the neighbour before it, else after it).
/// The last lane of a lane set leaves its space to the pool or parent lane. Horizontal and
/// vertical pools.
class RemoveLanesCommand : public RemoveElementCommand
{
public:
    RemoveLanesCommand(BpmnDocument *document, std::vector<NodeId> elements,
                       QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    /// A deleted lane's flow nodes and the lane that inherits the undrawn ones.
    struct Closed
    {
        NodeId process = kNoNode;
        NodeId heir = kNoNode;
        std::vector<NodeId> nodes;
        std::vector<NodeId> planes;
    };
    /// The lanes among the elements whose pool and enclosing lanes are not deleted too.
    std::vector<NodeId> lanesToClose(const ModelTree &tree) const;
    /// Lets the neighbours of `lane` take its space in every plane that draws it.
    Closed closeGap(ModelTree &tree, TreeEdit &edit, NodeId lane,
                    const std::vector<NodeId> &closed) const;
    /// After the removal: membership of the nodes the deleted lanes held.
    static void reassign(ModelTree &tree, TreeEdit &edit, const Closed &closed);

    std::vector<NodeId> m_elements;
};

} // namespace amtsweg

#pragma once
// ReparentElementsCommand: flow nodes change their process or sub-process (a node dragged into
// another pool or into an expanded sub-process, or out of one).

#include "commands/documentcommand.h"

#include <vector>

namespace amtsweg {

/// Moves flow nodes into `container` (a process or sub-process): each node, with its subtree
/// (a sub-process keeps its content), is unlinked from its old container and linked into the
/// new one at its schema position. Boundary events of moved activities and sequence flows whose
/// both ends move come along. Lanes of the old process stop listing moved nodes; when
/// `container` is a process with lanes, the lanes whose bounds in `plane` hold a moved node's
/// centre list it. Ids, attributes and foreign content are untouched; nodes already in
/// `container` and a container moved into itself are skipped.
///
/// The command does not remove anything: invalidFlows() names the sequence flows that now join
/// different containers and the message flows that now lie within one process, for the caller
/// to remove in the same undo step (MoveToContainerCommand).
class ReparentElementsCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReparentElementsCommand)

public:
    ReparentElementsCommand(BpmnDocument *document, std::vector<NodeId> flowNodes, NodeId container,
                            NodeId plane, QUndoCommand *parent = nullptr);

    /// Flows the move made invalid (after the first redo).
    const std::vector<NodeId> &invalidFlows() const { return m_invalidFlows; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    std::vector<NodeId> m_nodes;
    NodeId m_container;
    NodeId m_plane;
    std::vector<NodeId> m_invalidFlows;
};

} // namespace amtsweg

#pragma once
// RemoveElementCommand: deletes elements with everything that depends on them.

#include "commands/documentcommand.h"

#include <vector>

namespace amtsweg {

/// Removes elements (semantic elements, or shapes/edges standing for theirs) as one step:
/// - with their subtrees, and for a participant the process it alone references;
/// - with what depends on them: sequence/message flows and associations ending at them
///   (sourceRef/targetRef), data associations, boundary events (attachedToRef), and the DI
///   shapes, edges and planes' diagrams drawing any of these (bpmnElement) — transitively;
/// - and the references to them from elements that stay: <incoming>/<outgoing> entries,
///   lane <flowNodeRef>s, a gateway's `default`, IDREFS list entries and other reference
///   attributes.
/// Undo puts every node, attribute and reference back at exactly its old position.
class RemoveElementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveElementCommand)

public:
    RemoveElementCommand(BpmnDocument *document, std::vector<NodeId> elements,
                         QUndoCommand *parent = nullptr);
    RemoveElementCommand(BpmnDocument *document, NodeId element, QUndoCommand *parent = nullptr);

    /// The roots of the subtrees the command detached (after its first redo), in order.
    const std::vector<NodeId> &removedRoots() const { return m_removed; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    std::vector<NodeId> m_elements;
    std::vector<NodeId> m_removed;
};

} // namespace amtsweg

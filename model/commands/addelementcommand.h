#pragma once
// AddElementCommand: links prepared detached subtrees into the model.

#include "commands/documentcommand.h"

namespace amtsweg {

/// Inserts a detached semantic element under `parent` and, optionally, its detached DI element
/// (BPMNShape/BPMNEdge, built with di::createShape/createEdge) into `plane`, each at its
/// schema-valid position. Also adds the references the new element implies: for a sequence
/// flow the <outgoing>/<incoming> entries of its source and target, for a flow node in `lane`
/// the lane's <flowNodeRef>. Either part may be kNoNode (DI only for an existing element).
/// Undo detaches everything again.
class AddElementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddElementCommand)

public:
    AddElementCommand(BpmnDocument *document, NodeId parent, NodeId element, NodeId plane = kNoNode,
                      NodeId diElement = kNoNode, NodeId lane = kNoNode,
                      QUndoCommand *parentCommand = nullptr);

    NodeId element() const { return m_element; }
    NodeId diElement() const { return m_diElement; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    NodeId m_parent, m_element, m_plane, m_diElement, m_lane;
};

} // namespace amtsweg

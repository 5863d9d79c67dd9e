#pragma once
// ReplaceElementCommand: changes the type of a flow node (task -> user task, exclusive ->
// parallel gateway, start -> message start event ...), keeping everything that still fits.

#include "commands/documentcommand.h"

#include <string>

namespace amtsweg {

/// Replaces a BPMN element by one of another type (BPMN local name `newLocalName`) in the same
/// place, keeping its id (so every reference, flow and DI element stays connected), its
/// foreign attributes and foreign/extension content, and the attributes and children the new
/// type allows (documentation, incoming/outgoing, loop characteristics ...). For events,
/// `eventDefinition` ("messageEventDefinition" ...) replaces the event definitions (empty:
/// none); nullopt keeps them when the new type allows them. Shapes drawing the element keep
/// their centre and get the new type's default size when it differs in kind (activity, event,
/// gateway); attached edge ends follow the new outline. Undo restores the old element node.
class ReplaceElementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceElementCommand)

public:
    ReplaceElementCommand(BpmnDocument *document, NodeId element, std::string newLocalName,
                          std::optional<std::string> eventDefinition = std::nullopt,
                          QUndoCommand *parent = nullptr);

    /// The element node that replaced the old one (after the first redo).
    NodeId replacement() const { return m_replacement; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    void updateShapes(ModelTree &tree, TreeEdit &edit, NodeId element);

    NodeId m_element;
    std::string m_localName;
    std::optional<std::string> m_eventDefinition;
    NodeId m_replacement = kNoNode;
};

} // namespace amtsweg

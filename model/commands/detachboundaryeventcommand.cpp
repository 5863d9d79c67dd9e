#include "commands/detachboundaryeventcommand.h"

#include "bpmn/boundaryrules.h"
#include "commands/movetocontainercommand.h"
#include "commands/replaceelementcommand.h"
#include "document.h"

#include <string>

namespace amtsweg {

DetachBoundaryEventCommand::DetachBoundaryEventCommand(BpmnDocument *document, NodeId boundaryEvent,
                                                       NodeId container, NodeId plane,
                                                       QUndoCommand *parent)
    : ChainCommand(tr("Detach boundary event"), parent), m_document(document),
      m_event(boundaryEvent), m_container(container), m_plane(plane)
{
}

void DetachBoundaryEventCommand::buildSteps()
{
    const ModelTree &tree = m_document->tree();
    if (!tree.isValid(m_event) || !tree.isAttached(m_event) || !bpmn::canBeDetached(tree, m_event))
        return;
    const auto *replace = run(new ReplaceElementCommand(
        m_document, m_event, std::string(bpmn::detachedEventName(tree, m_event)), std::nullopt,
        this));
    if (replace->replacement() == kNoNode)
        return;
    m_event = replace->replacement();
    if (m_container != kNoNode && tree.parent(m_event) != m_container)
        run(new MoveToContainerCommand(m_document, {m_event}, m_container, m_plane, this));
}

} // namespace amtsweg

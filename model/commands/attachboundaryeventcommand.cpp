#include "commands/attachboundaryeventcommand.h"

#include "bpmn/boundaryrules.h"
#include "bpmn/elements.h"
#include "commands/movetocontainercommand.h"
#include "commands/removeelementcommand.h"
#include "commands/replaceelementcommand.h"
#include "commands/setpropertycommand.h"
#include "document.h"

namespace amtsweg {

AttachBoundaryEventCommand::AttachBoundaryEventCommand(BpmnDocument *document, NodeId event,
                                                       NodeId host, NodeId plane,
                                                       QUndoCommand *parent)
    : ChainCommand(tr("Attach boundary event"), parent), m_document(document), m_event(event),
      m_host(host), m_plane(plane)
{
}

void AttachBoundaryEventCommand::buildSteps()
{
    const ModelTree &tree = m_document->tree();
    if (!tree.isValid(m_event) || !tree.isAttached(m_event) || !tree.isAttached(m_host) ||
        !bpmn::canBeAttached(tree, m_event) || !bpmn::canHostBoundaryEvents(tree, m_host))
        return;
    const NodeId container = tree.parent(m_host);
    if (tree.parent(m_event) != container)
        run(new MoveToContainerCommand(m_document, {m_event}, container, m_plane, this));
    if (!bpmn::isBoundaryEvent(tree, m_event)) {
        const auto *replace = run(
            new ReplaceElementCommand(m_document, m_event, "boundaryEvent", std::nullopt, this));
        if (replace->replacement() == kNoNode)
            return;
        m_event = replace->replacement();
    }
    run(new SetPropertyCommand(m_document, m_event, tree.known().attachedToRef, tree.id(m_host),
                               this));
    const std::vector<NodeId> incoming = bpmn::incomingFlows(tree, m_event);
    if (!incoming.empty())
        run(new RemoveElementCommand(m_document, incoming, this));
}

} // namespace amtsweg

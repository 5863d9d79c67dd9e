#include "commands/movetocontainercommand.h"

#include "commands/removeelementcommand.h"
#include "commands/reparentelementscommand.h"

namespace amtsweg {

MoveToContainerCommand::MoveToContainerCommand(BpmnDocument *document,
                                               std::vector<NodeId> flowNodes, NodeId container,
                                               NodeId plane, QUndoCommand *parent)
    : ChainCommand(tr("Move into container"), parent), m_document(document),
      m_nodes(std::move(flowNodes)), m_container(container), m_plane(plane)
{
}

void MoveToContainerCommand::buildSteps()
{
    const auto *reparent =
        run(new ReparentElementsCommand(m_document, m_nodes, m_container, m_plane, this));
    if (!reparent->invalidFlows().empty())
        run(new RemoveElementCommand(m_document, reparent->invalidFlows(), this));
}

} // namespace amtsweg

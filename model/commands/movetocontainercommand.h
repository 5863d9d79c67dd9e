#pragma once
// MoveToContainerCommand: one undo step for flow nodes dropped into another pool or
// sub-process: the drag's geometry, the new parent, and the flows that no longer fit.

#include "bpmn/modeltree.h"
#include "commands/chaincommand.h"

#include <QCoreApplication>

#include <vector>

namespace amtsweg {

class BpmnDocument;

/// Runs the children prepared before the push (typically the drag's MoveShapesLanesCommand,
/// created with this command as parent), then a ReparentElementsCommand of `flowNodes` into
/// `container`, then removes the flows it reports invalid (RemoveElementCommand: with their
/// edges and <incoming>/<outgoing> entries). Sequence flows that would cross a pool or
/// sub-process boundary are removed, not turned into message flows: a message flow states a
/// real exchange between participants, which is the modeller's decision (undo brings them
/// back).
class MoveToContainerCommand : public ChainCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveToContainerCommand)

public:
    MoveToContainerCommand(BpmnDocument *document, std::vector<NodeId> flowNodes, NodeId container,
                           NodeId plane, QUndoCommand *parent = nullptr);

protected:
    void buildSteps() override;

private:
    BpmnDocument *m_document;
    std::vector<NodeId> m_nodes;
    NodeId m_container;
    NodeId m_plane;
};

} // namespace amtsweg

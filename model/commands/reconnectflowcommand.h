#pragma once
// ReconnectFlowCommand: moves one end of a flow to another element.

#include "commands/documentcommand.h"

#include <QPointF>

#include <optional>

namespace amtsweg {

/// Which end of a flow.
enum class FlowEnd { Source, Target };

/// Points one end of a sequence flow, message flow or association (or of the flow a BPMNEdge
/// draws) at `newNode`: its sourceRef/targetRef; for sequence flows the <outgoing>/<incoming>
/// entries of the old and the new node (and the old source's `default` when it named this
/// flow); in every edge drawing the flow the end waypoint (at `endPoint`, else where the line
/// from the neighbouring waypoint meets the new node's shape) and sourceElement/targetElement
/// when the edge has them. Reconnecting to the same node without a new point does nothing.
class ReconnectFlowCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectFlowCommand)

public:
    ReconnectFlowCommand(BpmnDocument *document, NodeId flow, FlowEnd end, NodeId newNode,
                         std::optional<QPointF> endPoint = std::nullopt,
                         QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    NodeId m_flow;
    FlowEnd m_end;
    NodeId m_newNode;
    std::optional<QPointF> m_endPoint;
};

} // namespace amtsweg

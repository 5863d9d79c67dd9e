#pragma once
// The collaboration as the end-to-end analysis walks it: pools and lanes of every flow node,
// sequence flows (plus boundary events as exits of their host), and the transfers of
// information (message flows and data associations) with their two ends. Built once per
// analysis in one pass over the model.

#include "bpmn/modeltree.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace amtsweg::e2e {

/// A message flow or data association: information passed from `source` to `target`.
/// For data associations the activity is one end and the data object / store the other.
struct Transfer
{
    NodeId element = kNoNode;
    NodeId source = kNoNode;
    NodeId target = kNoNode;
    bool isMessageFlow = false;
};

class E2eGraph
{
public:
    explicit E2eGraph(const ModelTree &tree);

    const ModelTree &tree() const { return m_tree; }
    /// Participants (pools) in document order.
    const std::vector<NodeId> &participants() const { return m_participants; }
    /// Processes in document order, each with its participant (kNoNode when none shows it).
    const std::vector<NodeId> &processes() const { return m_processes; }
    NodeId participantOfProcess(NodeId process) const;
    /// The pool of an element: the participant itself, or the one showing its process.
    NodeId poolOf(NodeId n) const;
    /// The top-level process holding an element.
    NodeId processOf(NodeId n) const;
    /// The innermost lane listing the flow node, or kNoNode.
    NodeId laneOf(NodeId n) const;

    /// Flow nodes of every process, sub-processes included, in document order.
    const std::vector<NodeId> &flowNodes() const { return m_flowNodes; }
    /// Sequence flows leaving a flow node.
    const std::vector<NodeId> &outgoing(NodeId n) const;
    /// Boundary events attached to an activity.
    const std::vector<NodeId> &boundary(NodeId activity) const;
    const std::vector<Transfer> &transfers() const { return m_transfers; }
    /// Indexes into transfers() of those leaving / entering an element (flow node, pool, data
    /// object or store reference).
    const std::vector<std::size_t> &transfersFrom(NodeId n) const;
    const std::vector<std::size_t> &transfersTo(NodeId n) const;
    /// Data store references in document order.
    const std::vector<NodeId> &dataStores() const { return m_dataStores; }

    /// Steps people or systems do: tasks, call activities and sub-processes without flow nodes.
    bool isStep(NodeId n) const;
    /// The element's name, else its id, for messages.
    QString displayName(NodeId n) const;

private:
    void collect(NodeId n, NodeId process);
    void addDataAssociation(NodeId association);

    const ModelTree &m_tree;
    std::vector<NodeId> m_participants, m_processes, m_flowNodes, m_dataStores;
    std::unordered_map<NodeId, NodeId> m_processParticipant, m_elementProcess, m_lane;
    std::unordered_map<NodeId, std::vector<NodeId>> m_outgoing, m_boundary;
    std::vector<Transfer> m_transfers;
    std::unordered_map<NodeId, std::vector<std::size_t>> m_from, m_to;
    std::vector<NodeId> m_sequenceFlows, m_messageFlows, m_dataAssociations, m_lanes;
};

} // namespace amtsweg::e2e

#include "e2e/e2egraph.h"

#include "bpmn/elements.h"
#include "e2e/analysisformat.h"

namespace amtsweg::e2e {
namespace {

const std::vector<NodeId> kNoNodes;
const std::vector<std::size_t> kNoIndexes;

template <typename Map, typename Value>
const Value &lookup(const Map &map, NodeId key, const Value &fallback)
{
    const auto it = map.find(key);
    return it == map.end() ? fallback : it->second;
}

QString trimmedText(const ModelTree &tree, NodeId n)
{
    return QString::fromStdString(tree.text(n)).trimmed();
}

} // namespace

E2eGraph::E2eGraph(const ModelTree &tree)
    : m_tree(tree)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return;
    for (NodeId c = tree.firstChildElement(root); c != kNoNode; c = tree.nextSiblingElement(c))
        collect(c, bpmn::isProcess(tree, c) ? c : kNoNode);

    const NameId processRef = tree.known().processRef;
    for (NodeId p : m_participants)
        if (const NodeId process = tree.resolveRef(tree.attr(p, processRef)); process != kNoNode)
            m_processParticipant.emplace(process, p);
    // Document order puts child lanes after their parents: the innermost lane wins.
    for (NodeId lane : m_lanes)
        for (NodeId r = tree.firstChildElement(lane, "flowNodeRef"); r != kNoNode;
             r = tree.nextSiblingElement(r, "flowNodeRef"))
            if (const NodeId node = tree.resolveRef(trimmedText(tree, r).toStdString());
                node != kNoNode)
                m_lane[node] = lane;
    for (NodeId f : m_sequenceFlows)
        if (const NodeId s = bpmn::sourceOf(tree, f); s != kNoNode)
            m_outgoing[s].push_back(f);
    for (NodeId f : m_messageFlows)
        m_transfers.push_back({f, bpmn::sourceOf(tree, f), bpmn::targetOf(tree, f), true});
    for (NodeId a : m_dataAssociations)
        addDataAssociation(a);
    for (std::size_t i = 0; i < m_transfers.size(); ++i) {
        m_from[m_transfers[i].source].push_back(i);
        m_to[m_transfers[i].target].push_back(i);
    }
}

void E2eGraph::collect(NodeId n, NodeId process)
{
    const ModelTree &t = m_tree;
    if (!t.isElement(n) || t.ns(n) != schema::Ns::Model || t.localName(n) == "extensionElements")
        return;
    if (process != kNoNode)
        m_elementProcess.emplace(n, process);
    if (bpmn::isProcess(t, n))
        m_processes.push_back(n);
    else if (bpmn::isParticipant(t, n))
        m_participants.push_back(n);
    else if (bpmn::isLane(t, n))
        m_lanes.push_back(n);
    else if (bpmn::isSequenceFlow(t, n))
        m_sequenceFlows.push_back(n);
    else if (bpmn::isMessageFlow(t, n))
        m_messageFlows.push_back(n);
    else if (bpmn::isDataAssociation(t, n))
        m_dataAssociations.push_back(n);
    else if (bpmn::isDataStoreReference(t, n))
        m_dataStores.push_back(n);
    else if (bpmn::isFlowNode(t, n)) {
        m_flowNodes.push_back(n);
        if (bpmn::isBoundaryEvent(t, n))
            if (const NodeId host = t.resolveRef(t.attr(n, t.known().attachedToRef));
                host != kNoNode)
                m_boundary[host].push_back(n);
    }
    for (NodeId c = t.firstChildElement(n); c != kNoNode; c = t.nextSiblingElement(c))
        collect(c, process);
}

void E2eGraph::addDataAssociation(NodeId association)
{
    const ModelTree &t = m_tree;
    const NodeId activity = t.parent(association);
    const bool input = t.localName(association) == "dataInputAssociation";
    // An input association reads its sourceRef(s) into the activity; an output association
    // writes the activity's result to its targetRef.
    for (NodeId r = t.firstChildElement(association, input ? "sourceRef" : "targetRef");
         r != kNoNode; r = t.nextSiblingElement(r, input ? "sourceRef" : "targetRef")) {
        const NodeId data = t.resolveRef(trimmedText(t, r).toStdString());
        if (data == kNoNode)
            continue;
        if (input)
            m_transfers.push_back({association, data, activity, false});
        else
            m_transfers.push_back({association, activity, data, false});
    }
}

NodeId E2eGraph::participantOfProcess(NodeId process) const
{
    return lookup(m_processParticipant, process, kNoNode);
}

NodeId E2eGraph::poolOf(NodeId n) const
{
    if (bpmn::isParticipant(m_tree, n))
        return n;
    return participantOfProcess(processOf(n));
}

NodeId E2eGraph::processOf(NodeId n) const
{
    return lookup(m_elementProcess, n, kNoNode);
}

NodeId E2eGraph::laneOf(NodeId n) const
{
    return lookup(m_lane, n, kNoNode);
}

const std::vector<NodeId> &E2eGraph::outgoing(NodeId n) const
{
    return lookup(m_outgoing, n, kNoNodes);
}

const std::vector<NodeId> &E2eGraph::boundary(NodeId activity) const
{
    return lookup(m_boundary, activity, kNoNodes);
}

const std::vector<std::size_t> &E2eGraph::transfersFrom(NodeId n) const
{
    return lookup(m_from, n, kNoIndexes);
}

const std::vector<std::size_t> &E2eGraph::transfersTo(NodeId n) const
{
    return lookup(m_to, n, kNoIndexes);
}

bool E2eGraph::isStep(NodeId n) const
{
    if (bpmn::isTask(m_tree, n) || bpmn::isCallActivity(m_tree, n))
        return true;
    if (!bpmn::isSubProcess(m_tree, n))
        return false;
    for (NodeId c = m_tree.firstChildElement(n); c != kNoNode; c = m_tree.nextSiblingElement(c))
        if (bpmn::isFlowNode(m_tree, c))
            return false;
    return true;
}

QString E2eGraph::displayName(NodeId n) const
{
    return e2e::displayName(m_tree, n);
}

} // namespace amtsweg::e2e

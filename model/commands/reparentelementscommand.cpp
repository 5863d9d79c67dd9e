#include "commands/reparentelementscommand.h"

#include "bpmn/elements.h"
#include "commands/lanerefs.h"

#include <algorithm>
#include <unordered_set>

namespace amtsweg {
namespace {

/// Every <flowNodeRef> in the lanes (nested ones included) of `process` that names `node`.
void collectLaneRefs(const ModelTree &tree, NodeId parent, NodeId node, std::vector<NodeId> &refs)
{
    if (parent == kNoNode)
        return;
    for (NodeId c : bpmn::childElements(tree, parent)) {
        if (bpmn::isLaneSet(tree, c)) {
            collectLaneRefs(tree, c, node, refs);
        } else if (bpmn::isLane(tree, c)) {
            if (const NodeId ref = bpmn::referenceChild(tree, c, "flowNodeRef", node))
                refs.push_back(ref);
            collectLaneRefs(tree, c, node, refs);
        }
    }
}

bool contains(const std::vector<NodeId> &list, NodeId n)
{
    return std::find(list.begin(), list.end(), n) != list.end();
}

} // namespace

ReparentElementsCommand::ReparentElementsCommand(BpmnDocument *document,
                                                 std::vector<NodeId> flowNodes, NodeId container,
                                                 NodeId plane, QUndoCommand *parent)
    : DocumentCommand(document, tr("Move into container"), parent), m_nodes(std::move(flowNodes)),
      m_container(container), m_plane(plane)
{
}

void ReparentElementsCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (!bpmn::isFlowElementsContainer(tree, m_container) || !tree.isAttached(m_container))
        return;
    // What moves: the given nodes that are elsewhere, with the boundary events of activities.
    std::vector<NodeId> moving;
    for (NodeId n : m_nodes) {
        if (!tree.isValid(n) || !tree.isAttached(n) || !bpmn::isFlowNode(tree, n) ||
            tree.parent(n) == m_container || tree.isInside(m_container, n) || contains(moving, n))
            continue;
        moving.push_back(n);
        if (bpmn::isActivity(tree, n))
            for (NodeId event : bpmn::boundaryEvents(tree, n))
                if (!contains(moving, event))
                    moving.push_back(event);
    }
    if (moving.empty())
        return;
    const std::unordered_set<NodeId> moved(moving.begin(), moving.end());
    // Their sequence flows, found in the old containers before anything moves.
    std::vector<NodeId> flows;
    for (NodeId n : moving)
        for (const auto &list : {bpmn::incomingFlows(tree, n), bpmn::outgoingFlows(tree, n)})
            for (NodeId f : list)
                if (!contains(flows, f))
                    flows.push_back(f);
    // Old lanes let go of the nodes.
    for (NodeId n : moving) {
        std::vector<NodeId> refs;
        collectLaneRefs(tree, bpmn::processOf(tree, n), n, refs);
        for (NodeId ref : refs)
            edit.detach(tree, ref, ChangeNote::ofProperty(tree.parent(ref), tree.nameId(ref)));
    }
    auto relink = [&](NodeId n) {
        edit.detach(tree, n, ChangeNote::ofStructure());
        edit.insert(tree, m_container, n, bpmn::schemaInsertBefore(tree, m_container, n),
                    ChangeNote::ofStructure());
    };
    for (NodeId n : moving)
        relink(n);
    for (NodeId f : flows) {
        const NodeId source = bpmn::sourceOf(tree, f), target = bpmn::targetOf(tree, f);
        if (moved.count(source) && moved.count(target))
            relink(f);
        else if (tree.parent(source) != tree.parent(target))
            m_invalidFlows.push_back(f);
    }
    // New lanes take them in (nodes directly in a process only; sub-process content has none).
    if (bpmn::isProcess(tree, m_container))
        lanerefs::syncNodes(tree, edit, m_container, m_plane, moving);
    // Message flows of moved nodes (or their content) must still join different pools.
    auto isMoved = [&](NodeId n) {
        return std::any_of(moving.begin(), moving.end(),
                           [&](NodeId m) { return n != kNoNode && tree.isInside(n, m); });
    };
    for (NodeId collaboration : bpmn::childElements(tree, tree.root(), "collaboration"))
        for (NodeId flow : bpmn::childElements(tree, collaboration, "messageFlow")) {
            const NodeId source = bpmn::sourceOf(tree, flow), target = bpmn::targetOf(tree, flow);
            const NodeId process = bpmn::processOf(tree, source);
            if ((isMoved(source) || isMoved(target)) && process != kNoNode &&
                process == bpmn::processOf(tree, target))
                m_invalidFlows.push_back(flow);
        }
}

} // namespace amtsweg

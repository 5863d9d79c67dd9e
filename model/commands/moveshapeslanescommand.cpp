#include "commands/moveshapeslanescommand.h"

#include "bpmn/elements.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"

#include <algorithm>

namespace amtsweg {

MoveShapesLanesCommand::MoveShapesLanesCommand(BpmnDocument *document,
                                               std::vector<NodeId> diElements, const QPointF &delta,
                                               std::vector<edgefollow::FollowingEdge> following,
                                               QUndoCommand *parent)
    : MoveShapesCommand(document, diElements, delta, parent), m_shapes(std::move(diElements)),
      m_following(std::move(following)), m_delta(delta)
{
}

void MoveShapesLanesCommand::followEdges(ModelTree &tree, TreeEdit &edit)
{
    for (const edgefollow::FollowingEdge &f : m_following) {
        if (!di::isEdge(tree, f.edge) || !tree.isAttached(f.edge) || f.source == f.target)
            continue;
        const std::vector<NodeId> nodes = di::waypointNodes(tree, f.edge);
        const QList<QPointF> now = di::waypoints(tree, f.edge);
        if (nodes.size() < 2 || qsizetype(nodes.size()) != now.size())
            continue;
        QList<QPointF> before = now; // the base command shifted the moving end already
        (f.source ? before.front() : before.back()) -= m_delta;
        const QList<QPointF> after = edgefollow::follow(before, f.source, f.target, m_delta);
        if (after == now)
            continue;
        const ChangeNote note = ChangeNote::ofGeometry(f.edge);
        for (const QPointF &p : after) {
            const NodeId w = di::createWaypoint(tree, p);
            edit.insert(tree, f.edge, w, nodes.front(), note);
        }
        for (NodeId w : nodes)
            edit.detach(tree, w, note);
    }
}

void MoveShapesLanesCommand::build(ModelTree &tree, TreeEdit &edit)
{
    MoveShapesCommand::build(tree, edit);
    if (edit.isEmpty())
        return;
    followEdges(tree, edit);
    // Moved flow nodes by (process, plane); few are synced one by one, many all at once.
    std::vector<std::pair<std::pair<NodeId, NodeId>, std::vector<NodeId>>> groups;
    for (NodeId shape : m_shapes) {
        if (!di::isShape(tree, shape) || !tree.isAttached(shape))
            continue;
        const NodeId semantic = di::semanticOf(tree, shape);
        if (semantic == kNoNode || !bpmn::isFlowNode(tree, semantic) ||
            !bpmn::isProcess(tree, tree.parent(semantic)))
            continue;
        const std::pair<NodeId, NodeId> key{tree.parent(semantic), tree.parent(shape)};
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == key; });
        if (it == groups.end())
            it = groups.insert(groups.end(), {key, {}});
        it->second.push_back(semantic);
    }
    constexpr std::size_t kFew = 64;
    for (const auto &[key, nodes] : groups) {
        if (nodes.size() <= kFew)
            lanerefs::syncNodes(tree, edit, key.first, key.second, nodes);
        else
            lanerefs::sync(tree, edit, key.first, key.second);
    }
}

} // namespace amtsweg

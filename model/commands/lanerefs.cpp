#include "commands/lanerefs.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace amtsweg::lanerefs {
namespace {

void collectLanes(const ModelTree &tree, NodeId parent, std::vector<NodeId> &lanes)
{
    for (NodeId set : bpmn::childElements(tree, parent)) {
        if (!bpmn::isLaneSet(tree, set))
            continue;
        for (NodeId lane : bpmn::childElements(tree, set, "lane")) {
            lanes.push_back(lane);
            collectLanes(tree, lane, lanes);
        }
    }
}

/// Whether a lane's bounds contain a flow node's centre. Half-open, so that a node exactly on
/// the border between two lanes belongs to one of them (the lower or right one), not both.
bool covers(const QRectF &lane, const QPointF &centre)
{
    return centre.x() >= lane.left() && centre.x() < lane.right() && centre.y() >= lane.top() &&
           centre.y() < lane.bottom();
}

} // namespace

NodeId shapeIn(const ModelTree &tree, NodeId semantic, NodeId plane)
{
    if (semantic == kNoNode)
        return kNoNode;
    const std::string conventional = std::string(tree.id(semantic)) + "_di";
    const NodeId guess = tree.byId(conventional);
    if (guess != kNoNode && tree.parent(guess) == plane && di::isShape(tree, guess) &&
        di::semanticOf(tree, guess) == semantic)
        return guess;
    const NodeId found = di::diagramElementOf(tree, semantic, plane);
    return found != kNoNode && di::isShape(tree, found) ? found : kNoNode;
}

void syncNodes(ModelTree &tree, TreeEdit &edit, NodeId process, NodeId plane,
               const std::vector<NodeId> &nodes)
{
    if (process == kNoNode || plane == kNoNode || !tree.isAttached(process))
        return;
    std::vector<NodeId> lanes;
    collectLanes(tree, process, lanes);
    std::vector<std::pair<NodeId, QRectF>> laneBounds;
    for (NodeId lane : lanes)
        if (const NodeId shape = shapeIn(tree, lane, plane))
            if (const auto b = di::bounds(tree, shape))
                laneBounds.emplace_back(lane, *b);
    if (laneBounds.empty())
        return;
    for (NodeId node : nodes) {
        if (tree.parent(node) != process || !bpmn::isFlowNode(tree, node))
            continue;
        const NodeId shape = shapeIn(tree, node, plane);
        const auto b = shape ? di::bounds(tree, shape) : std::nullopt;
        if (!b)
            continue;
        for (const auto &[lane, rect] : laneBounds) {
            const bool wanted = covers(rect, b->center());
            const NodeId ref = bpmn::referenceChild(tree, lane, "flowNodeRef", node);
            if (ref != kNoNode && !wanted) {
                edit.detach(tree, ref, ChangeNote::ofProperty(lane, tree.nameId(ref)));
            } else if (ref == kNoNode && wanted) {
                const NodeId added = bpmn::createReference(tree, "flowNodeRef", tree.id(node));
                edit.insert(tree, lane, added, bpmn::schemaInsertBefore(tree, lane, added),
                            ChangeNote::ofProperty(lane, tree.nameId(added)));
            }
        }
    }
}

void sync(ModelTree &tree, TreeEdit &edit, NodeId process, NodeId plane)
{
    if (process == kNoNode || plane == kNoNode || !tree.isAttached(process))
        return;
    std::vector<NodeId> lanes;
    collectLanes(tree, process, lanes);
    if (lanes.empty())
        return;
    const std::unordered_map<NodeId, NodeId> index = di::indexPlane(tree, plane);
    auto boundsOf = [&](NodeId semantic) -> std::optional<QRectF> {
        const auto it = index.find(semantic);
        if (it == index.end() || !di::isShape(tree, it->second))
            return std::nullopt;
        return di::bounds(tree, it->second);
    };
    struct Node
    {
        NodeId id;
        QPointF centre;
    };
    std::vector<Node> nodes;
    for (NodeId c = tree.firstChild(process); c != kNoNode; c = tree.next(c))
        if (bpmn::isFlowNode(tree, c))
            if (const auto b = boundsOf(c))
                nodes.push_back({c, b->center()});

    for (NodeId lane : lanes) {
        const auto laneBounds = boundsOf(lane);
        if (!laneBounds)
            continue;
        std::unordered_set<NodeId> wanted;
        for (const Node &n : nodes)
            if (covers(*laneBounds, n.centre))
                wanted.insert(n.id);
        std::unordered_set<NodeId> present;
        for (NodeId ref : bpmn::childElements(tree, lane, "flowNodeRef")) {
            const NodeId target = tree.resolveRef(tree.text(ref));
            const bool drawn =
                target != kNoNode && boundsOf(target).has_value() && tree.parent(target) == process;
            if (drawn && !wanted.count(target))
                edit.detach(tree, ref, ChangeNote::ofProperty(lane, tree.nameId(ref)));
            else
                present.insert(target);
        }
        for (const Node &n : nodes) {
            if (!wanted.count(n.id) || present.count(n.id))
                continue;
            const NodeId ref = bpmn::createReference(tree, "flowNodeRef", tree.id(n.id));
            edit.insert(tree, lane, ref, bpmn::schemaInsertBefore(tree, lane, ref),
                        ChangeNote::ofProperty(lane, tree.nameId(ref)));
        }
    }
}

void setBounds(ModelTree &tree, TreeEdit &edit, NodeId shape, const QRectF &bounds)
{
    const ChangeNote note = ChangeNote::ofGeometry(shape);
    NodeId b = di::boundsNode(tree, shape);
    if (b == kNoNode) {
        b = di::createBounds(tree, bounds);
        edit.insert(tree, shape, b, bpmn::schemaInsertBefore(tree, shape, b), note);
        return;
    }
    const NameTable::Known &k = tree.known();
    auto set = [&](NameId name, double v) {
        edit.setAttribute(tree, b, name, di::formatNumber(di::roundCoordinate(v)), note);
    };
    set(k.x, bounds.x());
    set(k.y, bounds.y());
    set(k.width, bounds.width());
    set(k.height, bounds.height());
}

} // namespace amtsweg::lanerefs

#include "commands/removelanescommand.h"

#include "bpmn/elements.h"
#include "commands/lanegeometry.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace amtsweg {
namespace {

using lanegeometry::PlacedLane;

bool contains(const std::vector<NodeId> &v, NodeId n)
{
    return std::find(v.begin(), v.end(), n) != v.end();
}

/// The flow nodes a lane and its nested lanes list.
void collectMembers(const ModelTree &tree, NodeId lane, std::vector<NodeId> &nodes)
{
    for (NodeId ref : bpmn::childElements(tree, lane, "flowNodeRef"))
        if (const NodeId node = tree.resolveRef(tree.text(ref)); node && !contains(nodes, node))
            nodes.push_back(node);
    for (NodeId nested : lanegeometry::childLanes(tree, lane))
        collectMembers(tree, nested, nodes);
}

} // namespace

RemoveLanesCommand::RemoveLanesCommand(BpmnDocument *document, std::vector<NodeId> elements,
                                       QUndoCommand *parent)
    : RemoveElementCommand(document, elements, parent), m_elements(std::move(elements))
{
}

std::vector<NodeId> RemoveLanesCommand::lanesToClose(const ModelTree &tree) const
{
    std::unordered_set<NodeId> asked;
    for (NodeId n : m_elements) {
        if (n == kNoNode || !tree.isValid(n) || !tree.isAttached(n))
            continue;
        const NodeId semantic = di::isDiagramElement(tree, n) ? di::semanticOf(tree, n) : n;
        asked.insert(semantic);
        if (bpmn::isParticipant(tree, semantic))
            asked.insert(tree.resolveRef(tree.attr(semantic, tree.known().processRef)));
    }
    std::vector<NodeId> lanes;
    for (NodeId n : m_elements) {
        const NodeId semantic =
            tree.isValid(n) && di::isDiagramElement(tree, n) ? di::semanticOf(tree, n) : n;
        if (!asked.count(semantic) || !bpmn::isLane(tree, semantic) || contains(lanes, semantic))
            continue;
        bool enclosingDeleted = false;
        for (NodeId a = tree.parent(semantic); a != kNoNode; a = tree.parent(a))
            enclosingDeleted = enclosingDeleted || asked.count(a);
        if (!enclosingDeleted)
            lanes.push_back(semantic);
    }
    return lanes;
}

RemoveLanesCommand::Closed RemoveLanesCommand::closeGap(ModelTree &tree, TreeEdit &edit,
                                                        NodeId lane,
                                                        const std::vector<NodeId> &closed) const
{
    Closed result;
    result.process = bpmn::processOf(tree, lane);
    collectMembers(tree, lane, result.nodes);
    // The heir of undrawn members: the next remaining lane before it, else after it.
    const std::vector<NodeId> siblings = bpmn::childElements(tree, tree.parent(lane), "lane");
    const auto self = std::find(siblings.begin(), siblings.end(), lane);
    for (auto it = self; it != siblings.begin() && !result.heir;)
        if (!contains(closed, *--it))
            result.heir = *it;
    for (auto it = self; it != siblings.end() && !result.heir; ++it)
        if (*it != lane && !contains(closed, *it))
            result.heir = *it;

    const NodeId holder = tree.parent(tree.parent(lane));
    for (NodeId shape : di::diagramElementsOf(tree, lane)) {
        const NodeId plane = di::enclosingPlane(tree, shape);
        if (!di::isShape(tree, shape) || plane == kNoNode || contains(result.planes, plane))
            continue;
        result.planes.push_back(plane);
        const bool horizontal = lanegeometry::isHorizontal(tree, lane, plane);
        std::vector<PlacedLane> placed = lanegeometry::placedLanes(tree, holder, plane, horizontal);
        std::erase_if(placed, [&](const PlacedLane &p) { return contains(closed, p.lane); });
        const auto i = std::find_if(placed.begin(), placed.end(),
                                    [&](const PlacedLane &p) { return p.lane == lane; });
        if (i == placed.end())
            continue;
        const QRectF gap = i->rect;
        // Nodes drawn in the lane count as its members even when it did not list them.
        for (NodeId c = tree.firstChild(result.process); c != kNoNode; c = tree.next(c)) {
            const auto b = bpmn::isFlowNode(tree, c)
                               ? lanegeometry::placedRect(tree, c, plane, horizontal)
                               : std::nullopt;
            if (b && gap.contains(b->center()) && !contains(result.nodes, c))
                result.nodes.push_back(c);
        }
        const PlacedLane *above = i != placed.begin() ? &*(i - 1) : nullptr;
        const PlacedLane *below = i + 1 != placed.end() ? &*(i + 1) : nullptr;
        const qreal middle = std::round(gap.top() + gap.height() / 2);
        if (above)
            lanegeometry::moveBorder(tree, edit, above->lane, plane, horizontal, false,
                                     below ? middle : gap.bottom());
        if (below)
            lanegeometry::moveBorder(tree, edit, below->lane, plane, horizontal, true,
                                     above ? middle : gap.top());
    }
    return result;
}

void RemoveLanesCommand::reassign(ModelTree &tree, TreeEdit &edit, const Closed &closed)
{
    for (NodeId plane : closed.planes)
        lanerefs::syncNodes(tree, edit, closed.process, plane, closed.nodes);
    const NodeId heir = closed.heir;
    if (heir == kNoNode || !tree.isAttached(heir))
        return;
    const std::vector<NodeId> siblings = bpmn::childElements(tree, tree.parent(heir), "lane");
    for (NodeId node : closed.nodes) {
        const bool drawn = std::any_of(closed.planes.begin(), closed.planes.end(), [&](NodeId p) {
            return lanerefs::shapeIn(tree, node, p) != kNoNode;
        });
        if (drawn || !tree.isAttached(node) || tree.parent(node) != closed.process)
            continue;
        const bool listed = std::any_of(siblings.begin(), siblings.end(), [&](NodeId l) {
            return bpmn::referenceChild(tree, l, "flowNodeRef", node) != kNoNode;
        });
        if (listed)
            continue;
        const NodeId ref = bpmn::createReference(tree, "flowNodeRef", tree.id(node));
        edit.insert(tree, heir, ref, bpmn::schemaInsertBefore(tree, heir, ref),
                    ChangeNote::ofProperty(heir, tree.nameId(ref)));
    }
}

void RemoveLanesCommand::build(ModelTree &tree, TreeEdit &edit)
{
    std::vector<NodeId> closedLanes;
    std::vector<Closed> closed;
    for (NodeId lane : lanesToClose(tree)) {
        closed.push_back(closeGap(tree, edit, lane, closedLanes));
        closedLanes.push_back(lane);
    }
    RemoveElementCommand::build(tree, edit);
    for (const Closed &c : closed)
        reassign(tree, edit, c);
}

} // namespace amtsweg

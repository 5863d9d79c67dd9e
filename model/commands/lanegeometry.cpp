#include "commands/lanegeometry.h"

#include "bpmn/elements.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"

#include <algorithm>
#include <cmath>

namespace amtsweg::lanegeometry {

QRectF alongAcross(const QRectF &r, bool horizontal)
{
    return horizontal ? r : QRectF(r.y(), r.x(), r.height(), r.width());
}

NodeId laneHolder(const ModelTree &tree, NodeId participantOrLane)
{
    if (bpmn::isParticipant(tree, participantOrLane))
        return tree.resolveRef(tree.attr(participantOrLane, tree.known().processRef));
    return bpmn::isLane(tree, participantOrLane) ? participantOrLane : kNoNode;
}

std::vector<NodeId> childLanes(const ModelTree &tree, NodeId holder)
{
    std::vector<NodeId> lanes;
    if (holder == kNoNode)
        return lanes;
    for (NodeId set : bpmn::childElements(tree, holder))
        if (bpmn::isLaneSet(tree, set))
            for (NodeId lane : bpmn::childElements(tree, set, "lane"))
                lanes.push_back(lane);
    return lanes;
}

bool isHorizontal(const ModelTree &tree, NodeId participantOrLane, NodeId plane)
{
    NodeId pool = participantOrLane;
    if (bpmn::isLane(tree, participantOrLane))
        pool = bpmn::participantOf(tree, bpmn::processOf(tree, participantOrLane));
    NodeId shape = lanerefs::shapeIn(tree, pool, plane);
    if (shape == kNoNode)
        shape = lanerefs::shapeIn(tree, participantOrLane, plane);
    return shape == kNoNode || tree.attr(shape, tree.known().isHorizontal) != "false";
}

std::optional<QRectF> placedRect(const ModelTree &tree, NodeId semantic, NodeId plane,
                                 bool horizontal)
{
    const NodeId shape = lanerefs::shapeIn(tree, semantic, plane);
    const auto b = shape ? di::bounds(tree, shape) : std::nullopt;
    if (!b)
        return std::nullopt;
    return alongAcross(*b, horizontal);
}

std::vector<PlacedLane> placedLanes(const ModelTree &tree, NodeId holder, NodeId plane,
                                    bool horizontal)
{
    std::vector<PlacedLane> placed;
    for (NodeId lane : childLanes(tree, holder))
        if (const auto r = placedRect(tree, lane, plane, horizontal))
            placed.push_back({lane, lanerefs::shapeIn(tree, lane, plane), *r});
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedLane &a, const PlacedLane &b) {
        return a.rect.top() < b.rect.top();
    });
    return placed;
}

void moveBorder(ModelTree &tree, TreeEdit &edit, NodeId lane, NodeId plane, bool horizontal,
                bool top, qreal value)
{
    const auto r = placedRect(tree, lane, plane, horizontal);
    if (!r)
        return;
    QRectF moved = *r;
    top ? moved.setTop(value) : moved.setBottom(value);
    lanerefs::setBounds(tree, edit, lanerefs::shapeIn(tree, lane, plane),
                        alongAcross(moved, horizontal));
    const std::vector<PlacedLane> nested = placedLanes(tree, lane, plane, horizontal);
    if (!nested.empty())
        moveBorder(tree, edit, top ? nested.front().lane : nested.back().lane, plane, horizontal,
                   top, value);
}

void placeWithNested(ModelTree &tree, TreeEdit &edit, NodeId semantic, NodeId plane,
                     bool horizontal, const QRectF &rect)
{
    const auto old = placedRect(tree, semantic, plane, horizontal);
    if (!old)
        return;
    const std::vector<PlacedLane> nested = placedLanes(tree, semantic, plane, horizontal);
    lanerefs::setBounds(tree, edit, lanerefs::shapeIn(tree, semantic, plane),
                        alongAcross(rect, horizontal));
    const qreal scale = old->height() > 0 ? rect.height() / old->height() : 1;
    for (const PlacedLane &n : nested) {
        QRectF r;
        r.setLeft(rect.left() + (n.rect.left() - old->left()));
        r.setRight(rect.right() - (old->right() - n.rect.right()));
        r.setTop(std::round(rect.top() + (n.rect.top() - old->top()) * scale));
        r.setBottom(std::round(rect.top() + (n.rect.bottom() - old->top()) * scale));
        placeWithNested(tree, edit, n.lane, plane, horizontal, r);
    }
}

} // namespace amtsweg::lanegeometry

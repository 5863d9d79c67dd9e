#include "laneresizer.h"

#include "bpmn/elements.h"
#include "commands/resizelanescommand.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"

#include <algorithm>

namespace amtsweg {
namespace {

/// Thinnest a lane may get when its neighbour grows.
constexpr qreal kMinLane = 60;

QRectF transpose(const QRectF &r)
{
    return QRectF(r.y(), r.x(), r.height(), r.width());
}

} // namespace

LaneResizer::LaneResizer(const DiagramScene &scene) : m_scene(scene), m_tree(*scene.tree()) {}

QList<NodeId> LaneResizer::childLanes(NodeId container) const
{
    NodeId holder = container;
    if (bpmn::isParticipant(m_tree, container))
        holder = m_tree.resolveRef(m_tree.attr(container, m_tree.known().processRef));
    QList<NodeId> lanes;
    if (holder == kNoNode)
        return lanes;
    for (NodeId set : bpmn::childElements(m_tree, holder))
        if (bpmn::isLaneSet(m_tree, set))
            for (NodeId lane : bpmn::childElements(m_tree, set, "lane"))
                if (m_scene.shapeItem(m_scene.diElementFor(lane)))
                    lanes << lane;
    return lanes;
}

QRectF LaneResizer::get(NodeId semantic) const
{
    return m_rects.value(semantic);
}

void LaneResizer::put(NodeId semantic, const QRectF &r)
{
    m_rects.insert(semantic, r);
}

QList<QPair<NodeId, QRectF>> LaneResizer::plan(NodeId shape, const QRectF &bounds)
{
    m_rects.clear();
    m_parent.clear();
    const ShapeItem *item = m_scene.shapeItem(shape);
    if (!item)
        return {};
    const NodeId semantic = item->semanticElement();
    if (semantic == kNoNode)
        return {};
    m_pool = bpmn::isLane(m_tree, semantic)
                 ? bpmn::participantOf(m_tree, bpmn::processOf(m_tree, semantic))
                 : semantic;
    const ShapeItem *poolItem = m_scene.shapeItem(m_scene.diElementFor(m_pool));
    if (!bpmn::isParticipant(m_tree, m_pool) || !poolItem || childLanes(m_pool).isEmpty())
        return {};
    m_horizontal = poolItem->spec().isHorizontal;
    auto load = [&](auto &&self, NodeId container) -> void {
        for (NodeId lane : childLanes(container)) {
            m_parent.insert(lane, container);
            const QRectF b = m_scene.shapeItem(m_scene.diElementFor(lane))->bounds();
            put(lane, m_horizontal ? b : transpose(b));
            self(self, lane);
        }
    };
    put(m_pool, m_horizontal ? poolItem->bounds() : transpose(poolItem->bounds()));
    load(load, m_pool);
    const QHash<NodeId, QRectF> original = m_rects;

    // Work in "horizontal" coordinates: x along the pool, y across it.
    const QRectF from = get(semantic);
    const QRectF to = m_horizontal ? bounds : transpose(bounds);
    const qreal dLeft = to.left() - from.left(), dRight = to.right() - from.right();
    for (auto it = m_rects.begin(); it != m_rects.end(); ++it) {
        it->setLeft(it->left() + dLeft);
        it->setRight(it->right() + dRight);
    }
    if (!qFuzzyCompare(to.top(), from.top()))
        setCrossEdge(semantic, true, to.top());
    if (!qFuzzyCompare(to.bottom(), from.bottom()))
        setCrossEdge(semantic, false, to.bottom());

    QList<QPair<NodeId, QRectF>> result;
    for (auto it = m_rects.cbegin(); it != m_rects.cend(); ++it) {
        if (it.value() == original.value(it.key()))
            continue;
        const NodeId di = m_scene.diElementFor(it.key());
        result << qMakePair(di, m_horizontal ? it.value() : transpose(it.value()));
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return result;
}

void LaneResizer::setCrossEdge(NodeId semantic, bool low, qreal value)
{
    // The element's own edge, then the neighbour sharing it (or the parent, outermost).
    NodeId x = semantic;
    while (true) {
        QRectF r = get(x);
        low ? r.setTop(value) : r.setBottom(value);
        put(x, r);
        propagateDown(x, low, value);
        if (x == m_pool)
            return;
        const NodeId parent = m_parent.value(x);
        QList<NodeId> siblings = childLanes(parent);
        std::sort(siblings.begin(), siblings.end(),
                  [&](NodeId a, NodeId b) { return get(a).top() < get(b).top(); });
        const qsizetype i = siblings.indexOf(x);
        const qsizetype j = low ? i - 1 : i + 1;
        if (j >= 0 && j < siblings.size()) {
            const NodeId n = siblings[j];
            QRectF nr = get(n);
            // The neighbour keeps a minimum thickness; the moved border stops there.
            if (low)
                value = qMax(value, nr.top() + kMinLane);
            else
                value = qMin(value, nr.bottom() - kMinLane);
            low ? nr.setBottom(value) : nr.setTop(value);
            put(n, nr);
            propagateDown(n, !low, value);
            QRectF own = get(x);
            low ? own.setTop(value) : own.setBottom(value);
            put(x, own);
            propagateDown(x, low, value);
            return;
        }
        x = parent; // outermost lane: the parent's border moves too
    }
}

void LaneResizer::propagateDown(NodeId container, bool low, qreal value)
{
    QList<NodeId> lanes = childLanes(container);
    if (lanes.isEmpty())
        return;
    std::sort(lanes.begin(), lanes.end(),
              [&](NodeId a, NodeId b) { return get(a).top() < get(b).top(); });
    const NodeId edgeLane = low ? lanes.front() : lanes.back();
    QRectF r = get(edgeLane);
    low ? r.setTop(value) : r.setBottom(value);
    put(edgeLane, r);
    propagateDown(edgeLane, low, value);
}

bool LaneResizer::resize(NodeId shape, const QRectF &bounds)
{
    const QList<QPair<NodeId, QRectF>> changes = plan(shape, bounds);
    if (changes.isEmpty())
        return m_pool != kNoNode && bpmn::isParticipant(m_tree, m_pool) &&
               !childLanes(m_pool).isEmpty();
    BpmnDocument *doc = m_scene.document();
    const NodeId process = m_tree.resolveRef(m_tree.attr(m_pool, m_tree.known().processRef));
    doc->push(new ResizeLanesCommand(doc, changes, process));
    return true;
}

} // namespace amtsweg

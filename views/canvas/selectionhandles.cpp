#include "selectionhandles.h"

#include "diagramitems.h"
#include "diagramscene.h"
#include "notation/diagrambuilder.h"

#include <QPainter>

namespace amtsweg {
namespace {

constexpr qreal kHandlePx = 8;      ///< drawn size in screen pixels
constexpr qreal kHitPx = 7;         ///< pick distance in screen pixels
constexpr qreal kMinSegmentPx = 24; ///< shorter segments get no middle handle

} // namespace

SelectionHandles::SelectionHandles(DiagramScene &scene) : m_scene(scene)
{
    setZValue(DiagramBuilder::kLabelZ + 20);
    setAcceptedMouseButtons(Qt::NoButton);
}

bool SelectionHandles::isResizable(const QGraphicsItem *item)
{
    if (!item || item->type() != ShapeItem::Type)
        return false;
    const ShapeSpec &s = static_cast<const ShapeItem *>(item)->spec();
    switch (s.kind) {
    case ShapeKind::Task:
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
    case ShapeKind::CallActivity:
    case ShapeKind::Participant:
    case ShapeKind::Lane:
    case ShapeKind::TextAnnotation:
    case ShapeKind::Group:
        return true;
    default:
        return false;
    }
}

void SelectionHandles::refresh()
{
    prepareGeometryChange();
    m_handles.clear();
    m_target = kNoNode;
    m_rect = QRectF();
    const QList<NodeId> selected = m_scene.selectedElements();
    QGraphicsItem *item = selected.size() == 1 ? m_scene.itemFor(selected.front()) : nullptr;
    if (item && item->type() == ShapeItem::Type && isResizable(item)) {
        const QRectF b = static_cast<ShapeItem *>(item)->spec().bounds;
        const QPointF corners[] = {b.topLeft(), b.topRight(), b.bottomRight(), b.bottomLeft()};
        for (int i = 0; i < 4; ++i)
            m_handles << Handle{Kind::Resize, i, corners[i]};
        m_target = selected.front();
    } else if (item && item->type() == EdgeItem::Type) {
        const QPolygonF &points = static_cast<EdgeItem *>(item)->spec().waypoints;
        const qreal minSegment = kMinSegmentPx / m_scene.viewScale();
        for (int i = 0; i + 1 < points.size(); ++i) {
            const QLineF segment(points[i], points[i + 1]);
            if (segment.length() >= minSegment)
                m_handles << Handle{Kind::Segment, i, segment.center()};
        }
        for (int i = 1; i + 1 < points.size(); ++i)
            m_handles << Handle{Kind::Waypoint, i, points[i]};
        if (points.size() >= 2) {
            m_handles << Handle{Kind::SourceEnd, 0, points.front()};
            m_handles << Handle{Kind::TargetEnd, int(points.size()) - 1, points.back()};
        }
        m_target = selected.front();
    }
    const qreal margin = 2 * kHandlePx / m_scene.viewScale();
    for (const Handle &h : std::as_const(m_handles))
        m_rect |= QRectF(h.pos - QPointF(margin, margin), QSizeF(2 * margin, 2 * margin));
    update();
}

SelectionHandles::Handle SelectionHandles::handleAt(const QPointF &scenePos) const
{
    const qreal tolerance = kHitPx / m_scene.viewScale();
    Handle best;
    qreal bestDistance = tolerance;
    // Later handles (ends, waypoints) win over segment middles at equal distance.
    for (const Handle &h : m_handles) {
        const qreal d = QLineF(h.pos, scenePos).length();
        if (d <= bestDistance) {
            best = h;
            bestDistance = d;
        }
    }
    return best;
}

void SelectionHandles::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal scale = qMax(0.01, painter->worldTransform().m11());
    const qreal half = kHandlePx / 2 / scale;
    painter->setPen(QPen(selectionColor(), 1 / scale));
    for (const Handle &h : std::as_const(m_handles)) {
        const QRectF r(h.pos - QPointF(half, half), QSizeF(2 * half, 2 * half));
        switch (h.kind) {
        case Kind::Segment:
            painter->setBrush(Qt::white);
            painter->drawRect(r.adjusted(half / 3, half / 3, -half / 3, -half / 3));
            break;
        case Kind::Waypoint:
        case Kind::SourceEnd:
        case Kind::TargetEnd:
            painter->setBrush(h.kind == Kind::Waypoint ? QBrush(Qt::white)
                                                       : QBrush(selectionColor()));
            painter->drawEllipse(r);
            break;
        default:
            painter->setBrush(Qt::white);
            painter->drawRect(r);
            break;
        }
    }
}

} // namespace amtsweg

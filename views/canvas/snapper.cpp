#include "snapper.h"

#include "diagramitems.h"
#include "diagramscene.h"

#include <cmath>

namespace amtsweg {
namespace {

/// Snap distance in screen pixels.
constexpr qreal kTolerancePx = 7;
/// How far (scene units) to look for shapes to align with.
constexpr qreal kReach = 400;

} // namespace

Snapper::Snapper(const DiagramScene &scene, QSet<NodeId> excluded)
    : m_scene(scene), m_excluded(std::move(excluded)), m_tolerance(kTolerancePx / scene.viewScale())
{
}

qreal Snapper::toGrid(qreal v)
{
    return std::round(v / kGrid) * kGrid;
}

void Snapper::Axis::offer(qreal from, qreal to, qreal tolerance)
{
    const qreal d = std::abs(to - from);
    if (d <= tolerance && (distance < 0 || d < distance)) {
        distance = d;
        best = to - from;
    }
}

QList<QRectF> Snapper::neighbours(const QRectF &around) const
{
    QList<QRectF> result;
    const QRectF area = around.adjusted(-kReach, -kReach, kReach, kReach);
    for (QGraphicsItem *item : m_scene.items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != ShapeItem::Type)
            continue;
        const auto *shape = static_cast<const ShapeItem *>(item);
        const ShapeKind kind = shape->spec().kind;
        if (kind == ShapeKind::Participant || kind == ShapeKind::Lane ||
            m_excluded.contains(shape->diElement()))
            continue;
        result << shape->bounds();
    }
    return result;
}

QPointF Snapper::snapRect(const QRectF &rect) const
{
    if (!m_enabled)
        return {};
    Axis x, y;
    const QList<QRectF> around = m_neighbours ? neighbours(rect) : QList<QRectF>();
    for (const QRectF &n : around) {
        x.offer(rect.center().x(), n.center().x(), m_tolerance);
        y.offer(rect.center().y(), n.center().y(), m_tolerance);
        x.offer(rect.left(), n.left(), m_tolerance);
        x.offer(rect.right(), n.right(), m_tolerance);
        y.offer(rect.top(), n.top(), m_tolerance);
        y.offer(rect.bottom(), n.bottom(), m_tolerance);
    }
    const QPointF c = rect.center();
    return QPointF(x.distance >= 0 ? x.best : toGrid(c.x()) - c.x(),
                   y.distance >= 0 ? y.best : toGrid(c.y()) - c.y());
}

QPointF Snapper::snapPoint(const QPointF &point) const
{
    if (!m_enabled)
        return point;
    return point + snapRect(QRectF(point, QSizeF(0, 0)));
}

} // namespace amtsweg

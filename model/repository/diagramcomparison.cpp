#include "diagramcomparison.h"

#include "di/diagraminfo.h"

#include <algorithm>
#include <cmath>

namespace amtsweg {

namespace {

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

QString pointText(double x, double y)
{
    return QString::fromStdString(di::formatNumber(x) + ", " + di::formatNumber(y));
}

QString sizeText(const QSizeF &s)
{
    return QString::fromStdString(di::formatNumber(s.width()) + " \u00d7 " +
                                  di::formatNumber(s.height()));
}

bool sameRect(const std::optional<QRectF> &a, const std::optional<QRectF> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return same(a->x(), b->x()) && same(a->y(), b->y()) && same(a->width(), b->width()) &&
           same(a->height(), b->height());
}

void addOnce(std::vector<PropertyChange> &out, PropertyChange change)
{
    if (std::none_of(out.begin(), out.end(),
                     [&](const PropertyChange &c) { return c.property == change.property; }))
        out.push_back(std::move(change));
}

/// Compares one shape or edge of the older tree with its counterpart in the newer one.
void compareGeometry(const ModelTree &older, NodeId a, const ModelTree &newer, NodeId b,
                     std::vector<PropertyChange> &out)
{
    using Kind = PropertyChange::Kind;
    if (di::isShape(older, a) && di::isShape(newer, b)) {
        const auto ra = di::bounds(older, a);
        const auto rb = di::bounds(newer, b);
        if (ra && rb && (!same(ra->x(), rb->x()) || !same(ra->y(), rb->y())))
            addOnce(out, {Kind::Changed, QStringLiteral("position"), pointText(ra->x(), ra->y()),
                          pointText(rb->x(), rb->y())});
        if (ra && rb && (!same(ra->width(), rb->width()) || !same(ra->height(), rb->height())))
            addOnce(out, {Kind::Changed, QStringLiteral("size"), sizeText(ra->size()),
                          sizeText(rb->size())});
        if (ra.has_value() != rb.has_value())
            addOnce(out, {Kind::Changed, QStringLiteral("position"), {}, {}});
    } else if (di::isEdge(older, a) && di::isEdge(newer, b)) {
        const QList<QPointF> pa = di::waypoints(older, a);
        const QList<QPointF> pb = di::waypoints(newer, b);
        const bool equal = pa.size() == pb.size() &&
                           std::equal(pa.begin(), pa.end(), pb.begin(), [](auto p, auto q) {
                               return same(p.x(), q.x()) && same(p.y(), q.y());
                           });
        if (!equal)
            addOnce(out, {Kind::Changed, QStringLiteral("waypoints"), QString::number(pa.size()),
                          QString::number(pb.size())});
    } else {
        addOnce(out, {Kind::Changed, QStringLiteral("diagram"), {}, {}});
    }
    if (!sameRect(di::labelBounds(older, a), di::labelBounds(newer, b)))
        addOnce(out, {Kind::Changed, QStringLiteral("label"), {}, {}});
}

} // namespace

std::vector<PropertyChange> diagramChanges(const ModelTree &older,
                                           const std::vector<NodeId> &before,
                                           const ModelTree &newer, const std::vector<NodeId> &after)
{
    std::vector<PropertyChange> changes;
    const size_t common = std::min(before.size(), after.size());
    for (size_t i = 0; i < common; ++i)
        compareGeometry(older, before[i], newer, after[i], changes);
    if (before.size() != after.size())
        changes.push_back({before.size() < after.size() ? PropertyChange::Kind::Added
                                                        : PropertyChange::Kind::Removed,
                           QStringLiteral("diagram"), QString::number(before.size()),
                           QString::number(after.size())});
    return changes;
}

} // namespace amtsweg

#include "commands/edgefollow.h"

#include <QLineF>

#include <cmath>

namespace amtsweg::edgefollow {
namespace {

bool same(double a, double b)
{
    return std::abs(a - b) < 0.5;
}

bool isOrthogonal(const QList<QPointF> &points)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        if (!same(points[i].x(), points[i + 1].x()) && !same(points[i].y(), points[i + 1].y()))
            return false;
    return true;
}

/// Drops repeated points and the middle of straight runs (never below two points).
QList<QPointF> simplified(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.back(), p).length() < 0.5)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.back();
            if ((same(a.x(), b.x()) && same(b.x(), p.x())) ||
                (same(a.y(), b.y()) && same(b.y(), p.y()))) {
                out.back() = p;
                continue;
            }
        }
        out << p;
    }
    if (out.size() < 2 && points.size() >= 2)
        return {points.front(), points.back()};
    return out;
}

} // namespace

QList<QPointF> follow(const QList<QPointF> &before, bool source, bool target, const QPointF &delta)
{
    QList<QPointF> points = before;
    if (points.size() < 2 || (!source && !target) || delta.isNull())
        return points;
    if (source && target) {
        for (QPointF &p : points)
            p += delta;
        return points;
    }
    const bool orthogonal = isOrthogonal(before);
    if (source)
        points.front() += delta;
    if (target)
        points.back() += delta;
    if (!orthogonal)
        return points;
    if (points.size() == 2) {
        const QPointF a = points.front(), b = points.back();
        if (same(a.x(), b.x()) || same(a.y(), b.y()))
            return points;
        if (same(before.front().y(), before.back().y())) { // was horizontal: bend in the middle
            const double x = std::round((a.x() + b.x()) / 2);
            return {a, QPointF(x, a.y()), QPointF(x, b.y()), b};
        }
        const double y = std::round((a.y() + b.y()) / 2);
        return {a, QPointF(a.x(), y), QPointF(b.x(), y), b};
    }
    // The corner next to the moved end follows it along the segment's direction.
    const qsizetype end = source ? 0 : points.size() - 1;
    const qsizetype corner = source ? 1 : points.size() - 2;
    const bool horizontal =
        same(before[end].y(), before[corner].y()) && !same(before[end].x(), before[corner].x());
    if (horizontal)
        points[corner].setY(points[end].y());
    else
        points[corner].setX(points[end].x());
    return simplified(points);
}

} // namespace amtsweg::edgefollow

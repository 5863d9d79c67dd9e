#include "orthogonalrouter.h"

#include <QLineF>

#include <cmath>

namespace amtsweg::routing {
namespace {

/// Centres closer than this count as aligned (a straight line).
constexpr qreal kAligned = 2;

QPointF midRight(const QRectF &r)
{
    return {r.right(), r.center().y()};
}
QPointF midLeft(const QRectF &r)
{
    return {r.left(), r.center().y()};
}
QPointF midTop(const QRectF &r)
{
    return {r.center().x(), r.top()};
}
QPointF midBottom(const QRectF &r)
{
    return {r.center().x(), r.bottom()};
}

bool overlapX(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right();
}

bool overlapY(const QRectF &a, const QRectF &b)
{
    return a.top() < b.bottom() && b.top() < a.bottom();
}

QPointF rounded(const QPointF &p)
{
    return {std::round(p.x()), std::round(p.y())};
}

} // namespace

QList<QPointF> route(const QRectF &s, const QRectF &t, Layout layout)
{
    const QPointF sc = s.center(), tc = t.center();
    const bool right = tc.x() >= sc.x();
    const bool down = tc.y() >= sc.y();
    QList<QPointF> points;
    switch (layout) {
    case Layout::Auto:
    case Layout::Horizontal: {
        const QPointF a = right ? midRight(s) : midLeft(s);
        const QPointF b = right ? midLeft(t) : midRight(t);
        if (std::abs(a.y() - b.y()) < kAligned) {
            const qreal y = std::round(a.y());
            points = {QPointF(a.x(), y), QPointF(b.x(), y)};
            break;
        }
        const qreal x = std::round((a.x() + b.x()) / 2);
        points = {a, QPointF(x, a.y()), QPointF(x, b.y()), b};
        break;
    }
    case Layout::Vertical: {
        const QPointF a = down ? midBottom(s) : midTop(s);
        const QPointF b = down ? midTop(t) : midBottom(t);
        if (std::abs(a.x() - b.x()) < kAligned) {
            const qreal x = std::round(a.x());
            points = {QPointF(x, a.y()), QPointF(x, b.y())};
            break;
        }
        const qreal y = std::round((a.y() + b.y()) / 2);
        points = {a, QPointF(a.x(), y), QPointF(b.x(), y), b};
        break;
    }
    case Layout::SourceVertical: {
        const QPointF a = down ? midBottom(s) : midTop(s);
        const QPointF b = right ? midLeft(t) : midRight(t);
        points = {a, QPointF(a.x(), b.y()), b};
        break;
    }
    case Layout::TargetVertical: {
        const QPointF a = right ? midRight(s) : midLeft(s);
        const QPointF b = down ? midTop(t) : midBottom(t);
        points = {a, QPointF(b.x(), a.y()), b};
        break;
    }
    }
    for (QPointF &p : points)
        p = rounded(p);
    return points;
}

QList<QPointF> route(const QRectF &s, const QRectF &t, const Hints &hints)
{
    const QPointF sc = s.center(), tc = t.center();
    if (std::abs(sc.y() - tc.y()) < kAligned && !overlapX(s, t))
        return route(s, t, Layout::Horizontal);
    if (std::abs(sc.x() - tc.x()) < kAligned && !overlapY(s, t))
        return route(s, t, Layout::Vertical);
    if (hints.preferVertical && !overlapY(s, t))
        return route(s, t, Layout::Vertical);
    if (overlapX(s, t) && !overlapY(s, t))
        return route(s, t, Layout::Vertical);
    if (overlapY(s, t))
        return route(s, t, Layout::Horizontal);
    // Diagonal neighbours: one bend at gateways (a branch leaves up or down), else two.
    const bool sideBySide =
        (tc.x() > s.right() && sc.x() < t.left()) || (tc.x() < s.left() && sc.x() > t.right());
    if (hints.sourceIsGateway && sideBySide)
        return route(s, t, Layout::SourceVertical);
    if (hints.targetIsGateway && sideBySide)
        return route(s, t, Layout::TargetVertical);
    return route(s, t, Layout::Horizontal);
}

QPointF borderPoint(const QRectF &rect, const QPointF &from)
{
    const QPointF c = rect.center();
    const QPointF d = from - c;
    if (rect.contains(from) || (d.x() == 0 && d.y() == 0))
        return c;
    qreal f = 1;
    if (d.x() != 0)
        f = std::min(f, rect.width() / 2 / std::abs(d.x()));
    if (d.y() != 0)
        f = std::min(f, rect.height() / 2 / std::abs(d.y()));
    return c + d * f;
}

bool isOrthogonal(const QList<QPointF> &points)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF d = points[i + 1] - points[i];
        if (std::abs(d.x()) > 0.5 && std::abs(d.y()) > 0.5)
            return false;
    }
    return true;
}

QList<QPointF> simplified(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.back(), p).length() < 0.5)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.back();
            const bool sameX = std::abs(a.x() - b.x()) < 0.5 && std::abs(b.x() - p.x()) < 0.5;
            const bool sameY = std::abs(a.y() - b.y()) < 0.5 && std::abs(b.y() - p.y()) < 0.5;
            if (sameX || sameY) {
                out.back() = p;
                continue;
            }
        }
        out << p;
    }
    return out;
}

} // namespace amtsweg::routing

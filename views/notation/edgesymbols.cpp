// Connections: sequence flows (default slash, conditional diamond), message flows (dashed,
// circle start, open arrow, optional message envelope), associations and data associations.

#include "notationsymbols.h"

#include <QLineF>
#include <QPainter>
#include <QtMath>

namespace amtsweg::notation {

namespace {

constexpr qreal kArrowLength = 11;
constexpr qreal kArrowHalfWidth = 5;

QPointF unit(const QPointF &from, const QPointF &to)
{
    const QLineF l(from, to);
    if (l.length() < 1e-6)
        return QPointF(1, 0);
    return (to - from) / l.length();
}

QPointF normal(const QPointF &dir)
{
    return QPointF(-dir.y(), dir.x());
}

/// First/last two distinct points (zero-length segments at the ends give no direction).
QPointF startDirection(const QPolygonF &pts)
{
    for (int i = 1; i < pts.size(); ++i)
        if (QLineF(pts[0], pts[i]).length() > 0.5)
            return unit(pts[0], pts[i]);
    return QPointF(1, 0);
}

QPointF endDirection(const QPolygonF &pts)
{
    const QPointF end = pts.last();
    for (int i = pts.size() - 2; i >= 0; --i)
        if (QLineF(pts[i], end).length() > 0.5)
            return unit(pts[i], end);
    return QPointF(1, 0);
}

QPolygonF arrowHead(const QPointF &tip, const QPointF &dir, qreal length, qreal halfWidth)
{
    const QPointF base = tip - dir * length;
    const QPointF n = normal(dir) * halfWidth;
    return QPolygonF({tip, base + n, base - n});
}

void drawOpenArrow(QPainter *p, const QPointF &tip, const QPointF &dir, const QPen &pen)
{
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    solid.setCapStyle(Qt::RoundCap);
    p->setPen(solid);
    const QPolygonF head = arrowHead(tip, dir, 10, 5.5);
    p->drawPolyline(QPolygonF({head[1], tip, head[2]}));
}

/// The point at half the polyline's length and the direction of the segment it lies on.
std::pair<QPointF, QPointF> midPoint(const QPolygonF &pts)
{
    qreal total = 0;
    for (int i = 1; i < pts.size(); ++i)
        total += QLineF(pts[i - 1], pts[i]).length();
    qreal left = total / 2;
    for (int i = 1; i < pts.size(); ++i) {
        const qreal len = QLineF(pts[i - 1], pts[i]).length();
        if (len >= left && len > 0)
            return {pts[i - 1] + (pts[i] - pts[i - 1]) * (left / len), unit(pts[i - 1], pts[i])};
        left -= len;
    }
    return {pts.isEmpty() ? QPointF() : pts.first(), QPointF(1, 0)};
}

void drawSequenceFlow(QPainter *p, const EdgeSpec &e, const QColor &stroke)
{
    QPolygonF pts = e.waypoints;
    const QPointF endDir = endDirection(pts);
    const QPointF tip = pts.last();
    pts.last() = tip - endDir * 3; // keep the line's end inside the arrow head
    QPen pen = solidPen(stroke, kSequenceFlowStroke);
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(pts);

    p->setPen(solidPen(stroke, 1));
    p->setBrush(stroke);
    p->drawPolygon(arrowHead(tip, endDir, kArrowLength, kArrowHalfWidth));

    const QPointF start = e.waypoints.first();
    const QPointF dir = startDirection(e.waypoints);
    const QPointF n = normal(dir);
    if (e.isConditional) {
        p->setPen(solidPen(stroke, 1.2));
        p->setBrush(Qt::white);
        p->drawPolygon(
            QPolygonF({start, start + dir * 8 + n * 5, start + dir * 16, start + dir * 8 - n * 5}));
    }
    if (e.isDefault) {
        const QPointF c = start + dir * (e.isConditional ? 22 : 12);
        const QPointF slash = (n + dir * 0.6) * 6;
        p->setPen(solidPen(stroke, kFlowStroke));
        p->drawLine(c - slash, c + slash);
    }
}

void drawMessageFlow(QPainter *p, const EdgeSpec &e, const QColor &stroke)
{
    const QPolygonF &pts = e.waypoints;
    QPen pen = dashedPen(stroke, kFlowStroke, 6, 4);
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(pts);

    p->setPen(solidPen(stroke, 1.2));
    p->setBrush(Qt::white);
    p->drawEllipse(pts.first(), 4, 4);
    p->drawPolygon(arrowHead(pts.last(), endDirection(pts), kArrowLength, kArrowHalfWidth));

    if (e.message != MessageVisibility::Hidden) {
        const QPointF mid = midPoint(pts).first;
        const QColor body = e.message == MessageVisibility::Initiating ? QColor(Qt::white)
                                                                       : QColor(0xc8, 0xc8, 0xc8);
        drawEnvelope(p, QRectF(mid.x() - 10, mid.y() - 7, 20, 14), stroke, body, stroke, 1.2);
    }
}

void drawAssociation(QPainter *p, const EdgeSpec &e, const QColor &stroke)
{
    const QPolygonF &pts = e.waypoints;
    const QPen pen = dashedPen(stroke, kFlowStroke, 0.01, 4.5, Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(pts);
    const bool atEnd = e.kind != EdgeKind::Association || e.direction != AssociationDirection::None;
    if (atEnd)
        drawOpenArrow(p, pts.last(), endDirection(pts), pen);
    if (e.kind == EdgeKind::Association && e.direction == AssociationDirection::Both)
        drawOpenArrow(p, pts.first(), -startDirection(pts), pen);
}

} // namespace

void drawEdge(QPainter *p, const EdgeSpec &e)
{
    if (e.waypoints.size() < 2)
        return;
    const QColor stroke = strokeColor(e.stroke);
    switch (e.kind) {
    case EdgeKind::SequenceFlow:
        drawSequenceFlow(p, e, stroke);
        break;
    case EdgeKind::MessageFlow:
        drawMessageFlow(p, e, stroke);
        break;
    case EdgeKind::Association:
    case EdgeKind::DataInputAssociation:
    case EdgeKind::DataOutputAssociation:
        drawAssociation(p, e, stroke);
        break;
    case EdgeKind::ConversationLink:
        p->setBrush(Qt::NoBrush);
        p->setPen(solidPen(stroke, 4));
        p->drawPolyline(e.waypoints);
        p->setPen(solidPen(Qt::white, 1.5));
        p->drawPolyline(e.waypoints);
        break;
    case EdgeKind::Placeholder:
        p->setBrush(Qt::NoBrush);
        // no semantic element: a plain dotted connector (tools draw such visual-only edges)
        p->setPen(dashedPen(e.stroke.isValid() ? stroke : QColor(0x88, 0x88, 0x88), kFlowStroke,
                            0.01, 4.5, Qt::RoundCap));
        p->drawPolyline(e.waypoints);
        break;
    }
}

QRectF edgeMarkerExtent(const EdgeSpec &e)
{
    const qreal margin = e.message != MessageVisibility::Hidden ? 12 : 8;
    QRectF r = e.waypoints.boundingRect().adjusted(-margin, -margin, margin, margin);
    if (e.message != MessageVisibility::Hidden && e.waypoints.size() >= 2) {
        const QPointF mid = midPoint(e.waypoints).first;
        r |= QRectF(mid.x() - 12, mid.y() - 9, 24, 18);
    }
    return r;
}

QRectF defaultEdgeLabelRect(const QString &text, const QPolygonF &waypoints, qreal clearance,
                            const QFont &font)
{
    if (text.isEmpty() || waypoints.size() < 2)
        return {};
    const auto [mid, dir] = midPoint(waypoints);
    const QSizeF size = textSize(text, kExternalLabelWidth, font);
    if (qAbs(dir.x()) >= qAbs(dir.y())) // horizontal: above the line
        return QRectF(mid.x() - size.width() / 2, mid.y() - clearance - size.height(), size.width(),
                      size.height());
    return QRectF(mid.x() + clearance + 2, mid.y() - size.height() / 2, size.width(),
                  size.height());
}

} // namespace amtsweg::notation

// Events (start, intermediate, end, boundary) with all event definition markers, and gateways.

#include "notationsymbols.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace amtsweg::notation {

namespace {

QRectF circleIn(const QRectF &bounds)
{
    const qreal d = qMin(bounds.width(), bounds.height());
    return QRectF(bounds.center().x() - d / 2, bounds.center().y() - d / 2, d, d);
}

bool isThrow(ShapeKind kind)
{
    return kind == ShapeKind::IntermediateThrowEvent || kind == ShapeKind::EndEvent;
}

/// The parallel-multiple / parallel gateway cross (outline polygon) in a box centred at c.
QPolygonF crossPolygon(const QPointF &c, qreal arm, qreal half)
{
    return QPolygonF({{c.x() - half, c.y() - arm},
                      {c.x() + half, c.y() - arm},
                      {c.x() + half, c.y() - half},
                      {c.x() + arm, c.y() - half},
                      {c.x() + arm, c.y() + half},
                      {c.x() + half, c.y() + half},
                      {c.x() + half, c.y() + arm},
                      {c.x() - half, c.y() + arm},
                      {c.x() - half, c.y() + half},
                      {c.x() - arm, c.y() + half},
                      {c.x() - arm, c.y() - half},
                      {c.x() - half, c.y() - half}});
}

void drawTimer(QPainter *p, const QColor &stroke, const QColor &fill)
{
    const QPointF c(18, 18);
    p->setPen(solidPen(stroke, 2));
    p->setBrush(fill);
    p->drawEllipse(c, 11, 11);
    p->setPen(solidPen(stroke, 1));
    for (int i = 0; i < 12; ++i) {
        const qreal a = i * M_PI / 6;
        const QPointF dir(qSin(a), -qCos(a));
        p->drawLine(c + dir * 8.5, c + dir * 10.5);
    }
    p->setPen(solidPen(stroke, 1.5));
    p->drawLine(c, QPointF(19.5, 10.5));
    p->drawLine(c, QPointF(24, 17));
}

void drawConditional(QPainter *p, const QColor &stroke, const QColor &fill)
{
    p->setPen(solidPen(stroke, 1.5));
    p->setBrush(fill);
    p->drawRect(QRectF(11.5, 10, 13, 16));
    p->setPen(solidPen(stroke, 1.2));
    for (qreal y : {13.5, 16.7, 19.9, 23.1})
        p->drawLine(QPointF(13.5, y), QPointF(22.5, y));
}

QPainterPath cancelPath()
{
    QPainterPath bar;
    bar.addRect(QRectF(-2.6, -10.5, 5.2, 21));
    QTransform a, b;
    a.translate(18, 18);
    a.rotate(45);
    b.translate(18, 18);
    b.rotate(-45);
    return a.map(bar).united(b.map(bar)).simplified();
}

} // namespace

QPolygonF regularPolygon(const QPointF &centre, qreal radius, int corners)
{
    QPolygonF poly;
    for (int i = 0; i < corners; ++i) {
        const qreal a = -M_PI / 2 + i * 2 * M_PI / corners;
        poly << centre + QPointF(qCos(a), qSin(a)) * radius;
    }
    return poly;
}

void drawEnvelope(QPainter *p, const QRectF &r, const QColor &stroke, const QColor &body,
                  const QColor &flap, qreal width)
{
    p->setPen(solidPen(stroke, width));
    p->setBrush(body);
    p->drawRect(r);
    p->setPen(solidPen(flap, width));
    p->setBrush(Qt::NoBrush);
    const qreal inset = body == flap ? 0 : width * 0.6;
    p->drawPolyline(QPolygonF({r.topLeft() + QPointF(inset, inset),
                               QPointF(r.center().x(), r.top() + r.height() * 0.55),
                               r.topRight() + QPointF(-inset, inset)}));
}

void drawEventMarker(QPainter *p, EventTrigger trigger, const QRectF &circle, bool filled,
                     const QColor &stroke, const QColor &fill)
{
    if (trigger == EventTrigger::None)
        return;
    const qreal s = circle.width() / 36.0;
    p->save();
    p->translate(circle.topLeft());
    p->scale(s, s);
    const QColor body = filled ? stroke : fill;
    p->setPen(solidPen(stroke, 1.5));
    p->setBrush(body);
    switch (trigger) {
    case EventTrigger::None:
        break;
    case EventTrigger::Message:
        drawEnvelope(p, QRectF(10, 12, 16, 11.5), stroke, body, filled ? fill : stroke, 1.3);
        break;
    case EventTrigger::Timer:
        drawTimer(p, stroke, fill);
        break;
    case EventTrigger::Escalation:
        p->drawPolygon(QPolygonF({{18, 9.5}, {25, 26}, {18, 19.5}, {11, 26}}));
        break;
    case EventTrigger::Conditional:
        drawConditional(p, stroke, fill);
        break;
    case EventTrigger::Link:
        p->drawPolygon(QPolygonF(
            {{9.5, 15}, {18, 15}, {18, 10.5}, {26.5, 18}, {18, 25.5}, {18, 21}, {9.5, 21}}));
        break;
    case EventTrigger::Error:
        p->drawPolygon(
            QPolygonF({{10, 26.5}, {14, 10.5}, {19.5, 19}, {26, 9.5}, {22, 25.5}, {16.5, 16.5}}));
        break;
    case EventTrigger::Cancel:
        p->drawPath(cancelPath());
        break;
    case EventTrigger::Compensation:
        p->drawPolygon(QPolygonF({{8.5, 18}, {17.5, 11.5}, {17.5, 24.5}}));
        p->drawPolygon(QPolygonF({{17.5, 18}, {26.5, 11.5}, {26.5, 24.5}}));
        break;
    case EventTrigger::Signal:
        p->drawPolygon(QPolygonF({{18, 8.5}, {27, 24.5}, {9, 24.5}}));
        break;
    case EventTrigger::Terminate:
        p->setBrush(stroke);
        p->drawEllipse(QPointF(18, 18), 9, 9);
        break;
    case EventTrigger::Multiple:
        p->drawPolygon(regularPolygon(QPointF(18, 18.8), 9.5, 5));
        break;
    case EventTrigger::ParallelMultiple:
        p->drawPolygon(crossPolygon(QPointF(18, 18), 9, 2.6));
        break;
    }
    p->restore();
}

void drawEvent(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor fill = fillColor(s.fill);
    const QRectF c = circleIn(s.bounds);
    const qreal scale = c.width() / 36.0;

    qreal width = kIntermediateEventStroke;
    if (s.kind == ShapeKind::StartEvent)
        width = kStartEventStroke;
    else if (s.kind == ShapeKind::EndEvent)
        width = kEndEventStroke;
    width *= qBound(0.5, scale, 1.0); // events drawn smaller than 36 px get thinner borders
    const bool dashed = !s.isInterrupting &&
                        (s.kind == ShapeKind::StartEvent || s.kind == ShapeKind::BoundaryEvent);
    const QPen pen = dashed ? dashedPen(stroke, width, 5.5, 3) : solidPen(stroke, width);

    p->setPen(pen);
    p->setBrush(fill);
    p->drawEllipse(c);
    const bool intermediate = s.kind == ShapeKind::IntermediateCatchEvent ||
                              s.kind == ShapeKind::IntermediateThrowEvent ||
                              s.kind == ShapeKind::BoundaryEvent;
    if (intermediate) {
        p->setBrush(Qt::NoBrush);
        const qreal inset = 3 * scale;
        p->drawEllipse(c.adjusted(inset, inset, -inset, -inset));
    }
    drawEventMarker(p, s.trigger, c, isThrow(s.kind), stroke, fill);
}

void drawGateway(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor fill = fillColor(s.fill);
    const QRectF &b = s.bounds;
    p->setPen(solidPen(stroke, kGatewayStroke));
    p->setBrush(fill);
    p->drawPolygon(QPolygonF({{b.center().x(), b.top()},
                              {b.right(), b.center().y()},
                              {b.center().x(), b.bottom()},
                              {b.left(), b.center().y()}}));

    const qreal k = qMin(b.width(), b.height()) / 50.0;
    const QPointF c = b.center();
    auto line = [&](qreal x1, qreal y1, qreal x2, qreal y2) {
        p->drawLine(c + QPointF(x1, y1) * k, c + QPointF(x2, y2) * k);
    };
    p->setBrush(Qt::NoBrush);
    switch (s.kind) {
    case ShapeKind::ExclusiveGateway:
        if (!s.isMarkerVisible)
            break;
        p->setPen(solidPen(stroke, 4 * k));
        line(-7.5, -8.5, 7.5, 8.5);
        line(7.5, -8.5, -7.5, 8.5);
        break;
    case ShapeKind::ParallelGateway:
        p->setPen(solidPen(stroke, 4 * k));
        line(0, -12, 0, 12);
        line(-12, 0, 12, 0);
        break;
    case ShapeKind::InclusiveGateway:
        p->setPen(solidPen(stroke, 2.5 * k));
        p->drawEllipse(c, 11 * k, 11 * k);
        break;
    case ShapeKind::ComplexGateway:
        p->setPen(solidPen(stroke, 3 * k));
        line(0, -12, 0, 12);
        line(-12, 0, 12, 0);
        line(-8.5, -8.5, 8.5, 8.5);
        line(8.5, -8.5, -8.5, 8.5);
        break;
    case ShapeKind::EventBasedGateway:
        p->setPen(solidPen(stroke, 1.2 * k));
        p->drawEllipse(c, 12.5 * k, 12.5 * k);
        if (s.eventGateway == EventGatewayKind::Normal)
            p->drawEllipse(c, 10 * k, 10 * k);
        if (s.eventGateway == EventGatewayKind::ParallelInstantiate) {
            p->setPen(solidPen(stroke, 1.4 * k));
            p->drawPolygon(crossPolygon(c, 7.5 * k, 2.2 * k));
        } else {
            p->setPen(solidPen(stroke, 1.6 * k));
            p->drawPolygon(regularPolygon(c + QPointF(0, 0.6 * k), 6.2 * k, 5));
        }
        break;
    default:
        break;
    }
}

} // namespace amtsweg::notation

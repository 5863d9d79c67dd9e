// Data (objects, inputs, outputs, stores), swimlanes (pools, lanes), artifacts (text
// annotation, group) and the rest (message, conversation, placeholder for unknown elements).

#include "bpmnpainter.h"
#include "notationsymbols.h"

#include <QPainter>
#include <QPainterPath>

namespace amtsweg::notation {

namespace {

void drawCollectionBars(QPainter *p, const QPointF &bottomCentre, const QColor &stroke)
{
    p->setPen(Qt::NoPen);
    p->setBrush(stroke);
    for (int i = -1; i <= 1; ++i)
        p->drawRect(QRectF(bottomCentre.x() + i * 4.5 - 1.1, bottomCentre.y() - 13, 2.2, 12));
}

void drawDataArrow(QPainter *p, const QPointF &at, bool filled, const QColor &stroke,
                   const QColor &fill)
{
    p->setPen(solidPen(stroke, 1));
    p->setBrush(filled ? stroke : fill);
    QPolygonF arrow({{0, 3.5}, {6.5, 3.5}, {6.5, 0}, {12, 5.5}, {6.5, 11}, {6.5, 7.5}, {0, 7.5}});
    p->drawPolygon(arrow.translated(at));
}

void drawDataObject(QPainter *p, const ShapeSpec &s, const QColor &stroke, const QColor &fill)
{
    const QRectF &b = s.bounds;
    const qreal f = qMin(b.width(), b.height()) * 0.3;
    QPainterPath page;
    page.moveTo(b.topLeft());
    page.lineTo(b.right() - f, b.top());
    page.lineTo(b.right(), b.top() + f);
    page.lineTo(b.bottomRight());
    page.lineTo(b.bottomLeft());
    page.closeSubpath();
    p->setPen(solidPen(stroke, 1.5));
    p->setBrush(fill);
    p->drawPath(page);
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(QPolygonF(
        {{b.right() - f, b.top()}, {b.right() - f, b.top() + f}, {b.right(), b.top() + f}}));
    if (s.kind == ShapeKind::DataInput || s.kind == ShapeKind::DataOutput)
        drawDataArrow(p, b.topLeft() + QPointF(4, 4), s.kind == ShapeKind::DataOutput, stroke,
                      fill);
    if (s.isCollection)
        drawCollectionBars(p, QPointF(b.center().x(), b.bottom() - 2), stroke);
}

void drawDataStore(QPainter *p, const ShapeSpec &s, const QColor &stroke, const QColor &fill)
{
    const QRectF &b = s.bounds;
    const qreal e = qMin(b.height() * 0.24, 12.0);
    QPainterPath body;
    body.moveTo(b.left(), b.top() + e / 2);
    body.lineTo(b.left(), b.bottom() - e / 2);
    body.arcTo(QRectF(b.left(), b.bottom() - e, b.width(), e), 180, 180);
    body.lineTo(b.right(), b.top() + e / 2);
    body.arcTo(QRectF(b.left(), b.top(), b.width(), e), 0, -180);
    p->setPen(solidPen(stroke, 1.5));
    p->setBrush(fill);
    p->drawPath(body);
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QRectF(b.left(), b.top(), b.width(), e));
    for (int i = 1; i <= 2; ++i) {
        QPainterPath rim;
        const QRectF r(b.left(), b.top() + i * e * 0.4, b.width(), e);
        rim.arcMoveTo(r, 180);
        rim.arcTo(r, 180, 180);
        p->drawPath(rim);
    }
}

} // namespace

void drawData(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor fill = fillColor(s.fill);
    if (s.kind == ShapeKind::DataStore)
        drawDataStore(p, s, stroke, fill);
    else
        drawDataObject(p, s, stroke, fill);
}

void drawSwimlane(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor text = labelColor(s.labelColor, s.stroke);
    const QRectF &b = s.bounds;
    const bool pool = s.kind == ShapeKind::Participant;
    p->setPen(solidPen(stroke, kSwimlaneStroke));
    if (pool || s.fill.isValid())
        p->setBrush(fillColor(s.fill));
    else
        p->setBrush(Qt::NoBrush);
    p->drawRect(b);

    const QFont &font = BpmnPainter::labelFont(s.labelFont);
    if (pool && !s.isExpanded) {
        drawText(p, b.adjusted(5, 5, -5, -5), Qt::AlignCenter, s.name, text, font);
    } else if (s.isHorizontal) {
        const QRectF band(b.left(), b.top(), qMin(kSwimlaneHeader, b.width()), b.height());
        if (pool)
            p->drawLine(band.topRight(), band.bottomRight());
        drawRotatedText(p, band, s.name, text, font);
    } else {
        const QRectF band(b.left(), b.top(), b.width(), qMin(kSwimlaneHeader, b.height()));
        if (pool)
            p->drawLine(band.bottomLeft(), band.bottomRight());
        drawText(p, band.adjusted(5, 0, -5, 0), Qt::AlignCenter, s.name, text, font);
    }
    if (pool && s.isMultiParticipant)
        drawCollectionBars(p, QPointF(b.center().x(), b.bottom() - 3), stroke);
}

void drawArtifact(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QRectF &b = s.bounds;
    if (s.kind == ShapeKind::TextAnnotation) {
        if (s.fill.isValid()) {
            p->setPen(Qt::NoPen);
            p->setBrush(s.fill);
            p->drawRect(b);
        }
        const qreal arm = qMin(10.0, b.width());
        p->setPen(solidPen(stroke, 1));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(QPolygonF({{b.left() + arm, b.top()},
                                   b.topLeft(),
                                   b.bottomLeft(),
                                   {b.left() + arm, b.bottom()}}));
        // Text that does not fit the box wrapped runs on to the right, as other tools show it.
        QRectF area = b.adjusted(5, 5, -5, -5);
        const QFont &font = BpmnPainter::labelFont(s.labelFont);
        if (textSize(s.name, area.width(), font).height() > area.height() + 2)
            area.setWidth(qMax(area.width(), textSize(s.name, 1e5, font).width()));
        drawText(p, area, Qt::AlignLeft | Qt::AlignTop, s.name, labelColor(s.labelColor, s.stroke),
                 font);
        return;
    }
    // group: dash-dot rounded rectangle; the category label is an external label
    QPen pen = solidPen(stroke, 1.5);
    pen.setDashPattern({8 / 1.5, 3 / 1.5, 1 / 1.5, 3 / 1.5});
    p->setPen(pen);
    p->setBrush(s.fill.isValid() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
    p->drawRoundedRect(b, kTaskRadius, kTaskRadius);
}

void drawMiscShape(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor fill = fillColor(s.fill);
    const QRectF &b = s.bounds;
    switch (s.kind) {
    case ShapeKind::Message:
        drawEnvelope(p, b, stroke, fill, stroke, 1.5);
        break;
    case ShapeKind::Conversation:
        p->setPen(solidPen(stroke, 2));
        p->setBrush(fill);
        p->drawPolygon(QPolygonF({{b.left() + b.width() * 0.25, b.top()},
                                  {b.left() + b.width() * 0.75, b.top()},
                                  {b.right(), b.center().y()},
                                  {b.left() + b.width() * 0.75, b.bottom()},
                                  {b.left() + b.width() * 0.25, b.bottom()},
                                  {b.left(), b.center().y()}}));
        break;
    default: {
        const QColor grey(0x88, 0x88, 0x88);
        p->setPen(dashedPen(s.stroke.isValid() ? stroke : grey, 1, 4, 3));
        p->setBrush(s.fill.isValid() ? fill : QColor(0xf4, 0xf4, 0xf4));
        p->drawRect(b);
        drawText(p, b.adjusted(4, 4, -4, -4), Qt::AlignCenter, s.name,
                 s.stroke.isValid() ? stroke : grey, BpmnPainter::labelFont(s.labelFont));
        break;
    }
    }
}

} // namespace amtsweg::notation

// Activities: tasks with their type icons, sub-processes (expanded, collapsed, event, ad-hoc),
// transactions, call activities, and the markers at the bottom centre.

#include "bpmnpainter.h"
#include "notationsymbols.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace amtsweg::notation {

namespace {

enum class Marker { Loop, ParallelMi, SequentialMi, Compensation, Collapsed, AdHoc };

QPolygonF gearPolygon(const QPointF &c, qreal outer, qreal inner, int teeth)
{
    QPolygonF poly;
    const qreal step = 2 * M_PI / teeth;
    for (int i = 0; i < teeth; ++i) {
        const qreal a = i * step;
        for (auto [da, r] : {std::pair{-0.36, inner}, std::pair{-0.2, outer}, std::pair{0.2, outer},
                             std::pair{0.36, inner}})
            poly << c + QPointF(qCos(a + da * step * 1.4), qSin(a + da * step * 1.4)) * r;
    }
    return poly;
}

void drawGear(QPainter *p, const QPointF &c, qreal r, const QColor &stroke, const QColor &fill)
{
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawPolygon(gearPolygon(c, r, r * 0.72, 8));
    p->drawEllipse(c, r * 0.32, r * 0.32);
}

void drawUserIcon(QPainter *p, const QColor &stroke, const QColor &fill)
{
    QPainterPath body;
    body.moveTo(1, 16);
    body.lineTo(1, 12.5);
    body.quadTo(1.5, 9.5, 5, 9);
    body.lineTo(11, 9);
    body.quadTo(14.5, 9.5, 15, 12.5);
    body.lineTo(15, 16);
    body.closeSubpath();
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawPath(body);
    p->drawLine(QPointF(4, 13), QPointF(4, 16));
    p->drawLine(QPointF(12, 13), QPointF(12, 16));
    const QRectF head(4.3, 1.2, 7.4, 7.4);
    p->drawEllipse(head);
    p->setBrush(stroke);
    p->drawChord(head, 16 * 10, 16 * 160);
}

void drawManualIcon(QPainter *p, const QColor &stroke, const QColor &fill)
{
    QPainterPath hand;
    hand.addRoundedRect(QRectF(0, 5, 7.5, 10), 2, 2);
    const QRectF fingers[] = {{5, 5, 10, 2.4},
                              {5, 7.6, 11.5, 2.4},
                              {5, 10.2, 10.5, 2.4},
                              {5, 12.8, 8.5, 2.2},
                              {2.5, 2.2, 7, 2.8}};
    for (const QRectF &f : fingers) {
        QPainterPath finger;
        finger.addRoundedRect(f, 1.2, 1.2);
        hand = hand.united(finger);
    }
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawPath(hand.simplified());
    p->drawLine(QPointF(7.5, 7.6), QPointF(5, 7.6));
    p->drawLine(QPointF(7.5, 10.2), QPointF(5, 10.2));
}

void drawScriptIcon(QPainter *p, const QColor &stroke, const QColor &fill)
{
    QPainterPath scroll;
    scroll.moveTo(4, 1);
    scroll.lineTo(15, 1);
    scroll.cubicTo(12, 3.5, 12, 6, 14, 8);
    scroll.cubicTo(16, 10, 16, 13, 12, 15);
    scroll.lineTo(1, 15);
    scroll.cubicTo(4, 13, 4, 10, 2, 8);
    scroll.cubicTo(0, 6, 0, 3, 4, 1);
    scroll.closeSubpath();
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawPath(scroll);
    p->drawLine(QPointF(4.5, 4.5), QPointF(11.5, 4.5));
    p->drawLine(QPointF(5.5, 8), QPointF(12.5, 8));
    p->drawLine(QPointF(4.5, 11.5), QPointF(11.5, 11.5));
}

void drawBusinessRuleIcon(QPainter *p, const QColor &stroke, const QColor &fill)
{
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawRect(QRectF(0.5, 2, 16, 12));
    p->setBrush(stroke);
    p->drawRect(QRectF(0.5, 2, 16, 3.5));
    p->drawLine(QPointF(0.5, 9.5), QPointF(16.5, 9.5));
    p->drawLine(QPointF(5, 5.5), QPointF(5, 14));
}

QList<Marker> markersOf(const ShapeSpec &s)
{
    QList<Marker> markers;
    switch (s.loop) {
    case LoopKind::None:
        break;
    case LoopKind::Standard:
        markers << Marker::Loop;
        break;
    case LoopKind::ParallelMultiInstance:
        markers << Marker::ParallelMi;
        break;
    case LoopKind::SequentialMultiInstance:
        markers << Marker::SequentialMi;
        break;
    }
    if (s.isForCompensation)
        markers << Marker::Compensation;
    if (!s.isExpanded && s.kind != ShapeKind::Task && !s.callsGlobalTask)
        markers << Marker::Collapsed;
    if (s.isAdHoc)
        markers << Marker::AdHoc;
    return markers;
}

void drawMarker(QPainter *p, Marker m, const QPointF &at, const QColor &stroke, const QColor &fill)
{
    p->save();
    p->translate(at);
    p->setPen(solidPen(stroke, 1.5));
    p->setBrush(Qt::NoBrush);
    switch (m) {
    case Marker::Loop: {
        QPainterPath arc;
        const QRectF r(2, 1.5, 10, 10);
        arc.arcMoveTo(r, 300);
        arc.arcTo(r, 300, 290);
        p->drawPath(arc);
        const QPointF end = arc.currentPosition();
        p->setBrush(stroke);
        p->setPen(solidPen(stroke, 1));
        p->drawPolygon(QPolygonF(
            {end + QPointF(-3.5, -1.5), end + QPointF(2.5, 2.5), end + QPointF(-2.5, 3.5)}));
        break;
    }
    case Marker::ParallelMi:
    case Marker::SequentialMi:
        p->setPen(Qt::NoPen);
        p->setBrush(stroke);
        for (int i = 0; i < 3; ++i) {
            const qreal off = 1.5 + i * 4.5;
            p->drawRect(m == Marker::ParallelMi ? QRectF(off, 1, 2.2, 12)
                                                : QRectF(1, off, 12, 2.2));
        }
        break;
    case Marker::Compensation:
        p->setBrush(fill);
        p->drawPolygon(QPolygonF({{0, 7}, {7, 2}, {7, 12}}));
        p->drawPolygon(QPolygonF({{7, 7}, {14, 2}, {14, 12}}));
        break;
    case Marker::Collapsed:
        p->setBrush(fill);
        p->drawRect(QRectF(0, 0, kMarkerSize, kMarkerSize));
        p->drawLine(QPointF(3, 7), QPointF(11, 7));
        p->drawLine(QPointF(7, 3), QPointF(7, 11));
        break;
    case Marker::AdHoc: {
        QPainterPath tilde;
        tilde.moveTo(0.5, 9);
        tilde.cubicTo(2.5, 3.5, 5.5, 4, 7, 7);
        tilde.cubicTo(8.5, 10, 11.5, 10.5, 13.5, 5);
        p->drawPath(tilde);
        break;
    }
    }
    p->restore();
}

void drawMarkers(QPainter *p, const ShapeSpec &s, const QColor &stroke, const QColor &fill)
{
    const QList<Marker> markers = markersOf(s);
    if (markers.isEmpty())
        return;
    const qreal gap = 4;
    const qreal total = markers.size() * kMarkerSize + (markers.size() - 1) * gap;
    const qreal inset = s.kind == ShapeKind::CallActivity ? 6 : 4;
    qreal x = s.bounds.center().x() - total / 2;
    const qreal y = s.bounds.bottom() - inset - kMarkerSize;
    for (Marker m : markers) {
        drawMarker(p, m, QPointF(x, y), stroke, fill);
        x += kMarkerSize + gap;
    }
}

/// The RAG type of a collapsed sub-process (FIM): a small rounded badge with the code in the
/// top-left corner, where a task has its icon; codes longer than three characters are cut.
void drawRagBadge(QPainter *p, const ShapeSpec &s, const QColor &stroke, const QColor &fill)
{
    const QFont &font = ragBadgeFont();
    const QString code = s.ragType.left(3);
    const QRectF badge = ragBadgeRect(s.bounds, code);
    p->setPen(solidPen(stroke, 1));
    p->setBrush(fill);
    p->drawRoundedRect(badge, 4, 4);
    // a light tint of the stroke: visible, but quieter than the name
    QColor tint = stroke;
    tint.setAlphaF(0.12);
    p->setBrush(tint);
    p->drawRoundedRect(badge, 4, 4);
    p->setFont(font);
    p->setPen(stroke);
    p->drawText(badge, Qt::AlignCenter, code);
}

} // namespace

const QFont &ragBadgeFont()
{
    static const QFont font = [] {
        QFont f = BpmnPainter::labelFont();
        f.setPixelSize(10);
        f.setBold(true);
        return f;
    }();
    return font;
}

QRectF ragBadgeRect(const QRectF &bounds, const QString &code)
{
    static const QFontMetricsF metrics(ragBadgeFont());
    const qreal width = qMax<qreal>(16, metrics.horizontalAdvance(code.left(3)) + 8);
    return QRectF(bounds.left() + 6, bounds.top() + 6, width, 15);
}

void drawTaskIcon(QPainter *p, TaskType type, const QPointF &topLeft, bool instantiate,
                  const QColor &stroke, const QColor &fill)
{
    if (type == TaskType::None)
        return;
    p->save();
    p->translate(topLeft);
    switch (type) {
    case TaskType::None:
        break;
    case TaskType::User:
        drawUserIcon(p, stroke, fill);
        break;
    case TaskType::Manual:
        drawManualIcon(p, stroke, fill);
        break;
    case TaskType::Service:
        drawGear(p, QPointF(6.5, 6.5), 6.5, stroke, fill);
        drawGear(p, QPointF(11.5, 11.5), 6, stroke, fill);
        break;
    case TaskType::Script:
        drawScriptIcon(p, stroke, fill);
        break;
    case TaskType::BusinessRule:
        drawBusinessRuleIcon(p, stroke, fill);
        break;
    case TaskType::Send:
        drawEnvelope(p, QRectF(0.5, 2.5, 17, 11.5), stroke, stroke, fill, 1);
        break;
    case TaskType::Receive:
        if (instantiate) {
            p->setPen(solidPen(stroke, 1));
            p->setBrush(fill);
            p->drawEllipse(QRectF(0, 0, 19, 19));
            drawEnvelope(p, QRectF(4, 5.5, 11, 8), stroke, fill, stroke, 1);
        } else {
            drawEnvelope(p, QRectF(0.5, 2.5, 17, 11.5), stroke, fill, stroke, 1);
        }
        break;
    }
    p->restore();
}

void drawActivity(QPainter *p, const ShapeSpec &s)
{
    const QColor stroke = strokeColor(s.stroke);
    const QColor fill = fillColor(s.fill);
    const QRectF &b = s.bounds;
    const qreal radius = qMin(kTaskRadius, qMin(b.width(), b.height()) / 4);

    QPen pen = solidPen(stroke, kActivityStroke);
    if (s.kind == ShapeKind::CallActivity)
        pen.setWidthF(kCallActivityStroke);
    else if (s.isEventSubProcess)
        pen = dashedPen(stroke, kActivityStroke, 2, 2.5, Qt::RoundCap);
    else if (s.kind == ShapeKind::Transaction)
        pen.setWidthF(1.5);
    p->setPen(pen);
    p->setBrush(fill);
    p->drawRoundedRect(b, radius, radius);
    if (s.kind == ShapeKind::Transaction) {
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(b.adjusted(3, 3, -3, -3), radius - 2, radius - 2);
    }

    const QColor text = labelColor(s.labelColor, s.stroke);
    const QFont &font = BpmnPainter::labelFont(s.labelFont);
    const bool expanded = s.isExpanded && s.kind != ShapeKind::Task;
    if (expanded) {
        drawText(p, b.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop, s.name, text, font);
    } else {
        TaskType icon = s.taskType;
        drawTaskIcon(p, icon, b.topLeft() + QPointF(7, 7), s.instantiate, stroke, fill);
        if (s.isEventSubProcess && s.trigger != EventTrigger::None) {
            // collapsed event sub-process: the start event's trigger in the top-left corner
            const QRectF corner(b.left() + 5, b.top() + 5, 20, 20);
            p->setPen(s.isInterrupting ? solidPen(stroke, 1) : dashedPen(stroke, 1, 3, 2));
            p->setBrush(fill);
            p->drawEllipse(corner);
            drawEventMarker(p, s.trigger, corner, false, stroke, fill);
            icon = TaskType::User; // keep the text off the corner like off an icon
        } else if (s.kind == ShapeKind::SubProcess && !s.ragType.isEmpty()) {
            drawRagBadge(p, s, stroke, fill);
            icon = TaskType::User;
        }
        // keep the text off the markers at the bottom centre
        const qreal bottom = markersOf(s).isEmpty() ? 5 : kMarkerSize + 6;
        QRectF area = b.adjusted(5, 5, -5, -bottom);
        if (icon != TaskType::None && !s.name.isEmpty()) {
            // in small tasks move the text down, off the icon, as far as it still fits
            const qreal h = textSize(s.name, area.width(), font).height();
            const qreal iconBottom = b.top() + 26;
            if (area.center().y() - h / 2 < iconBottom)
                area.setTop(qMax(area.top(), qMin(iconBottom, area.bottom() - h)));
        }
        drawText(p, area, Qt::AlignCenter, s.name, text, font);
    }
    drawMarkers(p, s, stroke, fill);
}

} // namespace amtsweg::notation

// BpmnPainter: dispatch to the symbol families and placement of external labels.

#include "bpmnpainter.h"

#include "notationsymbols.h"

#include <QFontMetricsF>
#include <QPainter>

namespace amtsweg {

using namespace notation;

namespace {

bool hasArea(const QRectF &r)
{
    return r.width() > 0.5 && r.height() > 0.5;
}

/// The rectangle the text occupies when laid out in (at least) the width of `box`, centred on
/// it horizontally and starting at its top.
QRectF fitTextTo(const QString &text, const QRectF &box, const QFont &font)
{
    // Label bounds were sized by another tool for its font; ours may be wider. Keep the number
    // of lines the box was made for (by its height) as long as the text grows only moderately.
    // A line of the standard font counts 14 units, of a styled font proportionally more or less.
    const QFontMetricsF &fm = labelMetrics(font);
    const qreal line =
        14.0 * fm.lineSpacing() / labelMetrics(BpmnPainter::labelFont()).lineSpacing();
    const int lines = qMax(1, qRound(box.height() / line));
    const qreal maxHeight = lines * fm.lineSpacing() + 1;
    TextMeasure measure(text, font); // up to seven widths, one shaping
    qreal width = box.width();
    QSizeF size = measure.size(width);
    if (size.height() > maxHeight) {
        qreal lo = width, hi = box.width() * 1.6 + 20;
        QSizeF hiSize = measure.size(hi);
        if (hiSize.height() <= maxHeight) {
            for (int i = 0; i < 5; ++i) { // narrowest width that keeps the line count
                const qreal mid = (lo + hi) / 2;
                const QSizeF midSize = measure.size(mid);
                if (midSize.height() <= maxHeight) {
                    hi = mid;
                    hiSize = midSize;
                } else {
                    lo = mid;
                }
            }
        }
        width = hi;
        size = hiSize;
    }
    const qreal w = qMax(size.width(), box.width());
    const qreal h = qMax(size.height(), box.height());
    return QRectF(box.center().x() - w / 2, box.top(), w, h);
}

/// Moves a label rectangle out of its shape, in the direction it is already off-centre.
QRectF moveOutOf(const QRectF &label, const QRectF &shape)
{
    const QRectF core = shape.adjusted(1, 1, -1, -1);
    if (!label.intersects(core))
        return label;
    const QPointF d = label.center() - shape.center();
    QRectF moved = label;
    if (qAbs(d.y()) * shape.width() >= qAbs(d.x()) * shape.height()) {
        if (d.y() < 0)
            moved.moveBottom(shape.top() - kExternalLabelGap);
        else
            moved.moveTop(shape.bottom() + kExternalLabelGap);
    } else if (d.x() < 0) {
        moved.moveRight(shape.left() - kExternalLabelGap);
    } else {
        moved.moveLeft(shape.right() + kExternalLabelGap);
    }
    return moved;
}

} // namespace

const QFont &BpmnPainter::labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"),
                       QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
        f.setStyleHint(QFont::SansSerif);
        f.setPixelSize(12);
        return f;
    }();
    return font;
}

const QFont &BpmnPainter::labelFont(const std::optional<QFont> &styled)
{
    return styled ? *styled : labelFont();
}

QFont BpmnPainter::styledLabelFont(const QString &families, qreal pixelSize, bool bold, bool italic,
                                   bool underline, bool strikeOut)
{
    QFont f = labelFont();
    QStringList names;
    for (const QString &name : families.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString n = name.trimmed().remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            !n.isEmpty())
            names << n;
    if (!names.isEmpty()) {
        // The named fonts first, then look-alikes that are installed almost everywhere.
        const QString all = names.join(QLatin1Char(' ')).toLower();
        const bool mono = all.contains(QLatin1String("mono")) ||
                          all.contains(QLatin1String("courier")) ||
                          all.contains(QLatin1String("consolas"));
        const bool serif =
            !mono && !all.contains(QLatin1String("sans")) &&
            (all.contains(QLatin1String("serif")) || all.contains(QLatin1String("times")) ||
             all.contains(QLatin1String("georgia")));
        if (mono) {
            names << QStringLiteral("Liberation Mono") << QStringLiteral("DejaVu Sans Mono")
                  << QStringLiteral("monospace");
            f.setStyleHint(QFont::TypeWriter);
        } else if (serif) {
            names << QStringLiteral("Liberation Serif") << QStringLiteral("DejaVu Serif")
                  << QStringLiteral("serif");
            f.setStyleHint(QFont::Serif);
        } else {
            names << f.families();
        }
        f.setFamilies(names);
    }
    if (pixelSize > 0)
        f.setPixelSize(qBound(1, qRound(pixelSize), 400));
    f.setBold(bold);
    f.setItalic(italic);
    f.setUnderline(underline);
    f.setStrikeOut(strikeOut);
    return f;
}

bool BpmnPainter::hasExternalLabel(const ShapeSpec &shape)
{
    switch (shape.kind) {
    case ShapeKind::StartEvent:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::EndEvent:
    case ShapeKind::BoundaryEvent:
    case ShapeKind::ExclusiveGateway:
    case ShapeKind::InclusiveGateway:
    case ShapeKind::ParallelGateway:
    case ShapeKind::ComplexGateway:
    case ShapeKind::EventBasedGateway:
    case ShapeKind::DataObject:
    case ShapeKind::DataInput:
    case ShapeKind::DataOutput:
    case ShapeKind::DataStore:
    case ShapeKind::Message:
    case ShapeKind::Conversation:
    case ShapeKind::Group:
        return true;
    default:
        return false;
    }
}

void BpmnPainter::paintShape(QPainter *painter, const ShapeSpec &shape)
{
    painter->save();
    switch (shape.kind) {
    case ShapeKind::Task:
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
    case ShapeKind::CallActivity:
        drawActivity(painter, shape);
        break;
    case ShapeKind::StartEvent:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::EndEvent:
    case ShapeKind::BoundaryEvent:
        drawEvent(painter, shape);
        break;
    case ShapeKind::ExclusiveGateway:
    case ShapeKind::InclusiveGateway:
    case ShapeKind::ParallelGateway:
    case ShapeKind::ComplexGateway:
    case ShapeKind::EventBasedGateway:
        drawGateway(painter, shape);
        break;
    case ShapeKind::DataObject:
    case ShapeKind::DataInput:
    case ShapeKind::DataOutput:
    case ShapeKind::DataStore:
        drawData(painter, shape);
        break;
    case ShapeKind::Participant:
    case ShapeKind::Lane:
        drawSwimlane(painter, shape);
        break;
    case ShapeKind::TextAnnotation:
    case ShapeKind::Group:
        drawArtifact(painter, shape);
        break;
    case ShapeKind::Message:
    case ShapeKind::Conversation:
    case ShapeKind::Placeholder:
        drawMiscShape(painter, shape);
        break;
    }
    painter->restore();
}

void BpmnPainter::paintShapeSimplified(QPainter *painter, const ShapeSpec &shape)
{
    const QRectF &b = shape.bounds;
    const QColor stroke = strokeColor(shape.stroke);
    QBrush fill(fillColor(shape.fill));
    qreal width = kActivityStroke;
    painter->save();
    switch (shape.kind) {
    case ShapeKind::StartEvent:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::EndEvent:
    case ShapeKind::BoundaryEvent:
        width = shape.kind == ShapeKind::StartEvent ? kStartEventStroke
                : shape.kind == ShapeKind::EndEvent ? kEndEventStroke
                                                    : kIntermediateEventStroke;
        painter->setPen(solidPen(stroke, width));
        painter->setBrush(fill);
        painter->drawEllipse(b);
        break;
    case ShapeKind::ExclusiveGateway:
    case ShapeKind::InclusiveGateway:
    case ShapeKind::ParallelGateway:
    case ShapeKind::ComplexGateway:
    case ShapeKind::EventBasedGateway: {
        const QPointF c = b.center();
        painter->setPen(solidPen(stroke, kGatewayStroke));
        painter->setBrush(fill);
        painter->drawPolygon(QPolygonF({QPointF(c.x(), b.top()), QPointF(b.right(), c.y()),
                                        QPointF(c.x(), b.bottom()), QPointF(b.left(), c.y())}));
        break;
    }
    case ShapeKind::TextAnnotation:
        painter->setPen(solidPen(stroke, 1));
        painter->drawLine(b.topLeft(), b.bottomLeft());
        break;
    case ShapeKind::Group:
        painter->setPen(solidPen(stroke, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(b);
        break;
    case ShapeKind::Participant:
    case ShapeKind::Lane:
        width = kSwimlaneStroke;
        [[fallthrough]];
    default:
        if (shape.kind == ShapeKind::CallActivity)
            width = kCallActivityStroke;
        else if (shape.kind != ShapeKind::Task && shape.kind != ShapeKind::SubProcess &&
                 shape.kind != ShapeKind::Transaction && shape.kind != ShapeKind::Participant &&
                 shape.kind != ShapeKind::Lane)
            width = 1;
        painter->setPen(solidPen(stroke, width));
        painter->setBrush(fill);
        painter->drawRect(b);
        break;
    }
    painter->restore();
}

QRectF BpmnPainter::shapeLabelRect(const ShapeSpec &shape)
{
    if (shape.name.isEmpty() || !hasExternalLabel(shape))
        return {};
    const QFont &font = labelFont(shape.labelFont);
    if (shape.kind == ShapeKind::Group) {
        if (hasArea(shape.labelBounds))
            return fitTextTo(shape.name, shape.labelBounds, font);
        const QSizeF size =
            textSize(shape.name, qMax(kExternalLabelWidth, shape.bounds.width()), font);
        return QRectF(shape.bounds.center().x() - size.width() / 2, shape.bounds.top() + 6,
                      size.width(), size.height());
    }
    if (!hasArea(shape.labelBounds))
        return defaultExternalLabelRect(shape.name, shape.bounds, font);
    return moveOutOf(fitTextTo(shape.name, shape.labelBounds, font), shape.bounds);
}

void BpmnPainter::paintShapeLabel(QPainter *painter, const ShapeSpec &shape)
{
    paintShapeLabel(painter, shape, shapeLabelRect(shape));
}

void BpmnPainter::paintShapeLabel(QPainter *painter, const ShapeSpec &shape, const QRectF &r)
{
    if (r.isEmpty())
        return;
    painter->save();
    drawText(painter, r, Qt::AlignHCenter | Qt::AlignTop, shape.name,
             labelColor(shape.labelColor, shape.stroke), labelFont(shape.labelFont));
    painter->restore();
}

void BpmnPainter::paintEdge(QPainter *painter, const EdgeSpec &edge)
{
    painter->save();
    drawEdge(painter, edge);
    painter->restore();
}

void BpmnPainter::paintEdgeSimplified(QPainter *painter, const EdgeSpec &edge)
{
    if (edge.waypoints.size() < 2)
        return;
    QColor stroke = strokeColor(edge.stroke);
    qreal width = kFlowStroke;
    switch (edge.kind) {
    case EdgeKind::SequenceFlow:
        width = kSequenceFlowStroke;
        break;
    case EdgeKind::MessageFlow: // dashes 6 of 10 pixels
        stroke.setAlphaF(stroke.alphaF() * 0.6);
        break;
    case EdgeKind::ConversationLink:
        width = 4;
        break;
    case EdgeKind::Placeholder:
        if (!edge.stroke.isValid())
            stroke = QColor(0x88, 0x88, 0x88);
        [[fallthrough]];
    default: // dotted
        stroke.setAlphaF(stroke.alphaF() * 0.35);
        break;
    }
    painter->save();
    QPen pen = solidPen(stroke, width);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(edge.waypoints);
    painter->restore();
}

QRectF BpmnPainter::edgeLabelRect(const EdgeSpec &edge)
{
    if (edge.name.isEmpty())
        return {};
    const QFont &font = labelFont(edge.labelFont);
    if (hasArea(edge.labelBounds))
        return fitTextTo(edge.name, edge.labelBounds, font);
    const qreal clearance = edge.message == MessageVisibility::Hidden ? 4 : 12;
    return defaultEdgeLabelRect(edge.name, edge.waypoints, clearance, font);
}

void BpmnPainter::paintEdgeLabel(QPainter *painter, const EdgeSpec &edge)
{
    paintEdgeLabel(painter, edge, edgeLabelRect(edge));
}

void BpmnPainter::paintEdgeLabel(QPainter *painter, const EdgeSpec &edge, const QRectF &r)
{
    if (r.isEmpty())
        return;
    painter->save();
    drawText(painter, r, Qt::AlignHCenter | Qt::AlignTop, edge.name,
             labelColor(edge.labelColor, edge.stroke), labelFont(edge.labelFont));
    painter->restore();
}

QRectF BpmnPainter::shapePaintRect(const ShapeSpec &shape)
{
    QRectF r = shape.bounds.adjusted(-4, -4, 4, 4);
    if (shape.name.isEmpty() || hasExternalLabel(shape) || shape.kind == ShapeKind::Participant ||
        shape.kind == ShapeKind::Lane)
        return r;
    // Text drawn inside may overflow a box too small for it. (textSize remembers the size for
    // painting, which asks for the same width.)
    const QRectF &b = shape.bounds;
    const qreal inner = b.width() - 10;
    const QFont &font = labelFont(shape.labelFont);
    const QSizeF size = textSize(shape.name, inner, font);
    if (size.width() <= inner && size.height() <= b.height() - 10)
        return r; // fits: the text rectangle below lies inside r
    if (shape.kind == ShapeKind::TextAnnotation) {
        const qreal w = qMax(size.width(), textSize(shape.name, 1e5, font).width());
        return r | QRectF(b.left() + 3, b.top() + 3, w + 6, size.height() + 6);
    }
    const qreal w = qMax(size.width() + 6, r.width()), h = qMax(size.height() + 6, r.height());
    return r | QRectF(b.center().x() - w / 2, b.center().y() - h / 2, w, h);
}

QRectF BpmnPainter::edgePaintRect(const EdgeSpec &edge)
{
    return edgeMarkerExtent(edge);
}

} // namespace amtsweg

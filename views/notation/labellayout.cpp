// Style defaults (colours, pens) and text layout shared by all symbol families.

#include "bpmnpainter.h"
#include "notationsymbols.h"

#include <QFontMetricsF>
#include <QPainter>

#include <deque>
#include <utility>

namespace amtsweg::notation {

namespace {

constexpr int kWrapFlags = Qt::TextWordWrap | Qt::TextDontClip;

} // namespace

QColor strokeColor(const QColor &specified)
{
    return specified.isValid() ? specified : QColor(Qt::black);
}

QColor fillColor(const QColor &specified)
{
    return specified.isValid() ? specified : QColor(Qt::white);
}

QColor labelColor(const QColor &specifiedLabel, const QColor &specifiedStroke)
{
    if (specifiedLabel.isValid())
        return specifiedLabel;
    return strokeColor(specifiedStroke);
}

QPen solidPen(const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    return pen;
}

QPen dashedPen(const QColor &color, qreal width, qreal dash, qreal gap, Qt::PenCapStyle cap)
{
    QPen pen(color, width, Qt::CustomDashLine, cap, Qt::RoundJoin);
    // Qt measures dash patterns in pen widths; round caps add half a width on each side.
    const qreal capExtra = cap == Qt::FlatCap ? 0 : width;
    pen.setDashPattern({qMax(dash - capExtra, 0.01) / width, (gap + capExtra) / width});
    return pen;
}

void drawText(QPainter *p, const QRectF &rect, int flags, const QString &text, const QColor &color,
              const QFont &font)
{
    if (text.isEmpty())
        return;
    p->setFont(font);
    p->setPen(color);
    p->drawText(rect, flags | kWrapFlags, text);
}

void drawRotatedText(QPainter *p, const QRectF &band, const QString &text, const QColor &color,
                     const QFont &font)
{
    if (text.isEmpty())
        return;
    p->save();
    p->translate(band.center());
    p->rotate(-90);
    const QRectF r(-band.height() / 2 + 5, -band.width() / 2, band.height() - 10, band.width());
    drawText(p, r, Qt::AlignCenter, text, color, font);
    p->restore();
}

const QFontMetricsF &labelMetrics(const QFont &font)
{
    static const QFontMetricsF standard(BpmnPainter::labelFont());
    if (&font == &BpmnPainter::labelFont() || font == BpmnPainter::labelFont())
        return standard;
    // Styled labels use few fonts; a deque keeps references valid while it grows.
    thread_local std::deque<std::pair<QFont, QFontMetricsF>> styled;
    for (const auto &[f, metrics] : styled)
        if (f == font)
            return metrics;
    if (styled.size() >= 32)
        styled.pop_front();
    return styled.emplace_back(font, QFontMetricsF(font)).second;
}

QSizeF textSize(const QString &text, qreal width, const QFont &font)
{
    if (text.isEmpty())
        return {};
    return labelMetrics(font)
        .boundingRect(QRectF(0, 0, width, 1e6), kWrapFlags | Qt::AlignHCenter, text)
        .size();
}

QRectF defaultExternalLabelRect(const QString &text, const QRectF &shape, const QFont &font)
{
    if (text.isEmpty())
        return {};
    const QSizeF size = textSize(text, kExternalLabelWidth, font);
    return QRectF(shape.center().x() - size.width() / 2, shape.bottom() + kExternalLabelGap,
                  size.width(), size.height());
}

} // namespace amtsweg::notation

// Style defaults (colours, pens) and text layout shared by all symbol families.

#include "bpmnpainter.h"
#include "notationsymbols.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLine>
#include <QtMath>

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

TextMeasure::TextMeasure(const QString &text, const QFont &font)
    : m_text(text), m_font(font)
{
    // As QPainter's text formatting prepares a text: returns as spaces, line feeds as line
    // separators, tabs as spaces (no Qt::TextExpandTabs). Texts with length variants (U+009C)
    // are left to QFontMetricsF.
    QString prepared = text;
    for (QChar &c : prepared) {
        if (c == u'\r' || c == u'\t')
            c = u' ';
        else if (c == u'\n')
            c = QChar::LineSeparator;
        else if (c == QChar(0x9c))
            m_plain = false;
    }
    if (!m_plain)
        return;
    m_layout.setText(prepared);
    m_layout.setFont(font);
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    option.setWrapMode(QTextOption::WordWrap);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true); // keep the shaped glyphs from one width to the next
}

QSizeF TextMeasure::size(qreal width)
{
    if (m_text.isEmpty())
        return {};
    if (!m_plain)
        return labelMetrics(m_font)
            .boundingRect(QRectF(0, 0, width, 1e6), kWrapFlags | Qt::AlignHCenter, m_text)
            .size();
    // The line loop of QPainter's text formatting (which QFontMetricsF::boundingRect runs):
    // lines start on whole pixels, separated by the font's leading.
    const qreal leading = labelMetrics(m_font).leading();
    qreal height = -leading, textWidth = 0;
    // beginLayout() would discard the shaped glyphs; one layout pass serves all widths, the
    // lines of the previous width cleared.
    if (m_inLayout)
        m_layout.clearLayout();
    else
        m_layout.beginLayout();
    m_inLayout = true;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(qMax<qreal>(0, width));
        height = qCeil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        textWidth = qMax(textWidth, line.naturalTextWidth());
    }
    return QSizeF(textWidth, height);
}

TextMeasure::~TextMeasure()
{
    if (m_inLayout)
        m_layout.endLayout();
}

namespace {

struct SizeKey
{
    QString text;
    qreal width;
    QFont font;
    bool operator==(const SizeKey &o) const
    {
        return width == o.width && text == o.text && font == o.font;
    }
};

size_t qHash(const SizeKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.width); // the font is compared, not hashed (slow)
}

} // namespace

QSizeF textSize(const QString &text, qreal width, const QFont &font)
{
    if (text.isEmpty())
        return {};
    // Sizing an item and painting it ask for the same sizes; every shape once per diagram.
    thread_local QHash<SizeKey, QSizeF> recent;
    SizeKey key{text, width, font};
    if (const auto found = recent.constFind(key); found != recent.cend())
        return *found;
    if (recent.size() >= 50000)
        recent.clear();
    const QSizeF size = TextMeasure(text, font).size(width);
    recent.insert(std::move(key), size);
    return size;
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

#include "coloursection.h"

#include "di/diagraminfo.h"
#include "document.h"
#include "propertyedits.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace amtsweg {
namespace {

struct Preset
{
    const char *name;
    const char *fill;
    const char *stroke;
};

// bpmn.io's colour picker: light fill, dark stroke of the same hue.
constexpr Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Default"), nullptr, nullptr},
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Blue"), "#bbdefb", "#0d4372"},
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Orange"), "#ffe0b2", "#6b3c00"},
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Green"), "#c8e6c9", "#205022"},
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Red"), "#ffcdd2", "#831311"},
    {QT_TRANSLATE_NOOP("amtsweg::ColourSection", "Purple"), "#e1bee7", "#5b176d"},
};

QIcon swatch(const QColor &fill, const QColor &stroke)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stroke.isValid() ? stroke : QColor(Qt::black), 2));
    painter.setBrush(fill.isValid() ? fill : QColor(Qt::white));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

ColourSection::ColourSection(QWidget *parent) : PropertySection(tr("Colour"), parent)
{
    auto *form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    letShrink(m_preset);
    m_preset->setObjectName(QStringLiteral("colourPresetCombo"));
    for (const Preset &p : kPresets) {
        const QColor fill = p.fill ? QColor(QLatin1String(p.fill)) : QColor();
        const QColor stroke = p.stroke ? QColor(QLatin1String(p.stroke)) : QColor();
        m_preset->addItem(swatch(fill, stroke), tr(p.name));
    }
    form->addRow(tr("Preset"), m_preset);

    m_fill = new QToolButton(this);
    m_fill->setObjectName(QStringLiteral("fillButton"));
    m_fill->setText(tr("Fill..."));
    m_fill->setToolTip(tr("Choose the fill colour of the selected elements"));
    m_fill->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stroke = new QToolButton(this);
    m_stroke->setObjectName(QStringLiteral("strokeButton"));
    m_stroke->setText(tr("Stroke..."));
    m_stroke->setToolTip(tr("Choose the line colour of the selected elements"));
    m_stroke->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fill);
    buttons->addWidget(m_stroke);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

    connect(m_preset, &QComboBox::activated, this, &ColourSection::applyPreset);
    connect(m_fill, &QToolButton::clicked, this, &ColourSection::pickFill);
    connect(m_stroke, &QToolButton::clicked, this, &ColourSection::pickStroke);
}

bool ColourSection::appliesTo(const ModelTree &tree) const
{
    return diElement() != kNoNode && di::isDiagramElement(tree, diElement());
}

void ColourSection::load(const ModelTree &tree)
{
    m_currentFill = propertyedits::fillColour(tree, diElement());
    m_currentStroke = propertyedits::strokeColour(tree, diElement());
    const bool isShape = di::isShape(tree, diElement());
    m_fill->setEnabled(isShape);
    m_fill->setIcon(swatch(m_currentFill, QColor(Qt::gray)));
    m_stroke->setIcon(swatch(QColor(Qt::white), m_currentStroke));

    // The preset matching the colours, or a "Custom" entry after the presets.
    const int presets = int(std::size(kPresets));
    while (m_preset->count() > presets)
        m_preset->removeItem(presets);
    int match = -1;
    for (int i = 0; i < presets && match < 0; ++i) {
        const QColor fill = kPresets[i].fill ? QColor(QLatin1String(kPresets[i].fill)) : QColor();
        const QColor stroke =
            kPresets[i].stroke ? QColor(QLatin1String(kPresets[i].stroke)) : QColor();
        if (stroke == m_currentStroke && (!isShape || fill == m_currentFill))
            match = i;
    }
    if (match < 0) {
        m_preset->addItem(swatch(m_currentFill, m_currentStroke), tr("Custom"));
        match = presets;
    }
    m_preset->setCurrentIndex(match);
}

void ColourSection::applyPreset(int index)
{
    if (isLoading() || index < 0 || index >= int(std::size(kPresets)))
        return;
    const Preset &p = kPresets[index];
    apply(p.fill ? QColor(QLatin1String(p.fill)) : QColor(),
          p.stroke ? QColor(QLatin1String(p.stroke)) : QColor());
}

void ColourSection::pickFill()
{
    const QColor chosen = QColorDialog::getColor(
        m_currentFill.isValid() ? m_currentFill : QColor(Qt::white), this, tr("Fill colour"));
    if (chosen.isValid())
        apply(chosen, m_currentStroke);
}

void ColourSection::pickStroke()
{
    const QColor chosen = QColorDialog::getColor(
        m_currentStroke.isValid() ? m_currentStroke : QColor(Qt::black), this, tr("Stroke colour"));
    if (chosen.isValid())
        apply(m_currentFill, chosen);
}

void ColourSection::apply(const QColor &fill, const QColor &stroke)
{
    if (isLoading())
        return;
    propertyedits::setColours(document(), diElement(), fill, stroke);
}

} // namespace amtsweg

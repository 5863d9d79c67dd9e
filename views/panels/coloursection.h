#pragma once
// ColourSection: fill and stroke of the selected shape or edge, from bpmn.io's presets or any
// colour. Written in both colour namespaces (bioc and OMG) so bpmn.io and other tools show it.

#include "propertysection.h"

#include <QColor>

class QComboBox;
class QToolButton;

namespace amtsweg {

class ColourSection : public PropertySection
{
    Q_OBJECT

public:
    explicit ColourSection(QWidget *parent = nullptr);

    QComboBox *presetCombo() const { return m_preset; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    void applyPreset(int index);
    void pickFill();
    void pickStroke();
    void apply(const QColor &fill, const QColor &stroke);

    QComboBox *m_preset = nullptr;
    QToolButton *m_fill = nullptr;
    QToolButton *m_stroke = nullptr;
    QColor m_currentFill;
    QColor m_currentStroke;
};

} // namespace amtsweg

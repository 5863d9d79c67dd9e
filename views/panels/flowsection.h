#pragma once
// FlowSection: for a sequence flow its condition expression and whether it is the default
// flow of its source; for a gateway or activity which outgoing flow is the default.

#include "propertysection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace amtsweg {

class FlowSection : public PropertySection
{
    Q_OBJECT

public:
    explicit FlowSection(QWidget *parent = nullptr);

    QLineEdit *conditionEdit() const { return m_condition; }
    QCheckBox *defaultCheck() const { return m_isDefault; }
    QComboBox *defaultFlowCombo() const { return m_defaultFlow; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    void loadFlow(const ModelTree &tree);
    void loadSource(const ModelTree &tree);
    void commitCondition();
    void commitIsDefault(bool checked);
    void commitDefaultFlow(int index);

    QLabel *m_conditionLabel = nullptr;
    QLineEdit *m_condition = nullptr;
    QCheckBox *m_isDefault = nullptr;
    QLabel *m_defaultFlowLabel = nullptr;
    QComboBox *m_defaultFlow = nullptr;
};

} // namespace amtsweg

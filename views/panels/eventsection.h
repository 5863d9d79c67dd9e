#pragma once
// EventSection: what kind of event it is (event definitions and what they refer to), the timer
// (date / duration / cycle and its value), the condition of conditional events, and whether
// a boundary event or an event sub-process's start event interrupts.

#include "propertysection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace amtsweg {

class EventSection : public PropertySection
{
    Q_OBJECT

public:
    explicit EventSection(QWidget *parent = nullptr);

    QLabel *kindLabel() const { return m_kind; }
    QCheckBox *interruptingCheck() const { return m_interrupting; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    NodeId definition(const ModelTree &tree, std::string_view type) const;
    /// The attribute that makes this event interrupting ("cancelActivity", "isInterrupting"),
    /// or empty when it cannot be non-interrupting.
    std::string_view interruptingAttribute(const ModelTree &tree) const;
    void commitTimer();
    void commitCondition();
    void commitInterrupting(bool checked);

    QLabel *m_kind = nullptr;
    QLabel *m_timerLabel = nullptr;
    QComboBox *m_timerKind = nullptr;
    QLineEdit *m_timerValue = nullptr;
    QLabel *m_conditionLabel = nullptr;
    QLineEdit *m_condition = nullptr;
    QCheckBox *m_interrupting = nullptr;
};

} // namespace amtsweg

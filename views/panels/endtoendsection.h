#pragma once
// EndToEndSection: the end-to-end attributes of an element (e2e/e2eattributes.h,
// docs/e2e-attributes.md): channel, structured data and data standard of message flows and data
// associations; data standard of data object and data store references; automation and
// Fachverfahren of activities; kind and interface of data store references; kind of
// participants. Every drop-down starts with "Unknown", which removes the attribute.

#include "propertysection.h"

#include <initializer_list>
#include <string_view>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace amtsweg {

class EndToEndSection : public PropertySection
{
    Q_OBJECT

public:
    explicit EndToEndSection(QWidget *parent = nullptr);

    QComboBox *channelCombo() const { return m_channel; }
    QComboBox *structuredCombo() const { return m_structured; }
    QLabel *mediumLabel() const { return m_medium; }
    QLineEdit *dataStandardEdit() const { return m_dataStandard; }
    QComboBox *automationCombo() const { return m_automation; }
    QLineEdit *fachverfahrenEdit() const { return m_fachverfahren; }
    QComboBox *dataStoreKindCombo() const { return m_dataStoreKind; }
    QComboBox *interfaceCombo() const { return m_interface; }
    QComboBox *participantKindCombo() const { return m_participantKind; }

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;

private:
    QComboBox *addCombo(const QString &label, const char *objectName, std::string_view local,
                        const QString &toolTip);
    QLineEdit *addLineEdit(const QString &label, const char *objectName, std::string_view local,
                           const QString &placeholder, const QString &toolTip);
    /// Shows or hides the form rows of `fields`; returns `shown`.
    bool showRows(std::initializer_list<QWidget *> fields, bool shown);
    void loadFlow(const ModelTree &tree, bool shown);
    void loadActivity(const ModelTree &tree, bool shown);
    void loadDataStore(const ModelTree &tree, bool shown);
    void loadParticipant(const ModelTree &tree, bool shown);
    /// Commits `value` of amtsweg:`local` unless the section is loading.
    void commit(std::string_view local, const QString &value);

    QFormLayout *m_form = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_structured = nullptr;
    QLabel *m_medium = nullptr;
    QLineEdit *m_dataStandard = nullptr;
    QComboBox *m_automation = nullptr;
    QLineEdit *m_fachverfahren = nullptr;
    QComboBox *m_dataStoreKind = nullptr;
    QComboBox *m_interface = nullptr;
    QComboBox *m_participantKind = nullptr;
};

} // namespace amtsweg

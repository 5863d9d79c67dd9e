#pragma once
// RagSection: the Referenzaktivitätengruppe (FIM RAG) of a sub-process (docs/fim-extension.md):
// the type (none or 1–8), version, group id, name, description, Handlungsgrundlagen, incoming
// and outgoing data (form ids D…, schema ids S… checked), Fachverfahren, and the block of the
// chosen type only (received / provided data, kinds of check, aids, kind of decision or
// processing, involvement, free description). Every finished edit is one SetFimDataCommand;
// changing the type keeps what still fits (fim/fimtypechange.h) and asks before it drops the
// rest. On a task, which FIM does not let carry a group, the section offers the type choice
// as "turn into an Aktivitätengruppe": the task becomes a collapsed sub-process with the group,
// in one undo step.

#include "propertysection.h"

#include "fim/fimcodes.h"
#include "fim/fimdata.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace amtsweg {

class RagTable;

class RagSection : public PropertySection
{
    Q_OBJECT

public:
    explicit RagSection(QWidget *parent = nullptr);

    /// Asks whether to go on although `items` would be lost; true: go on. The default shows a
    /// QMessageBox; tests answer it themselves.
    using Confirm = std::function<bool(const QString &question, const QStringList &items)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QComboBox *typeCombo() const { return m_type; }
    QLabel *taskHint() const { return m_taskHint; }
    QLineEdit *versionEdit() const { return m_version; }
    QLineEdit *groupIdEdit() const { return m_groupId; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    RagTable *legalBasesTable() const { return m_legalBases; }
    RagTable *incomingTable() const { return m_incoming; }
    RagTable *outgoingTable() const { return m_outgoing; }
    RagTable *fachverfahrenTable() const { return m_fachverfahren; }
    /// The type-specific block and its fields (only those of the group's type are shown).
    QWidget *specificBlock() const { return m_specific; }
    RagTable *receivedTable() const { return m_received; }
    RagTable *providedTable() const { return m_provided; }
    QListWidget *checkKindsList() const { return m_checkKinds; }
    RagTable *aidsTable() const { return m_aids; }
    QComboBox *decisionCombo() const { return m_decision; }
    QLineEdit *processingEdit() const { return m_processing; }
    QComboBox *dutyCombo() const { return m_duty; }
    QComboBox *involvementCombo() const { return m_involvement; }
    QPlainTextEdit *freeDescriptionEdit() const { return m_freeDescription; }

    /// True for the rows of the block shown for the group's type (for tests).
    bool isFieldShown(QWidget *field) const;

protected:
    bool appliesTo(const ModelTree &tree) const override;
    void load(const ModelTree &tree) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    QLineEdit *addLineEdit(QFormLayout *form, const QString &label, const char *objectName,
                           const QString &toolTip, void (RagSection::*commit)());
    /// A drop-down of a code list's codes for a field of the type-specific block.
    QComboBox *addCodeCombo(fim::CodeList list, const QString &label, const char *objectName,
                            QString fim::Spezifisch::*field);
    QPlainTextEdit *addTextArea(QFormLayout *form, const QString &label, const char *objectName,
                                const QString &toolTip);
    RagTable *addTable(QFormLayout *form, const QString &label, const char *objectName,
                       bool withPartner, bool received);
    void loadSpecific(const fim::Aktivitaetengruppe *group);
    void showCommon(bool shown);

    void onTypeChosen(int index);
    void turnTaskIntoGroup(const QString &type);
    /// Writes the current group changed by `change` as one command (nothing without a group).
    void commitGroup(const std::function<void(fim::Aktivitaetengruppe &)> &change);
    /// The same for the block of the group's type (created when missing).
    void commitBlock(const std::function<void(fim::Spezifisch &)> &change);
    void commitVersion();
    void commitGroupId();
    void commitName();
    void commitText(QPlainTextEdit *edit);
    void commitTables();
    void commitCheckKinds();
    bool isTask(const ModelTree &tree) const;
    bool confirm(const QString &question, const QStringList &items);

    Confirm m_confirm;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_taskHint = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_groupId = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    RagTable *m_legalBases = nullptr;
    RagTable *m_incoming = nullptr;
    RagTable *m_outgoing = nullptr;
    RagTable *m_fachverfahren = nullptr;
    QWidget *m_specific = nullptr;
    QFormLayout *m_specificForm = nullptr;
    QLabel *m_specificTitle = nullptr;
    RagTable *m_received = nullptr;
    RagTable *m_provided = nullptr;
    QListWidget *m_checkKinds = nullptr;
    RagTable *m_aids = nullptr;
    QComboBox *m_decision = nullptr;
    QLineEdit *m_processing = nullptr;
    QComboBox *m_duty = nullptr;
    QComboBox *m_involvement = nullptr;
    QPlainTextEdit *m_freeDescription = nullptr;
};

} // namespace amtsweg

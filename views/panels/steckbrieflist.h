#pragma once
// The list editors of the Prozesssteckbrief panel: a column of rows, one per Prozessteilnehmer,
// Handlungsgrundlage, Auslöser or Ergebnis, each with a remove button, and an add button below.
// A row keeps the value it was given (with its node, so that unknown content in the file is
// kept) and returns it with the user's changes. The editor keeps the keyboard order: rows in
// order, each row's fields left to right, then the add button.

#include "fim/fimdata.h"

#include <QFrame>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace amtsweg {

class CodeComboBox;

class SteckbriefRow : public QFrame
{
    Q_OBJECT

public:
    explicit SteckbriefRow(QWidget *parent = nullptr);
    /// The row's fields in keyboard order.
    virtual QList<QWidget *> focusChain() const = 0;
    /// Names the fields for assistive technology ("Handlungsgrundlage 2: name").
    virtual void setNumber(int number) = 0;

Q_SIGNALS:
    /// A field's edit was finished.
    void edited();
    void removeRequested();

protected:
    QToolButton *removeButton() const { return m_remove; }
    QLineEdit *addLineEdit(const QString &placeholder);
    void setRemoveText(const QString &itemName);

private:
    QToolButton *m_remove = nullptr;
};

/// A Prozessteilnehmer: name and a check box per known role; codes of unknown roles are kept
/// and named below.
class ParticipantRow : public SteckbriefRow
{
    Q_OBJECT

public:
    explicit ParticipantRow(QWidget *parent = nullptr);
    void setValue(const fim::Prozessteilnehmer &value);
    fim::Prozessteilnehmer value() const;
    QList<QWidget *> focusChain() const override;
    void setNumber(int number) override;
    QLineEdit *nameEdit() const { return m_name; }
    QList<QCheckBox *> roleBoxes() const { return m_roles; }
    QLabel *unknownRolesLabel() const { return m_unknown; }

private:
    fim::Prozessteilnehmer m_value;
    QLineEdit *m_name = nullptr;
    QList<QCheckBox *> m_roles; ///< in the order of the code list
    QLabel *m_unknown = nullptr;
};

/// A Handlungsgrundlage: name, kind (drop-down) and URI, with the URI as a link to open.
class LegalBasisRow : public SteckbriefRow
{
    Q_OBJECT

public:
    explicit LegalBasisRow(QWidget *parent = nullptr);
    void setValue(const fim::Handlungsgrundlage &value);
    fim::Handlungsgrundlage value() const;
    QList<QWidget *> focusChain() const override;
    void setNumber(int number) override;
    QLineEdit *nameEdit() const { return m_name; }
    CodeComboBox *artBox() const { return m_art; }
    QLineEdit *uriEdit() const { return m_uri; }
    QLabel *link() const { return m_link; }

private:
    void showLink();

    fim::Handlungsgrundlage m_value;
    QLineEdit *m_name = nullptr;
    CodeComboBox *m_art = nullptr;
    QLineEdit *m_uri = nullptr;
    QLabel *m_link = nullptr;
};

/// An Auslöser or Ergebnis: text, form id, process id.
class AnlassRow : public SteckbriefRow
{
    Q_OBJECT

public:
    AnlassRow(const QString &itemName, QWidget *parent = nullptr);
    void setValue(const fim::Anlass &value);
    fim::Anlass value() const;
    QList<QWidget *> focusChain() const override;
    void setNumber(int number) override;
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *formEdit() const { return m_form; }
    QLineEdit *processEdit() const { return m_process; }

private:
    QString m_itemName;
    fim::Anlass m_value;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_form = nullptr;
    QLineEdit *m_process = nullptr;
};

class SteckbriefListEditor : public QWidget
{
    Q_OBJECT

public:
    using RowFactory = std::function<SteckbriefRow *(QWidget *parent)>;
    SteckbriefListEditor(const QString &addText, const QString &addToolTip, RowFactory factory,
                         QWidget *parent = nullptr);

    /// Adds rows at the end or removes them from the end until there are `count`.
    void setRowCount(int count);
    int rowCount() const { return int(m_rows.size()); }
    SteckbriefRow *row(int index) const { return m_rows.at(index); }
    template <class Row> Row *rowAs(int index) const { return static_cast<Row *>(row(index)); }
    template <class Row, class Value> std::vector<Value> values() const
    {
        std::vector<Value> result;
        for (int i = 0; i < rowCount(); ++i)
            result.push_back(rowAs<Row>(i)->value());
        return result;
    }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    /// A row was edited, added (empty, at the end) or removed.
    void edited();

private:
    SteckbriefRow *appendRow();
    void removeRow(SteckbriefRow *row);
    void renumberAndOrder();

    RowFactory m_factory;
    QList<SteckbriefRow *> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace amtsweg

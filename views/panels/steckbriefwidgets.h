#pragma once
// Small editors the Prozesssteckbrief panel is made of: a drop-down of a FIM code list that
// keeps a code it does not know, a date that may be empty, a multi-line text that reports when
// editing finished, and helpers for one-line texts and comma-separated lists. Each reports a
// finished edit (edited() / editingFinished()), never every keystroke.

#include "fim/fimcodes.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace amtsweg {

/// A drop-down of one code list, with an empty entry first. A code that is not in the list is
/// shown with its label ("unknown code 12") and stays selectable until another code is chosen
/// and the model no longer has it.
class CodeComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CodeComboBox(fim::CodeList list, QWidget *parent = nullptr);

    void setCode(const QString &code);
    QString code() const;

Q_SIGNALS:
    /// The user chose an entry.
    void edited();

protected:
    /// Only a focused drop-down reacts to the wheel (scrolling the panel must not change it).
    void wheelEvent(QWheelEvent *event) override;

private:
    fim::CodeList m_list;
};

/// A multi-line text that emits editingFinished() when it loses focus after a change.
class FinishingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    FinishingTextEdit(int lines, QWidget *parent = nullptr);
    /// Shows `text` unless it is already shown (keeps the cursor); marks it unchanged.
    void showText(const QString &text);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

/// A date that may be empty: a check box "set" and a date editor with a calendar. The value
/// is an xs:date or xs:dateTime text; a time read from the file is kept while the day stays,
/// and carried over when only the day is changed. A text that is no date is kept as it is
/// until the user sets a date.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &name, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    QCheckBox *checkBox() const { return m_set; }
    QDateEdit *dateEdit() const { return m_date; }

Q_SIGNALS:
    void edited();

private:
    void showState();

    QCheckBox *m_set = nullptr;
    QDateEdit *m_date = nullptr;
    QString m_value; ///< as read
    QString m_name;
};

/// Calls `finished` when the user leaves or confirms a line edit after changing its text.
void onEditFinished(QLineEdit *edit, std::function<void()> finished);
/// Sets a line edit's text when it differs (keeps the cursor) and marks it unchanged.
void showLineText(QLineEdit *edit, const QString &text);
/// A comma-separated list of keys: "17, 01001" <-> {"17", "01001"} (commas, semicolons and
/// blanks separate).
QString joinList(const QStringList &items);
QStringList splitList(const QString &text);
/// Sets a widget's tooltip and accessible name in one go.
void describe(QWidget *widget, const QString &name, const QString &toolTip);

} // namespace amtsweg

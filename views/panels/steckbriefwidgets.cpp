#include "steckbriefwidgets.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWheelEvent>

#include <algorithm>

namespace amtsweg {

CodeComboBox::CodeComboBox(fim::CodeList list, QWidget *parent) : QComboBox(parent), m_list(list)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    setCode(QString());
    connect(this, &QComboBox::activated, this, &CodeComboBox::edited);
}

void CodeComboBox::setCode(const QString &code)
{
    const QString wanted = code.trimmed();
    QSignalBlocker blocker(this);
    clear();
    addItem(tr("—"), QString());
    setItemData(0, tr("No code"), Qt::ToolTipRole);
    for (const fim::CodeEntry &e : fim::codes(m_list)) {
        const QString c = QString::fromUtf8(e.code.data(), qsizetype(e.code.size()));
        addItem(fim::codeLabel(m_list, c), c);
        setItemData(count() - 1, tr("Code %1 (%2)").arg(c, QString::fromUtf8(e.german)),
                    Qt::ToolTipRole);
    }
    if (!wanted.isEmpty() && !fim::isKnownCode(m_list, wanted)) {
        addItem(fim::codeLabel(m_list, wanted), wanted);
        setItemData(count() - 1, tr("Code %1 is not in the code list Amtsweg knows; it is kept.")
                                     .arg(wanted), Qt::ToolTipRole);
    }
    setCurrentIndex(std::max(0, findData(wanted)));
}

QString CodeComboBox::code() const
{
    return currentData().toString();
}

void CodeComboBox::wheelEvent(QWheelEvent *event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore();
}

FinishingTextEdit::FinishingTextEdit(int lines, QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    const int lineHeight = fontMetrics().lineSpacing();
    setMinimumHeight(lineHeight * lines + 12);
    setMaximumHeight(lineHeight * (lines + 4) + 12);
}

void FinishingTextEdit::showText(const QString &text)
{
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void FinishingTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified()) {
        document()->setModified(false);
        Q_EMIT editingFinished();
    }
}

OptionalDateEdit::OptionalDateEdit(const QString &name, QWidget *parent)
    : QWidget(parent), m_name(name)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_set = new QCheckBox(this);
    describe(m_set, tr("%1 set").arg(name),
             tr("Whether the Prozesssteckbrief records this date (%1)").arg(name));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // An unset date shows as "not set" (the minimum date), not as a date that looks recorded.
    m_date->setMinimumDate(QDate(1900, 1, 1));
    m_date->setSpecialValueText(tr("not set"));
    m_date->setAccessibleName(name);
    layout->addWidget(m_set);
    layout->addWidget(m_date, 1);

    connect(m_set, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked && m_value.isEmpty())
            m_date->setDate(QDate::currentDate());
        if (!checked)
            m_date->setDate(m_date->minimumDate());
        m_date->setEnabled(checked);
        Q_EMIT edited();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &OptionalDateEdit::edited);
    connect(m_date->calendarWidget(), &QCalendarWidget::clicked, this, &OptionalDateEdit::edited);
    showState();
}

void OptionalDateEdit::setValue(const QString &value)
{
    m_value = value.trimmed();
    showState();
}

void OptionalDateEdit::showState()
{
    const QDate day = QDate::fromString(m_value.left(10), Qt::ISODate);
    m_set->setChecked(!m_value.isEmpty());
    m_date->setEnabled(!m_value.isEmpty());
    QSignalBlocker blocker(m_date);
    m_date->setDate(m_value.isEmpty() ? m_date->minimumDate()
                    : day.isValid()    ? day
                                       : QDate::currentDate());
    m_date->setProperty("shownDate", m_date->date());
    m_date->setToolTip(!m_value.isEmpty() && !day.isValid()
                           ? tr("“%1” is not a date; it is kept until you choose one.").arg(m_value)
                           : tr("%1 (year-month-day)").arg(m_name));
}

QString OptionalDateEdit::value() const
{
    if (!m_set->isChecked())
        return {};
    const QDate shown = m_date->property("shownDate").toDate();
    if (!m_value.isEmpty() && m_date->date() == shown)
        return m_value;
    QString result = m_date->date().toString(Qt::ISODate);
    const QDate oldDay = QDate::fromString(m_value.left(10), Qt::ISODate);
    if (oldDay.isValid() && m_value.size() > 10)
        result += m_value.mid(10); // the time of day (and zone) read from the file
    return result;
}

void onEditFinished(QLineEdit *edit, std::function<void()> finished)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, finished] {
        if (edit->isModified()) {
            edit->setModified(false);
            finished();
        }
    });
}

void showLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void describe(QWidget *widget, const QString &name, const QString &toolTip)
{
    widget->setAccessibleName(name);
    widget->setToolTip(toolTip);
}

} // namespace amtsweg

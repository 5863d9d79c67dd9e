#include "steckbrieflist.h"

#include "steckbriefwidgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace amtsweg {

SteckbriefRow::SteckbriefRow(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_remove = new QToolButton(this);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this entry"));
    m_remove->setAccessibleName(tr("Remove this entry"));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, &SteckbriefRow::removeRequested);
}

QLineEdit *SteckbriefRow::addLineEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    onEditFinished(edit, [this] { Q_EMIT edited(); });
    return edit;
}

void SteckbriefRow::setRemoveText(const QString &itemName)
{
    describe(m_remove, tr("Remove %1").arg(itemName), tr("Remove %1 from the list").arg(itemName));
}

// ---- ParticipantRow

ParticipantRow::ParticipantRow(QWidget *parent) : SteckbriefRow(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    m_name = addLineEdit(tr("Name (as the pool is named)"));
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(removeButton(), 0, 1);
    auto *roles = new QHBoxLayout;
    for (const fim::CodeEntry &e : fim::codes(fim::CodeList::Rolle)) {
        const QString code = QString::fromUtf8(e.code.data(), qsizetype(e.code.size()));
        auto *box = new QCheckBox(fim::codeLabel(fim::CodeList::Rolle, code), this);
        box->setProperty("code", code);
        connect(box, &QCheckBox::clicked, this, &SteckbriefRow::edited);
        roles->addWidget(box);
        m_roles << box;
    }
    roles->addStretch(1);
    grid->addLayout(roles, 1, 0, 1, 2);
    m_unknown = new QLabel(this);
    m_unknown->setWordWrap(true);
    m_unknown->hide();
    grid->addWidget(m_unknown, 2, 0, 1, 2);
    setNumber(1);
}

void ParticipantRow::setValue(const fim::Prozessteilnehmer &value)
{
    m_value = value;
    showLineText(m_name, value.name);
    QStringList unknown;
    for (const QString &code : value.rollen)
        if (!fim::isKnownCode(fim::CodeList::Rolle, code))
            unknown << fim::codeLabel(fim::CodeList::Rolle, code);
    for (QCheckBox *box : m_roles)
        box->setChecked(value.rollen.contains(box->property("code").toString()));
    m_unknown->setText(tr("Also: %1 (kept)").arg(unknown.join(QStringLiteral(", "))));
    m_unknown->setVisible(!unknown.isEmpty());
}

fim::Prozessteilnehmer ParticipantRow::value() const
{
    fim::Prozessteilnehmer v = m_value;
    v.name = m_name->text().trimmed();
    v.rollen.clear();
    // The codes as read, in their order (unknown ones kept, unchecked known ones dropped), then
    // newly checked roles.
    auto checked = [this](const QString &code) {
        for (QCheckBox *box : m_roles)
            if (box->property("code").toString() == code)
                return box->isChecked();
        return true; // a code Amtsweg does not know
    };
    for (const QString &code : m_value.rollen)
        if (checked(code) && !v.rollen.contains(code))
            v.rollen << code;
    for (QCheckBox *box : m_roles)
        if (box->isChecked() && !v.rollen.contains(box->property("code").toString()))
            v.rollen << box->property("code").toString();
    return v;
}

QList<QWidget *> ParticipantRow::focusChain() const
{
    QList<QWidget *> chain{m_name, removeButton()};
    for (QCheckBox *box : m_roles)
        chain << box;
    return chain;
}

void ParticipantRow::setNumber(int number)
{
    const QString item = tr("Prozessteilnehmer %1").arg(number);
    describe(m_name, tr("%1: name").arg(item),
             tr("Name of the Prozessteilnehmer; every pool is named after one"));
    for (QCheckBox *box : m_roles)
        describe(box, tr("%1: role %2").arg(item, box->text()),
                 tr("The Prozessteilnehmer has the role %1 (code %2)")
                     .arg(box->text(), box->property("code").toString()));
    m_unknown->setToolTip(tr("Role codes Amtsweg does not know; they stay in the file"));
    setRemoveText(item);
}

// ---- LegalBasisRow

LegalBasisRow::LegalBasisRow(QWidget *parent) : SteckbriefRow(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    m_name = addLineEdit(tr("Name, e.g. § 27 MuSchG"));
    grid->addWidget(m_name, 0, 0, 1, 2);
    grid->addWidget(removeButton(), 0, 2);
    m_art = new CodeComboBox(fim::CodeList::HandlungsgrundlageArt, this);
    connect(m_art, &CodeComboBox::edited, this, &SteckbriefRow::edited);
    grid->addWidget(m_art, 1, 0);
    m_uri = addLineEdit(tr("Web address"));
    connect(m_uri, &QLineEdit::editingFinished, this, &LegalBasisRow::showLink);
    grid->addWidget(m_uri, 1, 1);
    m_link = new QLabel(this);
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    grid->addWidget(m_link, 1, 2);
    grid->setColumnStretch(1, 1);
    setNumber(1);
}

void LegalBasisRow::setValue(const fim::Handlungsgrundlage &value)
{
    m_value = value;
    showLineText(m_name, value.name);
    m_art->setCode(value.art);
    showLineText(m_uri, value.uri);
    showLink();
}

void LegalBasisRow::showLink()
{
    // Only web addresses open: a file from elsewhere must not start programs or open files.
    const QUrl url(m_uri->text().trimmed(), QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == QLatin1String("https") ||
                                       url.scheme() == QLatin1String("http"));
    m_link->setText(web ? QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                   tr("Open").toHtmlEscaped())
                        : QString());
    m_link->setToolTip(web ? tr("Open %1 in the web browser").arg(url.toDisplayString()) : QString());
    m_link->setVisible(web);
}

fim::Handlungsgrundlage LegalBasisRow::value() const
{
    fim::Handlungsgrundlage v = m_value;
    v.name = m_name->text().trimmed();
    v.art = m_art->code();
    v.uri = m_uri->text().trimmed();
    return v;
}

QList<QWidget *> LegalBasisRow::focusChain() const
{
    return {m_name, removeButton(), m_art, m_uri, m_link};
}

void LegalBasisRow::setNumber(int number)
{
    const QString item = tr("Handlungsgrundlage %1").arg(number);
    describe(m_name, tr("%1: name").arg(item), tr("Name of the legal basis, e.g. § 27 MuSchG"));
    describe(m_art, tr("%1: kind").arg(item), tr("Kind of the legal basis (Art), e.g. Gesetz"));
    describe(m_uri, tr("%1: web address").arg(item),
             tr("Where the legal text is published, e.g. on gesetze-im-internet.de"));
    m_link->setAccessibleName(tr("%1: open the web address").arg(item));
    setRemoveText(item);
}

// ---- AnlassRow

AnlassRow::AnlassRow(const QString &itemName, QWidget *parent)
    : SteckbriefRow(parent), m_itemName(itemName)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    m_text = addLineEdit(tr("Text"));
    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(removeButton(), 0, 2);
    m_form = addLineEdit(tr("Form ID (D…)"));
    grid->addWidget(m_form, 1, 0);
    m_process = addLineEdit(tr("Process ID"));
    grid->addWidget(m_process, 1, 1, 1, 2);
    setNumber(1);
}

void AnlassRow::setValue(const fim::Anlass &value)
{
    m_value = value;
    showLineText(m_text, value.text);
    showLineText(m_form, value.formular);
    showLineText(m_process, value.prozess);
}

fim::Anlass AnlassRow::value() const
{
    fim::Anlass v = m_value;
    v.text = m_text->text().trimmed();
    v.formular = m_form->text().trimmed();
    v.prozess = m_process->text().trimmed();
    return v;
}

QList<QWidget *> AnlassRow::focusChain() const
{
    return {m_text, removeButton(), m_form, m_process};
}

void AnlassRow::setNumber(int number)
{
    const QString item = QStringLiteral("%1 %2").arg(m_itemName).arg(number);
    describe(m_text, tr("%1: text").arg(item), tr("What it is, in words"));
    describe(m_form, tr("%1: form ID").arg(item),
             tr("The ID of a FIM Dokumentsteckbrief (D…), when it is a form"));
    describe(m_process, tr("%1: process ID").arg(item),
             tr("The Prozessschlüssel of another process, when it is one"));
    setRemoveText(item);
}

// ---- SteckbriefListEditor

SteckbriefListEditor::SteckbriefListEditor(const QString &addText, const QString &addToolTip,
                                           RowFactory factory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowLayout);
    m_add = new QPushButton(addText, this);
    describe(m_add, addText, addToolTip);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        SteckbriefRow *row = appendRow();
        renumberAndOrder();
        Q_EMIT edited();
        row->focusChain().constFirst()->setFocus(Qt::TabFocusReason);
    });
}

void SteckbriefListEditor::setRowCount(int count)
{
    if (count == rowCount())
        return;
    while (rowCount() > count)
        delete m_rows.takeLast();
    while (rowCount() < count)
        appendRow();
    renumberAndOrder();
}

SteckbriefRow *SteckbriefListEditor::appendRow()
{
    SteckbriefRow *row = m_factory(this);
    m_rowLayout->addWidget(row);
    m_rows << row;
    connect(row, &SteckbriefRow::edited, this, &SteckbriefListEditor::edited);
    connect(row, &SteckbriefRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

void SteckbriefListEditor::removeRow(SteckbriefRow *row)
{
    const int index = int(m_rows.indexOf(row));
    m_rows.removeAt(index);
    row->hide();
    row->deleteLater(); // it is the sender
    renumberAndOrder();
    Q_EMIT edited();
    // Keep the keyboard in the list: the next row, else the previous one, else the button.
    QWidget *next = m_add;
    if (!m_rows.isEmpty())
        next = m_rows.at(std::min(index, rowCount() - 1))->focusChain().constFirst();
    next->setFocus(Qt::TabFocusReason);
}

void SteckbriefListEditor::renumberAndOrder()
{
    // setTabOrder() needs focusable widgets: start after the last focusable one before the
    // editor (it comes before its rows and the add button in the chain).
    QWidget *previous = previousInFocusChain();
    while (previous != this && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    for (int i = 0; i < rowCount(); ++i) {
        m_rows.at(i)->setNumber(i + 1);
        for (QWidget *w : m_rows.at(i)->focusChain()) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    setTabOrder(previous, m_add);
}

} // namespace amtsweg

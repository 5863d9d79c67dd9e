#include "ragsection.h"

#include "bpmn/elements.h"
#include "commands/chaincommand.h"
#include "commands/replaceelementcommand.h"
#include "commands/setfimdatacommand.h"
#include "document.h"
#include "fim/fimcodes.h"
#include "fim/fimnames.h"
#include "fim/fimread.h"
#include "fim/fimtypechange.h"
#include "ragsectiontable.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>

#include <algorithm>

namespace amtsweg {
namespace {

using fim::CodeList;

/// Marks the item a combo box gets for a code that is none of its choices.
constexpr int kUnlistedRole = Qt::UserRole + 1;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString codeItemText(CodeList list, const QString &code)
{
    return QStringLiteral("%1 – %2").arg(code, fim::codeLabel(list, code));
}

/// A combo box of `list`'s codes after a first item `noneText` (the empty code).
void fillCodes(QComboBox *combo, CodeList list, const QString &noneText)
{
    combo->addItem(noneText, QString());
    for (const fim::CodeEntry &e : fim::codes(list)) {
        const QString code = qs(e.code);
        combo->addItem(codeItemText(list, code), code);
    }
}

/// Selects `code`; a code the list does not know gets an item of its own ("unknown code 9"),
/// shown as it is and kept until the user picks another.
void showCode(QComboBox *combo, CodeList list, const QString &code)
{
    while (combo->count() > 1 && combo->itemData(combo->count() - 1, kUnlistedRole).toBool())
        combo->removeItem(combo->count() - 1);
    int index = combo->findData(code.trimmed());
    if (index < 0) {
        combo->addItem(fim::codeLabel(list, code), code);
        index = combo->count() - 1;
        combo->setItemData(index, true, kUnlistedRole);
    }
    combo->setCurrentIndex(index);
}

/// The problem with a form or schema id: empty, or `prefix` followed by digits.
std::function<QString(const QString &)> idCheck(QChar prefix, const QString &problem)
{
    return [prefix, problem](const QString &text) {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (text.isEmpty() || (text.front() == prefix && digits.match(text.mid(1)).hasMatch()))
            return QString();
        return problem;
    };
}

QList<QStringList> dataRows(const std::vector<fim::Datenbezug> &list, bool withPartner)
{
    QList<QStringList> rows;
    for (const fim::Datenbezug &d : list) {
        rows << QStringList{d.formular, d.schema, d.schemaVersion, d.text};
        if (withPartner)
            rows.back() << d.partner << d.uebermittlungsart;
    }
    return rows;
}

template <typename T> QList<NodeId> nodesOf(const std::vector<T> &list)
{
    QList<NodeId> nodes;
    for (const T &item : list)
        nodes << item.node;
    return nodes;
}

/// The table's rows as data references: each row starts from the reference it was read from
/// (`old`, matched by node), so that fields the table has no column for (partner and
/// Übermittlungsart of incoming/outgoing data) are kept.
std::vector<fim::Datenbezug> dataOf(const RagTable *table, const std::vector<fim::Datenbezug> &old)
{
    std::vector<fim::Datenbezug> list;
    const QList<NodeId> nodes = table->rowNodes();
    const QList<QStringList> rows = table->rows();
    const int columns = table->table()->columnCount();
    for (int i = 0; i < rows.size(); ++i) {
        fim::Datenbezug d;
        const NodeId node = nodes.value(i, kNoNode);
        if (node != kNoNode)
            for (const fim::Datenbezug &o : old)
                if (o.node == node)
                    d = o;
        QString *fields[] = {&d.formular, &d.schema, &d.schemaVersion, &d.text, &d.partner,
                             &d.uebermittlungsart};
        for (int c = 0; c < columns && c < int(std::size(fields)); ++c)
            *fields[c] = rows[i].value(c);
        d.node = node;
        list.push_back(std::move(d));
    }
    return list;
}

QList<QStringList> singleColumn(const QStringList &values)
{
    QList<QStringList> rows;
    for (const QString &v : values)
        rows << QStringList{v};
    return rows;
}

QStringList columnOf(const RagTable *table)
{
    QStringList values;
    for (const QStringList &row : table->rows())
        values << row.value(0);
    return values;
}

/// The block of the group's type; nullptr when the type is none of 1–8.
const fim::Spezifisch *blockOf(const fim::Aktivitaetengruppe &g)
{
    const int typ = fim::ragTypeNumber(g.typ);
    for (const fim::Spezifisch &s : g.spezifisch)
        if (s.typ == typ)
            return &s;
    return nullptr;
}

/// The next free running group id ("01", "02" …) of the model.
QString nextGroupId(const ModelTree &tree)
{
    int highest = 0;
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(tree))
        highest = qMax(highest, g.gruppenId.toInt());
    return QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

/// A task made a collapsed sub-process carrying a new group, as one undo step.
class TurnIntoGroupCommand : public ChainCommand
{
public:
    TurnIntoGroupCommand(BpmnDocument *document, NodeId task, fim::Aktivitaetengruppe group)
        : ChainCommand(RagSection::tr("Turn into Aktivitätengruppe")), m_document(document),
          m_task(task), m_group(std::move(group))
    {
    }

protected:
    void buildSteps() override
    {
        auto *replace = run(new ReplaceElementCommand(m_document, m_task, "subProcess",
                                                      std::nullopt, this));
        const NodeId subProcess = replace->replacement();
        if (subProcess == kNoNode)
            return;
        m_group.owner = subProcess;
        run(new SetFimDataCommand(m_document, subProcess, m_group, this));
    }

private:
    BpmnDocument *m_document;
    NodeId m_task;
    fim::Aktivitaetengruppe m_group;
};

} // namespace

RagSection::RagSection(QWidget *parent) : PropertySection(tr("Aktivitätengruppe (FIM)"), parent)
{
    build();
}

void RagSection::build()
{
    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_type = new QComboBox(this);
    letShrink(m_type);
    m_type->setObjectName(QStringLiteral("ragTypeCombo"));
    m_type->setToolTip(tr("The Referenzaktivitätengruppe (RAG) type of FIM-BPMN. None removes "
                          "the group."));
    fillCodes(m_type, CodeList::RagTyp, tr("None"));
    m_form->addRow(tr("RAG type"), m_type);
    connect(m_type, &QComboBox::activated, this, &RagSection::onTypeChosen);

    m_taskHint = new QLabel(
        tr("FIM-BPMN puts Referenzaktivitätengruppen on collapsed sub-processes. Choosing a "
           "type turns this task into an Aktivitätengruppe (a collapsed sub-process)."),
        this);
    m_taskHint->setObjectName(QStringLiteral("ragTaskHint"));
    m_taskHint->setWordWrap(true);
    m_form->addRow(m_taskHint);

    m_version = addLineEdit(m_form, tr("RAG version"), "ragVersionEdit",
                            tr("The version of the RAG type, e.g. 1.00."),
                            &RagSection::commitVersion);
    m_groupId = addLineEdit(m_form, tr("Group id"), "ragGroupIdEdit",
                            tr("The running number of the group in the model: 01, 02 …"),
                            &RagSection::commitGroupId);
    m_name = addLineEdit(m_form, tr("Name"), "ragNameEdit",
                         tr("The group's own name; empty: the sub-process's name."),
                         &RagSection::commitName);
    m_description = addTextArea(m_form, tr("Description"), "ragDescriptionEdit",
                                tr("What the group does."));

    m_legalBases = new RagTable(
        QStringLiteral("ragLegalBases"),
        {{tr("Name"), tr("The legal basis, e.g. § 27 MuSchG.")},
         {tr("Kind"), tr("The kind of legal basis as a code, e.g. 104 (Act).")},
         {tr("URI"), tr("Where the text of the legal basis is published.")}},
        this);
    m_form->addRow(new QLabel(tr("Handlungsgrundlagen (legal bases)"), this));
    m_form->addRow(m_legalBases);
    connect(m_legalBases, &RagTable::edited, this, &RagSection::commitTables);
    m_incoming = addTable(m_form, tr("Incoming data"), "ragIncoming", false, false);
    m_outgoing = addTable(m_form, tr("Outgoing data"), "ragOutgoing", false, false);
    m_fachverfahren = new RagTable(QStringLiteral("ragFachverfahren"),
                                   {{tr("Fachverfahren"), tr("An IT system the group uses.")}},
                                   this);
    m_form->addRow(new QLabel(tr("Fachverfahren"), this));
    m_form->addRow(m_fachverfahren);
    connect(m_fachverfahren, &RagTable::edited, this, &RagSection::commitTables);

    // The block of the group's type.
    m_specific = new QWidget(this);
    m_specific->setObjectName(QStringLiteral("ragSpecificBlock"));
    m_specificForm = new QFormLayout(m_specific);
    m_specificForm->setContentsMargins(0, 6, 0, 0);
    m_specificForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_specificTitle = new QLabel(m_specific);
    QFont bold = m_specificTitle->font();
    bold.setBold(true);
    m_specificTitle->setFont(bold);
    m_specificForm->addRow(m_specificTitle);
    m_received = addTable(m_specificForm, tr("Received data"), "ragReceived", true, true);
    m_provided = addTable(m_specificForm, tr("Provided data"), "ragProvided", true, false);
    m_checkKinds = new QListWidget(m_specific);
    m_checkKinds->setObjectName(QStringLiteral("ragCheckKinds"));
    m_checkKinds->setToolTip(tr("The kinds of formal check the group makes."));
    m_specificForm->addRow(tr("Kinds of check"), m_checkKinds);
    connect(m_checkKinds, &QListWidget::itemChanged, this, &RagSection::commitCheckKinds);
    m_aids = new RagTable(QStringLiteral("ragAids"),
                          {{tr("Aid"), tr("A Hilfsmittel: a guideline, checklist, tool …")}},
                          m_specific);
    m_specificForm->addRow(tr("Aids (Hilfsmittel)"), m_aids);
    connect(m_aids, &RagTable::edited, this, &RagSection::commitTables);
    m_decision = addCodeCombo(CodeList::Entscheidungsart, tr("Kind of decision"),
                              "ragDecisionCombo", &fim::Spezifisch::entscheidungsart);
    m_processing = addLineEdit(m_specificForm, tr("Kind of processing"), "ragProcessingEdit",
                               tr("The Bearbeitungsart code of the group."), nullptr);
    connect(m_processing, &QLineEdit::editingFinished, this, [this] {
        if (!m_processing->isModified())
            return;
        m_processing->setModified(false);
        const QString text = m_processing->text().trimmed();
        commitBlock([&](fim::Spezifisch &s) { s.bearbeitungsart = text; });
    });
    m_duty = new QComboBox(m_specific);
    letShrink(m_duty);
    m_duty->setObjectName(QStringLiteral("ragDutyCombo"));
    m_duty->addItem(tr("Not set"), QString());
    m_duty->addItem(tr("Yes"), QStringLiteral("true"));
    m_duty->addItem(tr("No"), QStringLiteral("false"));
    m_duty->setToolTip(tr("Whether those involved must cooperate (Mitwirkungspflicht)."));
    m_specificForm->addRow(tr("Duty to cooperate"), m_duty);
    connect(m_duty, &QComboBox::activated, this, [this](int index) {
        const QString value = m_duty->itemData(index).toString();
        commitBlock([&](fim::Spezifisch &s) {
            s.mitwirkungspflicht = value.isEmpty() ? std::nullopt
                                                   : std::optional<bool>(value == u"true");
        });
    });
    m_involvement = addCodeCombo(CodeList::Beteiligungsform, tr("Form of involvement"),
                                 "ragInvolvementCombo", &fim::Spezifisch::beteiligungsform);
    m_freeDescription = addTextArea(m_specificForm, tr("Description of the group"),
                                    "ragFreeDescriptionEdit",
                                    tr("What the free group (RAG 8) does."));
    m_form->addRow(m_specific);
}

QComboBox *RagSection::addCodeCombo(fim::CodeList list, const QString &label,
                                     const char *objectName, QString fim::Spezifisch::*field)
{
    auto *combo = new QComboBox(m_specific);
    letShrink(combo);
    combo->setObjectName(QLatin1String(objectName));
    fillCodes(combo, list, tr("Not set"));
    m_specificForm->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, field](int index) {
        const QString code = combo->itemData(index).toString();
        commitBlock([&](fim::Spezifisch &s) { s.*field = code; });
    });
    return combo;
}

QLineEdit *RagSection::addLineEdit(QFormLayout *form, const QString &label,
                                   const char *objectName, const QString &toolTip,
                                   void (RagSection::*commit)())
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QLatin1String(objectName));
    edit->setToolTip(toolTip);
    form->addRow(label, edit);
    // Written once the user is done (Return or leaving the field), and only after typing.
    if (commit)
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, commit] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            (this->*commit)();
        });
    return edit;
}

QPlainTextEdit *RagSection::addTextArea(QFormLayout *form, const QString &label,
                                        const char *objectName, const QString &toolTip)
{
    auto *edit = new QPlainTextEdit(form->parentWidget());
    edit->setObjectName(QLatin1String(objectName));
    edit->setToolTip(toolTip);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    edit->installEventFilter(this);
    form->addRow(label, edit);
    return edit;
}

RagTable *RagSection::addTable(QFormLayout *form, const QString &label, const char *objectName,
                               bool withPartner, bool received)
{
    QList<RagTable::Column> columns{
        {tr("Form"), tr("The Dokumentsteckbrief id, D followed by digits."),
         idCheck(QLatin1Char('D'), tr("A form id is D followed by digits, e.g. D99006028261000."))},
        {tr("Schema"), tr("The Stammdatenschema id, S followed by digits."),
         idCheck(QLatin1Char('S'),
                 tr("A schema id is S followed by digits, e.g. S99006028261000."))},
        {tr("Version"), tr("The version of the schema.")},
        {tr("Text"), tr("The data in words, when there is no form.")}};
    if (withPartner) {
        columns << RagTable::Column{received ? tr("From") : tr("To"),
                                    received ? tr("The sender: the name of a pool.")
                                             : tr("The recipient: the name of a pool.")}
                << RagTable::Column{tr("Via"),
                                    tr("How the data is sent (Übermittlungsart).")};
    }
    auto *table = new RagTable(QLatin1String(objectName), columns, form->parentWidget());
    form->addRow(new QLabel(label, form->parentWidget()));
    form->addRow(table);
    connect(table, &RagTable::edited, this, &RagSection::commitTables);
    return table;
}

bool RagSection::eventFilter(QObject *watched, QEvent *event)
{
    // Text areas are written when the user leaves them, once per edit.
    if (event->type() == QEvent::FocusOut)
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched))
            commitText(edit);
    return PropertySection::eventFilter(watched, event);
}

bool RagSection::isTask(const ModelTree &tree) const
{
    const NodeId e = element();
    return tree.isElement(e) && tree.ns(e) == schema::Ns::Model
           && (tree.localName(e) == "task" || tree.localName(e).ends_with("Task"));
}

bool RagSection::appliesTo(const ModelTree &tree) const
{
    const NodeId e = element();
    if (e == kNoNode || !tree.isElement(e))
        return false;
    const bool subProcess = tree.ns(e) == schema::Ns::Model && tree.localName(e) == "subProcess";
    return subProcess || isTask(tree)
           || fim::extensionChild(tree, e, fim::names::aktivitaetengruppe) != kNoNode;
}

void RagSection::showCommon(bool shown)
{
    for (QWidget *w : {static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_groupId),
                       static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_legalBases), static_cast<QWidget *>(m_incoming),
                       static_cast<QWidget *>(m_outgoing),
                       static_cast<QWidget *>(m_fachverfahren), m_specific})
        m_form->setRowVisible(w, shown);
    // The captions of the tables are rows of their own, right before them.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::SpanningRole);
        if (item && qobject_cast<QLabel *>(item->widget()) && item->widget() != m_taskHint)
            m_form->setRowVisible(row, shown);
    }
}

void RagSection::load(const ModelTree &tree)
{
    const std::optional<fim::Aktivitaetengruppe> group =
        fim::aktivitaetengruppe(tree, element());
    const bool task = isTask(tree) && !group;
    m_form->setRowVisible(m_taskHint, task);
    showCode(m_type, CodeList::RagTyp, group ? group->typ : QString());
    if (group && group->typ.isEmpty())
        m_type->setItemText(0, tr("None (group without a type)"));
    else
        m_type->setItemText(0, tr("None"));
    showCommon(bool(group));
    if (!group)
        return;
    const fim::Aktivitaetengruppe &g = *group;
    showText(m_version, g.version);
    showText(m_groupId, g.gruppenId);
    const QString ownerName = qs(bpmn::name(tree, element())).trimmed();
    m_name->setPlaceholderText(ownerName);
    showText(m_name, g.name == ownerName ? QString() : g.name);
    showText(m_description, g.beschreibung);
    QList<QStringList> bases;
    for (const fim::Handlungsgrundlage &h : g.handlungsgrundlagen)
        bases << QStringList{h.name, h.art, h.uri};
    m_legalBases->setRows(bases, nodesOf(g.handlungsgrundlagen));
    m_incoming->setRows(dataRows(g.eingehendeDaten, false), nodesOf(g.eingehendeDaten));
    m_outgoing->setRows(dataRows(g.ausgehendeDaten, false), nodesOf(g.ausgehendeDaten));
    m_fachverfahren->setRows(singleColumn(g.fachverfahren));
    loadSpecific(&g);
}

void RagSection::loadSpecific(const fim::Aktivitaetengruppe *group)
{
    const int typ = fim::ragTypeNumber(group->typ);
    m_form->setRowVisible(m_specific, typ != 0);
    if (typ == 0)
        return;
    m_specificTitle->setText(tr("RAG %1: %2").arg(typ).arg(
        fim::codeLabel(CodeList::RagTyp, QString::number(typ))));
    const fim::Spezifisch empty;
    const fim::Spezifisch *found = blockOf(*group);
    const fim::Spezifisch &s = found ? *found : empty;
    const auto row = [this](QWidget *field, bool shown) {
        m_specificForm->setRowVisible(field, shown);
        // The tables' captions are the rows before them.
        if (qobject_cast<RagTable *>(field) && field != m_aids) {
            int r = -1;
            QFormLayout::ItemRole role;
            m_specificForm->getWidgetPosition(field, &r, &role);
            if (r > 0)
                m_specificForm->setRowVisible(r - 1, shown);
        }
        return shown;
    };
    if (row(m_received, fim::typeReceivesData(typ)))
        m_received->setRows(dataRows(s.empfangen, true), nodesOf(s.empfangen));
    if (row(m_provided, fim::typeProvidesData(typ)))
        m_provided->setRows(dataRows(s.bereitstellen, true), nodesOf(s.bereitstellen));
    if (row(m_checkKinds, fim::typeHasPruefarten(typ))) {
        m_checkKinds->clear();
        QStringList codes;
        for (const fim::CodeEntry &e : fim::codes(CodeList::Pruefart))
            codes << qs(e.code);
        for (const QString &code : s.pruefarten)
            if (!codes.contains(code))
                codes << code; // unknown codes stay shown as they are
        for (const QString &code : std::as_const(codes)) {
            auto *item = new QListWidgetItem(codeItemText(CodeList::Pruefart, code), m_checkKinds);
            item->setData(Qt::UserRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(s.pruefarten.contains(code) ? Qt::Checked : Qt::Unchecked);
        }
        m_checkKinds->setFixedHeight(m_checkKinds->sizeHintForRow(0) * int(codes.size())
                                     + 2 * m_checkKinds->frameWidth() + 2);
    }
    if (row(m_aids, fim::typeHasHilfsmittel(typ)))
        m_aids->setRows(singleColumn(s.hilfsmittel));
    if (row(m_decision, fim::typeHasEntscheidungsart(typ)))
        showCode(m_decision, CodeList::Entscheidungsart, s.entscheidungsart);
    if (row(m_processing, fim::typeHasBearbeitungsart(typ)))
        showText(m_processing, s.bearbeitungsart);
    if (row(m_duty, fim::typeHasBeteiligung(typ)))
        m_duty->setCurrentIndex(!s.mitwirkungspflicht ? 0 : *s.mitwirkungspflicht ? 1 : 2);
    if (row(m_involvement, fim::typeHasBeteiligung(typ)))
        showCode(m_involvement, CodeList::Beteiligungsform, s.beteiligungsform);
    if (row(m_freeDescription, fim::typeHasBeschreibung(typ)))
        showText(m_freeDescription, s.beschreibung);
}

bool RagSection::isFieldShown(QWidget *field) const
{
    return m_specific->isVisibleTo(this) && field->isVisibleTo(m_specific);
}

bool RagSection::confirm(const QString &question, const QStringList &items)
{
    if (m_confirm)
        return m_confirm(question, items);
    QMessageBox box(QMessageBox::Question, tr("Aktivitätengruppe"), question,
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setInformativeText(QStringLiteral("• ") + items.join(QStringLiteral("\n• ")));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

void RagSection::onTypeChosen(int index)
{
    if (isLoading())
        return;
    const ModelTree &tree = document()->tree();
    const QString type = m_type->itemData(index).toString();
    const std::optional<fim::Aktivitaetengruppe> group =
        fim::aktivitaetengruppe(tree, element());
    bool pushed = false;
    if (!group) {
        if (type.isEmpty()) {
            reload();
            return;
        }
        if (isTask(tree)) {
            turnTaskIntoGroup(type);
            return;
        }
        fim::Aktivitaetengruppe g;
        g.typ = type;
        g.version = QStringLiteral("1.00");
        g.gruppenId = nextGroupId(tree);
        g.owner = element();
        g.spezifisch = fim::changeType(g, type).group.spezifisch;
        pushed = document()->push(new SetFimDataCommand(document(), element(), g));
    } else if (type.isEmpty()) {
        if (confirm(tr("Remove the Aktivitätengruppe of this sub-process?"),
                    {tr("RAG %1 with all its data").arg(group->typ)}))
            pushed = document()->push(SetFimDataCommand::removing(
                document(), element(), SetFimDataCommand::Kind::Group));
    } else if (type != group->typ) {
        const fim::TypeChange change = fim::changeType(*group, type);
        if (change.dropped.isEmpty()
            || confirm(tr("Change to RAG %1 (%2) and drop the following?")
                           .arg(type, fim::codeLabel(CodeList::RagTyp, type)),
                       change.dropped))
            pushed = document()->push(new SetFimDataCommand(document(), element(), change.group));
    }
    if (!pushed)
        reload(); // cancelled or nothing changed: show the model's type again
}

void RagSection::turnTaskIntoGroup(const QString &type)
{
    const ModelTree &tree = document()->tree();
    fim::Aktivitaetengruppe g;
    g.typ = type;
    g.version = QStringLiteral("1.00");
    g.gruppenId = nextGroupId(tree);
    g.spezifisch = fim::changeType(g, type).group.spezifisch;
    if (!document()->push(new TurnIntoGroupCommand(document(), element(), g)))
        reload();
}

void RagSection::commitGroup(const std::function<void(fim::Aktivitaetengruppe &)> &change)
{
    if (isLoading())
        return;
    std::optional<fim::Aktivitaetengruppe> group =
        fim::aktivitaetengruppe(document()->tree(), element());
    if (!group)
        return;
    change(*group);
    if (!document()->push(new SetFimDataCommand(document(), element(), *group)))
        reload();
}

void RagSection::commitBlock(const std::function<void(fim::Spezifisch &)> &change)
{
    commitGroup([&](fim::Aktivitaetengruppe &g) {
        const int typ = fim::ragTypeNumber(g.typ);
        if (typ == 0)
            return;
        auto it = std::find_if(g.spezifisch.begin(), g.spezifisch.end(),
                               [typ](const fim::Spezifisch &s) { return s.typ == typ; });
        if (it == g.spezifisch.end()) {
            g.spezifisch.push_back({});
            it = g.spezifisch.end() - 1;
            it->typ = typ;
        }
        change(*it);
    });
}

void RagSection::commitVersion()
{
    const QString text = m_version->text().trimmed();
    commitGroup([&](fim::Aktivitaetengruppe &g) { g.version = text; });
}

void RagSection::commitGroupId()
{
    const QString text = m_groupId->text().trimmed();
    commitGroup([&](fim::Aktivitaetengruppe &g) { g.gruppenId = text; });
}

void RagSection::commitName()
{
    // Empty: the sub-process's name, which the file does not repeat.
    const QString text = m_name->text().trimmed();
    const QString ownerName = m_name->placeholderText();
    commitGroup([&](fim::Aktivitaetengruppe &g) { g.name = text.isEmpty() ? ownerName : text; });
}

void RagSection::commitText(QPlainTextEdit *edit)
{
    if (!edit->document()->isModified() || isLoading())
        return;
    edit->document()->setModified(false);
    const QString text = edit->toPlainText().trimmed();
    if (edit == m_description)
        commitGroup([&](fim::Aktivitaetengruppe &g) { g.beschreibung = text; });
    else if (edit == m_freeDescription)
        commitBlock([&](fim::Spezifisch &s) { s.beschreibung = text; });
}

void RagSection::commitTables()
{
    auto *table = qobject_cast<RagTable *>(sender());
    if (!table)
        return;
    if (table == m_received || table == m_provided || table == m_aids) {
        commitBlock([&](fim::Spezifisch &s) {
            if (table == m_received)
                s.empfangen = dataOf(table, s.empfangen);
            else if (table == m_provided)
                s.bereitstellen = dataOf(table, s.bereitstellen);
            else
                s.hilfsmittel = columnOf(table);
        });
        return;
    }
    commitGroup([&](fim::Aktivitaetengruppe &g) {
        if (table == m_legalBases) {
            g.handlungsgrundlagen.clear();
            const QList<NodeId> nodes = table->rowNodes();
            const QList<QStringList> rows = table->rows();
            for (int i = 0; i < rows.size(); ++i)
                g.handlungsgrundlagen.push_back(
                    {rows[i].value(0), rows[i].value(1), rows[i].value(2), nodes.value(i)});
        } else if (table == m_incoming) {
            g.eingehendeDaten = dataOf(table, g.eingehendeDaten);
        } else if (table == m_outgoing) {
            g.ausgehendeDaten = dataOf(table, g.ausgehendeDaten);
        } else if (table == m_fachverfahren) {
            g.fachverfahren = columnOf(table);
        }
    });
}

void RagSection::commitCheckKinds()
{
    if (isLoading())
        return;
    QStringList codes;
    for (int i = 0; i < m_checkKinds->count(); ++i)
        if (m_checkKinds->item(i)->checkState() == Qt::Checked)
            codes << m_checkKinds->item(i)->data(Qt::UserRole).toString();
    commitBlock([&](fim::Spezifisch &s) { s.pruefarten = codes; });
}

} // namespace amtsweg

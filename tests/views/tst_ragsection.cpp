// The "Aktivitätengruppe (FIM)" section of the properties panel (panels/ragsection.h) on
// tests/data/fim/: every group of fim-complete.bpmn shows its values; a finished edit is one
// command and undo restores the value; form and schema ids are checked; only the block of the
// group's type is shown; a type change keeps what fits and asks before dropping the rest
// (answered here through RagSection::setConfirm); None removes the group after asking; codes
// Amtsweg does not know stay shown; on a task, choosing a type turns it into a collapsed
// sub-process with the group, in one undo step, and the panel follows the new element.
//
// With AMTSWEG_SCREENSHOTS=DIR set, the panel is saved as PNG files into DIR for looking at.

#include "document.h"
#include "fim/fimread.h"
#include "panels/propertiespanel.h"
#include "panels/ragsection.h"
#include "panels/ragsectiontable.h"
#include "testpaths.h"

#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

void pick(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

/// The text of every cell of a table, rows joined by ";" and cells by "|".
QString cells(const RagTable *table)
{
    QStringList rows;
    const QTableWidget *t = table->table();
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < t->columnCount(); ++c)
            row << (t->item(r, c) ? t->item(r, c)->text() : QString());
        rows << row.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char(';'));
}

/// Adds a row with the + button and types `text` into its first cell, as a user does.
void addRowTyping(RagTable *table, const QString &text)
{
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    auto *editor = table->table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's text queued
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

} // namespace

class TestRagSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BpmnDocument> m_document;
    std::unique_ptr<PropertiesPanel> m_panel;
    RagSection *m_section = nullptr;
    QStringList m_asked;  ///< questions and items the section asked
    bool m_answer = true; ///< the answer it gets

    const ModelTree &tree() const { return m_document->tree(); }
    QUndoStack *stack() const { return m_document->undoStack(); }

    void open(const char *file)
    {
        QVERIFY(m_document->load(test::testDataDir() + QStringLiteral("/fim/")
                                 + QLatin1String(file)));
    }
    NodeId select(const char *id)
    {
        const NodeId element = tree().byId(id);
        if (element == kNoNode)
            qFatal("no element %s", id);
        const std::string di = std::string(id) + "_di";
        m_panel->setElement(element, tree().byId(di));
        return element;
    }
    fim::Aktivitaetengruppe group(const char *id) const
    {
        const auto g = fim::aktivitaetengruppe(tree(), tree().byId(id));
        if (!g)
            qFatal("%s has no group", id);
        return *g;
    }
    void screenshot(const char *name)
    {
        const QString dir = qEnvironmentVariable("AMTSWEG_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(m_panel->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<BpmnDocument>();
        open("fim-complete.bpmn");
        m_panel = std::make_unique<PropertiesPanel>();
        m_panel->setDocument(m_document.get());
        m_panel->resize(420, 1400);
        m_panel->show();
        m_section = m_panel->findChild<RagSection *>();
        QVERIFY(m_section);
        m_asked.clear();
        m_answer = true;
        m_section->setConfirm([this](const QString &question, const QStringList &items) {
            m_asked << question + QStringLiteral(" :: ") + items.join(QStringLiteral(" / "));
            return m_answer;
        });
        QTest::failOnWarning(QRegularExpression(QStringLiteral("pushed while")));
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void shownForSubProcessesOnly()
    {
        select("Start_Anzeige");
        QVERIFY(m_section->isHidden());
        select("Gw_Merge");
        QVERIFY(m_section->isHidden());
        select("Sub_Pruefen");
        QVERIFY(!m_section->isHidden());
        QVERIFY(!m_section->taskHint()->isVisibleTo(m_section));
    }

    void eachGroupShowsItsValues()
    {
        const std::pair<const char *, const char *> groups[] = {
            {"Sub_Empfangen", "1"}, {"Sub_Pruefen", "3"},    {"Sub_Nachfordern", "7"},
            {"Sub_Erfassen", "6"},  {"Sub_Beurteilen", "4"}, {"Sub_Ermessen", "5"},
            {"Sub_Bescheid", "2"},  {"Sub_Dokumentieren", "8"}};
        for (const auto &[id, typ] : groups) {
            select(id);
            const fim::Aktivitaetengruppe g = group(id);
            QCOMPARE(m_section->typeCombo()->currentData().toString(), QString::fromLatin1(typ));
            QVERIFY(m_section->typeCombo()->currentText().startsWith(QLatin1String(typ)));
            QCOMPARE(m_section->versionEdit()->text(), g.version);
            QCOMPARE(m_section->groupIdEdit()->text(), g.gruppenId);
            // No own name: the sub-process's name is the placeholder.
            QCOMPARE(m_section->nameEdit()->text(), QString());
            QCOMPARE(m_section->nameEdit()->placeholderText(), g.name);
            QCOMPARE(cells(m_section->legalBasesTable()), QStringLiteral("§ 27 MuSchG|104|"));
        }
        select("Sub_Empfangen");
        QCOMPARE(cells(m_section->receivedTable()),
                 QStringLiteral("D99006028261000|||Anzeige|Antragsteller|elektronisch"));
        select("Sub_Pruefen");
        QCOMPARE(checkedCodes(m_section->checkKindsList()), (QStringList{"1", "2"}));
        select("Sub_Nachfordern");
        QCOMPARE(cells(m_section->receivedTable()), QStringLiteral("|||Unterlagen|Antragsteller|"));
        QCOMPARE(cells(m_section->providedTable()),
                 QStringLiteral("|||Nachforderung|Antragsteller|"));
        QCOMPARE(m_section->dutyCombo()->currentData().toString(), QStringLiteral("true"));
        QCOMPARE(m_section->involvementCombo()->currentData().toString(), QStringLiteral("3"));
        select("Sub_Erfassen");
        QCOMPARE(m_section->processingEdit()->text(), QStringLiteral("1"));
        select("Sub_Beurteilen");
        QCOMPARE(cells(m_section->aidsTable()), QStringLiteral("Checkliste"));
        select("Sub_Ermessen");
        QCOMPARE(cells(m_section->aidsTable()), QStringLiteral("Leitfaden"));
        QCOMPARE(m_section->decisionCombo()->currentData().toString(), QStringLiteral("2"));
        select("Sub_Dokumentieren");
        QCOMPARE(m_section->freeDescriptionEdit()->toPlainText(),
                 QStringLiteral("Vorgang zur Akte nehmen"));
        screenshot("ragsection-rag8.png");
    }

    void specificBlockFollowsType()
    {
        RagSection *s = m_section;
        const QList<QWidget *> fields{s->receivedTable(), s->providedTable(),
                                      s->checkKindsList(), s->aidsTable(),
                                      s->decisionCombo(),  s->processingEdit(),
                                      s->dutyCombo(),      s->involvementCombo(),
                                      s->freeDescriptionEdit()};
        // Which fields each type shows, in the order of `fields`.
        const std::pair<const char *, QList<int>> expected[] = {
            {"Sub_Empfangen", {0}},        {"Sub_Bescheid", {1}},   {"Sub_Pruefen", {2}},
            {"Sub_Beurteilen", {3}},       {"Sub_Ermessen", {3, 4}}, {"Sub_Erfassen", {5}},
            {"Sub_Nachfordern", {0, 1, 6, 7}}, {"Sub_Dokumentieren", {8}}};
        for (const auto &[id, shown] : expected) {
            select(id);
            for (int i = 0; i < fields.size(); ++i)
                QVERIFY2(s->isFieldShown(fields[i]) == shown.contains(i),
                         qPrintable(QStringLiteral("%1 field %2").arg(QLatin1String(id)).arg(i)));
        }
    }

    void editCommitsOnceAndUndoRestores()
    {
        const NodeId sub = select("Sub_Pruefen");
        const int before = stack()->count();
        type(m_section->versionEdit(), QStringLiteral("2.00"));
        QCOMPARE(stack()->count(), before); // typing writes nothing yet
        QCOMPARE(group("Sub_Pruefen").version, QStringLiteral("1.00"));
        Q_EMIT m_section->versionEdit()->editingFinished();
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(group("Sub_Pruefen").version, QStringLiteral("2.00"));
        stack()->undo();
        QCOMPARE(group("Sub_Pruefen").version, QStringLiteral("1.00"));
        QCOMPARE(m_section->versionEdit()->text(), QStringLiteral("1.00"));

        // The own name; cleared it is the sub-process's again (and not written).
        type(m_section->nameEdit(), QStringLiteral("Zustaendigkeit pruefen"));
        Q_EMIT m_section->nameEdit()->editingFinished();
        QCOMPARE(group("Sub_Pruefen").name, QStringLiteral("Zustaendigkeit pruefen"));
        stack()->undo();
        QCOMPARE(group("Sub_Pruefen").name, QStringLiteral("Anzeige formell prüfen"));

        // A table cell: one command once the cell is done.
        QTableWidget *bases = m_section->legalBasesTable()->table();
        bases->item(0, 2)->setText(QStringLiteral("https://example.org/muschg"));
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(group("Sub_Pruefen").handlungsgrundlagen.at(0).uri,
                 QStringLiteral("https://example.org/muschg"));
        stack()->undo();
        QVERIFY(group("Sub_Pruefen").handlungsgrundlagen.at(0).uri.isEmpty());

        // A kind of check unticked.
        m_section->checkKindsList()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(group("Sub_Pruefen").spezifisch.at(0).pruefarten, QStringList{"2"});
        stack()->undo();
        QCOMPARE(group("Sub_Pruefen").spezifisch.at(0).pruefarten, (QStringList{"1", "2"}));

        // The description is written when the user leaves it.
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        QPlainTextEdit *description = m_section->descriptionEdit();
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Prueft"));
        QVERIFY(group("Sub_Pruefen").beschreibung.isEmpty());
        m_section->groupIdEdit()->setFocus();
        QCOMPARE(group("Sub_Pruefen").beschreibung, QStringLiteral("Prueft"));
        QVERIFY(fim::aktivitaetengruppe(tree(), sub));
    }

    void addedRowsAndRemovedRows()
    {
        select("Sub_Erfassen");
        RagTable *fv = m_section->fachverfahrenTable();
        const int before = stack()->count();
        QTest::mouseClick(fv->addButton(), Qt::LeftButton);
        QCOMPARE(fv->table()->rowCount(), 1);
        QCOMPARE(stack()->count(), before); // a blank row is not written
        auto *editor = fv->table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("OK.VORGANG"));
        QCOMPARE(stack()->count(), before); // not while typing
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits the editor's text queued
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(group("Sub_Erfassen").fachverfahren, QStringList{"OK.VORGANG"});
        stack()->undo();
        QVERIFY(group("Sub_Erfassen").fachverfahren.isEmpty());
        QCOMPARE(fv->table()->rowCount(), 0);

        // Removing the file's legal basis, and undo brings it back with its content.
        select("Sub_Pruefen");
        RagTable *bases = m_section->legalBasesTable();
        bases->table()->setCurrentCell(0, 0);
        QTest::mouseClick(bases->removeButton(), Qt::LeftButton);
        QVERIFY(group("Sub_Pruefen").handlungsgrundlagen.empty());
        QCOMPARE(bases->table()->rowCount(), 0);
        stack()->undo();
        QCOMPARE(cells(bases), QStringLiteral("§ 27 MuSchG|104|"));
    }

    void formAndSchemaIdsAreChecked()
    {
        select("Sub_Erfassen");
        RagTable *in = m_section->incomingTable();
        addRowTyping(in, QStringLiteral("X123"));
        QCOMPARE(group("Sub_Erfassen").eingehendeDaten.at(0).formular, QStringLiteral("X123"));
        QTableWidgetItem *form = in->table()->item(0, 0);
        QCOMPARE(form->background().color(), RagTable::warningColour());
        QVERIFY(form->toolTip().contains(QLatin1String("D followed by digits")));
        in->table()->item(0, 1)->setText(QStringLiteral("S00000092"));
        QVERIFY(!in->table()->item(0, 1)->data(Qt::BackgroundRole).isValid());
        in->table()->item(0, 0)->setText(QStringLiteral("D99006028261000"));
        QVERIFY(!in->table()->item(0, 0)->data(Qt::BackgroundRole).isValid());
        in->table()->item(0, 1)->setText(QStringLiteral("D1"));
        QCOMPARE(in->table()->item(0, 1)->background().color(), RagTable::warningColour());
        // Read back from the model, the warning stays.
        select("Sub_Pruefen");
        select("Sub_Erfassen");
        QCOMPARE(cells(in), QStringLiteral("D99006028261000|D1||"));
        QCOMPARE(in->table()->item(0, 1)->background().color(), RagTable::warningColour());
    }

    void typeChangeKeepsWhatFits()
    {
        select("Sub_Empfangen");
        const int before = stack()->count();
        pick(m_section->typeCombo(), QStringLiteral("7"));
        QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(QLatin1Char('\n'))));
        QCOMPARE(group("Sub_Empfangen").typ, QStringLiteral("7"));
        QCOMPARE(cells(m_section->receivedTable()),
                 QStringLiteral("D99006028261000|||Anzeige|Antragsteller|elektronisch"));
        QVERIFY(m_section->isFieldShown(m_section->dutyCombo()));
        QCOMPARE(stack()->count(), before + 1);
        screenshot("ragsection-rag7.png");
        stack()->undo();
        QCOMPARE(group("Sub_Empfangen").typ, QStringLiteral("1"));
        QCOMPARE(m_section->typeCombo()->currentData().toString(), QStringLiteral("1"));
    }

    void typeChangeAsksBeforeDropping()
    {
        select("Sub_Nachfordern");
        m_answer = false;
        pick(m_section->typeCombo(), QStringLiteral("2"));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked[0].contains(QLatin1String("RAG 2")) && m_asked[0].contains(QLatin1String("Unterlagen")),
                 qPrintable(m_asked[0]));
        // Cancelled: everything stays, the combo shows the model's type again.
        QCOMPARE(group("Sub_Nachfordern").typ, QStringLiteral("7"));
        QCOMPARE(m_section->typeCombo()->currentData().toString(), QStringLiteral("7"));
        QCOMPARE(group("Sub_Nachfordern").spezifisch.at(0).empfangen.size(), size_t(1));

        m_answer = true;
        pick(m_section->typeCombo(), QStringLiteral("2"));
        QCOMPARE(m_asked.size(), 2);
        const fim::Aktivitaetengruppe g = group("Sub_Nachfordern");
        QCOMPARE(g.typ, QStringLiteral("2"));
        QCOMPARE(g.spezifisch.size(), size_t(1));
        QVERIFY(g.spezifisch[0].empfangen.empty());
        QCOMPARE(g.spezifisch[0].bereitstellen.at(0).text, QStringLiteral("Nachforderung"));
        QCOMPARE(cells(m_section->providedTable()),
                 QStringLiteral("|||Nachforderung|Antragsteller|"));
        QVERIFY(!m_section->isFieldShown(m_section->receivedTable()));
        stack()->undo();
        QCOMPARE(group("Sub_Nachfordern").spezifisch.at(0).empfangen.size(), size_t(1));
    }

    void noneRemovesTheGroupAfterAsking()
    {
        const NodeId sub = select("Sub_Bescheid");
        m_answer = false;
        pick(m_section->typeCombo(), QString());
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(fim::aktivitaetengruppe(tree(), sub));
        m_answer = true;
        pick(m_section->typeCombo(), QString());
        QVERIFY(!fim::aktivitaetengruppe(tree(), sub));
        QVERIFY(!m_section->isHidden()); // a sub-process can get a group again
        QVERIFY(!m_section->versionEdit()->isVisibleTo(m_section));
        // A new group: version 1.00 and the next free group id.
        pick(m_section->typeCombo(), QStringLiteral("6"));
        const fim::Aktivitaetengruppe g = group("Sub_Bescheid");
        QCOMPARE(g.typ, QStringLiteral("6"));
        QCOMPARE(g.version, QStringLiteral("1.00"));
        QCOMPARE(g.gruppenId, QStringLiteral("09"));
        QVERIFY(m_section->isFieldShown(m_section->processingEdit()));
    }

    void unknownCodesStayShown()
    {
        open("rag-task.bpmn");
        select("Sub_Odd");
        QCOMPARE(m_section->typeCombo()->currentData().toString(), QStringLiteral("9"));
        QVERIFY2(m_section->typeCombo()->currentText().contains(QLatin1String("9")),
                 qPrintable(m_section->typeCombo()->currentText()));
        QVERIFY(!m_section->specificBlock()->isVisibleTo(m_section));
        select("Sub_Check");
        QCOMPARE(checkedCodes(m_section->checkKindsList()), (QStringList{"1", "7"}));
        // Another edit of the block keeps the unknown code.
        m_section->checkKindsList()->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(group("Sub_Check").spezifisch.at(0).pruefarten, (QStringList{"1", "2", "7"}));
    }

    void taskTurnsIntoGroup()
    {
        open("rag-task.bpmn");
        select("Task_Check");
        QVERIFY(!m_section->isHidden());
        QVERIFY(m_section->taskHint()->isVisibleTo(m_section));
        QVERIFY(!m_section->versionEdit()->isVisibleTo(m_section));
        screenshot("ragsection-task.png");
        const int before = stack()->count();
        pick(m_section->typeCombo(), QStringLiteral("3"));
        QCOMPARE(stack()->count(), before + 1);
        const NodeId sub = tree().byId("Task_Check");
        QCOMPARE(tree().localName(sub), std::string_view("subProcess"));
        const fim::Aktivitaetengruppe g = group("Task_Check");
        QCOMPARE(g.typ, QStringLiteral("3"));
        QCOMPARE(g.gruppenId, QStringLiteral("06"));
        QCOMPARE(g.spezifisch.at(0).typ, 3);
        // The panel follows the replaced element and shows the new group.
        QCOMPARE(m_panel->element(), sub);
        QVERIFY(!m_section->taskHint()->isVisibleTo(m_section));
        QVERIFY(m_section->isFieldShown(m_section->checkKindsList()));
        stack()->undo();
        QCOMPARE(tree().localName(tree().byId("Task_Check")), std::string_view("task"));
        QVERIFY(!fim::aktivitaetengruppe(tree(), tree().byId("Task_Check")));
    }

    void editingDataKeepsFieldsWithoutColumns()
    {
        // Provided data of a RAG 2 group names its Übermittlungsart, which the table has no
        // column for; editing a visible cell must keep it.
        QCOMPARE(group("Sub_Bescheid").spezifisch.at(0).bereitstellen.at(0).uebermittlungsart,
                 QStringLiteral("elektronisch"));
        select("Sub_Bescheid");
        QTableWidget *table = m_section->providedTable()->table();
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 3)->setText(QStringLiteral("Bescheid über die Anzeige"));
        const fim::Datenbezug d = group("Sub_Bescheid").spezifisch.at(0).bereitstellen.at(0);
        QCOMPARE(d.text, QStringLiteral("Bescheid über die Anzeige"));
        QCOMPARE(d.formular, QStringLiteral("D99006028261001"));
        QCOMPARE(d.partner, QStringLiteral("Antragsteller"));
        QCOMPARE(d.uebermittlungsart, QStringLiteral("elektronisch"));
    }
};

QTEST_MAIN(TestRagSection)
#include "tst_ragsection.moc"

// The properties panel on the Wohngeld sample: it shows the selected element's values, every
// edit through its widgets is one undoable command, refused ids leave the model alone, and
// following the document's signals never pushes commands.

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "panels/coloursection.h"
#include "panels/eventsection.h"
#include "panels/flowsection.h"
#include "panels/generalsection.h"
#include "panels/loopsection.h"
#include "panels/propertiespanel.h"
#include "testpaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Replaces a text field's content the way a user does: select all, type.
void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

class TestPropertiesPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BpmnDocument> m_document;
    std::unique_ptr<PropertiesPanel> m_panel;

    const ModelTree &tree() const { return m_document->tree(); }
    NodeId byId(const char *id) const { return tree().byId(id); }
    QUndoStack *stack() const { return m_document->undoStack(); }
    void select(const char *id)
    {
        const NodeId element = byId(id);
        QVERIFY2(element != kNoNode, id);
        m_panel->setElement(element, di::diagramElementOf(tree(), element));
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<BpmnDocument>();
        QVERIFY(m_document->load(test::wohngeldFixture()));
        m_panel = std::make_unique<PropertiesPanel>();
        m_panel->setDocument(m_document.get());
        m_panel->resize(360, 900);
        m_panel->show();
        // Reacting to the model must never push (BpmnDocument warns and drops such commands).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("pushed while")));
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void showsTheSelectedElementsValues()
    {
        select("Task_AntragFormellPruefen");
        GeneralSection *general = m_panel->generalSection();
        QCOMPARE(general->idEdit()->text(), QStringLiteral("Task_AntragFormellPruefen"));
        QCOMPARE(general->nameEdit()->toPlainText(), QStringLiteral("Antrag formell prüfen"));
        QVERIFY(general->documentationEdit()->toPlainText().startsWith(
            QStringLiteral("Zuständigkeit, Antragsberechtigung")));
        QVERIFY(general->idError()->isHidden());
        QVERIFY(!m_panel->loopSection()->isHidden());
        QCOMPARE(m_panel->loopSection()->loopCombo()->currentText(), QStringLiteral("None"));
        QVERIFY(!m_panel->colourSection()->isHidden());
        QVERIFY(m_panel->eventSection()->isHidden());
        QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("typeLabel"))->text(),
                 QStringLiteral("User Task"));

        select("BoundaryEvent_Frist3Monate");
        EventSection *event = m_panel->eventSection();
        QVERIFY(!event->isHidden());
        QVERIFY(event->kindLabel()->text().contains(QStringLiteral("Timer")));
        QVERIFY(event->interruptingCheck()->isChecked());
        QCOMPARE(event->findChild<QLineEdit *>(QStringLiteral("timerValueEdit"))->text(),
                 QStringLiteral("P3M"));
        QVERIFY(m_panel->loopSection()->isHidden());

        select("Flow_Vollstaendig_Ja");
        FlowSection *flow = m_panel->flowSection();
        QVERIFY(!flow->isHidden());
        QCOMPARE(flow->conditionEdit()->text(), QStringLiteral("Angaben vollständig"));
        QVERIFY(!flow->defaultCheck()->isChecked());
        QVERIFY(stack()->count() == 0);
    }

    void editsTheNameAsOneUndoStep()
    {
        select("Task_AntragFormellPruefen");
        const NodeId task = byId("Task_AntragFormellPruefen");
        retype(m_panel->generalSection()->nameEdit(), QStringLiteral("Antrag pruefen"));
        QCOMPARE(qs(bpmn::name(tree(), task)), QStringLiteral("Antrag pruefen"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(qs(bpmn::name(tree(), task)), QStringLiteral("Antrag formell prüfen"));
        QCOMPARE(m_panel->generalSection()->nameEdit()->toPlainText(),
                 QStringLiteral("Antrag formell prüfen"));
        stack()->redo();
        QCOMPARE(m_panel->generalSection()->nameEdit()->toPlainText(),
                 QStringLiteral("Antrag pruefen"));
    }

    void editsTheDocumentation()
    {
        select("Task_AngabenErgaenzen"); // has no documentation yet
        const NodeId task = byId("Task_AngabenErgaenzen");
        QVERIFY(m_panel->generalSection()->documentationEdit()->toPlainText().isEmpty());
        retype(m_panel->generalSection()->documentationEdit(), QStringLiteral("Frist: 3 Monate"));
        const NodeId doc = tree().childElement(task, schema::Ns::Model, "documentation");
        QVERIFY(doc != kNoNode);
        QCOMPARE(QString::fromStdString(tree().text(doc)), QStringLiteral("Frist: 3 Monate"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(tree().childElement(task, schema::Ns::Model, "documentation"), kNoNode);
        QVERIFY(m_panel->generalSection()->documentationEdit()->toPlainText().isEmpty());
    }

    void editsTheIdWithItsReferences()
    {
        select("Task_AntragFormellPruefen");
        const NodeId task = byId("Task_AntragFormellPruefen");
        const NodeId flow = byId("Flow_Eingegangen_Formell");
        QLineEdit *id = m_panel->generalSection()->idEdit();
        retype(id, QStringLiteral("Task_FormellPruefen"));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(byId("Task_FormellPruefen"), task);
        QCOMPARE(byId("Task_AntragFormellPruefen"), kNoNode);
        QCOMPARE(qs(tree().attr(flow, tree().known().targetRef)),
                 QStringLiteral("Task_FormellPruefen"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(byId("Task_AntragFormellPruefen"), task);
        QCOMPARE(id->text(), QStringLiteral("Task_AntragFormellPruefen"));
    }

    void refusesADuplicateOrInvalidId()
    {
        select("Task_AntragFormellPruefen");
        GeneralSection *general = m_panel->generalSection();
        retype(general->idEdit(), QStringLiteral("Task_BescheidErstellen"));
        QVERIFY(!general->idError()->isHidden()); // shown while typing
        QTest::keyClick(general->idEdit(), Qt::Key_Return);
        QVERIFY(!general->idError()->isHidden());
        QVERIFY(general->idError()->text().contains(QStringLiteral("already used")));
        QVERIFY(byId("Task_AntragFormellPruefen") != kNoNode); // unchanged
        QCOMPARE(stack()->count(), 0);

        retype(general->idEdit(), QStringLiteral("1 Aufgabe"));
        QTest::keyClick(general->idEdit(), Qt::Key_Return);
        QVERIFY(!general->idError()->isHidden());
        QCOMPARE(stack()->count(), 0);

        retype(general->idEdit(), QStringLiteral("Task_AntragFormellPruefen"));
        QTest::keyClick(general->idEdit(), Qt::Key_Return);
        QVERIFY(general->idError()->isHidden());
        QCOMPARE(stack()->count(), 0);
    }

    void setsConditionAndDefaultFlow()
    {
        const NodeId gateway = byId("Gateway_AngabenVollstaendig");
        const NodeId yes = byId("Flow_Vollstaendig_Ja");
        select("Flow_Vollstaendig_Ja");
        FlowSection *flow = m_panel->flowSection();
        retype(flow->conditionEdit(), QStringLiteral("${vollstaendig}"));
        QTest::keyClick(flow->conditionEdit(), Qt::Key_Return);
        const NodeId condition = tree().childElement(yes, schema::Ns::Model, "conditionExpression");
        QCOMPARE(QString::fromStdString(tree().text(condition)), QStringLiteral("${vollstaendig}"));
        QCOMPARE(stack()->count(), 1);

        flow->defaultCheck()->click();
        QCOMPARE(tree().resolveRef(tree().attr(gateway, tree().known().default_)), yes);
        QCOMPARE(tree().childElement(yes, schema::Ns::Model, "conditionExpression"), kNoNode);
        QVERIFY(!flow->conditionEdit()->isEnabled());
        QCOMPARE(stack()->count(), 2);
        stack()->undo(); // one step brings back the old default and the condition
        QCOMPARE(qs(tree().attr(gateway, tree().known().default_)),
                 QStringLiteral("Flow_Vollstaendig_Nein"));
        QVERIFY(tree().childElement(yes, schema::Ns::Model, "conditionExpression") != kNoNode);
        QVERIFY(!flow->defaultCheck()->isChecked());

        // A new condition is a tFormalExpression, as bpmn.io writes it.
        select("Flow_Vollstaendig_Nein");
        const NodeId no = byId("Flow_Vollstaendig_Nein");
        flow->defaultCheck()->click(); // no longer the default
        QVERIFY(tree().attr(gateway, tree().known().default_).empty());
        retype(flow->conditionEdit(), QStringLiteral("${!vollstaendig}"));
        QTest::keyClick(flow->conditionEdit(), Qt::Key_Return);
        const NodeId created = tree().childElement(no, schema::Ns::Model, "conditionExpression");
        QVERIFY(created != kNoNode);
        QVERIFY(tree().isA(created, "tFormalExpression"));
        QVERIFY(
            m_document->toXml().contains("xsi:type=\"bpmn:tFormalExpression\">${!vollstaendig}"));
    }

    void choosesTheDefaultFlowOfAGateway()
    {
        select("Gateway_AngabenVollstaendig");
        const NodeId gateway = byId("Gateway_AngabenVollstaendig");
        QComboBox *combo = m_panel->flowSection()->defaultFlowCombo();
        QVERIFY(!combo->isHidden());
        QCOMPARE(combo->count(), 3); // (none), ja, nein
        QCOMPARE(combo->currentText(), QStringLiteral("nein"));
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QVERIFY(tree().attr(gateway, tree().known().default_).empty());
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(combo->currentText(), QStringLiteral("nein"));
    }

    void switchesLoopCharacteristics()
    {
        select("Task_BescheidErstellen");
        const NodeId task = byId("Task_BescheidErstellen");
        QComboBox *loop = m_panel->loopSection()->loopCombo();
        auto choose = [loop](int index) {
            loop->setCurrentIndex(index);
            Q_EMIT loop->activated(index);
        };
        auto loopChild = [&] {
            for (NodeId c = tree().firstChildElement(task); c != kNoNode;
                 c = tree().nextSiblingElement(c))
                if (tree().isA(c, "tLoopCharacteristics"))
                    return c;
            return kNoNode;
        };
        choose(2); // parallel multi-instance
        QVERIFY(tree().is(loopChild(), "multiInstanceLoopCharacteristics"));
        QVERIFY(tree().attr(loopChild(), m_document->attributeName("isSequential")).empty());
        choose(3); // sequential
        QCOMPARE(qs(tree().attr(loopChild(), m_document->attributeName("isSequential"))),
                 QStringLiteral("true"));
        choose(1); // standard loop
        QVERIFY(tree().is(loopChild(), "standardLoopCharacteristics"));
        QCOMPARE(stack()->count(), 3);
        choose(0);
        QCOMPARE(loopChild(), kNoNode);
        stack()->undo();
        stack()->undo();
        QCOMPARE(loop->currentIndex(), 3);
        stack()->undo();
        stack()->undo();
        QCOMPARE(loopChild(), kNoNode);
        QCOMPARE(loop->currentIndex(), 0);
    }

    void togglesInterrupting()
    {
        select("BoundaryEvent_Frist3Monate");
        const NodeId event = byId("BoundaryEvent_Frist3Monate");
        m_panel->eventSection()->interruptingCheck()->click();
        QCOMPARE(qs(tree().attr(event, m_document->attributeName("cancelActivity"))),
                 QStringLiteral("false"));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QVERIFY(m_panel->eventSection()->interruptingCheck()->isChecked());
    }

    void writesColoursInBothNamespaces()
    {
        select("Task_AntragFormellPruefen");
        const NodeId shape = di::diagramElementOf(tree(), byId("Task_AntragFormellPruefen"));
        QComboBox *preset = m_panel->colourSection()->presetCombo();
        preset->setCurrentIndex(1); // blue
        Q_EMIT preset->activated(1);
        QCOMPARE(stack()->count(), 1);
        const QByteArray xml = m_document->toXml();
        QVERIFY(xml.contains("xmlns:bioc=\"http://bpmn.io/schema/bpmn/biocolor/1.0\""));
        QVERIFY(
            xml.contains("xmlns:color=\"http://www.omg.org/spec/BPMN/non-normative/color/1.0\""));
        QVERIFY(xml.contains("bioc:fill=\"#bbdefb\""));
        QVERIFY(xml.contains("color:background-color=\"#bbdefb\""));
        QVERIFY(xml.contains("bioc:stroke=\"#0d4372\""));
        QVERIFY(xml.contains("color:border-color=\"#0d4372\""));
        QCOMPARE(preset->currentIndex(), 1);
        QVERIFY(shape != kNoNode);
        stack()->undo();
        QVERIFY(!m_document->toXml().contains("bioc:fill"));
        QCOMPARE(preset->currentIndex(), 0);
    }
};

QTEST_MAIN(TestPropertiesPanel)
#include "tst_propertiespanel.moc"

// The End to end section of the properties panel (panels/endtoendsection.h) on
// tests/data/e2e/: shown for message flows, data associations, activities, data object and data
// store references and pools only; every change of a control is one undo step writing the
// attribute in Amtsweg's namespace (declared on the root when the file lacked it), undo takes it
// back, "Unknown" removes it; hints for automation implied by the task type and for values a
// data store reference inherits; values it does not know are shown, not hidden.
//
// With AMTSWEG_SCREENSHOTS=DIR set, the panel is saved as PNG files into DIR for looking at.

#include "document.h"
#include "e2e/e2eattributes.h"
#include "panels/endtoendsection.h"
#include "panels/propertiespanel.h"
#include "panels/propertyedits.h"
#include "testpaths.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

const QByteArray kDeclaration = QByteArrayLiteral("xmlns:amtsweg=\"https://amtsweg.de/schema/bpmn/1.0\"");

/// Picks the item with `value` (its stored value; "" for Unknown) as a user does: the combo
/// box's current item changes and it emits activated().
void pick(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

/// Replaces a line edit's text by typing, without finishing the edit.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestEndToEndSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BpmnDocument> m_document;
    std::unique_ptr<PropertiesPanel> m_panel;
    EndToEndSection *m_section = nullptr;

    const ModelTree &tree() const { return m_document->tree(); }
    QUndoStack *stack() const { return m_document->undoStack(); }
    QByteArray xml() const { return m_document->toXml(); }

    void open(const char *file)
    {
        QVERIFY(m_document->load(test::testDataDir() + QStringLiteral("/e2e/") +
                                 QLatin1String(file)));
    }
    NodeId select(const char *id)
    {
        const NodeId element = tree().byId(id);
        if (element == kNoNode)
            qFatal("no element %s", id);
        m_panel->setElement(element);
        return element;
    }
    QString stored(NodeId element, std::string_view local) const
    {
        const auto v = e2e::value(tree(), element, local);
        return v ? QString::fromUtf8(v->data(), qsizetype(v->size())) : QStringLiteral("<absent>");
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
        open("plain.bpmn");
        m_panel = std::make_unique<PropertiesPanel>();
        m_panel->setDocument(m_document.get());
        m_panel->resize(340, 760);
        m_panel->show();
        m_section = m_panel->findChild<EndToEndSection *>();
        QVERIFY(m_section);
        // Reacting to the model must never push (BpmnDocument warns and drops such commands).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("pushed while")));
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void shownForElementsThatCarryAttributes()
    {
        for (const char *id : {"Flow_1", "Start"}) {
            select(id);
            QVERIFY2(m_section->isHidden(), id);
        }
        QFormLayout *form = m_section->findChild<QFormLayout *>();
        QVERIFY(form);
        const auto rowShown = [form](QWidget *w) { return form->isRowVisible(w); };

        select("Flow_Application");
        QVERIFY(!m_section->isHidden());
        QVERIFY(rowShown(m_section->channelCombo()));
        QVERIFY(rowShown(m_section->structuredCombo()));
        QVERIFY(rowShown(m_section->dataStandardEdit()));
        QVERIFY(!rowShown(m_section->automationCombo()));
        QVERIFY(!rowShown(m_section->participantKindCombo()));

        select("Task_Check");
        QVERIFY(!m_section->isHidden());
        QVERIFY(rowShown(m_section->automationCombo()));
        QVERIFY(rowShown(m_section->fachverfahrenEdit()));
        QVERIFY(!rowShown(m_section->channelCombo()));
        QVERIFY(!rowShown(m_section->dataStandardEdit()));

        select("Ref_Register");
        QVERIFY(rowShown(m_section->dataStoreKindCombo()));
        QVERIFY(rowShown(m_section->interfaceCombo()));
        QVERIFY(rowShown(m_section->dataStandardEdit()));
        QVERIFY(!rowShown(m_section->channelCombo()));

        select("Association_File");
        QVERIFY(rowShown(m_section->channelCombo()));
        QVERIFY(!rowShown(m_section->dataStoreKindCombo()));

        select("Pool_Citizen");
        QVERIFY(rowShown(m_section->participantKindCombo()));
        QVERIFY(!rowShown(m_section->automationCombo()));
        QVERIFY(!rowShown(m_section->dataStandardEdit()));
        QCOMPARE(stack()->count(), 0);
    }

    void channelIsOneUndoStepAndDeclaresTheNamespace()
    {
        const NodeId flow = select("Flow_Application");
        QVERIFY(!xml().contains("xmlns:amtsweg"));
        QCOMPARE(m_section->channelCombo()->currentIndex(), 0);
        QCOMPARE(m_section->channelCombo()->currentText(), QStringLiteral("Unknown"));
        QCOMPARE(m_section->mediumLabel()->text(), QStringLiteral("Unknown"));

        pick(m_section->channelCombo(), QStringLiteral("fit-connect"));
        QCOMPARE(e2e::channel(tree(), flow), e2e::Channel::FitConnect);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Set channel"));
        QCOMPARE(m_section->mediumLabel()->text(), QStringLiteral("structured digital"));
        QByteArray written = xml();
        QVERIFY(written.contains("amtsweg:channel=\"fit-connect\""));
        QVERIFY(written.contains(kDeclaration));
        screenshot("e2e-message-flow.png");

        stack()->undo();
        QCOMPARE(stored(flow, e2e::kChannel), QStringLiteral("<absent>"));
        QCOMPARE(m_section->channelCombo()->currentIndex(), 0);
        written = xml();
        QVERIFY(!written.contains("amtsweg:channel"));
        QVERIFY(!written.contains("xmlns:amtsweg"));

        stack()->redo();
        QCOMPARE(m_section->channelCombo()->currentData().toString(), QStringLiteral("fit-connect"));
        // Picking the value it has changes nothing.
        pick(m_section->channelCombo(), QStringLiteral("fit-connect"));
        QCOMPARE(stack()->count(), 1);
        // Unknown removes the attribute; the declaration stays until that step is undone.
        pick(m_section->channelCombo(), QString());
        QCOMPARE(stored(flow, e2e::kChannel), QStringLiteral("<absent>"));
        QCOMPARE(stack()->count(), 2);
        QVERIFY(xml().contains(kDeclaration));
        stack()->undo();
        QCOMPARE(stored(flow, e2e::kChannel), QStringLiteral("fit-connect"));
    }

    void structuredAndDataStandard()
    {
        const NodeId flow = select("Flow_Application");
        pick(m_section->channelCombo(), QStringLiteral("fit-connect"));
        pick(m_section->structuredCombo(), QStringLiteral("false"));
        QCOMPARE(e2e::structured(tree(), flow), std::optional(false));
        QCOMPARE(m_section->mediumLabel()->text(), QStringLiteral("unstructured digital"));
        QCOMPARE(stack()->count(), 2);
        QVERIFY(xml().contains("amtsweg:structured=\"false\""));

        // Typing commits nothing; finishing the edit commits once, trimmed.
        QLineEdit *standard = m_section->dataStandardEdit();
        type(standard, QStringLiteral(" XMeld 2.4 "));
        QCOMPARE(stored(flow, e2e::kDataStandard), QStringLiteral("<absent>"));
        QTest::keyClick(standard, Qt::Key_Return);
        QCOMPARE(stored(flow, e2e::kDataStandard), QStringLiteral("XMeld 2.4"));
        QCOMPARE(stack()->count(), 3);
        QCOMPARE(stack()->undoText(), QStringLiteral("Set data standard"));
        QVERIFY(xml().contains("amtsweg:dataStandard=\"XMeld 2.4\""));
        // An empty field removes it.
        type(standard, QString());
        QTest::keyClick(standard, Qt::Key_Return);
        QCOMPARE(stored(flow, e2e::kDataStandard), QStringLiteral("<absent>"));
        QCOMPARE(stack()->count(), 4);

        stack()->undo();
        QCOMPARE(standard->text(), QStringLiteral("XMeld 2.4"));
        stack()->undo();
        QVERIFY(standard->text().isEmpty());
        stack()->undo();
        QCOMPARE(e2e::structured(tree(), flow), std::nullopt);
        QCOMPARE(m_section->structuredCombo()->currentIndex(), 0);
        QCOMPARE(m_section->mediumLabel()->text(), QStringLiteral("structured digital"));
    }

    void taskAutomationHintIsNotWritten()
    {
        const NodeId manual = select("Task_File");
        QComboBox *automation = m_section->automationCombo();
        QCOMPARE(automation->currentIndex(), 0);
        QCOMPARE(automation->currentText(), QStringLiteral("Unknown (task type: Manual)"));
        QCOMPARE(stored(manual, e2e::kAutomation), QStringLiteral("<absent>"));
        screenshot("e2e-manual-task.png");

        const NodeId task = select("Task_Check");
        QCOMPARE(automation->itemText(0), QStringLiteral("Unknown"));
        pick(automation, QStringLiteral("it-supported"));
        QCOMPARE(e2e::automation(tree(), task), e2e::Automation::ItSupported);
        QCOMPARE(stack()->undoText(), QStringLiteral("Set automation"));
        type(m_section->fachverfahrenEdit(), QStringLiteral("OK.EWO"));
        QTest::keyClick(m_section->fachverfahrenEdit(), Qt::Key_Return);
        QCOMPARE(e2e::fachverfahren(tree(), task), QStringLiteral("OK.EWO"));
        QCOMPARE(stack()->count(), 2);
        const QByteArray written = xml();
        QVERIFY(written.contains("amtsweg:automation=\"it-supported\""));
        QVERIFY(written.contains("amtsweg:fachverfahren=\"OK.EWO\""));
        QVERIFY(written.contains(kDeclaration));
        screenshot("e2e-task.png");

        stack()->undo();
        stack()->undo();
        QCOMPARE(stored(task, e2e::kAutomation), QStringLiteral("<absent>"));
        QCOMPARE(stored(task, e2e::kFachverfahren), QStringLiteral("<absent>"));
        QCOMPARE(automation->currentIndex(), 0);
        QVERIFY(m_section->fachverfahrenEdit()->text().isEmpty());
    }

    void dataStoreReferenceAndPool()
    {
        const NodeId ref = select("Ref_Register");
        pick(m_section->dataStoreKindCombo(), QStringLiteral("register"));
        pick(m_section->interfaceCombo(), QStringLiteral("true"));
        QCOMPARE(e2e::dataStoreKind(tree(), ref), e2e::DataStoreKind::Register);
        QCOMPARE(e2e::hasInterface(tree(), ref), std::optional(true));
        QCOMPARE(stack()->undoText(), QStringLiteral("Set interface"));

        const NodeId pool = select("Pool_Citizen");
        pick(m_section->participantKindCombo(), QStringLiteral("citizen"));
        QCOMPARE(e2e::participantKind(tree(), pool), e2e::ParticipantKind::Citizen);
        QCOMPARE(stack()->count(), 3);
        const QByteArray written = xml();
        QVERIFY(written.contains("amtsweg:dataStoreKind=\"register\""));
        QVERIFY(written.contains("amtsweg:hasInterface=\"true\""));
        QVERIFY(written.contains("amtsweg:participantKind=\"citizen\""));
        QCOMPARE(written.count(kDeclaration), 1);

        stack()->undo();
        QCOMPARE(m_section->participantKindCombo()->currentIndex(), 0);
        QCOMPARE(e2e::participantKind(tree(), pool), e2e::ParticipantKind::Unknown);
    }

    void inheritedAndUnrecognisedValuesAreShown()
    {
        open("attributes.bpmn");
        select("Ref_Inherits");
        QComboBox *kind = m_section->dataStoreKindCombo();
        QComboBox *interface = m_section->interfaceCombo();
        QCOMPARE(kind->currentIndex(), 0);
        QCOMPARE(kind->currentText(), QStringLiteral("From data store: Register"));
        QCOMPARE(interface->currentText(), QStringLiteral("From data store: Yes"));
        screenshot("e2e-data-store-inherited.png");
        select("Ref_Own");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("archive"));
        QCOMPARE(kind->itemText(0), QStringLiteral("Unknown"));
        QCOMPARE(interface->currentText(), QStringLiteral("No"));

        const NodeId pigeon = select("Flow_Pigeon");
        QComboBox *channel = m_section->channelCombo();
        QCOMPARE(channel->currentText(), QStringLiteral("carrier-pigeon (not recognised)"));
        QCOMPARE(m_section->structuredCombo()->currentText(), QStringLiteral("maybe (not recognised)"));
        QCOMPARE(channel->count(), 11);
        // Choosing a known value replaces it; the extra item goes with the next load.
        pick(channel, QStringLiteral("postbox"));
        QCOMPARE(stored(pigeon, e2e::kChannel), QStringLiteral("postbox"));
        QCOMPARE(channel->count(), 10);
        QVERIFY(!itemTexts(channel).join(QLatin1Char('|')).contains(QStringLiteral("recognised")));

        select("Flow_EmailStructured");
        QCOMPARE(m_section->structuredCombo()->currentText(), QStringLiteral("Yes"));
        QCOMPARE(m_section->dataStandardEdit()->text(), QString());
        const NodeId fitConnect = select("Flow_FitConnect");
        QCOMPARE(m_section->dataStandardEdit()->text(), QStringLiteral("XMeld 2.4"));
        // Finishing an untouched field writes nothing, not even the trimmed value.
        QTest::keyClick(m_section->dataStandardEdit(), Qt::Key_Return);
        QCOMPARE(stored(fitConnect, e2e::kDataStandard), QStringLiteral(" XMeld 2.4 "));
        QCOMPARE(stack()->count(), 1);
    }

    void refusedEditShowsTheModelAgain()
    {
        const NodeId flow = select("Flow_Application");
        m_document->setReadOnly(true);
        pick(m_section->channelCombo(), QStringLiteral("email"));
        QCOMPARE(stored(flow, e2e::kChannel), QStringLiteral("<absent>"));
        QCOMPARE(m_section->channelCombo()->currentIndex(), 0);
        type(m_section->dataStandardEdit(), QStringLiteral("XMeld"));
        QTest::keyClick(m_section->dataStandardEdit(), Qt::Key_Return);
        QVERIFY(m_section->dataStandardEdit()->text().isEmpty());
        QCOMPARE(stack()->count(), 0);
    }

    void editRefusesNothingToDo()
    {
        const NodeId task = tree().byId("Task_Check");
        QVERIFY(!propertyedits::setE2eAttribute(m_document.get(), task, e2e::kAutomation,
                                                QStringLiteral("  ")));
        QVERIFY(!propertyedits::setE2eAttribute(m_document.get(), kNoNode, e2e::kAutomation,
                                                QStringLiteral("manual")));
        QCOMPARE(stack()->count(), 0);
        QVERIFY(propertyedits::setE2eAttribute(m_document.get(), task, e2e::kAutomation,
                                               QStringLiteral(" manual ")));
        QCOMPARE(stored(task, e2e::kAutomation), QStringLiteral("manual"));
        QVERIFY(!propertyedits::setE2eAttribute(m_document.get(), task, e2e::kAutomation,
                                                QStringLiteral("manual")));
        QCOMPARE(stack()->count(), 1);
    }
};

QTEST_MAIN(TestEndToEndSection)
#include "tst_endtoendsection.moc"

// The read API of the end-to-end attributes (e2e/e2eattributes.h) on tests/data/e2e/
// attributes.bpmn: stored values, values it does not know (Unknown), Amtsweg's namespace under
// another prefix and the same local name in another namespace, the medium derived from channel
// and `structured`, automation implied by the task type, and data store references inheriting
// from their dataStore.

#include "e2e/e2eattributes.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QtTest/QTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::e2e;

Q_DECLARE_METATYPE(amtsweg::e2e::Channel)
Q_DECLARE_METATYPE(amtsweg::e2e::Medium)
Q_DECLARE_METATYPE(std::optional<bool>)

class TestE2eAttributes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ModelTree> m_tree;

    const ModelTree &tree() const { return *m_tree; }
    NodeId byId(const char *id) const
    {
        const NodeId n = m_tree->byId(id);
        if (n == kNoNode)
            qFatal("no element %s in attributes.bpmn", id);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ReadResult read =
            BpmnReader::readFile(test::testDataDir() + QStringLiteral("/e2e/attributes.bpmn"));
        QVERIFY(read.ok());
        m_tree = std::move(read.tree);
    }

    void choicesRoundTrip()
    {
        // Every choice maps to its enum value and back; labels are set; values are unique.
        std::set<std::string_view> values;
        for (const Choice &c : channelChoices()) {
            QCOMPARE(toValue(channelFromValue(c.value)), c.value);
            QCOMPARE(label(channelFromValue(c.value)), label(c));
            QVERIFY(!label(c).isEmpty());
            QVERIFY(values.insert(c.value).second);
        }
        QCOMPARE(values.size(), std::size_t(9));
        for (const Choice &c : automationChoices())
            QCOMPARE(toValue(automationFromValue(c.value)), c.value);
        for (const Choice &c : dataStoreKindChoices())
            QCOMPARE(toValue(dataStoreKindFromValue(c.value)), c.value);
        for (const Choice &c : participantKindChoices())
            QCOMPARE(toValue(participantKindFromValue(c.value)), c.value);
        QCOMPARE(automationChoices().size(), std::size_t(3));
        QCOMPARE(dataStoreKindChoices().size(), std::size_t(3));
        QCOMPARE(participantKindChoices().size(), std::size_t(6));
        // Unknown has no stored value and no label; unknown values read as Unknown.
        QVERIFY(toValue(Channel::Unknown).empty());
        QVERIFY(label(Channel::Unknown).isEmpty());
        QCOMPARE(channelFromValue("FIT-Connect"), Channel::Unknown);
        QCOMPARE(channelFromValue(""), Channel::Unknown);
        QCOMPARE(toValue(Channel::FitConnect), std::string_view("fit-connect"));
        QCOMPARE(toValue(Automation::ItSupported), std::string_view("it-supported"));
        QCOMPARE(toValue(ParticipantKind::OnlineService), std::string_view("online-service"));
    }

    void carriers()
    {
        const ModelTree &t = tree();
        QVERIFY(carriesChannel(t, byId("Flow_FitConnect")));
        QVERIFY(carriesChannel(t, byId("Association_File")));
        QVERIFY(!carriesChannel(t, byId("Flow_Sequence")));
        QVERIFY(!carriesChannel(t, byId("Ref_Object")));

        QVERIFY(carriesDataStandard(t, byId("Flow_FitConnect")));
        QVERIFY(carriesDataStandard(t, byId("Ref_Object")));
        QVERIFY(carriesDataStandard(t, byId("Ref_Own")));
        QVERIFY(!carriesDataStandard(t, byId("Task_Check")));

        QVERIFY(carriesAutomation(t, byId("Task_Check")));
        QVERIFY(carriesAutomation(t, byId("SubProcess_Manual")));
        QVERIFY(carriesAutomation(t, byId("Call_Bogus")));
        QVERIFY(!carriesAutomation(t, byId("Start")));

        QVERIFY(carriesDataStoreKind(t, byId("Ref_Own")));
        QVERIFY(carriesDataStoreKind(t, byId("Store_Register")));
        QVERIFY(!carriesDataStoreKind(t, byId("Ref_Object")));

        QVERIFY(carriesParticipantKind(t, byId("Participant_Citizen")));
        QVERIFY(!carriesParticipantKind(t, byId("Process_Office")));
        QVERIFY(!carriesParticipantKind(t, byId("Flow_Sequence")));
    }

    void channelStructuredAndMedium_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<std::optional<bool>>("structured");
        QTest::addColumn<Medium>("medium");
        const std::optional<bool> unset;
        QTest::newRow("FIT-Connect: structured unless marked")
            << "Flow_FitConnect" << Channel::FitConnect << unset << Medium::Structured;
        QTest::newRow("a PDF by FIT-Connect")
            << "Flow_PdfByFitConnect" << Channel::FitConnect << std::optional(false)
            << Medium::UnstructuredDigital;
        QTest::newRow("e-mail: unstructured unless marked")
            << "Flow_Email" << Channel::Email << unset << Medium::UnstructuredDigital;
        QTest::newRow("e-mail marked structured with 1")
            << "Flow_EmailStructured" << Channel::Email << std::optional(true)
            << Medium::Structured;
        QTest::newRow("paper stays paper") << "Flow_Letter" << Channel::PaperLetter
                                           << std::optional(true) << Medium::Paper;
        QTest::newRow("phone") << "Flow_Phone" << Channel::Phone << unset << Medium::Oral;
        QTest::newRow("another prefix for the namespace")
            << "Flow_Xoev" << Channel::XoevMessage << unset << Medium::Structured;
        QTest::newRow("unknown values")
            << "Flow_Pigeon" << Channel::Unknown << unset << Medium::Unknown;
        QTest::newRow("another namespace") << "Flow_OtherNamespace" << Channel::Unknown << unset
                                           << Medium::Unknown;
        QTest::newRow("unset") << "Flow_Unset" << Channel::Unknown << unset << Medium::Unknown;
        QTest::newRow("data association")
            << "Association_File" << Channel::InPerson << unset << Medium::Oral;
    }

    void channelStructuredAndMedium()
    {
        QFETCH(QString, id);
        QFETCH(Channel, channel);
        QFETCH(std::optional<bool>, structured);
        QFETCH(Medium, medium);
        const NodeId flow = byId(id.toUtf8().constData());
        QCOMPARE(e2e::channel(tree(), flow), channel);
        QCOMPARE(e2e::structured(tree(), flow), structured);
        QCOMPARE(e2e::medium(tree(), flow), medium);
        QCOMPARE(mediumOf(channel, structured), medium);
    }

    void rawValues()
    {
        const ModelTree &t = tree();
        // The raw value is kept as written; text() and dataStandard() trim it.
        QCOMPARE(value(t, byId("Flow_FitConnect"), kDataStandard),
                 std::optional<std::string_view>(" XMeld 2.4 "));
        QCOMPARE(dataStandard(t, byId("Flow_FitConnect")), QStringLiteral("XMeld 2.4"));
        QCOMPARE(dataStandard(t, byId("Ref_Object")), QStringLiteral("S00000092"));
        QCOMPARE(value(t, byId("Flow_Pigeon"), kChannel),
                 std::optional<std::string_view>("carrier-pigeon"));
        QCOMPARE(value(t, byId("Flow_OtherNamespace"), kChannel), std::nullopt);
        QVERIFY(dataStandard(t, byId("Flow_Unset")).isEmpty());
        QCOMPARE(value(t, kNoNode, kChannel), std::nullopt);
    }

    void mediumHelpers()
    {
        QVERIFY(isDigital(Medium::Structured));
        QVERIFY(isDigital(Medium::UnstructuredDigital));
        QVERIFY(!isDigital(Medium::Paper));
        QVERIFY(!isDigital(Medium::Unknown));
        QVERIFY(isOnlineChannel(Channel::Postbox));
        QVERIFY(isOnlineChannel(Channel::FitConnect));
        QVERIFY(!isOnlineChannel(Channel::Email));
        QVERIFY(!isOnlineChannel(Channel::Unknown));
        QVERIFY(label(Medium::Unknown).isEmpty());
        QCOMPARE(label(Medium::Paper), QStringLiteral("paper"));
    }

    void automationSetOrFromType_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("automation");
        QTest::addColumn<bool>("fromType");
        QTest::newRow("set on a task") << "Task_Check" << int(Automation::ItSupported) << false;
        QTest::newRow("manual task") << "Task_Manual" << int(Automation::Manual) << true;
        QTest::newRow("user task") << "Task_User" << int(Automation::ItSupported) << true;
        QTest::newRow("service task") << "Task_Service" << int(Automation::Automated) << true;
        QTest::newRow("script task") << "Task_Script" << int(Automation::Automated) << true;
        QTest::newRow("business rule task") << "Task_Rule" << int(Automation::Automated) << true;
        QTest::newRow("set beats type")
            << "Task_ManualMarkedAutomated" << int(Automation::Automated) << false;
        QTest::newRow("plain task") << "Task_Plain" << int(Automation::Unknown) << false;
        QTest::newRow("sub-process") << "SubProcess_Manual" << int(Automation::Manual) << false;
        QTest::newRow("unknown value") << "Call_Bogus" << int(Automation::Unknown) << false;
        QTest::newRow("not an activity") << "Start" << int(Automation::Unknown) << false;
    }

    void automationSetOrFromType()
    {
        QFETCH(QString, id);
        QFETCH(int, automation);
        QFETCH(bool, fromType);
        bool typed = !fromType; // must be overwritten
        QCOMPARE(int(e2e::automation(tree(), byId(id.toUtf8().constData()), &typed)), automation);
        QCOMPARE(typed, fromType);
    }

    void fachverfahrenText()
    {
        QCOMPARE(fachverfahren(tree(), byId("Task_Check")), QStringLiteral("OK.EWO"));
        QVERIFY(fachverfahren(tree(), byId("Task_Plain")).isEmpty());
    }

    void dataStoreReferencesInherit()
    {
        const ModelTree &t = tree();
        QCOMPARE(dataStoreKind(t, byId("Store_Register")), DataStoreKind::Register);
        QCOMPARE(hasInterface(t, byId("Store_Register")), std::optional(true));
        // Nothing of its own: the dataStore's values.
        QCOMPARE(value(t, byId("Ref_Inherits"), kDataStoreKind), std::nullopt);
        QCOMPARE(dataStoreKind(t, byId("Ref_Inherits")), DataStoreKind::Register);
        QCOMPARE(hasInterface(t, byId("Ref_Inherits")), std::optional(true));
        // Its own values win.
        QCOMPARE(dataStoreKind(t, byId("Ref_Own")), DataStoreKind::Archive);
        QCOMPARE(hasInterface(t, byId("Ref_Own")), std::optional(false));
        // No dataStore: unknown.
        QCOMPARE(dataStoreKind(t, byId("Ref_NoStore")), DataStoreKind::Unknown);
        QCOMPARE(hasInterface(t, byId("Ref_NoStore")), std::nullopt);
    }

    void participantKinds()
    {
        const ModelTree &t = tree();
        QCOMPARE(participantKind(t, byId("Participant_Citizen")), ParticipantKind::Citizen);
        QCOMPARE(participantKind(t, byId("Participant_Office")), ParticipantKind::Authority);
        QCOMPARE(participantKind(t, byId("Participant_Odd")), ParticipantKind::Unknown);
        QCOMPARE(participantKind(t, byId("Participant_Unset")), ParticipantKind::Unknown);
        QCOMPARE(label(ParticipantKind::Authority), QStringLiteral("Authority"));
    }
};

QTEST_GUILESS_MAIN(TestE2eAttributes)
#include "tst_e2eattributes.moc"

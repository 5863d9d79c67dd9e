// Tests of the `e2e` rule set on the purpose-built collaborations of tests/data/e2e-analysis:
// each rule flags exactly the listed elements on one model (or a variant with one attribute
// removed) and nothing on the fully digital one; single-pool models get no e2e findings.

#include "bpmn/diagnostic.h"
#include "validation/modelchecker.h"
#include "validation/ruleregistry.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest/QTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::validation;

class TestE2eRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void everyRuleIsTested();
    void severities();
    void singlePoolHasNoFindings();
    void disabledPerModel();
    void placeholdersFilledInOnePass();
};

namespace {

using Ids = std::set<QString>;

QString model(const QString &name)
{
    QFile f(QStringLiteral(AMTSWEG_TEST_DATA "/e2e-analysis/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test model %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

Diagnostics check(const QString &xml, CheckOptions options = {})
{
    ReadResult read = BpmnReader::readBytes(xml.toUtf8(), QStringLiteral("e2e.bpmn"));
    if (!read.ok())
        qFatal("test model unreadable");
    if (options.sets == std::vector<RuleSet>{RuleSet::Bpmn})
        options.sets = {RuleSet::E2e};
    return checkModel(*read.tree, options);
}

Ids flagged(const QString &xml, const QString &rule)
{
    Ids ids;
    for (const Diagnostic &d : check(xml))
        if (d.code == rule)
            ids.insert(d.elementId);
    return ids;
}

QString without(QString xml, const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (!xml.contains(re))
        qFatal("pattern not in model: %s", qPrintable(pattern));
    return xml.remove(re);
}

} // namespace

Q_DECLARE_METATYPE(Ids)

void TestE2eRules::rule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<Ids>("expected");
    const QString wohngeld = model(QStringLiteral("wohngeld-e2e.bpmn"));
    const QString digital = model(QStringLiteral("fully-digital.bpmn"));
    const QStringList ids{"e2e-media-break", "e2e-once-only",  "e2e-participant-kind",
                          "e2e-channel",     "e2e-automation", "e2e-data-store"};
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id + QStringLiteral(" - fully digital"))) << id << digital << Ids{};

    QTest::newRow("e2e-media-break +")
        << "e2e-media-break" << wohngeld
        << Ids{"MF_Nachweise", "MF_Daten", "MF_Bescheid", "Task_Decide"};
    QTest::newRow("e2e-once-only +") << "e2e-once-only" << wohngeld << Ids{"MF_Antrag", "MF_Nachweise"};
    QTest::newRow("e2e-automation +") << "e2e-automation" << wohngeld << Ids{"Task_Forward"};
    QTest::newRow("e2e-channel -") << "e2e-channel" << wohngeld << Ids{};
    QTest::newRow("e2e-channel +")
        << "e2e-channel" << without(wohngeld, QStringLiteral(" amtsweg:channel=\"paper\""))
        << Ids{"MF_Nachweise", "MF_Bescheid"};
    QTest::newRow("e2e-participant-kind -") << "e2e-participant-kind" << wohngeld << Ids{};
    QTest::newRow("e2e-participant-kind +")
        << "e2e-participant-kind"
        << without(wohngeld, QStringLiteral(" amtsweg:participantKind=\"(register|online-service)\""))
        << Ids{"P_Register", "P_Online"};
    QTest::newRow("e2e-data-store -") << "e2e-data-store" << wohngeld << Ids{};
    QTest::newRow("e2e-data-store + interface")
        << "e2e-data-store" << without(wohngeld, QStringLiteral(" amtsweg:hasInterface=\"true\""))
        << Ids{"Store_Register"};
    QTest::newRow("e2e-data-store + kind")
        << "e2e-data-store" << without(wohngeld, QStringLiteral(" amtsweg:dataStoreKind=\"register\""))
        << Ids{"Store_Register"};
}

void TestE2eRules::rule()
{
    QFETCH(QString, rule);
    QFETCH(QString, xml);
    QFETCH(Ids, expected);
    QVERIFY(findRule(rule.toStdString()));
    const Ids actual = flagged(xml, rule);
    QCOMPARE(QStringList(actual.begin(), actual.end()), QStringList(expected.begin(), expected.end()));
}

void TestE2eRules::everyRuleIsTested()
{
    // rule_data() covers each e2e rule with a flagging and a clean row.
    int e2eRules = 0;
    for (const Rule &r : allRules())
        e2eRules += r.set == RuleSet::E2e;
    QCOMPARE(e2eRules, 6);
}

void TestE2eRules::severities()
{
    int warnings = 0, infos = 0;
    for (const Diagnostic &d : check(model(QStringLiteral("wohngeld-e2e.bpmn")))) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.line > 0);
        if (d.code == QLatin1String("e2e-media-break") || d.code == QLatin1String("e2e-once-only"))
            warnings += d.severity == Severity::Warning;
        if (d.code == QLatin1String("e2e-automation")) {
            QCOMPARE(d.severity, Severity::Info);
            QVERIFY(d.message.contains(QStringLiteral("'Antrag übermitteln'")));
            ++infos;
        }
    }
    QCOMPARE(warnings, 5 + 2);
    QCOMPARE(infos, 1);
}

void TestE2eRules::singlePoolHasNoFindings()
{
    // A process without a collaboration: tasks of unknown automation are no e2e concern.
    const QString xml = QStringLiteral(
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" "
        "targetNamespace=\"t\"><bpmn:process id=\"P\"><bpmn:startEvent id=\"S\"/><bpmn:task "
        "id=\"T\"/><bpmn:sequenceFlow id=\"F\" sourceRef=\"S\" targetRef=\"T\"/></bpmn:process>"
        "</bpmn:definitions>");
    QVERIFY(check(xml).empty());
}

void TestE2eRules::disabledPerModel()
{
    const QString xml = model(QStringLiteral("wohngeld-e2e.bpmn"))
                            .replace(QStringLiteral("id=\"Defs_wohngeld\""),
                                     QStringLiteral("id=\"Defs_wohngeld\" "
                                                    "amtsweg:disabledRules=\"e2e-media-break\""));
    QVERIFY(flagged(xml, QStringLiteral("e2e-media-break")).empty());
    QCOMPARE(flagged(xml, QStringLiteral("e2e-automation")), Ids{"Task_Forward"});
}

void TestE2eRules::placeholdersFilledInOnePass()
{
    // Rule messages and analysis texts name elements; a name holding "%2" stays as written.
    QCOMPARE(fillPlaceholders(QStringLiteral("asked for %1, which '%2' holds"),
                              {QStringLiteral("Nachweis %2"), QStringLiteral("Register")}),
             QStringLiteral("asked for Nachweis %2, which 'Register' holds"));
    QCOMPARE(fillPlaceholders(QStringLiteral("%2 before %1, 100%"), {QStringLiteral("a")}),
             QStringLiteral("%2 before a, 100%"));
}

QTEST_GUILESS_MAIN(TestE2eRules)
#include "tst_e2erules.moc"

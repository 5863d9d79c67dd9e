// Tests of the `fim` rule set on tests/data/fim/fim-complete.bpmn: the complete model gets no
// fim findings and no bpmn errors; each rule flags exactly the listed elements on a variant of
// it with one thing broken; models without FIM data get no fim findings.

#include "validation/modelchecker.h"
#include "validation/ruleregistry.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest/QTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::validation;

class TestFimRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeModelIsClean();
    void rule_data();
    void rule();
    void everyRuleIsTested();
    void severities();
    void messagesNameTheElement();
    void ordinaryBpmnHasNoFimFindings();
    void documentedExampleIsClean();
};

namespace {

using Ids = std::set<QString>;

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test model %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QString complete()
{
    return readText(QStringLiteral(AMTSWEG_TEST_DATA "/fim/fim-complete.bpmn"));
}

Diagnostics check(const QString &xml, std::vector<RuleSet> sets = {RuleSet::Fim})
{
    ReadResult read = BpmnReader::readBytes(xml.toUtf8(), QStringLiteral("fim.bpmn"));
    if (!read.ok())
        qFatal("test model unreadable");
    CheckOptions options;
    options.sets = std::move(sets);
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

/// The complete model with `pattern` (a regular expression, '.' matching newlines) replaced.
QString variant(const QString &pattern, const QString &replacement = {})
{
    QString xml = complete();
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    if (!xml.contains(re))
        qFatal("pattern not in model: %s", qPrintable(pattern));
    return xml.replace(re, replacement);
}

const QStringList kFimRules{
    "fim-steckbrief",        "fim-prozessschluessel",   "fim-name-version",
    "fim-codes",             "fim-prozessteilnehmer",   "fim-pool-name",
    "fim-handlungsgrundlage", "fim-rag-required",       "fim-rag-type",
    "fim-rag-attributes",    "fim-rag-id",              "fim-rag-element",
    "fim-rag-handlungsgrundlage", "fim-rag-message-flow", "fim-rag-partner",
    "fim-profile",           "fim-vertical-pools",      "fim-single-start",
    "fim-end-event-name",    "fim-reachable",           "fim-gateway-question",
    "fim-gateway-answers"};

} // namespace

Q_DECLARE_METATYPE(Ids)

void TestFimRules::completeModelIsClean()
{
    QStringList problems;
    for (const Diagnostic &d : check(complete(), {RuleSet::Bpmn, RuleSet::Fim}))
        if (d.code.startsWith(QLatin1String("fim-")) || d.severity == Severity::Error)
            problems.append(d.code + QLatin1Char(' ') + d.elementId + QLatin1Char(' ') + d.message);
    QCOMPARE(problems, QStringList());
}

void TestFimRules::rule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<Ids>("expected");
    const QString clean = complete();
    for (const QString &id : kFimRules)
        QTest::newRow(qPrintable(id + QStringLiteral(" - complete"))) << id << clean << Ids{};

    const Ids collab{"Collab_Fim"};
    QTest::newRow("fim-steckbrief +")
        << "fim-steckbrief"
        << variant(QStringLiteral("<bpmn:extensionElements>\\s*<amtsweg:prozesssteckbrief>.*?"
                                  "</bpmn:extensionElements>"))
        << collab;
    QTest::newRow("fim-prozessschluessel + short")
        << "fim-prozessschluessel" << variant(QStringLiteral(">99006028261000<"), QStringLiteral(">9900602826<"))
        << collab;
    QTest::newRow("fim-prozessschluessel + missing")
        << "fim-prozessschluessel"
        << variant(QStringLiteral("<amtsweg:prozessschluessel>.*?</amtsweg:prozessschluessel>"))
        << collab;
    QTest::newRow("fim-name-version + version")
        << "fim-name-version" << variant(QStringLiteral(">01.00.00<"), QStringLiteral(">1.0<")) << collab;
    QTest::newRow("fim-name-version + name")
        << "fim-name-version" << variant(QStringLiteral("<amtsweg:name>.*?</amtsweg:name>")) << collab;
    QTest::newRow("fim-codes + status")
        << "fim-codes"
        << variant(QStringLiteral("<amtsweg:freigabestatus code=\"5\"/>"),
                   QStringLiteral("<amtsweg:freigabestatus code=\"9\"/>"))
        << collab;
    QTest::newRow("fim-codes + level missing")
        << "fim-codes" << variant(QStringLiteral("<amtsweg:detaillierungsstufe code=\"101\"/>")) << collab;
    QTest::newRow("fim-prozessteilnehmer + role")
        << "fim-prozessteilnehmer"
        << variant(QStringLiteral("name=\"Antragsteller\" rollen=\"1\""),
                   QStringLiteral("name=\"Antragsteller\" rollen=\"7\""))
        << collab;
    QTest::newRow("fim-prozessteilnehmer + no role")
        << "fim-prozessteilnehmer"
        << variant(QStringLiteral("name=\"Antragsteller\" rollen=\"1\""), QStringLiteral("name=\"Antragsteller\""))
        << collab;
    QTest::newRow("fim-pool-name +")
        << "fim-pool-name"
        << variant(QStringLiteral("id=\"P_Behoerde\" name=\"Aufsichtsbehörde\""),
                   QStringLiteral("id=\"P_Behoerde\" name=\"Behörde\""))
        << Ids{"P_Behoerde"};
    QTest::newRow("fim-handlungsgrundlage + art")
        << "fim-handlungsgrundlage" << variant(QStringLiteral("art=\"104\" uri="), QStringLiteral("uri="))
        << collab;
    QTest::newRow("fim-handlungsgrundlage + none")
        << "fim-handlungsgrundlage"
        << variant(QStringLiteral("<amtsweg:handlungsgrundlage [^>]* uri=[^>]*/>")) << collab;
    QTest::newRow("fim-rag-required +")
        << "fim-rag-required"
        << variant(QStringLiteral("(<bpmn:subProcess id=\"Sub_Dokumentieren\"[^>]*>)\\s*"
                                  "<bpmn:extensionElements>.*?</bpmn:extensionElements>"),
                   QStringLiteral("\\1"))
        << Ids{"Sub_Dokumentieren"};
    QTest::newRow("fim-rag-type +")
        << "fim-rag-type" << variant(QStringLiteral("typ=\"8\""), QStringLiteral("typ=\"9\""))
        << Ids{"Sub_Dokumentieren"};
    QTest::newRow("fim-rag-attributes + field")
        << "fim-rag-attributes" << variant(QStringLiteral(" entscheidungsart=\"2\"")) << Ids{"Sub_Ermessen"};
    QTest::newRow("fim-rag-attributes + sender")
        << "fim-rag-attributes" << variant(QStringLiteral(" absender=\"Antragsteller\" uebermittlungsart"),
                                           QStringLiteral(" uebermittlungsart"))
        << Ids{"Sub_Empfangen"};
    QTest::newRow("fim-rag-attributes + block of another type")
        << "fim-rag-attributes" << variant(QStringLiteral("typ=\"6\""), QStringLiteral("typ=\"4\""))
        << Ids{"Sub_Erfassen"};
    QTest::newRow("fim-rag-attributes + version")
        << "fim-rag-attributes"
        << variant(QStringLiteral("typ=\"3\" version=\"1.00\""), QStringLiteral("typ=\"3\""))
        << Ids{"Sub_Pruefen"};
    QTest::newRow("fim-rag-attributes + kind of check")
        << "fim-rag-attributes"
        << variant(QStringLiteral("<amtsweg:pruefart code=\"2\"/>"), QStringLiteral("<amtsweg:pruefart code=\"9\"/>"))
        << Ids{"Sub_Pruefen"};
    QTest::newRow("fim-rag-attributes + recipient")
        << "fim-rag-attributes"
        << variant(QStringLiteral(" empfaenger=\"Antragsteller\" uebermittlungsart"), QStringLiteral(" uebermittlungsart"))
        << Ids{"Sub_Bescheid"};
    QTest::newRow("fim-rag-attributes + involvement")
        << "fim-rag-attributes" << variant(QStringLiteral(" mitwirkungspflicht=\"true\"")) << Ids{"Sub_Nachfordern"};
    QTest::newRow("fim-rag-attributes + processing")
        << "fim-rag-attributes" << variant(QStringLiteral(" bearbeitungsart=\"1\"")) << Ids{"Sub_Erfassen"};
    QTest::newRow("fim-rag-attributes + free group")
        << "fim-rag-attributes" << variant(QStringLiteral("<amtsweg:beschreibung>Vorgang zur Akte nehmen</amtsweg:beschreibung>"))
        << Ids{"Sub_Dokumentieren"};
    QTest::newRow("fim-rag-attributes + two blocks")
        << "fim-rag-attributes"
        << variant(QStringLiteral("</amtsweg:freieGruppe>"),
                   QStringLiteral("</amtsweg:freieGruppe><amtsweg:bearbeiten bearbeitungsart=\"1\"/>"))
        << Ids{"Sub_Dokumentieren"};
    QTest::newRow("fim-rag-id + duplicate")
        << "fim-rag-id" << variant(QStringLiteral("gruppenId=\"08\""), QStringLiteral("gruppenId=\"07\""))
        << Ids{"Sub_Dokumentieren"};
    QTest::newRow("fim-rag-id + not numbered")
        << "fim-rag-id" << variant(QStringLiteral("gruppenId=\"02\""), QStringLiteral("gruppenId=\"B\""))
        << Ids{"Sub_Pruefen"};
    QTest::newRow("fim-rag-element +")
        << "fim-rag-element"
        << variant(QStringLiteral("<bpmn:endEvent id=\"End_Bearbeitet\" name=\"Anzeige bearbeitet\"/>"),
                   QStringLiteral("<bpmn:endEvent id=\"End_Bearbeitet\" name=\"Anzeige bearbeitet\">"
                                  "<bpmn:extensionElements><amtsweg:aktivitaetengruppe typ=\"8\" "
                                  "version=\"1.00\" gruppenId=\"09\"/></bpmn:extensionElements>"
                                  "</bpmn:endEvent>"))
        << Ids{"End_Bearbeitet"};
    QTest::newRow("fim-rag-handlungsgrundlage +")
        << "fim-rag-handlungsgrundlage"
        << variant(QStringLiteral("(typ=\"3\" version=\"1.00\" gruppenId=\"02\">)\\s*"
                                  "<amtsweg:handlungsgrundlage [^>]*/>"),
                   QStringLiteral("\\1"))
        << Ids{"Sub_Pruefen"};
    QTest::newRow("fim-rag-message-flow + provides")
        << "fim-rag-message-flow" << variant(QStringLiteral("<bpmn:messageFlow id=\"MF_Bescheid\"[^>]*/>"))
        << Ids{"Sub_Bescheid"};
    QTest::newRow("fim-rag-message-flow + involves")
        << "fim-rag-message-flow" << variant(QStringLiteral("<bpmn:messageFlow id=\"MF_Unterlagen\"[^>]*/>"))
        << Ids{"Sub_Nachfordern"};
    QTest::newRow("fim-rag-message-flow + receives (through the message start)")
        << "fim-rag-message-flow" << variant(QStringLiteral("<bpmn:messageFlow id=\"MF_Anzeige\"[^>]*/>"))
        << Ids{"Sub_Empfangen"};
    QTest::newRow("fim-rag-partner +")
        << "fim-rag-partner"
        << variant(QStringLiteral("empfaenger=\"Antragsteller\" uebermittlungsart"),
                   QStringLiteral("empfaenger=\"Bürger\" uebermittlungsart"))
        << Ids{"Sub_Bescheid"};
    QTest::newRow("fim-profile + gateway")
        << "fim-profile"
        << variant(QStringLiteral("<bpmn:exclusiveGateway id=\"Gw_Join\"/>"),
                   QStringLiteral("<bpmn:inclusiveGateway id=\"Gw_Join\"/>"))
        << Ids{"Gw_Join"};
    QTest::newRow("fim-profile + non-interrupting timer")
        << "fim-profile"
        << variant(QStringLiteral("name=\"Frist abgelaufen\""),
                   QStringLiteral("name=\"Frist abgelaufen\" cancelActivity=\"false\""))
        << Ids{"Timer_Frist"};
    QTest::newRow("fim-profile + blank start")
        << "fim-profile" << variant(QStringLiteral("<bpmn:messageEventDefinition id=\"MED_Start_Anzeige\"/>"))
        << Ids{"Start_Anzeige"};
    QTest::newRow("fim-profile + lanes and a task")
        << "fim-profile"
        << variant(QStringLiteral("(<bpmn:process id=\"Proc_Behoerde\"[^>]*>)"),
                   QStringLiteral("\\1<bpmn:laneSet id=\"LS\"><bpmn:lane id=\"L\" name=\"Sachbearbeitung\"/>"
                                  "</bpmn:laneSet><bpmn:task id=\"Task_X\" name=\"Aufgabe\"/>"))
        << Ids{"Proc_Behoerde", "Task_X"};
    QTest::newRow("fim-vertical-pools +")
        << "fim-vertical-pools"
        << variant(QStringLiteral("bpmnElement=\"P_Behoerde\" isHorizontal=\"false\""),
                   QStringLiteral("bpmnElement=\"P_Behoerde\""))
        << Ids{"P_Behoerde"};
    QTest::newRow("fim-single-start +")
        << "fim-single-start"
        << variant(QStringLiteral("(<bpmn:process id=\"Proc_Behoerde\"[^>]*>)"),
                   QStringLiteral("\\1<bpmn:startEvent id=\"Start_Zwei\" name=\"Zweiter Start\"/>"))
        << Ids{"Start_Anzeige", "Start_Zwei"};
    QTest::newRow("fim-single-start + none")
        << "fim-single-start"
        << variant(QStringLiteral("<bpmn:startEvent id=\"Start_Anzeige\".*?</bpmn:startEvent>"))
        << Ids{"P_Behoerde"};
    QTest::newRow("fim-end-event-name +")
        << "fim-end-event-name"
        << variant(QStringLiteral("id=\"End_Eingestellt\" name=\"Verfahren eingestellt\""),
                   QStringLiteral("id=\"End_Eingestellt\""))
        << Ids{"End_Eingestellt"};
    QTest::newRow("fim-reachable +")
        << "fim-reachable" << variant(QStringLiteral("<bpmn:sequenceFlow id=\"Flow_6\"[^>]*/>"))
        << Ids{"Timer_Frist", "End_Eingestellt"};
    QTest::newRow("fim-gateway-question +")
        << "fim-gateway-question"
        << variant(QStringLiteral("name=\"Anzeige vollständig\\?\""), QStringLiteral("name=\"Vollständigkeit\""))
        << Ids{"Gw_Vollstaendig"};
    QTest::newRow("fim-gateway-answers +")
        << "fim-gateway-answers" << variant(QStringLiteral(" name=\"ja\"")) << Ids{"Flow_Ja"};
}

void TestFimRules::rule()
{
    QFETCH(QString, rule);
    QFETCH(QString, xml);
    QFETCH(Ids, expected);
    QVERIFY(findRule(rule.toStdString()));
    const Ids actual = flagged(xml, rule);
    QCOMPARE(QStringList(actual.begin(), actual.end()), QStringList(expected.begin(), expected.end()));
}

void TestFimRules::everyRuleIsTested()
{
    // rule_data() covers each rule of kFimRules with a flagging and a clean row.
    QStringList registered;
    for (const Rule &r : allRules())
        if (r.set == RuleSet::Fim)
            registered.append(QString::fromUtf8(r.id.data(), qsizetype(r.id.size())));
    QCOMPARE(registered, kFimRules);
}

void TestFimRules::severities()
{
    const QStringList warnings{"fim-rag-handlungsgrundlage", "fim-profile", "fim-vertical-pools",
                               "fim-gateway-question", "fim-gateway-answers"};
    for (const Rule &r : allRules()) {
        if (r.set != RuleSet::Fim)
            continue;
        const QString id = QString::fromUtf8(r.id.data(), qsizetype(r.id.size()));
        QVERIFY2(id.startsWith(QLatin1String("fim-")), qPrintable(id));
        QCOMPARE(r.severity, warnings.contains(id) ? Severity::Warning : Severity::Error);
    }
    const Diagnostics found = check(variant(QStringLiteral("typ=\"8\""), QStringLiteral("typ=\"9\"")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().severity, Severity::Error);
    QVERIFY(found.front().line > 0);
}

void TestFimRules::messagesNameTheElement()
{
    const Diagnostics found = check(variant(QStringLiteral(" entscheidungsart=\"2\"")));
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().code, QStringLiteral("fim-rag-attributes"));
    QVERIFY2(found.front().message.contains(QStringLiteral("'Schutzmaßnahmen festlegen'")),
             qPrintable(found.front().message));
    QVERIFY2(found.front().message.contains(QStringLiteral("Entscheidungsart")),
             qPrintable(found.front().message));
}

void TestFimRules::ordinaryBpmnHasNoFimFindings()
{
    // A process that breaks profile rules (a blank start, a task, an unnamed end event, a
    // sub-process without a group) but has no FIM data is no FIM model.
    const QString plain = QStringLiteral(
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" "
        "targetNamespace=\"t\"><bpmn:process id=\"P\"><bpmn:startEvent id=\"S\"/><bpmn:task "
        "id=\"T\"/><bpmn:subProcess id=\"Sub\"/><bpmn:endEvent id=\"E\"/><bpmn:sequenceFlow "
        "id=\"F\" sourceRef=\"S\" targetRef=\"T\"/></bpmn:process></bpmn:definitions>");
    QVERIFY(check(plain).empty());
    QVERIFY(check(readText(QStringLiteral(AMTSWEG_TEST_DATA "/e2e-analysis/wohngeld-e2e.bpmn"))).empty());
    // Adding a RAG group makes it one.
    QString fim = plain;
    fim.replace(QStringLiteral("<bpmn:subProcess id=\"Sub\"/>"),
                QStringLiteral("<bpmn:subProcess id=\"Sub\"><bpmn:extensionElements>"
                               "<amtsweg:aktivitaetengruppe xmlns:amtsweg=\"https://amtsweg.de/"
                               "schema/bpmn/1.0\" typ=\"8\"/></bpmn:extensionElements>"
                               "</bpmn:subProcess>"));
    QVERIFY(!check(fim).empty());
    QCOMPARE(flagged(fim, QStringLiteral("fim-profile")), (Ids{"S", "T"}));
}

void TestFimRules::documentedExampleIsClean()
{
    // The example of docs/fim-extension.md is a FIM model without fim findings.
    const QString doc = readText(QStringLiteral(AMTSWEG_TEST_SOURCE_DIR "/../docs/fim-extension.md"));
    const QRegularExpression block(QStringLiteral("```xml\\n(<bpmn:definitions.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(doc);
    QVERIFY(m.hasMatch());
    const QString example = m.captured(1);
    QVERIFY(example.contains(QStringLiteral("<amtsweg:aktivitaetengruppe")));
    QStringList findings;
    for (const Diagnostic &d : check(example))
        findings.append(d.code + QLatin1Char(' ') + d.elementId);
    QCOMPARE(findings, QStringList());
    // Broken, it is flagged: the group's sender is no pool.
    QString broken = example;
    broken.replace(QStringLiteral("absender=\"Antragsteller\""), QStringLiteral("absender=\"Niemand\""));
    QCOMPARE(flagged(broken, QStringLiteral("fim-rag-partner")), (Ids{"Activity_Empfangen"}));
}

QTEST_GUILESS_MAIN(TestFimRules)
#include "tst_fimrules.moc"

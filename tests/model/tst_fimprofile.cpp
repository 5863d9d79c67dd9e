// The FIM-BPMN profile shared by the fim rule set and the editor's FIM mode
// (model/fim/fimprofile.h): which symbols belong to it and the label patterns.

#include "fim/fimprofile.h"

#include <QtTest/QtTest>

using namespace amtsweg;
using fim::LabelPattern;

class TestFimProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileSymbols();
    void labelPatterns_data();
    void labelPatterns();
};

void TestFimProfile::profileSymbols()
{
    QVERIFY(fim::isProfileSymbol("startEvent", "messageEventDefinition"));
    QVERIFY(!fim::isProfileSymbol("startEvent"));
    QVERIFY(!fim::isProfileSymbol("startEvent", "timerEventDefinition"));
    QVERIFY(fim::isProfileSymbol("endEvent"));
    QVERIFY(!fim::isProfileSymbol("endEvent", "messageEventDefinition"));
    QVERIFY(fim::isProfileSymbol("boundaryEvent", "timerEventDefinition"));
    for (const char *local : {"subProcess", "callActivity", "exclusiveGateway", "parallelGateway",
                              "sequenceFlow"})
        QVERIFY2(fim::isProfileSymbol(local), local);
    for (const char *local : {"task", "userTask", "inclusiveGateway", "eventBasedGateway",
                              "intermediateThrowEvent", "transaction", "textAnnotation", "lane",
                              "dataObjectReference"})
        QVERIFY2(!fim::isProfileSymbol(local), local);
    QCOMPARE(fim::profileSymbols().size(), std::size_t(8));
}

void TestFimProfile::labelPatterns_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("fits");
    const int a = int(LabelPattern::Activity), e = int(LabelPattern::Event),
              q = int(LabelPattern::Question), n = int(LabelPattern::None);
    QTest::newRow("activity") << a << QStringLiteral("Antrag prüfen") << true;
    QTest::newRow("activity, two lines") << a << QStringLiteral("Anzeige\nformell prüfen") << true;
    QTest::newRow("activity -eln") << a << QStringLiteral("Unterlagen sammeln") << true;
    QTest::newRow("activity, noun only") << a << QStringLiteral("Antragsprüfung") << false;
    QTest::newRow("activity, nominal") << a << QStringLiteral("Prüfung des Antrags") << false;
    QTest::newRow("activity, imperative") << a << QStringLiteral("Prüfe Antrag") << false;
    QTest::newRow("activity, empty") << a << QString() << false;
    QTest::newRow("event -en") << e << QStringLiteral("Antrag eingegangen") << true;
    QTest::newRow("event -t") << e << QStringLiteral("Bescheid erteilt") << true;
    QTest::newRow("event er-") << e << QStringLiteral("Unterlagen erhalten") << true;
    QTest::newRow("event, infinitive") << e << QStringLiteral("Antrag prüfen") << false;
    QTest::newRow("event, lower-case start") << e << QStringLiteral("eingegangen") << false;
    QTest::newRow("event, noun only") << e << QStringLiteral("Antragseingang") << false;
    QTest::newRow("question") << q << QStringLiteral("Antrag vollständig?") << true;
    QTest::newRow("question, blank after") << q << QStringLiteral("Antrag vollständig? ") << true;
    QTest::newRow("no question") << q << QStringLiteral("Antrag vollständig") << false;
    QTest::newRow("question, empty") << q << QString() << false;
    QTest::newRow("none") << n << QStringLiteral("anything at all") << true;
    QTest::newRow("none, empty") << n << QString() << true;
}

void TestFimProfile::labelPatterns()
{
    QFETCH(int, pattern);
    QFETCH(QString, label);
    QFETCH(bool, fits);
    QCOMPARE(fim::fitsLabelPattern(LabelPattern(pattern), label), fits);
}

QTEST_APPLESS_MAIN(TestFimProfile)
#include "tst_fimprofile.moc"

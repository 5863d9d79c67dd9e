// The end-to-end sample processes in samples/ (written by samples/tools/generate-samples.py):
// each reads without reader diagnostics, leaves the analysis nothing unknown, is a FIM model
// (Prozesssteckbrief and RAG groups) that the bpmn and fim rule sets pass without errors or
// warnings, and gives the analysis figures written here (OZG maturity level, media breaks by
// kind, hand-offs between pools and lanes, once-only candidates). The pairs "heute" /
// "ende-zu-ende" must show the end-to-end version with fewer media breaks and a higher level.
// When a sample changes on purpose, change its row here with it.

#include "e2e/e2eanalysis.h"
#include "fim/fimread.h"
#include "validation/modelchecker.h"
#include "xml/bpmnreader.h"

#include <QDir>
#include <QtTest/QTest>


using namespace amtsweg;
using namespace amtsweg::e2e;

class TestSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readWithoutDiagnostics_data();
    void readWithoutDiagnostics();
    void fimChecksPass_data();
    void fimChecksPass();
    void analysis_data();
    void analysis();
    void endToEndBeatsToday_data();
    void endToEndBeatsToday();
};

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(AMTSWEG_SAMPLES_DIR "/") + name + QStringLiteral(".bpmn");
}

struct Figures
{
    int level = -1;
    int reTyped = 0, printed = 0, downgraded = 0, manualTransfer = 0;
    int participantHandOffs = 0, laneHandOffs = 0;
    int onceOnly = 0;
    int missing = 0;
    int mediaBreaks() const { return reTyped + printed + downgraded + manualTransfer; }
};

Figures figuresOf(const QString &name)
{
    ReadResult read = BpmnReader::readFile(samplePath(name));
    if (!read.ok())
        qFatal("sample %s unreadable", qPrintable(name));
    const Analysis a = analyse(*read.tree);
    Figures f;
    f.level = a.maturity.level;
    for (const MediaBreak &b : a.mediaBreaks) {
        switch (b.kind) {
        case MediaBreak::Kind::ReTyped: ++f.reTyped; break;
        case MediaBreak::Kind::Printed: ++f.printed; break;
        case MediaBreak::Kind::Downgraded: ++f.downgraded; break;
        case MediaBreak::Kind::ManualTransfer: ++f.manualTransfer; break;
        }
    }
    for (const HandOff &h : a.handOffs)
        ++(h.kind == HandOff::Kind::Participant ? f.participantHandOffs : f.laneHandOffs);
    f.onceOnly = int(a.onceOnly.size());
    f.missing = int(a.missing.size());
    return f;
}

const QStringList kEndToEndSamples{
    QStringLiteral("wohngeld-antrag"),
    QStringLiteral("ummeldung-heute"),        QStringLiteral("ummeldung-ende-zu-ende"),
    QStringLiteral("gewerbeanmeldung-heute"), QStringLiteral("gewerbeanmeldung-ende-zu-ende"),
    QStringLiteral("elterngeld"),             QStringLiteral("baugenehmigung"),
    QStringLiteral("fuehrerschein"),
};

} // namespace

void TestSamples::readWithoutDiagnostics_data()
{
    QTest::addColumn<QString>("file");
    // Every sample the sample repository imports (make run: samples/*.bpmn), not only ours.
    const QStringList files =
        QDir(QStringLiteral(AMTSWEG_SAMPLES_DIR)).entryList({QStringLiteral("*.bpmn")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : kEndToEndSamples)
        QVERIFY2(files.contains(name + QStringLiteral(".bpmn")), qPrintable(name));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestSamples::readWithoutDiagnostics()
{
    QFETCH(QString, file);
    const ReadResult read =
        BpmnReader::readFile(QStringLiteral(AMTSWEG_SAMPLES_DIR "/") + file);
    QVERIFY(read.ok());
    QStringList messages;
    for (const Diagnostic &d : read.diagnostics)
        messages << d.toString();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    // The analysis has everything it needs: pool kinds, channels, automation, data stores.
    const Analysis a = analyse(*read.tree);
    QStringList missing;
    for (const Missing &m : a.missing)
        missing << m.text;
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestSamples::fimChecksPass_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minGroups");
    // At least this many RAG groups: the authority's work, start to end, as groups.
    QTest::newRow("wohngeld-antrag") << "wohngeld-antrag" << 7;
    QTest::newRow("ummeldung-heute") << "ummeldung-heute" << 5;
    QTest::newRow("ummeldung-ende-zu-ende") << "ummeldung-ende-zu-ende" << 6;
    QTest::newRow("gewerbeanmeldung-heute") << "gewerbeanmeldung-heute" << 6;
    QTest::newRow("gewerbeanmeldung-ende-zu-ende") << "gewerbeanmeldung-ende-zu-ende" << 6;
    QTest::newRow("elterngeld") << "elterngeld" << 7;
    QTest::newRow("baugenehmigung") << "baugenehmigung" << 9;
    QTest::newRow("fuehrerschein") << "fuehrerschein" << 8;
}

void TestSamples::fimChecksPass()
{
    QFETCH(QString, name);
    QFETCH(int, minGroups);
    ReadResult read = BpmnReader::readFile(samplePath(name));
    QVERIFY(read.ok());
    const ModelTree &tree = *read.tree;
    // A filled Prozesssteckbrief and the authority's work as RAG groups.
    const std::optional<fim::Prozesssteckbrief> steckbrief = fim::modelSteckbrief(tree);
    QVERIFY(steckbrief.has_value());
    QVERIFY(!steckbrief->handlungsgrundlagen.empty());
    QVERIFY(int(fim::aktivitaetengruppen(tree).size()) >= minGroups);
    // Passing by switching rules off does not count.
    QVERIFY2(validation::disabledRules(tree).isEmpty(),
             qPrintable(validation::disabledRules(tree).join(QLatin1Char(' '))));
    validation::CheckOptions options;
    options.sets = {validation::RuleSet::Bpmn, validation::RuleSet::Fim};
    QStringList findings;
    for (const Diagnostic &d : validation::checkModel(tree, options))
        if (d.severity == Severity::Error || d.severity == Severity::Warning)
            findings << d.code + QStringLiteral(" ") + d.elementId + QStringLiteral(": ") + d.message;
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestSamples::analysis_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("reTyped");
    QTest::addColumn<int>("printed");
    QTest::addColumn<int>("downgraded");
    QTest::addColumn<int>("manualTransfer");
    QTest::addColumn<int>("participantHandOffs");
    QTest::addColumn<int>("laneHandOffs");
    QTest::addColumn<int>("onceOnly");

    // No lanes (the FIM profile has none), so no lane hand-offs; the applicant's pool is a
    // black box, so what the applicant does before sending (printing a form filled in online)
    // is no longer a step of the model. Hand-offs between pools: one per message flow.
    // Online application via EfA, XWohngeld by FIT-Connect, income from the Rentenversicherung
    // by interface; the notice printed from the Fachverfahren and posted: 1 break, level 3.
    QTest::newRow("wohngeld-antrag") << "wohngeld-antrag" << 3 << 0 << 0 << 1 << 0 << 5 << 0 << 0;
    // PDF by e-mail and the ID card at the counter are typed in; the Meldebestätigung is
    // printed from OK.EWO. Appointment online but e-mail and in person: level 2.
    QTest::newRow("ummeldung-heute") << "ummeldung-heute" << 2 << 2 << 0 << 1 << 0 << 6 << 0 << 0;
    // Online form -> XMeld (OSCI/XTA) -> OK.EWO, Melderegister in the Fachverfahren, postbox.
    QTest::newRow("ummeldung-ende-zu-ende")
        << "ummeldung-ende-zu-ende" << 4 << 0 << 0 << 0 << 0 << 4 << 0 << 0;
    // GewA 1 filled in online but posted on paper (level 2) and typed in; fee carried by hand
    // into the Kassenverfahren and back; paper confirmation and copy for the Finanzamt; the
    // Handelsregisterauszug the register already holds.
    QTest::newRow("gewerbeanmeldung-heute")
        << "gewerbeanmeldung-heute" << 2 << 1 << 0 << 2 << 2 << 6 << 0 << 1;
    // Register query and answer by XJustiz are two message flows.
    QTest::newRow("gewerbeanmeldung-ende-zu-ende")
        << "gewerbeanmeldung-ende-zu-ende" << 4 << 0 << 0 << 0 << 0 << 7 << 0 << 0;
    // Structured online application, but signed printout and evidence by post (typed in) and
    // the notice on paper.
    QTest::newRow("elterngeld") << "elterngeld" << 2 << 1 << 0 << 1 << 0 << 5 << 0 << 0;
    // XBau throughout, Gemeinde and Fachstellen included; notice to the postbox.
    QTest::newRow("baugenehmigung") << "baugenehmigung" << 4 << 0 << 0 << 0 << 0 << 7 << 0 << 0;
    // No media break, but the card is handed over in person: level 3. The ZFER is a register
    // pool now (query, answer, report: three message flows).
    QTest::newRow("fuehrerschein") << "fuehrerschein" << 3 << 0 << 0 << 0 << 0 << 9 << 0 << 0;
}

void TestSamples::analysis()
{
    QFETCH(QString, name);
    const Figures f = figuresOf(name);
    QTEST(f.level, "level");
    QTEST(f.reTyped, "reTyped");
    QTEST(f.printed, "printed");
    QTEST(f.downgraded, "downgraded");
    QTEST(f.manualTransfer, "manualTransfer");
    QTEST(f.participantHandOffs, "participantHandOffs");
    QTEST(f.laneHandOffs, "laneHandOffs");
    QTEST(f.onceOnly, "onceOnly");
    QCOMPARE(f.missing, 0);
}

void TestSamples::endToEndBeatsToday_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("endToEnd");
    QTest::newRow("ummeldung") << "ummeldung-heute" << "ummeldung-ende-zu-ende";
    QTest::newRow("gewerbeanmeldung") << "gewerbeanmeldung-heute"
                                      << "gewerbeanmeldung-ende-zu-ende";
}

void TestSamples::endToEndBeatsToday()
{
    QFETCH(QString, today);
    QFETCH(QString, endToEnd);
    const Figures before = figuresOf(today), after = figuresOf(endToEnd);
    QVERIFY(before.mediaBreaks() > 0);
    QVERIFY(before.level <= 2);
    QCOMPARE(after.mediaBreaks(), 0);
    QCOMPARE(after.level, 4);
    QVERIFY(after.mediaBreaks() < before.mediaBreaks());
    QVERIFY(after.level > before.level);
    QVERIFY(after.onceOnly <= before.onceOnly);
}

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"

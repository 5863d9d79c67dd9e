// The command line of issue 2, run as a separate process without a display:
//   amtsweg convert IN OUT | validate [--format text|json] FILE... | --version | --help
// Exit codes: 0 success, 1 findings of severity error, 2 input unreadable (stderr
// FILE:LINE:COL: error: ...), 3 output not writable, 64 usage error.

#include "clirunner.h"
#include "losslesscompare.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xmltools.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

QStringList bpmnFiles(const QString &subdir)
{
    QDir dir(testDataDir() + QLatin1Char('/') + subdir);
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.bpmn")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

void addFileRows(const QString &subdir)
{
    QTest::addColumn<QString>("path");
    for (const QString &p : bpmnFiles(subdir))
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

QString outDir()
{
    return buildDir() + QStringLiteral("/test-output/cli");
}

/// All JSON objects anywhere in `v` that carry a "message".
void collectFindings(const QJsonValue &v, QList<QJsonObject> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectFindings(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("message")))
            out << o;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isArray() || it.value().isObject())
                collectFindings(it.value(), out);
    }
}

bool isErrorFinding(const QJsonObject &o)
{
    return o.value(QStringLiteral("severity"))
               .toString()
               .compare(QStringLiteral("error"), Qt::CaseInsensitive) == 0;
}

/// stderr must start a line with "FILE:LINE:COL: error: message".
bool hasLocatedError(const QByteArray &err, const QString &file, QString *why)
{
    const QRegularExpression re(
        QStringLiteral("^%1:(\\d+):(\\d+): error: \\S.*$").arg(QRegularExpression::escape(file)),
        QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(err));
    if (!m.hasMatch()) {
        *why = QStringLiteral("no line '%1:LINE:COL: error: ...' on stderr").arg(file);
        return false;
    }
    if (m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1) {
        *why = QStringLiteral("line/column not 1-based: ") + m.captured(0);
        return false;
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void worksWithABrokenDisplayPlatform();
    void defaultRepositoryIsTheGuis();

    void convertGood_data() { addFileRows(QStringLiteral("good")); }
    void convertGood();
    void convertDamaged_data() { addFileRows(QStringLiteral("damaged")); }
    void convertDamaged();
    void convertKeepsUmlauts();
    void convertIsDeterministicAcrossRuns();
    void convertUnreadable_data() { addFileRows(QStringLiteral("unreadable")); }
    void convertUnreadable();
    void convertMissingInput();
    void convertUnwritable_data();
    void convertUnwritable();

    void validateGood();
    void validateJsonGood();
    void validateDamagedText_data() { addFileRows(QStringLiteral("damaged")); }
    void validateDamagedText();
    void validateDamagedJson_data() { addFileRows(QStringLiteral("damaged")); }
    void validateDamagedJson();
    void validateSeveralFiles();
    void validateUnreadable_data() { addFileRows(QStringLiteral("unreadable")); }
    void validateUnreadable();
    void validateExitsOneOnErrors();
    void validateRules();

    void analyzeText();
    void analyzeJson();
    void analyzeFormatFromSuffix();
    void analyzeReports();
    void analyzeUsage();

    void hostile_data();
    void hostile();

private:
    QList<QPair<QString, QString>> m_hostile;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(amtswegBinary()).isExecutable(), qPrintable(amtswegBinary()));
    QDir(outDir()).removeRecursively();
    QVERIFY(QDir().mkpath(outDir()));
    m_hostile = writeHostileInputs(buildDir() + QStringLiteral("/test-output/cli-hostile"));
}

// ---- general

void TestCli::version()
{
    const CliResult r = runCli({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains(AMTSWEG_VERSION), qPrintable(r.describe()));
}

void TestCli::help()
{
    const CliResult r = runCli({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *word : {"convert", "validate", "--format", "--version"})
        QVERIFY2(
            r.out.contains(word),
            qPrintable(QStringLiteral("--help does not mention %1\n").arg(QLatin1String(word)) +
                       r.describe()));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString good = testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn");
    const QString out = outDir() + QStringLiteral("/usage.bpmn");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command with arguments")
        << QStringList{QStringLiteral("frobnicate"), good, out};
    QTest::newRow("convert without arguments") << QStringList{QStringLiteral("convert")};
    QTest::newRow("convert with one argument") << QStringList{QStringLiteral("convert"), good};
    QTest::newRow("convert with three arguments")
        << QStringList{QStringLiteral("convert"), good, out, out};
    QTest::newRow("validate without files") << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate --format xml") << QStringList{
        QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), good};
    QTest::newRow("validate --format without value")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--format")};
    QTest::newRow("validate with an unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"), good};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const CliResult r = runCli(args, 30000);
    QVERIFY2(r.exitCode == 64, qPrintable(r.describe()));
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error without a message on stderr");
    QVERIFY(!QFileInfo::exists(outDir() + QStringLiteral("/usage.bpmn")));
}

void TestCli::worksWithABrokenDisplayPlatform()
{
    // Even when the environment asks for X11 and there is no X server, the command line works:
    // it must not create a GUI application for convert/validate/--version.
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const CliResult v = runCli({QStringLiteral("--version")}, 30000, env);
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    const CliResult c = runCli(
        {QStringLiteral("validate"), testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn")},
        30000, env);
    QVERIFY2(c.exitCode == 0, qPrintable(c.describe()));
}

void TestCli::defaultRepositoryIsTheGuis()
{
    // Without --repository the command line uses the repository the GUI opens by default
    // (AppDataLocation of organisation and application "Amtsweg").
    QTemporaryDir home;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const CliResult r = runCli({QStringLiteral("repo"), QStringLiteral("import"),
                                testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn")},
                               30000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("Amtsweg/Amtsweg/repository.amtsweg"))));
}

// ---- convert

void TestCli::convertGood()
{
    QFETCH(QString, path);
    const QString out = outDir() + QStringLiteral("/good-") + QFileInfo(path).fileName();
    const CliResult r = runCli({QStringLiteral("convert"), path, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(QFileInfo::exists(out), "no output file");
    const ReadResult back = BpmnReader::readFile(out);
    QVERIFY2(back.ok() && !hasErrors(back.diagnostics), "the converted file does not read back");
    const QStringList diffs = compareLossless(readFileBytes(path), readFileBytes(out));
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestCli::convertDamaged()
{
    QFETCH(QString, path);
    const QString out = outDir() + QStringLiteral("/damaged-") + QFileInfo(path).fileName();
    const CliResult r = runCli({QStringLiteral("convert"), path, out});
    QVERIFY2(r.exitCode == 0,
             qPrintable(QStringLiteral("damaged input converts with warnings\n") + r.describe()));
    QVERIFY(BpmnReader::readFile(out).ok());
    const QStringList diffs = compareLossless(readFileBytes(path), readFileBytes(out));
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestCli::convertKeepsUmlauts()
{
    const QString in = testDataDir() + QStringLiteral("/good/encoding-iso-8859-1.bpmn");
    const QString out = outDir() + QStringLiteral("/umlauts.bpmn");
    const CliResult r = runCli({QStringLiteral("convert"), in, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QByteArray bytes = readFileBytes(out);
    QVERIFY2(bytes.contains("Antrag pr\xC3\xBC"
                            "fen"),
             "UTF-8 'Antrag prüfen' not in the output");
    const ReadResult back = BpmnReader::readFile(out);
    QVERIFY(back.ok());
    const NodeId task = back.tree->byId("Task_Enc");
    const std::string_view name = back.tree->attr(task, back.tree->known().name);
    QCOMPARE(QString::fromUtf8(name.data(), qsizetype(name.size())),
             QString::fromUtf8("Antrag prüfen"));
}

void TestCli::convertIsDeterministicAcrossRuns()
{
    for (const QString &file :
         {QStringLiteral("extensions-camunda.bpmn"), QStringLiteral("prefixes-mixed.bpmn"),
          QStringLiteral("conversation.bpmn")}) {
        const QString in = testDataDir() + QStringLiteral("/good/") + file;
        const QString a = outDir() + QStringLiteral("/det-a-") + file;
        const QString b = outDir() + QStringLiteral("/det-b-") + file;
        QCOMPARE(runCli({QStringLiteral("convert"), in, a}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("convert"), in, b}).exitCode, 0);
        QVERIFY2(readFileBytes(a) == readFileBytes(b),
                 qPrintable(file + QStringLiteral(": two runs, different bytes")));
        // Converting the output again gives the same bytes.
        const QString c = outDir() + QStringLiteral("/det-c-") + file;
        QCOMPARE(runCli({QStringLiteral("convert"), a, c}).exitCode, 0);
        QVERIFY2(readFileBytes(a) == readFileBytes(c),
                 qPrintable(file + QStringLiteral(": convert(convert(x)) differs")));
    }
}

void TestCli::convertUnreadable()
{
    QFETCH(QString, path);
    const QString out = outDir() + QStringLiteral("/unreadable-") + QFileInfo(path).fileName();
    const CliResult r = runCli({QStringLiteral("convert"), path, out});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QString why;
    QVERIFY2(hasLocatedError(r.err, path, &why),
             qPrintable(why + QLatin1Char('\n') + r.describe()));
    QVERIFY2(!QFileInfo::exists(out), "an output file was written for unreadable input");
}

void TestCli::convertMissingInput()
{
    const QString in = outDir() + QStringLiteral("/does-not-exist.bpmn");
    const QString out = outDir() + QStringLiteral("/missing-out.bpmn");
    const CliResult r = runCli({QStringLiteral("convert"), in, out});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(in.toUtf8()) && r.err.contains("error"), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::convertUnwritable_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("inside /proc") << QStringLiteral("/proc/amtsweg-test/out.bpmn");
    // Named *.bpmn so that the extension does not already make it a usage error.
    const QString dir = outDir() + QStringLiteral("/a-directory.bpmn");
    QDir().mkpath(dir);
    QTest::newRow("an existing directory named *.bpmn") << dir;
    QTest::newRow("folder that does not exist")
        << outDir() + QStringLiteral("/no/such/folder/out.bpmn");
}

void TestCli::convertUnwritable()
{
    QFETCH(QString, target);
    const CliResult r = runCli({QStringLiteral("convert"),
                                testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn"), target});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    QVERIFY(QFileInfo(outDir()).isDir());
}

// ---- validate

void TestCli::validateGood()
{
    // --rules none: only whether the files are valid BPMN (the modelling rules have their own
    // tests below and in tst_bpmnrules).
    const CliResult r = runCli(QStringList{QStringLiteral("validate"), QStringLiteral("--rules"),
                                           QStringLiteral("none")}
                               + bpmnFiles(QStringLiteral("good")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(": error:") && !r.err.contains(": error:"),
             qPrintable(QStringLiteral("errors reported for good files\n") + r.describe()));
}

void TestCli::validateJsonGood()
{
    const QString file = testDataDir() + QStringLiteral("/good/extensions-camunda.bpmn");
    const CliResult r = runCli({QStringLiteral("validate"), QStringLiteral("--rules=none"),
                                QStringLiteral("--format"), QStringLiteral("json"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError,
             qPrintable(pe.errorString() + QLatin1Char('\n') + r.describe()));
    QList<QJsonObject> findings;
    collectFindings(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), findings);
    for (const QJsonObject &f : findings)
        QVERIFY2(!isErrorFinding(f), QJsonDocument(f).toJson().constData());
}

void TestCli::validateDamagedText()
{
    QFETCH(QString, path);
    const CliResult r = runCli({QStringLiteral("validate"), path});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
    const QString all = QString::fromUtf8(r.out + r.err);
    for (const PlantedProblem &p : plantedProblems(path)) {
        // The reader reports damage as warnings; validate may judge it an error (exit 1).
        const QRegularExpression re(QStringLiteral("^%1:%2:\\d+: (warning|error): \\S")
                                        .arg(QRegularExpression::escape(path))
                                        .arg(p.line),
                                    QRegularExpression::MultilineOption);
        QVERIFY2(re.match(all).hasMatch(),
                 qPrintable(QStringLiteral("no '%1:%2:COL: warning|error: ...' for: %3\n")
                                .arg(path)
                                .arg(p.line)
                                .arg(p.description) +
                            r.describe()));
    }
}

void TestCli::validateDamagedJson()
{
    QFETCH(QString, path);
    const CliResult r = runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError,
             qPrintable(QStringLiteral("stdout is not JSON: ") + pe.errorString() +
                        QLatin1Char('\n') + r.describe()));
    QList<QJsonObject> findings;
    collectFindings(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), findings);
    const QList<PlantedProblem> planted = plantedProblems(path);
    QVERIFY2(findings.size() >= planted.size(),
             qPrintable(QStringLiteral("%1 findings for %2 planted problems\n")
                            .arg(findings.size())
                            .arg(planted.size()) +
                        r.describe()));
    for (const PlantedProblem &p : planted) {
        const bool found = std::any_of(findings.begin(), findings.end(), [&](const QJsonObject &f) {
            return f.value(QStringLiteral("line")).toInt() == p.line;
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no finding with \"line\": %1 (%2)\n")
                                       .arg(p.line)
                                       .arg(p.description) +
                                   r.describe()));
    }
    const bool anyError = std::any_of(findings.begin(), findings.end(), isErrorFinding);
    QVERIFY2(r.exitCode == (anyError ? 1 : 0),
             qPrintable(QStringLiteral("exit code does not match the severities found\n") +
                        r.describe()));
}

void TestCli::validateSeveralFiles()
{
    const QString good = testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn");
    const QString damaged = testDataDir() + QStringLiteral("/damaged/dangling-sourceref.bpmn");
    const CliResult r = runCli({QStringLiteral("validate"), QStringLiteral("--format"),
                                QStringLiteral("json"), good, damaged});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
    QJsonParseError pe;
    QJsonDocument::fromJson(r.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError,
             qPrintable(pe.errorString() + QLatin1Char('\n') + r.describe()));
    QVERIFY2(r.out.contains("dangling-sourceref.bpmn"), qPrintable(r.describe()));

    const QString unreadable = testDataDir() + QStringLiteral("/unreadable/truncated.bpmn");
    const CliResult u = runCli({QStringLiteral("validate"), good, unreadable});
    QVERIFY2(u.exitCode == 2, qPrintable(u.describe()));
}

void TestCli::validateUnreadable()
{
    QFETCH(QString, path);
    const CliResult r = runCli({QStringLiteral("validate"), path});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QString why;
    QVERIFY2(hasLocatedError(r.err, path, &why),
             qPrintable(why + QLatin1Char('\n') + r.describe()));
}

void TestCli::validateExitsOneOnErrors()
{
    // Exit code 1 needs a finding of severity error in a readable file. Look for inputs that
    // produce one; the exit code must then be 1.
    QStringList candidates = bpmnFiles(QStringLiteral("damaged"));
    candidates += bpmnFiles(QStringLiteral("good"));
    int withErrors = 0;
    for (const QString &path : candidates) {
        const CliResult r = runCli(
            {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
        QList<QJsonObject> findings;
        collectFindings(QJsonDocument::fromJson(r.out).object(), findings);
        collectFindings(QJsonDocument::fromJson(r.out).array(), findings);
        if (!std::any_of(findings.begin(), findings.end(), isErrorFinding))
            continue;
        ++withErrors;
        QVERIFY2(r.exitCode == 1, qPrintable(path + QLatin1Char('\n') + r.describe()));
    }
    QVERIFY2(withErrors > 0, "no test input yields a finding of severity error");
}

void TestCli::validateRules()
{
    // A process with a complex gateway and an unlabelled task: rule findings with rule id,
    // severity, element id and message; exit 1 for errors. --disable and --rules select.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rules.bpmn"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
  <process id="P"><startEvent id="S" name="s"/><complexGateway id="CG" name="c"/><endEvent id="E" name="e"/>
    <sequenceFlow id="F1" sourceRef="S" targetRef="CG"/><sequenceFlow id="F2" sourceRef="CG" targetRef="E"/>
  </process>
</definitions>)");
    f.close();

    const CliResult json = runCli({QStringLiteral("validate"), QStringLiteral("--rules"),
                                   QStringLiteral("bpmn"), QStringLiteral("--format"),
                                   QStringLiteral("json"), file});
    QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
    QList<QJsonObject> findings;
    collectFindings(QJsonDocument::fromJson(json.out).object(), findings);
    std::set<QString> seen;
    for (const QJsonObject &o : findings) {
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        seen.insert(o.value(QStringLiteral("rule")).toString() + QLatin1Char(' ')
                    + o.value(QStringLiteral("severity")).toString() + QLatin1Char(' ')
                    + o.value(QStringLiteral("elementId")).toString());
    }
    QVERIFY2(seen.count(QStringLiteral("no-complex-gateway error CG")), qPrintable(json.describe()));
    QVERIFY2(seen.count(QStringLiteral("superfluous-gateway warning CG")), qPrintable(json.describe()));
    QVERIFY2(seen.count(QStringLiteral("no-bpmndi error S")), qPrintable(json.describe()));

    const CliResult text = runCli({QStringLiteral("validate"), QStringLiteral("--disable"),
                                   QStringLiteral("no-bpmndi,no-complex-gateway"), file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe())); // only the warning is left
    QVERIFY2(text.out.contains("warning: Gateway is superfluous"), qPrintable(text.describe()));
    QVERIFY2(!text.out.contains("no-complex") && !text.out.contains("discouraged"),
             qPrintable(text.describe()));

    const CliResult none = runCli({QStringLiteral("validate"), QStringLiteral("--rules=none"), file});
    QVERIFY2(none.exitCode == 0 && none.out.trimmed().isEmpty(), qPrintable(none.describe()));

    const CliResult bad = runCli({QStringLiteral("validate"), QStringLiteral("--rules"),
                                  QStringLiteral("bpmn,nonsense"), file});
    QVERIFY2(bad.exitCode == 64 && bad.err.contains("nonsense"), qPrintable(bad.describe()));
}

// ---- hostile

void TestCli::hostile_data()
{
    QTest::addColumn<QString>("path");
    for (const auto &[name, path] : m_hostile)
        QTest::newRow(qPrintable(name)) << path;
}

void TestCli::hostile()
{
    QFETCH(QString, path);
    const QByteArray secret = passwdFirstLine();
    const CliResult v = runCli({QStringLiteral("validate"), path}, 180000);
    QVERIFY2(!v.crashed && !v.timedOut, qPrintable(v.describe()));
    QVERIFY2(v.exitCode == 0 || v.exitCode == 1 || v.exitCode == 2, qPrintable(v.describe()));
    QVERIFY2(!v.out.contains(secret) && !v.err.contains(secret), "validate printed /etc/passwd");

    const QString out = outDir() + QStringLiteral("/hostile-") + QFileInfo(path).fileName();
    const CliResult c = runCli({QStringLiteral("convert"), path, out}, 180000);
    QVERIFY2(!c.crashed && !c.timedOut, qPrintable(c.describe()));
    QVERIFY2(c.exitCode == 0 || c.exitCode == 2, qPrintable(c.describe()));
    QVERIFY2(!c.out.contains(secret) && !c.err.contains(secret), "convert printed /etc/passwd");
    if (c.exitCode == 0)
        QVERIFY2(!readFileBytes(out).contains(secret), "the converted file contains /etc/passwd");
    else
        QVERIFY2(!QFileInfo::exists(out), "refused input left an output file");
    QFile::remove(out);
}

// ---- analyze (expected figures: tests/model/tst_e2eanalysis.cpp)

namespace {
QString e2eModel()
{
    return testDataDir() + QStringLiteral("/e2e-analysis/wohngeld-e2e.bpmn");
}
} // namespace

void TestCli::analyzeText()
{
    const CliResult r = runCli({QStringLiteral("analyze"), e2eModel()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("OZG maturity level (estimate): 2")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Media breaks: 5")));
    QVERIFY(text.contains(QStringLiteral("Hand-offs: 5 between pools, 2 between lanes")));
    QVERIFY(text.contains(QStringLiteral("Paths: 6")));
    QVERIFY(text.contains(QStringLiteral("Once-only candidates: 2")));
    QVERIFY(text.contains(QStringLiteral("Automation of 'Antrag übermitteln' is unknown")));
}

void TestCli::analyzeJson()
{
    const CliResult r = runCli({QStringLiteral("analyze"), QStringLiteral("--format"),
                                QStringLiteral("json"), e2eModel()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("maturity")).toObject().value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("mediaBreaks")).toArray().size(), 5);
    QCOMPARE(o.value(QStringLiteral("paths")).toArray().size(), 6);
    QCOMPARE(o.value(QStringLiteral("handOffs")).toArray().size(), 7);
    const QJsonArray missing = o.value(QStringLiteral("missing")).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0].toObject().value(QStringLiteral("what")).toString(), QStringLiteral("automation"));
    QCOMPARE(missing[0].toObject().value(QStringLiteral("elements")).toArray()[0].toString(),
             QStringLiteral("Task_Forward"));
    std::set<QString> kinds;
    for (const QJsonValue &b : o.value(QStringLiteral("mediaBreaks")).toArray())
        kinds.insert(b.toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds, (std::set<QString>{"typed-in-again", "handled-on-paper",
                                       "passed-on-unstructured", "carried-by-hand"}));
}

void TestCli::analyzeFormatFromSuffix()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("analysis.json"));
    const CliResult r = runCli({QStringLiteral("analyze"), e2eModel(), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("onceOnly")).toArray().size(), 2);
}

void TestCli::analyzeReports()
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const CliResult h = runCli({QStringLiteral("analyze"), QStringLiteral("--format"),
                                QStringLiteral("html"), e2eModel(), html});
    QVERIFY2(h.exitCode == 0, qPrintable(h.describe()));
    QFile hf(html);
    QVERIFY(hf.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(hf.readAll());
    QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")) || page.contains(QStringLiteral("<svg")));
    QVERIFY(page.contains(QStringLiteral("Nachweise erfassen")));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliResult p = runCli({QStringLiteral("analyze"), e2eModel(), pdf});
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    QFile pf(pdf);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    QVERIFY(pf.read(5) == "%PDF-");
    QVERIFY(pf.size() > 10000); // the diagram picture is on it
}

void TestCli::analyzeUsage()
{
    const auto code = [](const QStringList &args) { return runCli(args, 30000).exitCode; };
    QCOMPARE(code({QStringLiteral("analyze")}), 64);
    QCOMPARE(code({QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("html"),
                   e2eModel()}), 64); // a report needs OUT
    QCOMPARE(code({QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("xml"),
                   e2eModel()}), 64);
    QCOMPARE(code({QStringLiteral("analyze"), testDataDir() + QStringLiteral("/no-such.bpmn")}), 2);
    QCOMPARE(code({QStringLiteral("analyze"), e2eModel(),
                   QStringLiteral("/proc/no-such-dir/a.json")}), 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

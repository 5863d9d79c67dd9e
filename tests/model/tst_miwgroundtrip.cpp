// Every BPMN MIWG reference model (../shared/testdata/miwg/Reference) round-trips through
// BpmnReader and BpmnWriter: (a) lossless by issue 2's definition (independent tinyxml2 check),
// (b) the output validates against the OMG XSD with xmllint, (c) bpmn.io's parser (bpmn-moddle,
// ../shared/tools/bpmnio-check.mjs) reads the output with no more warnings than the input.
// Skipped (not passed) when ../shared, xmllint, node or bpmn-moddle are missing.

#include "losslesscompare.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xmltools.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

QString outputDir()
{
    return buildDir() + QStringLiteral("/test-output/miwg");
}

struct ProcessResult
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString output; // stdout + stderr
};

ProcessResult run(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 120000)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    r.started = p.waitForStarted(30000);
    if (!r.started)
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.output = QString::fromUtf8(p.readAll());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

/// The bpmnio-check result: number of warnings, or -1 on a parse error.
struct BpmnioResult
{
    int warnings = -1;
    QString text;
};

} // namespace

class TestMiwgRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lossless_data() { addRows(); }
    void lossless();
    void documentOrderKept_data() { addRows(); }
    void documentOrderKept();
    void xsdValid_data() { addRows(); }
    void xsdValid();
    void bpmnioReadsIt_data() { addRows(); }
    void bpmnioReadsIt();

private:
    void addRows();
    /// Reads `input`, writes it to the build folder; returns the output path (empty on failure).
    QString roundTrip(const QString &input, QByteArray *out);
    BpmnioResult bpmnio(const QString &file);

    QStringList m_files;
    QString m_xmllint;
    QString m_node;
    QString m_nodeModules;
};

void TestMiwgRoundTrip::initTestCase()
{
    AMTSWEG_REQUIRE_SHARED();
    QDirIterator it(sharedDir() + QStringLiteral("/testdata/miwg/Reference"),
                    {QStringLiteral("*.bpmn")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        m_files << it.next();
    m_files.sort();
    QVERIFY2(m_files.size() >= 21, qPrintable(QStringLiteral("%1 MIWG files").arg(m_files.size())));
    QVERIFY(QDir().mkpath(outputDir()));

    m_xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QStringList candidates = {buildDir() + QStringLiteral("/npm/node_modules"),
                                    buildDir() + QStringLiteral("/../build/npm/node_modules")};
    for (const QString &c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/bpmn-moddle/package.json"))) {
            m_nodeModules = QFileInfo(c).canonicalFilePath();
            break;
        }
}

void TestMiwgRoundTrip::addRows()
{
    QTest::addColumn<QString>("path");
    const QString base = sharedDir() + QStringLiteral("/testdata/miwg/Reference/");
    for (const QString &f : m_files)
        QTest::newRow(qPrintable(QString(f).remove(base))) << f;
}

QString TestMiwgRoundTrip::roundTrip(const QString &input, QByteArray *out)
{
    ReadResult r = BpmnReader::readFile(input);
    if (!r.ok() || hasErrors(r.diagnostics)) {
        QStringList l;
        for (const Diagnostic &d : r.diagnostics)
            l << d.toString();
        qWarning("%s not read: %s", qPrintable(input), qPrintable(l.join(QLatin1Char('\n'))));
        return {};
    }
    *out = BpmnWriter::write(*r.tree);
    const QString path = outputDir() + QLatin1Char('/') + QFileInfo(input).fileName();
    if (!writeFileBytes(path, *out))
        return {};
    return path;
}

void TestMiwgRoundTrip::lossless()
{
    QFETCH(QString, path);
    QByteArray out;
    const QString written = roundTrip(path, &out);
    QVERIFY(!written.isEmpty());
    const QStringList diffs = compareLossless(readFileBytes(path), out);
    QVERIFY2(diffs.isEmpty(), qPrintable(QStringLiteral("output %1 loses:\n").arg(written) +
                                         diffs.join(QLatin1Char('\n'))));
}

void TestMiwgRoundTrip::documentOrderKept()
{
    QFETCH(QString, path);
    QByteArray out;
    QVERIFY(!roundTrip(path, &out).isEmpty());
    const QStringList diffs = compareChildOrder(readFileBytes(path), out);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestMiwgRoundTrip::xsdValid()
{
    QFETCH(QString, path);
    if (m_xmllint.isEmpty())
        QSKIP("xmllint not found (Debian package libxml2-utils)");
    QByteArray out;
    const QString written = roundTrip(path, &out);
    QVERIFY(!written.isEmpty());
    const QString xsd = sharedDir() + QStringLiteral("/testdata/xsd/BPMN20.xsd");
    const ProcessResult input =
        run(m_xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                        QStringLiteral("--schema"), xsd, path});
    const ProcessResult output =
        run(m_xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                        QStringLiteral("--schema"), xsd, written});
    QVERIFY(output.started && output.finished);
    QVERIFY2(output.exitCode == 0 || input.exitCode != 0,
             qPrintable(QStringLiteral("the input validates, the output %1 does not:\n%2")
                            .arg(written, output.output.left(3000))));
    if (input.exitCode != 0)
        qWarning("the input itself does not validate: %s", qPrintable(input.output.left(500)));
}

BpmnioResult TestMiwgRoundTrip::bpmnio(const QString &file)
{
    BpmnioResult res;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), m_nodeModules);
    const ProcessResult r =
        run(m_node, {sharedDir() + QStringLiteral("/tools/bpmnio-check.mjs"), file}, env);
    res.text = r.output;
    if (!r.finished || r.exitCode == 2 || r.exitCode < 0)
        return res;
    static const QRegularExpression re(QStringLiteral(": \\S+, (\\d+) warning\\(s\\)"));
    const auto m = re.match(r.output);
    if (m.hasMatch())
        res.warnings = m.captured(1).toInt();
    return res;
}

void TestMiwgRoundTrip::bpmnioReadsIt()
{
    QFETCH(QString, path);
    if (m_node.isEmpty())
        QSKIP("node not found: install nodejs (packaging/install-deps.sh)");
    if (m_nodeModules.isEmpty())
        QSKIP(
            "bpmn-moddle not installed in <build>/npm/node_modules or build/npm/node_modules: run "
            "packaging/install-deps.sh --npm build/npm");
    QByteArray out;
    const QString written = roundTrip(path, &out);
    QVERIFY(!written.isEmpty());
    const BpmnioResult in = bpmnio(path);
    const BpmnioResult res = bpmnio(written);
    QVERIFY2(in.warnings >= 0,
             qPrintable(QStringLiteral("bpmn-moddle failed on the input: ") + in.text));
    QVERIFY2(res.warnings >= 0,
             qPrintable(QStringLiteral("bpmn-moddle cannot read the output: ") + res.text));
    QVERIFY2(res.warnings <= in.warnings,
             qPrintable(QStringLiteral("input: %1\noutput: %2").arg(in.text, res.text)));
}

QTEST_GUILESS_MAIN(TestMiwgRoundTrip)
#include "tst_miwgroundtrip.moc"

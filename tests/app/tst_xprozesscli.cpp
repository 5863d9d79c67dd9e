// The command line with XProzess 2.0: convert XProzess → BPMN (--process for one of several),
// BPMN → XProzess (with the diagram PDF; refused with the missing FIM-mandatory attributes
// unless --force; --message prozessbibliothek), and repo import of a folder of XProzess files
// (one model per process). The exported BPMN part is also read by bpmn-moddle when installed.

#include "clirunner.h"
#include "xmltools.h"

#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xprozess/anlagen.h"
#include "xprozess/xprozessreader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

/// The shared runner's result with text output, as these tests compare text.
Run amtswegRun(const QStringList &args)
{
    const CliResult r = runCli(args);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString data(const char *name)
{
    return testDataDir() + QStringLiteral("/xprozess/") + QLatin1String(name);
}

QString fimComplete()
{
    return testDataDir() + QStringLiteral("/fim/fim-complete.bpmn");
}

} // namespace

class TestXProzessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xprozessToBpmn();
    void choosesProcess();
    void bpmnToXProzess();
    void refusesMissingMandatory();
    void prozessbibliothekMessage();
    void brokenInput();
    void repoImportsFolder();
    void usageMentionsXProzess();

private:
    QTemporaryDir m_dir;
};

void TestXProzessCli::xprozessToBpmn()
{
    const QString out = m_dir.filePath(QStringLiteral("from-xprozess.bpmn"));
    const Run r = amtswegRun({QStringLiteral("convert"), data("alle-inhalte.xml"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ReadResult read = BpmnReader::readFile(out);
    QVERIFY(read.ok());
    const auto s = fim::modelSteckbrief(*read.tree);
    QVERIFY(s);
    QCOMPARE(s->prozessschluessel, QStringLiteral("99006028261000"));
    QCOMPARE(fim::aktivitaetengruppen(*read.tree).size(), std::size_t(8));
}

void TestXProzessCli::choosesProcess()
{
    const QString out = m_dir.filePath(QStringLiteral("chosen.bpmn"));
    Run r = amtswegRun({QStringLiteral("convert"), data("bibliothek.xml"), out});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QLatin1String("--process")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("99000000000001, 99000000000002")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    r = amtswegRun({QStringLiteral("convert"), data("bibliothek.xml"), out,
                    QStringLiteral("--process"), QStringLiteral("99000000000003")});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QLatin1String("no process '99000000000003'")), qPrintable(r.err));
    r = amtswegRun({QStringLiteral("convert"), data("bibliothek.xml"), out,
                    QStringLiteral("--process"), QStringLiteral("99000000000002")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ReadResult read = BpmnReader::readFile(out);
    QVERIFY(read.ok());
    QCOMPARE(xprozess::anlagen(*read.tree).size(), std::size_t(2));
    // An image of a process of a message goes through the plugin too.
    const QString png = m_dir.filePath(QStringLiteral("chosen.png"));
    r = amtswegRun({QStringLiteral("convert"), data("bibliothek.xml"), png,
                    QStringLiteral("--process"), QStringLiteral("99000000000002")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFileBytes(png).startsWith("\x89PNG"));
}

void TestXProzessCli::bpmnToXProzess()
{
    const QString out = m_dir.filePath(QStringLiteral("export.xprozess.xml"));
    const Run r = amtswegRun({QStringLiteral("convert"), fimComplete(), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(xprozess::XProzessReader::isXProzessFile(out));
    QVERIFY(readFileBytes(out).contains("<alleInhalte.export.0303"));
    xprozess::XProzessReadResult read = xprozess::XProzessReader::readFile(out);
    QVERIFY(read.ok());
    QCOMPARE(read.processes.size(), std::size_t(1));
    const std::vector<xprozess::Anlage> list = xprozess::anlagen(*read.processes.front().tree);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list.front().name, QStringLiteral("99006028261000.pdf"));
    QVERIFY2(list.front().data.startsWith("%PDF"), "the diagram is a PDF");
    QCOMPARE(fim::aktivitaetengruppen(*read.processes.front().tree).size(), std::size_t(8));

    // bpmn.io's parser reads the BPMN part (when bpmn-moddle is installed for the tests).
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = buildDir() + QStringLiteral("/../build-tests/npm/node_modules");
    const QString check = sharedDir() + QStringLiteral("/tools/bpmnio-check.mjs");
    if (node.isEmpty() || !QDir(modules + QStringLiteral("/bpmn-moddle")).exists()
        || !QFile::exists(check))
        QSKIP("node, bpmn-moddle or bpmnio-check.mjs not found; the XProzess part was checked");
    const QString bpmn = m_dir.filePath(QStringLiteral("export-part.bpmn"));
    const Run part = amtswegRun({QStringLiteral("convert"), out, bpmn});
    QVERIFY2(part.exitCode == 0, qPrintable(part.err));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    p.setProcessEnvironment(env);
    p.start(node, {check, bpmn});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
}

void TestXProzessCli::refusesMissingMandatory()
{
    const QString in = testDataDir() + QStringLiteral("/good/colours.bpmn"); // no FIM data
    const QString out = m_dir.filePath(QStringLiteral("refused.xprozess.xml"));
    Run r = amtswegRun({QStringLiteral("convert"), in, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no Prozesssteckbrief")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("not written")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    r = amtswegRun({QStringLiteral("convert"), in, out, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    QVERIFY(xprozess::XProzessReader::isXProzessFile(out));
    r = amtswegRun({QStringLiteral("convert"), in, m_dir.filePath(QStringLiteral("x.bpmn")),
                    QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 64); // --force is for XProzess output
}

void TestXProzessCli::prozessbibliothekMessage()
{
    const QString out = m_dir.filePath(QStringLiteral("bibliothek-out.xml"));
    Run r = amtswegRun({QStringLiteral("convert"), fimComplete(), out, QStringLiteral("--message"),
                        QStringLiteral("prozessbibliothek")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFileBytes(out).contains("<prozessbibliothek.export.0203"));
    r = amtswegRun({QStringLiteral("convert"), fimComplete(), out, QStringLiteral("--message"),
                    QStringLiteral("katalog")});
    QCOMPARE(r.exitCode, 64);
}

void TestXProzessCli::brokenInput()
{
    const Run r = amtswegRun({QStringLiteral("convert"), data("broken-base64.xml"),
                              m_dir.filePath(QStringLiteral("broken.bpmn"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(data("broken-base64.xml") + QStringLiteral(":10:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("not valid base64")), qPrintable(r.err));
}

void TestXProzessCli::repoImportsFolder()
{
    QTemporaryDir folder;
    const QString models = folder.filePath(QStringLiteral("modelle"));
    QVERIFY(QDir().mkpath(models + QStringLiteral("/fim")));
    QVERIFY(QFile::copy(data("alle-inhalte.xml"), models + QStringLiteral("/alle-inhalte.xml")));
    QVERIFY(QFile::copy(data("bibliothek.xml"), models + QStringLiteral("/fim/bibliothek.xml")));
    QVERIFY(QFile::copy(fimComplete(), models + QStringLiteral("/fim-complete.bpmn")));
    QVERIFY(writeFileBytes(models + QStringLiteral("/notizen.xml"), "<notizen/>")); // not a model
    const QString repo = folder.filePath(QStringLiteral("repo.sqlite"));
    Run r = amtswegRun({QStringLiteral("repo"), QStringLiteral("--repository"), repo,
                        QStringLiteral("import"), models});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(r.out.count(QLatin1String("imported ")), 4); // 1 + 2 processes + 1 BPMN file
    QVERIFY2(r.out.contains(QLatin1String("'Lenient lesen'")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("'Mit Anlagen'")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("'Anzeige Beschäftigung schwangerer Frauen bearbeiten'")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("notizen")));

    // A broken message is reported by name; the good ones still come in.
    QVERIFY(QFile::copy(data("broken-no-bpmn.xml"), models + QStringLiteral("/kaputt.xml")));
    const QString repo2 = folder.filePath(QStringLiteral("repo2.sqlite"));
    r = amtswegRun({QStringLiteral("repo"), QStringLiteral("--repository"), repo2,
                    QStringLiteral("import"), models});
    QVERIFY(r.exitCode != 0);
    QCOMPARE(r.out.count(QLatin1String("imported ")), 4);
    QVERIFY2(r.err.contains(QLatin1String("kaputt.xml")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no BPMN file")), qPrintable(r.err));
}

void TestXProzessCli::usageMentionsXProzess()
{
    const Run r = amtswegRun({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("OUT.xprozess.xml")));
    QVERIFY(r.out.contains(QLatin1String("--process ID")));
    QVERIFY(r.out.contains(QLatin1String("--force")));
}

QTEST_GUILESS_MAIN(TestXProzessCli)
#include "tst_xprozesscli.moc"

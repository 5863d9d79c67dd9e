// Autosave end to end with a really killed GUI: a child process runs the main window (the same
// MainWindow, Autosave and recovery area as the amtsweg GUI) on a temporary HOME, opens a
// file, makes an edit without saving it and is killed with SIGKILL once its autosave has
// written the recovery entry. The next start (the recovery area on the same folder, then a
// main window recovering from it) finds the edit; the file itself was never written.
//
// The child is this test executable started with --child: the GUI binary offers no way to make
// an edit from outside without UI automation, and a test-only option in it would be a hidden
// hook. The autosave interval is shortened with Autosave::setInterval() (the timer the GUI
// runs, 30 s by default) so that the test waits for the entry, not for half a minute.

#include "autosave.h"
#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "recoveryarea.h"
#include "testpaths.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace amtsweg;

namespace {

constexpr const char *kEditedName = "Nach dem Absturz gerettet";
constexpr const char *kTask = "Task_AntragAusfuellen";

QString sample()
{
    return test::wohngeldFixture();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

void useTestNames()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosavecrash"));
}

/// The child: the main window with `file` open and one unsaved edit, autosaving every 200 ms
/// into `folder`, running until it is killed.
int runChild(int argc, char **argv, const QString &folder, const QString &file)
{
    QApplication app(argc, argv);
    useTestNames();
    MainWindow window;
    window.autosave()->area() = RecoveryArea(folder);
    window.autosave()->setInterval(200);
    window.show();
    if (!window.openFile(file))
        return 3;
    BpmnDocument *doc = window.document();
    const NodeId task = doc->tree().byId(kTask);
    if (task == kNoNode)
        return 4;
    doc->setName(task, kEditedName);
    std::printf("edited\n");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestAutosaveCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestNames(); }

    void killedGuiLeavesItsUnsavedEditForTheNextStart()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString folder = home.filePath(QStringLiteral("recovery"));
        const QByteArray original = fileHash(sample());
        QVERIFY(!original.isEmpty());

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), folder, sample()});
        QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() ||
                                     child.state() == QProcess::NotRunning,
                                 60000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("edited"));

        // The autosave timer writes the entry; the running process's entry is no orphan.
        RecoveryArea area(folder);
        QTRY_VERIFY_WITH_TIMEOUT(!area.entries().empty(), 30000);
        const qint64 pid = child.processId();
        QCOMPARE(area.entries().front().processId, pid);
        QVERIFY(area.orphans().empty());

        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start finds what the killed process left: the edit, for its file.
        const std::vector<RecoveryEntry> orphans = area.orphans();
        QCOMPARE(orphans.size(), std::size_t(1));
        QCOMPARE(orphans.front().filePath, sample());
        QVERIFY(area.xml(orphans.front().key).contains(kEditedName));
        QCOMPARE(fileHash(sample()), original); // autosave never writes the document's file

        MainWindow window;
        window.autosave()->area() = RecoveryArea(folder);
        QCOMPARE(window.autosave()->recoverAll(), 1);
        BpmnDocument *doc = window.document();
        QVERIFY(doc);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->filePath(), sample());
        const NodeId task = doc->tree().byId(kTask);
        QVERIFY(task != kNoNode);
        QCOMPARE(QByteArray(doc->tree().attr(task, doc->tree().known().name).data(),
                            qsizetype(doc->tree().attr(task, doc->tree().known().name).size())),
                 QByteArray(kEditedName));
        QVERIFY(area.entries().empty()); // recovered entries leave the area
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]),
                        QString::fromLocal8Bit(argv[3]));
    QApplication app(argc, argv);
    TestAutosaveCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavecrash.moc"

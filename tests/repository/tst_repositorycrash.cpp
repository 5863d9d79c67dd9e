// Crash safety: a child process saving in a loop is killed with SIGKILL at random moments, 50
// times. Afterwards the repository passes integrity_check and our own checks, and every
// version the child reported as saved (it prints a line after each commit) is readable and
// holds what the child saved.
//
// The child is this test program started with --save-loop REPO (see main()).

#include "repository/repositorycheck.h"
#include "repotestsupport.h"

#include "bpmn/elements.h"

#include <QRandomGenerator>
#include <cstdio>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

/// The child: saves version after version of model 1, each with the round number in its
/// comment and in the definitions' name, printing "saved VERSION ROUND" after each commit.
int saveLoop(const QString &repo, int round)
{
    auto repository = ProcessRepository::open(repo);
    if (!repository.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(repository.message()));
        return 2;
    }
    ReadResult read = BpmnReader::readFile(sampleFile());
    if (!read.ok())
        return 2;
    ModelTree &tree = *read.tree;
    for (int i = 0;; ++i) {
        const std::string name = "run " + std::to_string(round) + "/" + std::to_string(i);
        tree.setAttribute(tree.root(), tree.known().name, tree.store(name));
        const auto saved =
            repository.value->saveVersion(1, kAnyVersion, tree, QString::fromStdString(name));
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message()));
            return 3;
        }
        std::printf("saved %d %s\n", saved.value.number, name.c_str());
        std::fflush(stdout);
    }
}

} // namespace

class TestRepositoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AMTSWEG_REQUIRE_BACKEND(); }

    // On PostgreSQL the killed client leaves an open transaction that the server rolls back.
    void sigkillWhileSaving()
    {
        QTemporaryDir dir;
        const QString repo = testRepository(dir.filePath(QStringLiteral("crash.amtsweg")));
        QVERIFY(!repo.isEmpty());
        {
            auto repository = openRepository(repo);
            QVERIFY(repository);
            NewModel m;
            m.name = QStringLiteral("Absturzprobe");
            QVERIFY(repository->createModel(m, *BpmnReader::readFile(sampleFile()).tree).ok());
        }
        std::map<int, QString> reported; // version → name
        QRandomGenerator random(4711);
        for (int round = 0; round < 50; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--save-loop"), repo, QString::number(round)});
            QVERIFY(child.waitForStarted(30000));
            // Kill only once the child is saving, at a random moment during later saves.
            QByteArray out;
            while (!out.contains('\n') && child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains('\n'), child.readAllStandardError().constData());
            QThread::usleep(random.bounded(2000, 60000));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();
            // Only complete lines were reported after a commit.
            for (const QByteArray &line : out.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() >= 3 && parts[0] == "saved")
                    reported[parts[1].toInt()] =
                        QString::fromUtf8(line.mid(line.indexOf(' ', 6) + 1));
            }
            // Every reported version survives recovery after this kill.
            auto repository = openRepository(repo);
            QVERIFY(repository);
            if (const RepositoryDatabase *file = repository->sqliteDatabase()) {
                SqliteStatement quick = file->prepare("PRAGMA quick_check");
                QVERIFY(quick.next());
                QCOMPARE(quick.text(0), QStringLiteral("ok"));
            }
            const auto last = reported.rbegin();
            QVERIFY(repository->model(1).value.latestVersion >= last->first);
        }
        QVERIFY(reported.size() >= 50);
        auto repository = openRepository(repo);
        QVERIFY(repository);
        const auto check = repository->check(false);
        QVERIFY2(check.ok(), qPrintable(check.message()));
        for (const RepositoryFinding &f : check.value.findings)
            qWarning("%s", qPrintable(f.message));
        QVERIFY(check.value.ok());
        const auto history = repository->history(1).value;
        for (const auto &[version, name] : reported) {
            const auto it = std::find_if(history.begin(), history.end(),
                                         [&](const VersionInfo &v) { return v.number == version; });
            QVERIFY2(it != history.end(), qPrintable(QString::number(version)));
            QCOMPARE(it->comment, name);
            const auto tree = repository->openVersion(1, version);
            QVERIFY2(tree.ok(), qPrintable(tree.message()));
            QCOMPARE(QString::fromUtf8(bpmn::name(*tree.value, tree.value->root())), name);
        }
        qInfo("%zu versions reported saved across 50 kills; %zu stored", reported.size(),
              history.size());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--save-loop") == 0)
        return saveLoop(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TestRepositoryCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_repositorycrash.moc"

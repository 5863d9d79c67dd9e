// Two processes saving the same model at the same time (`amtsweg repo save` in loops, each
// with the version it last knew as --expect-version): no corruption, every successful save is
// a readable version with its own number, every refused save is reported as a conflict (exit
// 4) and nothing is silently overwritten.

#include "repository/repositorycheck.h"
#include "repotestsupport.h"

#include <QRegularExpression>
#include <thread>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

struct WorkerLog
{
    QString file;
    std::map<int, QString> saved; // version → comment
    int conflicts = 0;
    QStringList unexpected;
};

void work(const QString &repo, const QString &tag, int rounds, WorkerLog &log)
{
    static const QRegularExpression savedLine(QStringLiteral("saved model 1 version (\\d+)"));
    int known = 1;
    for (int i = 0; i < rounds; ++i) {
        const QString comment = QStringLiteral("%1-%2").arg(tag).arg(i);
        const RepoRun r =
            runRepo(repo, {QStringLiteral("save"), QStringLiteral("1"), log.file,
                           QStringLiteral("--comment"), comment, QStringLiteral("--expect-version"),
                           QString::number(known)});
        if (r.exitCode == 0) {
            const auto m = savedLine.match(r.out);
            if (!m.hasMatch()) {
                log.unexpected << r.describe();
                continue;
            }
            known = m.captured(1).toInt();
            log.saved[known] = comment;
        } else if (r.exitCode == 4 && r.err.contains(QStringLiteral("saved meanwhile"))) {
            ++log.conflicts;
            // Reload: the newest version from the history.
            const RepoRun h = runRepo(repo, {QStringLiteral("history"), QStringLiteral("1")});
            known = h.out.section(QLatin1Char('\t'), 0, 0).toInt();
        } else {
            log.unexpected << r.describe();
        }
    }
}

} // namespace

class TestRepositoryConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AMTSWEG_REQUIRE_BACKEND(); }

    void twoProcessesSaveTheSameModel()
    {
        QTemporaryDir dir;
        const QString repo = testRepository(dir.filePath(QStringLiteral("shared.amtsweg")));
        QVERIFY(!repo.isEmpty());
        QCOMPARE(runRepo(repo, {QStringLiteral("import"), goodFile("minimal.bpmn")}).exitCode, 0);

        const int rounds = 12;
        WorkerLog a{goodFile("minimal.bpmn"), {}, 0, {}};
        WorkerLog b{goodFile("all-elements.bpmn"), {}, 0, {}};
        std::thread ta(work, repo, QStringLiteral("A"), rounds, std::ref(a));
        std::thread tb(work, repo, QStringLiteral("B"), rounds, std::ref(b));
        ta.join();
        tb.join();
        QVERIFY2(a.unexpected.isEmpty(), qPrintable(a.unexpected.join('\n')));
        QVERIFY2(b.unexpected.isEmpty(), qPrintable(b.unexpected.join('\n')));
        qInfo("saved %zu + %zu, conflicts %d + %d", a.saved.size(), b.saved.size(), a.conflicts,
              b.conflicts);
        QCOMPARE(int(a.saved.size()) + a.conflicts, rounds);
        QCOMPARE(int(b.saved.size()) + b.conflicts, rounds);

        auto repository = openRepository(repo);
        QVERIFY(repository);
        const auto check = repository->check();
        QVERIFY2(check.ok() && check.value.ok(), qPrintable(check.message()));
        // Every success is its own version; nothing else was stored.
        const auto history = repository->history(1).value;
        QCOMPARE(int(history.size()), 1 + int(a.saved.size() + b.saved.size()));
        for (const WorkerLog *log : {&a, &b}) {
            const QByteArray expected = writerBytes(log->file);
            for (const auto &[version, comment] : log->saved) {
                const auto it =
                    std::find_if(history.begin(), history.end(),
                                 [&](const VersionInfo &v) { return v.number == version; });
                QVERIFY(it != history.end());
                QCOMPARE(it->comment, comment);
                QCOMPARE(repository->versionXml(1, version).value, expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRepositoryConcurrency)
#include "tst_repositoryconcurrency.moc"

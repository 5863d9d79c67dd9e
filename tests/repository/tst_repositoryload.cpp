// The load test of issue 8 with small counts, as a correctness test (no timing): worker
// processes (this test program re-executed, tests/common/repositoryload.h) save at the same
// time on one model and each on its own model; no lost update, no error but conflicts, the
// repository's check clean. bench_repositoryload runs the same with 8 × 200 for the figures.
// tst_repositoryload runs it on a SQLite file, tst_repositoryload_pg on PostgreSQL.

#include "repositoryload.h"
#include "repotestsupport.h"

#include <limits>

using namespace amtsweg;
using namespace amtsweg::load;
using namespace amtsweg::test;

class TestRepositoryLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    LoadPlan plan(bool sameModel, int processes, int saves)
    {
        LoadPlan p;
        static int serial = 0;
        p.location =
            testRepository(m_dir.filePath(QStringLiteral("load-%1.amtsweg").arg(++serial)));
        p.sample = samplesDir() + QStringLiteral("/baugenehmigung.bpmn");
        p.processes = processes;
        p.saves = saves;
        p.sameModel = sameModel;
        return p;
    }

    static LoadResult run(const LoadPlan &p)
    {
        LoadResult r = runLoad(QCoreApplication::applicationFilePath(), p);
        qInfo("%d saves landed, %d conflicts, %d other errors", r.landed(), r.conflicts(),
              r.otherErrors());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AMTSWEG_REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void scenario_data()
    {
        QTest::addColumn<bool>("sameModel");
        QTest::addColumn<int>("saves");
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("minConflicts");
        QTest::addColumn<int>("maxConflicts");
        // All four read version 1 before they start together, and only one save can be based
        // on version 1: the other three must have been told of a conflict at least once.
        QTest::newRow("same model") << true << 20 << 1 << 3 << std::numeric_limits<int>::max();
        // Nobody else saves a worker's model.
        QTest::newRow("different models") << false << 10 << 4 << 0 << 0;
    }

    void scenario()
    {
        QFETCH(bool, sameModel);
        QFETCH(int, saves);
        const LoadPlan p = plan(sameModel, 4, saves);
        QVERIFY(!p.location.isEmpty());
        const LoadResult r = run(p);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QLatin1Char('\n'))));
        QCOMPARE(r.landed(), 4 * saves);
        QCOMPARE(r.otherErrors(), 0);
        QTEST(int(std::set<ModelId>(r.models.begin(), r.models.end()).size()), "models");
        QFETCH(int, minConflicts);
        QFETCH(int, maxConflicts);
        QVERIFY2(r.conflicts() >= minConflicts && r.conflicts() <= maxConflicts,
                 qPrintable(QString::number(r.conflicts())));
    }

    // The verification itself finds a lost update, a save stored under another number and a
    // worker's error: otherwise the two tests above would prove nothing.
    void verificationFindsLostUpdates()
    {
        const LoadPlan p = plan(true, 2, 5);
        QVERIFY(!p.location.isEmpty());
        LoadResult r = run(p);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QLatin1Char('\n'))));
        QVERIFY(verifyRun(p, r).isEmpty());

        LoadResult wrongNumber = r; // worker 0 believes its first save landed elsewhere
        std::swap(wrongNumber.workers[0].versions[0], wrongNumber.workers[0].versions[1]);
        QCOMPARE(verifyRun(p, wrongNumber).size(), 2);

        LoadResult extraSave = r; // a save the worker was told landed is not in the history
        extraSave.workers[1].versions.push_back(99);
        const QStringList lost = verifyRun(p, extraSave).filter(QStringLiteral("lost update"));
        QCOMPARE(lost.size(), 1);

        LoadResult workerError = r;
        workerError.workers[0].errors
            << QStringLiteral("save 0 attempt 1 (after 5001 ms): Busy: the repository is busy");
        QVERIFY(verifyRun(p, workerError).join(QLatin1Char('\n')).contains(QStringLiteral("busy")));

        LoadResult fewerSaves = r; // the plan says more saves than the model holds
        LoadPlan more = p;
        more.saves = 6;
        QVERIFY(verifyRun(more, fewerSaves)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("versions, expected 13")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (isWorkerCall(app.arguments()))
        return workerMain(app.arguments());
    TestRepositoryLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_repositoryload.moc"

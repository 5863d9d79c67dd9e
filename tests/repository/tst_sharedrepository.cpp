// What only a shared repository has: colleagues' saves announced (LISTEN/NOTIFY), who has a
// model open, read-only users, the password prompt, and a connection that comes back after the
// server dropped it. On a SQLite file the same calls answer "nothing shared" (checked too).

#include "repository/postgres/pgdatabase.h"
#include "repotestsupport.h"

#include <QRandomGenerator>
#include <QSocketNotifier>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

/// Runs SQL as the server's administrator (the role of AMTSWEG_TEST_POSTGRES) on `url`'s
/// database.
bool asAdmin(const QString &url, const QString &sql)
{
    QProcess psql;
    psql.start(psqlProgram(), {QStringLiteral("-q"), QStringLiteral("-v"),
                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                               QStringLiteral("-c"), sql});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        qWarning("psql failed: %s", psql.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// `url` with another user name.
QString asUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user);
    return u.toString();
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

class TestSharedRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ProcessRepository> m_repo;
    ModelId m_model = 0;

private Q_SLOTS:
    void initTestCase() { AMTSWEG_REQUIRE_BACKEND(); }

    void init()
    {
        m_location = testRepository(m_dir.filePath(
            QStringLiteral("%1.amtsweg").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(!m_location.isEmpty());
        m_repo = openRepository(m_location);
        QVERIFY(m_repo);
        NewModel m;
        m.name = QStringLiteral("Gemeinsam");
        const auto created = m_repo->createModel(m, *BpmnReader::readFile(sampleFile()).tree);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_model = created.value.id;
    }

    void cleanup() { m_repo.reset(); }

    void fileRepositoryIsNotShared()
    {
        if (testingPostgres())
            QSKIP("the SQLite file's answers; the server's are the tests below");
        QVERIFY(!m_repo->isShared());
        QVERIFY(m_repo->backend().canWrite());
        QCOMPARE(m_repo->backend().notificationSocket(), -1);
        QVERIFY(m_repo->backend().presence().value.empty());
        QVERIFY(m_repo->backend().setModelOpen(m_model, true).ok());
    }

    void colleaguesSaveIsAnnounced()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only: a SQLite file has no notifications");
        auto colleague = openRepository(m_location);
        QVERIFY(colleague);
        const int socket = m_repo->backend().notificationSocket();
        QVERIFY(socket >= 0);
        QVERIFY(m_repo->backend().takeChanges().empty());
        QSocketNotifier notifier(socket, QSocketNotifier::Read);
        bool woke = false;
        connect(&notifier, &QSocketNotifier::activated, this, [&] { woke = true; });
        const auto tree = BpmnReader::readFile(goodFile("minimal.bpmn")).tree;
        QVERIFY(colleague->saveVersion(m_model, 1, *tree, QStringLiteral("von nebenan")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(woke, 10000); // the socket wakes the event loop
        const std::vector<ModelId> changed = m_repo->backend().takeChanges();
        QVERIFY2(std::find(changed.begin(), changed.end(), m_model) != changed.end(),
                 qPrintable(QString::number(changed.size())));
        QCOMPARE(m_repo->model(m_model).value.latestVersion, 2);
        // Our own saves are not announced back to us.
        QVERIFY(m_repo->saveVersion(m_model, 2, *tree, QString()).ok());
        QTest::qWait(300);
        QVERIFY(m_repo->backend().takeChanges().empty());
        // The colleague's conflicting save is refused, as on a file.
        QCOMPARE(colleague->saveVersion(m_model, 2, *tree, QString()).status(),
                 RepositoryStatus::Conflict);
    }

    void whoHasAModelOpen()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only");
        auto colleague = openRepository(m_location);
        QVERIFY(colleague);
        QVERIFY(m_repo->backend().presence().value.empty());
        QVERIFY(colleague->backend().setModelOpen(m_model, true).ok());
        auto present = m_repo->backend().presence();
        QVERIFY2(present.ok(), qPrintable(present.message()));
        QCOMPARE(present.value.size(), std::size_t(1));
        QCOMPARE(present.value.front().modelId, m_model);
        QCOMPARE(present.value.front().user, ProcessRepository::currentUser());
        QVERIFY(present.value.front().since.isValid());
        // Not listed to oneself; gone when closed, and gone when the colleague's program ends
        // without saying so (its server session ended).
        QVERIFY(colleague->backend().presence().value.empty());
        QVERIFY(colleague->backend().setModelOpen(m_model, false).ok());
        QVERIFY(m_repo->backend().presence().value.empty());
        QVERIFY(colleague->backend().setModelOpen(m_model, true).ok());
        QCOMPARE(m_repo->backend().presence().value.size(), std::size_t(1));
        colleague.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_repo->backend().presence().value.empty(), 10000);
    }

    void readOnlyUserCannotSave()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only: a file's permissions decide");
        const QString role =
            QStringLiteral("reader_%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        const QString password = QStringLiteral("geheim-%1").arg(QRandomGenerator::global()->generate());
        QVERIFY(asAdmin(m_location, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'; GRANT "
                                                   "\"%3_readers\" TO %1")
                                        .arg(role, password, databaseOf(m_location))));
        // No pgpass entry and no PGPASSWORD for this role: the prompt is asked.
        QStringList asked;
        RepositoryOpenOptions options;
        options.askPassword = [&](const QString &who) {
            asked << who;
            return password;
        };
        auto reader = ProcessRepository::open(asUser(m_location, role), options);
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.front().startsWith(role + QLatin1Char('@')), qPrintable(asked.front()));
        QVERIFY(!reader.value->backend().canWrite());
        QVERIFY(reader.value->backend().readOnlyReason().contains(role));
        QCOMPARE(reader.value->models().value.size(), std::size_t(1));
        QVERIFY(!reader.value->search(QStringLiteral("Wohngeld")).value.empty());
        const auto tree = BpmnReader::readFile(goodFile("minimal.bpmn")).tree;
        const auto refused = reader.value->saveVersion(m_model, 1, *tree, QString());
        QCOMPARE(refused.status(), RepositoryStatus::Unwritable);
        QVERIFY2(refused.message().contains(QStringLiteral("not change it")),
                 qPrintable(refused.message()));
        QCOMPARE(m_repo->model(m_model).value.latestVersion, 1);
        // A reader may still say that they have a model open.
        QVERIFY(reader.value->backend().setModelOpen(m_model, true).ok());
        QCOMPARE(m_repo->backend().presence().value.size(), std::size_t(1));
        // The owner (who made the schema) may edit; an empty password answer cancels.
        QVERIFY(m_repo->backend().canWrite());
        options.askPassword = [](const QString &) { return QString(); };
        auto cancelled = ProcessRepository::open(asUser(m_location, role), options);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.message().contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.message()));
        options.askPassword = [](const QString &) { return QStringLiteral("falsch"); };
        auto wrong = ProcessRepository::open(asUser(m_location, role), options);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.message().contains(QStringLiteral("password authentication failed")),
                 qPrintable(wrong.message()));
    }

    void connectionComesBackAfterTheServerDroppedIt()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only");
        const auto *pg = dynamic_cast<const PgDatabase *>(&m_repo->backend());
        QVERIFY(pg);
        const int before = pg->connection().backendPid();
        QVERIFY(asAdmin(m_location,
                        QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before)));
        QTest::qWait(200);
        const auto models = m_repo->models();
        QVERIFY2(models.ok(), qPrintable(models.message()));
        QCOMPARE(models.value.size(), std::size_t(1));
        QVERIFY(pg->connection().backendPid() != before);
        const auto tree = BpmnReader::readFile(goodFile("minimal.bpmn")).tree;
        QVERIFY(m_repo->saveVersion(m_model, 1, *tree, QString()).ok());
        // Still listening after the reconnect.
        SqlStatement channels = m_repo->backend().statement("SELECT pg_listening_channels()");
        QVERIFY(channels.next());
        QCOMPARE(channels.text(0), QStringLiteral("amtsweg_changes"));
        auto colleague = openRepository(m_location);
        QVERIFY(colleague->saveVersion(m_model, 2, *tree, QString()).ok());
        // (QTRY_VERIFY evaluates its condition once more at the end: collect, then look.)
        std::vector<ModelId> changed;
        const auto collect = [&] {
            const std::vector<ModelId> more = m_repo->backend().takeChanges();
            changed.insert(changed.end(), more.begin(), more.end());
            return !changed.empty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(collect(), 10000);
        QCOMPARE(changed.front(), m_model);
    }
};

QTEST_GUILESS_MAIN(TestSharedRepository)
#include "tst_sharedrepository.moc"

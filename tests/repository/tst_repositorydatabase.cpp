// RepositoryDatabase: creating and opening, the connection's settings, schema versions (newer
// refused, older migrated after a backup), damaged files reported with the latest backup.

#include "repository/repositorybackup.h"
#include "repository/repositorycheck.h"
#include "repository/repositorydatabase.h"
#include "repository/repositoryschema.h"
#include "repotestsupport.h"
#include "repository/postgres/pgschema.h"

#include <thread>

#include <QCryptographicHash>
#include <QFile>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

/// Adds a model with one version through plain SQL (works at every schema version).
void insertRawModel(const RepositoryDatabase &db, const QByteArray &xml)
{
    SqliteStatement m = db.prepare(
        "INSERT INTO models(id, uuid, name, created_at, modified_at, author, latest_version) "
        "VALUES(1, 'u-1', 'Altbestand', 'now', 'now', 'test', 1)");
    QCOMPARE(m.exec(), 101 /* SQLITE_DONE */);
    SqliteStatement v = db.prepare("INSERT INTO versions(model_id, number, author, created_at, "
                                   "size, xml) VALUES(1, 1, 'test', 'now', ?, ?)");
    v.bind(1, qint64(xml.size())).bindBlob(2, xml);
    QCOMPARE(v.exec(), 101);
}

/// A repository file at schema `version` holding one model (insertRawModel) plus what `sql`
/// adds, reopened with this build (migrated, no daily backup).
std::unique_ptr<ProcessRepository> migratedRepository(const QString &path, int version,
                                                      const QByteArray &xml,
                                                      const char *sql = nullptr)
{
    {
        RepositoryOpenOptions old;
        old.schemaVersion = version;
        auto db = RepositoryDatabase::open(path, old);
        if (!db.ok() || db.value->schemaVersion() != version)
            return nullptr;
        insertRawModel(*db.value, xml);
        if (sql && db.value->exec(sql) != 0)
            return nullptr;
    }
    RepositoryOpenOptions noDaily;
    noDaily.dailyBackup = false;
    return openRepository(path, noDaily);
}

} // namespace

RepositoryOpenOptions options(bool create, bool dailyBackup, int schemaVersion = 0)
{
    RepositoryOpenOptions o;
    o.create = create;
    o.dailyBackup = dailyBackup;
    o.schemaVersion = schemaVersion;
    return o;
}

class TestRepositoryDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AMTSWEG_REQUIRE_BACKEND(); }

    /// PostgreSQL: the schema is made once even when two users open an empty database at the
    /// same time; without `create` an empty database is no repository; the tables mirror the
    /// SQLite file's newest schema.
    void serverSchemaCreatedOnce()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only (the SQLite file's counterparts are the tests below)");
        QCOMPARE(pgschema::currentVersion(), repositoryschema::currentVersion());
        const QString empty = testRepository(QStringLiteral("empty"));
        auto refused = ProcessRepository::open(empty, options(false, true));
        QCOMPARE(refused.status(), RepositoryStatus::NotFound);
        const QString url = testRepository(QStringLiteral("race"));
        RepositoryResult<std::unique_ptr<ProcessRepository>> a, b;
        std::thread first([&] { a = ProcessRepository::open(url); });
        std::thread second([&] { b = ProcessRepository::open(url); });
        first.join();
        second.join();
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QVERIFY2(b.ok(), qPrintable(b.message()));
        NewModel m;
        m.name = QStringLiteral("Erster");
        QVERIFY(a.value->createModel(m, *BpmnReader::readFile(sampleFile()).tree).ok());
        QCOMPARE(b.value->models().value.size(), std::size_t(1));
        const auto report = b.value->check();
        QVERIFY2(report.ok() && report.value.ok(), qPrintable(report.message()));
        QVERIFY(!a.value->sqliteDatabase());
        QVERIFY(a.value->isShared());
    }

    void createsFileFolderAndSchema()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/er/repo.amtsweg"));
        auto db = RepositoryDatabase::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.value->schemaVersion(), repositoryschema::currentVersion());
        QCOMPARE(db.value->queryInteger("PRAGMA user_version"), repositoryschema::currentVersion());
        QCOMPARE(db.value->queryInteger("PRAGMA application_id"), repositoryschema::kApplicationId);
        QCOMPARE(db.value->queryInteger("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.value->queryInteger("PRAGMA synchronous"), 2); // FULL
        // Waits for other writers through its own busy handler (every millisecond, 5 s).
        QCOMPARE(db.value->busyTimeoutMs(), 5000);
        SqliteStatement mode = db.value->prepare("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        // A new file needs no backup.
        QVERIFY(RepositoryBackup::latest(path).isEmpty());
    }

    void missingFileWithoutCreate()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        RepositoryOpenOptions o;
        o.create = false;
        auto db = RepositoryDatabase::open(dir.filePath(QStringLiteral("none.amtsweg")), o);
        QCOMPARE(db.status(), RepositoryStatus::NotFound);
        QVERIFY(db.message().contains(QStringLiteral("none.amtsweg")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.amtsweg"))));
    }

    void reopenKeepsDataAndTakesDailyBackup()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("repo.amtsweg"));
        {
            auto repo = openRepository(path);
            QVERIFY(repo);
            NewModel m;
            m.name = QStringLiteral("Gewerbe anmelden");
            const ReadResult read = BpmnReader::readFile(sampleFile());
            QVERIFY(repo->createModel(m, *read.tree).ok());
        }
        auto again = openRepository(path);
        QVERIFY(again);
        QCOMPARE(again->models().value.size(), std::size_t(1));
        const QString backup = RepositoryBackup::latest(path);
        QVERIFY2(backup.endsWith(QStringLiteral("-daily.amtsweg")), qPrintable(backup));
        QVERIFY(!RepositoryBackup::dailyDue(path));
        // The backup is a complete repository.
        auto copy = openRepository(backup, options(false, false));
        QVERIFY(copy);
        QCOMPARE(copy->models().value.front().name, QStringLiteral("Gewerbe anmelden"));
        // Within 24 h no second daily backup.
        again.reset();
        QVERIFY(openRepository(path));
        QCOMPARE(QDir(RepositoryBackup::directory(path))
                     .entryList({QStringLiteral("*.amtsweg")}, QDir::Files)
                     .size(),
                 1);
    }

    void refusesNewerSchema()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.amtsweg"));
        {
            auto db = RepositoryDatabase::open(path);
            QVERIFY(db.ok());
            QCOMPARE(db.value->exec("PRAGMA user_version=99"), 0);
        }
        const QByteArray before = fileHash(path);
        auto db = RepositoryDatabase::open(path);
        QCOMPARE(db.status(), RepositoryStatus::NewerSchema);
        QVERIFY2(db.message().contains(path), qPrintable(db.message()));
        QVERIFY(db.message().contains(QStringLiteral("version 99")));
        QVERIFY(db.message().contains(
            QStringLiteral("up to version %1").arg(repositoryschema::currentVersion())));
        QCOMPARE(fileHash(path), before);
    }

    void migrationTakesBackupFirst()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.amtsweg"));
        const QByteArray xml = writerBytes(sampleFile());
        auto repo = migratedRepository(path, 1, xml);
        QVERIFY(repo);
        QCOMPARE(repo->sqliteDatabase()->schemaVersion(), repositoryschema::currentVersion());
        const QString backup = RepositoryBackup::latest(path);
        QVERIFY2(backup.endsWith(
                     QStringLiteral("-before-v%1.amtsweg").arg(repositoryschema::currentVersion())),
                 qPrintable(backup));
        {
            // The backup still has the old schema and the data.
            RepositoryOpenOptions keepOld{false, false, 5000, 1};
            auto old = RepositoryDatabase::open(backup, keepOld);
            QVERIFY2(old.ok(), qPrintable(old.message()));
            QCOMPARE(old.value->schemaVersion(), 1);
            QCOMPARE(old.value->queryInteger("SELECT count(*) FROM versions"), 1);
        }
        // The migration filled the new search index from the stored version.
        const auto hits = repo->search(QStringLiteral("Wohngeldbehörde"));
        QVERIFY2(hits.ok(), qPrintable(hits.message()));
        QCOMPARE(hits.value.size(), std::size_t(1));
        QCOMPARE(hits.value.front().modelName, QStringLiteral("Altbestand"));
        QCOMPARE(repo->versionXml(1).value, xml);
    }

    void migrationFromVersion4ReplacesTheSearchIndex()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        // Version 5 replaced the one-row-per-model index (with every element's text in an
        // unindexed column) by model rows plus element rows (stored in chunks since version 6).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.amtsweg"));
        auto repo = migratedRepository(
            path, 4, writerBytes(sampleFile()),
            "INSERT INTO model_search(rowid, name, description, elements, documentation, fim, "
            "element_index) VALUES(1, 'Altbestand', '', 'qqveraltet', '', '', "
            "'Task_Alt\tqqveraltet\t\t')");
        QVERIFY(repo);
        QCOMPARE(repo->sqliteDatabase()->schemaVersion(), repositoryschema::currentVersion());
        QVERIFY(RepositoryBackup::latest(path).endsWith(
            QStringLiteral("-before-v%1.amtsweg").arg(repositoryschema::currentVersion())));
        QCOMPARE(repo->sqliteDatabase()->queryInteger("SELECT count(*) FROM pragma_table_info("
                                               "'model_search') WHERE name = 'element_index'"),
                 0);
        QCOMPARE(repo->sqliteDatabase()->queryInteger("SELECT count(*) FROM disabled_rules"), 0);
        QCOMPARE(repo->search(QStringLiteral("qqveraltet")).value.size(), std::size_t(0));
        const auto hits = repo->search(QStringLiteral("Nachweise hochladen"));
        QVERIFY2(hits.ok(), qPrintable(hits.message()));
        QCOMPARE(hits.value.size(), std::size_t(1));
        QVERIFY2(hits.value.front().elementIds.contains(QStringLiteral("Task_NachweiseHochladen")),
                 qPrintable(hits.value.front().elementIds.join(QLatin1Char(' '))));
        QCOMPARE(repo->search(QStringLiteral("Altbestand")).value.size(), std::size_t(1));
        const auto report = repo->check();
        QVERIFY2(report.ok() && report.value.ok(), qPrintable(report.message()));
    }

    void corruptFileNamesLatestBackup()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.amtsweg"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        auto db = RepositoryDatabase::open(path);
        QCOMPARE(db.status(), RepositoryStatus::Corrupt);
        QVERIFY2(db.message().contains(path), qPrintable(db.message()));
        QVERIFY(db.message().contains(QStringLiteral("No automatic backup")));

        // With a backup (taken on a later open), the message names it.
        QVERIFY(QFile::remove(path));
        QVERIFY(openRepository(path));
        QVERIFY(openRepository(path)); // existing file: the daily backup
        const QString backup = RepositoryBackup::latest(path);
        QVERIFY(!backup.isEmpty());
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("SQLite format 3");
        garbage.write(QByteArray(4096, '\xff'));
        garbage.close();
        auto damaged = RepositoryDatabase::open(path);
        QCOMPARE(damaged.status(), RepositoryStatus::Corrupt);
        QVERIFY2(damaged.message().contains(backup), qPrintable(damaged.message()));
    }

    void refusesOtherSqliteDatabases()
    {
        AMTSWEG_SQLITE_ONLY("the repository file itself");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            auto db = RepositoryDatabase::open(path, options(true, false, 1));
            QVERIFY(db.ok());
            QCOMPARE(db.value->exec("PRAGMA application_id=42"), 0);
        }
        auto db = RepositoryDatabase::open(path);
        QCOMPARE(db.status(), RepositoryStatus::Corrupt);
        QVERIFY2(db.message().contains(QStringLiteral("another program")),
                 qPrintable(db.message()));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryDatabase)
#include "tst_repositorydatabase.moc"

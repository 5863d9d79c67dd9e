#include "repositorydatabase.h"

#include "repositorybackup.h"
#include "repositoryschema.h"
#include "repositorysearch.h"
#include "repositorytransaction.h"
#include "sqlitecursor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace amtsweg {
namespace {

RepositoryStatus statusOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return RepositoryStatus::Ok;
    case SQLITE_FULL:
        return RepositoryStatus::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return RepositoryStatus::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return RepositoryStatus::Corrupt;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
        return RepositoryStatus::Unwritable;
    default:
        return RepositoryStatus::Failed;
    }
}

} // namespace

int RepositoryDatabase::waitWhileBusy(void *self, int attempt)
{
    // SQLite's own busy timeout sleeps up to 100 ms between tries and queues nobody: under
    // steady load from other processes one writer can miss every free moment for the whole
    // timeout. Trying every millisecond takes the lock as soon as it is free.
    auto *db = static_cast<RepositoryDatabase *>(self);
    if (attempt == 0)
        db->m_busySince.start();
    if (db->m_busySince.elapsed() >= db->m_busyTimeoutMs)
        return 0;
    QThread::usleep(1000);
    return 1;
}

RepositoryDatabase::RepositoryDatabase(sqlite3 *db, QString path, int busyTimeoutMs)
    : m_db(db), m_path(std::move(path)), m_busyTimeoutMs(busyTimeoutMs)
{
}

RepositoryDatabase::~RepositoryDatabase()
{
    sqlite3_close_v2(m_db);
}

QString RepositoryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/repository.amtsweg");
}

int RepositoryDatabase::exec(const char *sql) const
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

qint64 RepositoryDatabase::queryInteger(const char *sql, qint64 fallback) const
{
    SqliteStatement s = prepare(sql);
    return s.ok() && s.next() ? s.integer(0) : fallback;
}

QString RepositoryDatabase::corruptMessage(const QString &path, const QString &detail)
{
    const QString backup = RepositoryBackup::latest(path);
    const QString head = repoTr("The repository '%1' is damaged or not an Amtsweg repository (%2).")
                             .arg(path, detail);
    if (backup.isEmpty())
        return head + QLatin1Char(' ') +
               repoTr("No automatic backup was found in '%1'.")
                   .arg(RepositoryBackup::directory(path));
    return head + QLatin1Char(' ') +
           repoTr("The latest automatic backup is '%1' (%2); open it with --repository or copy it "
                  "over the damaged file.")
               .arg(backup, QFileInfo(backup).lastModified().toString(Qt::ISODate));
}

RepositoryError RepositoryDatabase::error(int rc, const QString &doing) const
{
    const RepositoryStatus status = statusOf(rc);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (status) {
    case RepositoryStatus::Ok:
        return {};
    case RepositoryStatus::DiskFull:
        return {status, repoTr("The disk is full (or the repository reached its size limit) while "
                               "%1 in '%2'. Nothing was written; the repository is unchanged. Free "
                               "some space and try again.")
                            .arg(doing, m_path)};
    case RepositoryStatus::Busy:
        return {status,
                repoTr("The repository '%1' is busy: another Amtsweg process kept it locked "
                       "for more than %2 s while %3. Try again.")
                    .arg(m_path)
                    .arg(m_busyTimeoutMs / 1000.0)
                    .arg(doing)};
    case RepositoryStatus::Corrupt:
        return {status, corruptMessage(m_path, detail)};
    default:
        return {status,
                repoTr("Error while %1 in the repository '%2': %3.").arg(doing, m_path, detail)};
    }
}

RepositoryResult<std::unique_ptr<RepositoryDatabase>>
RepositoryDatabase::open(const QString &path, const RepositoryOpenOptions &options)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && !options.create)
        return RepositoryError{RepositoryStatus::NotFound,
                               repoTr("The repository '%1' does not exist.").arg(path)};
    if (existed && !info.isFile())
        return RepositoryError{RepositoryStatus::Corrupt,
                               repoTr("The repository '%1' is not a file.").arg(path)};
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return RepositoryError{
            RepositoryStatus::Unwritable,
            repoTr("Cannot create the folder '%1' for the repository.").arg(info.absolutePath())};

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<RepositoryDatabase> db(
        new RepositoryDatabase(raw, path, options.busyTimeoutMs));
    if (rc != SQLITE_OK)
        return RepositoryError{existed ? RepositoryStatus::Unreadable
                                       : RepositoryStatus::Unwritable,
                               repoTr("Cannot open the repository '%1': %2.")
                                   .arg(path, QString::fromUtf8(sqlite3_errstr(rc)))};
    sqlite3_busy_handler(raw, &RepositoryDatabase::waitWhileBusy, db.get());
    sqlite3_extended_result_codes(raw, 1);

    if (RepositoryError e = db->configure(); e.status != RepositoryStatus::Ok)
        return e;
    const int target =
        options.schemaVersion > 0 ? options.schemaVersion : repositoryschema::currentVersion();
    if (RepositoryError e = db->migrate(target, existed); e.status != RepositoryStatus::Ok)
        return e;
    if (existed && options.dailyBackup && RepositoryBackup::dailyDue(path)) {
        // A failed daily backup must not keep the user from working; the next open retries.
        if (RepositoryBackup::create(raw, path, QStringLiteral("daily")).ok())
            RepositoryBackup::pruneDaily(path);
    }
    return db;
}

RepositoryError RepositoryDatabase::configure()
{
    // Reading the header and schema is the first real access: a file that is no database or
    // is damaged shows here.
    SqliteStatement probe = prepare("SELECT count(*) FROM sqlite_master");
    if (!probe.ok() || !probe.next()) {
        const int rc = probe.resultCode();
        if (statusOf(rc) == RepositoryStatus::Busy)
            return error(rc, repoTr("opening"));
        return {RepositoryStatus::Corrupt,
                corruptMessage(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }
    const qint64 objects = probe.integer(0);
    probe.reset(); // ends the read transaction (journal_mode below needs none)
    const qint64 appId = queryInteger("PRAGMA application_id", 0);
    m_schemaVersion = int(queryInteger("PRAGMA user_version", 0));
    if (objects > 0 && appId != repositoryschema::kApplicationId)
        return {RepositoryStatus::Corrupt,
                corruptMessage(m_path, repoTr("an SQLite database of another program"))};
    if (m_schemaVersion > repositoryschema::currentVersion())
        return {RepositoryStatus::NewerSchema,
                repoTr("The repository '%1' has schema version %2, but this Amtsweg supports up to "
                       "version %3. It was written by a newer Amtsweg; open it with that version. "
                       "The file was not changed.")
                    .arg(m_path)
                    .arg(m_schemaVersion)
                    .arg(repositoryschema::currentVersion())};

    SqliteStatement wal = prepare("PRAGMA journal_mode=WAL");
    if (!wal.ok() || !wal.next() || wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive))
        return error(wal.resultCode() == SQLITE_ROW ? SQLITE_CANTOPEN : wal.resultCode(),
                     repoTr("switching to WAL mode"));
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    return {};
}

RepositoryError RepositoryDatabase::migrate(int target, bool existed)
{
    if (m_schemaVersion >= target)
        return {};
    if (existed && m_schemaVersion > 0) {
        const auto backup =
            RepositoryBackup::create(m_db, m_path, QStringLiteral("before-v%1").arg(target));
        if (!backup.ok())
            return {backup.status(),
                    repoTr("The repository '%1' needs an upgrade, but the backup taken first "
                           "failed, so it was not changed: %2")
                        .arg(m_path, backup.message())};
    }
    RepositoryTransaction transaction(*this, repoTr("upgrading the schema"));
    if (!transaction.begun())
        return transaction.beginError();
    // Another process may have migrated while we waited for the lock.
    int version = int(queryInteger("PRAGMA user_version", 0));
    for (const Migration &m : repositoryschema::migrations()) {
        if (m.toVersion <= version || m.toVersion > target)
            continue;
        for (const char *sql : m.statements)
            if (const int rc = exec(sql); rc != SQLITE_OK)
                return error(rc, repoTr("upgrading the schema to version %1").arg(m.toVersion));
        if (m.after && !m.after(*this))
            return error(sqlite3_errcode(m_db),
                         repoTr("upgrading the schema to version %1").arg(m.toVersion));
        version = m.toVersion;
    }
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                                   .arg(repositoryschema::kApplicationId)
                                   .arg(version)
                                   .toUtf8();
    if (const int rc = exec(pragmas.constData()); rc != SQLITE_OK)
        return error(rc, repoTr("upgrading the schema"));
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
    m_schemaVersion = version;
    return {};
}

SqlStatement RepositoryDatabase::statement(const char *sql) const
{
    return SqlStatement(std::make_unique<SqliteCursor>(*this, sql));
}

RepositoryError RepositoryDatabase::begin(const QString &doing) const
{
    return error(exec("BEGIN IMMEDIATE"), doing);
}

RepositoryError RepositoryDatabase::commit(const QString &doing) const
{
    return error(exec("COMMIT"), doing);
}

void RepositoryDatabase::rollback() const
{
    // A failed statement (SQLITE_FULL …) may already have rolled the transaction back.
    if (!sqlite3_get_autocommit(m_db))
        exec("ROLLBACK");
}

QByteArray RepositoryDatabase::linesAggregate(const char *column) const
{
    return QByteArray("group_concat(") + column + ", char(10))";
}

RepositoryOutcome RepositoryDatabase::indexElements(ModelId model,
                                                    const SearchDocument &document) const
{
    return RepositorySearch::index(*this, model, document);
}

RepositoryOutcome RepositoryDatabase::indexMetadata(ModelId model) const
{
    return RepositorySearch::reindexMetadata(*this, model);
}

RepositoryOutcome RepositoryDatabase::rebuildIndex() const
{
    return RepositorySearch::rebuildIndex(*this);
}

RepositoryResult<std::vector<SearchHit>> RepositoryDatabase::search(const QString &text,
                                                                    int limit) const
{
    return RepositorySearch::search(*this, text, limit);
}

const char *RepositoryDatabase::searchIndexCheckSql() const
{
    return "SELECT id, latest_version, name FROM models WHERE id NOT IN (SELECT rowid FROM "
           "model_search) OR id NOT IN (SELECT model_id FROM search_elements) UNION ALL SELECT "
           "rowid, 0, 'no such model' FROM model_search WHERE rowid NOT IN (SELECT id FROM models)";
}

RepositoryResult<std::vector<RepositoryFinding>> RepositoryDatabase::storageFindings() const
{
    std::vector<RepositoryFinding> findings;
    SqliteStatement integrity = prepare("PRAGMA integrity_check");
    while (integrity.next())
        if (const QString row = integrity.text(0); row != QLatin1String("ok"))
            findings.push_back({QStringLiteral("integrity"), row, 0, 0});
    if (integrity.resultCode() != SQLITE_DONE)
        return RepositoryError{RepositoryStatus::Corrupt,
                               corruptMessage(m_path, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    if (!findings.empty())
        return findings;
    SqliteStatement keys = prepare("SELECT \"table\" || ' row ' || rowid || ' refers to a "
                                   "missing ' || parent FROM pragma_foreign_key_check");
    while (keys.next())
        findings.push_back({QStringLiteral("foreign-key"),
                            repoTr("Broken reference: %1.").arg(keys.text(0)), 0, 0});
    if (keys.resultCode() != SQLITE_DONE)
        return error(keys.resultCode(), repoTr("checking the repository"));
    return findings;
}

} // namespace amtsweg

#pragma once
// RepositoryDatabase: one open connection to a repository file. open() creates the file when
// missing, sets the connection up (WAL, synchronous=FULL, foreign keys, busy timeout),
// refuses files of a newer schema or that are no Amtsweg repository, migrates older ones
// (after a backup) and takes the daily backup.
//
// synchronous=FULL rather than NORMAL: in WAL mode NORMAL already survives a killed process,
// but a commit made just before a power cut or OS crash may roll back. A version reported as
// saved must stay saved, and the price (one fsync of the WAL per save) is small next to the
// user's save rhythm.

#include "repositorybackend.h"
#include "repositoryresult.h"
#include "sqlitestatement.h"

#include <functional>

#include <QElapsedTimer>
#include <QString>
#include <memory>

struct sqlite3;

namespace amtsweg {

struct RepositoryOpenOptions
{
    bool create = true;       ///< create the file (and its folder) when missing
    bool dailyBackup = true;  ///< take a backup when the newest is older than 24 h
    int busyTimeoutMs = 5000; ///< how long to wait for another process's write lock
    int schemaVersion = 0;    ///< migrate up to this version (0: current; for tests)
    /// PostgreSQL only: asked for the password when the server wants one and neither
    /// PGPASSWORD nor the pgpass file has it (argument: what to show, e.g. "user@host/db");
    /// an empty answer cancels. Without it the opening fails with the server's message.
    std::function<QString(const QString &)> askPassword;
};

class RepositoryDatabase final : public RepositoryBackend
{
public:
    /// Opens (or creates) the repository at `path`. Errors: Corrupt (with the latest backup
    /// named), NewerSchema, NotFound (create == false), Unwritable, Busy.
    static RepositoryResult<std::unique_ptr<RepositoryDatabase>>
    open(const QString &path, const RepositoryOpenOptions &options = {});
    ~RepositoryDatabase() override;
    RepositoryDatabase(const RepositoryDatabase &) = delete;
    RepositoryDatabase &operator=(const RepositoryDatabase &) = delete;

    /// The default repository: <AppDataLocation>/repository.amtsweg.
    static QString defaultPath();

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    /// The schema version of the file (PRAGMA user_version) after opening.
    int schemaVersion() const { return m_schemaVersion; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    SqliteStatement prepare(const char *sql) const { return SqliteStatement(m_db, sql); }
    /// Runs SQL without results; returns the SQLite code.
    int exec(const char *sql) const;
    /// A single integer from a query (e.g. a PRAGMA), or `fallback` on error.
    qint64 queryInteger(const char *sql, qint64 fallback = -1) const;

    // ---- RepositoryBackend
    QString location() const override { return m_path; }
    SqlStatement statement(const char *sql) const override;
    RepositoryError begin(const QString &doing) const override;
    RepositoryError commit(const QString &doing) const override;
    void rollback() const override;
    QByteArray linesAggregate(const char *column) const override;
    RepositoryOutcome indexElements(ModelId model, const SearchDocument &document) const override;
    RepositoryOutcome indexMetadata(ModelId model) const override;
    RepositoryOutcome rebuildIndex() const override;
    RepositoryResult<std::vector<SearchHit>> search(const QString &text, int limit) const override;
    const char *searchIndexCheckSql() const override;
    RepositoryResult<std::vector<RepositoryFinding>> storageFindings() const override;

    /// Maps an SQLite code to a status and a message; `doing` says what failed ("saving
    /// model 'X'"). SQLITE_FULL → DiskFull, BUSY → Busy, CORRUPT/NOTADB → Corrupt …
    RepositoryError error(int rc, const QString &doing) const;
    /// The message for a damaged file: names the file and the latest automatic backup.
    static QString corruptMessage(const QString &path, const QString &detail);

private:
    RepositoryDatabase(sqlite3 *db, QString path, int busyTimeoutMs);
    /// SQLite's busy handler: retries every millisecond until busyTimeoutMs has passed.
    static int waitWhileBusy(void *self, int attempt);
    RepositoryError configure();
    RepositoryError migrate(int target, bool existed);

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 5000;
    QElapsedTimer m_busySince;
};

} // namespace amtsweg

#pragma once
// RepositoryBackend: where a process repository lives - a SQLite file (RepositoryDatabase, the
// embedded default) or a PostgreSQL database shared by a team (PgDatabase). ProcessRepository
// holds its backend-neutral logic (versions, optimistic check, derivation) once and reaches the
// data through this interface: statements in the SQL both understand, write transactions, the
// full-text index (FTS5 or PostgreSQL's text search), the consistency check, and what only a
// shared server has (access rights, who has a model open, notifications of colleagues' saves).

#include "repositorycheck.h"
#include "repositoryresult.h"
#include "repositorytypes.h"
#include "sqlstatement.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace amtsweg {

struct SearchDocument;

/// Someone who has a model of a shared repository open.
struct ModelPresence
{
    ModelId modelId = 0;
    QString user;
    QString host;
    QDateTime since;
};

class RepositoryBackend
{
public:
    virtual ~RepositoryBackend() = default;

    /// The file path, or the server's URL without any password.
    virtual QString location() const = 0;
    /// A statement (see SqlStatement for the parameter syntax).
    virtual SqlStatement statement(const char *sql) const = 0;

    // ---- write transactions (RepositoryTransaction): writers of the same data take turns, so
    // what a transaction reads stays true until it commits.
    virtual RepositoryError begin(const QString &doing) const = 0;
    /// A transaction that only reads and sees one consistent state of the whole repository
    /// (repo copy's source). SQLite: the write lock, so that nobody saves meanwhile;
    /// PostgreSQL: a read-only REPEATABLE READ snapshot, so that others save on.
    virtual RepositoryError beginSnapshot(const QString &doing) const { return begin(doing); }
    virtual RepositoryError commit(const QString &doing) const = 0;
    virtual void rollback() const = 0;
    /// Inside a write transaction: waits until no one else saves `model`, so what the caller
    /// reads of it next is the newest state (SQLite: BEGIN IMMEDIATE has locked everything).
    virtual RepositoryError lockModel(ModelId, const QString &) const { return {}; }
    /// Tells the other users, when the transaction commits, that `model` changed (0: the
    /// folders or repository-wide settings).
    virtual void announce(ModelId) const {}

    /// After rows were inserted with explicit ids (RepositoryCopy, inside its transaction):
    /// makes the ids of new rows continue above them (PostgreSQL's identity sequences of
    /// folders, models and versions; SQLite takes the highest id + 1 by itself).
    virtual RepositoryOutcome continueIdsAfterCopy() const { return Done{}; }

    /// SQL that joins the values of `column` in a group into one text, one value a line.
    virtual QByteArray linesAggregate(const char *column) const = 0;

    // ---- full-text index (inside the caller's transaction, but rebuildIndex())
    virtual RepositoryOutcome indexElements(ModelId model, const SearchDocument &document) const = 0;
    virtual RepositoryOutcome indexMetadata(ModelId model) const = 0;
    virtual RepositoryOutcome rebuildIndex() const = 0;
    virtual RepositoryResult<std::vector<SearchHit>> search(const QString &text,
                                                            int limit) const = 0;
    /// SQL whose rows (model id, version, detail) are models the index does not match.
    virtual const char *searchIndexCheckSql() const = 0;
    /// The storage's own check (SQLite's integrity and foreign-key checks); Corrupt when the
    /// storage is too damaged to check further.
    virtual RepositoryResult<std::vector<RepositoryFinding>> storageFindings() const = 0;

    // ---- shared repositories
    /// False for a user who may read but not save; readOnlyReason() says why.
    virtual bool canWrite() const { return true; }
    virtual QString readOnlyReason() const { return {}; }
    /// Records that this user has (`open`) or no longer has a model open.
    virtual RepositoryOutcome setModelOpen(ModelId, bool) const { return Done{}; }
    /// Everyone else who has a model open now.
    virtual RepositoryResult<std::vector<ModelPresence>> presence() const
    {
        return std::vector<ModelPresence>{};
    }
    /// A socket that becomes readable when a colleague changed the repository (-1: none);
    /// takeChanges() then returns the changed models (0: something else changed).
    virtual int notificationSocket() const { return -1; }
    virtual std::vector<ModelId> takeChanges() const { return {}; }
};

} // namespace amtsweg

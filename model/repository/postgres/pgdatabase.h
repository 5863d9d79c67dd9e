#pragma once
// PgDatabase: a process repository in a PostgreSQL database that a team shares. open() connects
// (password from PGPASSWORD, the pgpass file or the caller's prompt), creates the schema in an
// empty database (pgschema.h), refuses a newer schema or another program's tables, and listens
// for colleagues' changes. Saves of one model take turns through a row lock on the model
// (lockModel()), so the optimistic version check reads the newest state, as with SQLite's BEGIN
// IMMEDIATE, while saves of different models run side by side.

#include "pgconnection.h"
#include "repository/repositorybackend.h"
#include "repository/repositorydatabase.h"

#include <memory>

namespace amtsweg {

class PgDatabase final : public RepositoryBackend
{
public:
    static RepositoryResult<std::unique_ptr<PgDatabase>> open(const QString &url,
                                                              const RepositoryOpenOptions &options);

    const PgConnection &connection() const { return *m_connection; }

    QString location() const override { return m_connection->location(); }
    SqlStatement statement(const char *sql) const override;
    RepositoryError begin(const QString &doing) const override;
    RepositoryError beginSnapshot(const QString &doing) const override;
    RepositoryError commit(const QString &doing) const override;
    void rollback() const override;
    RepositoryError lockModel(ModelId model, const QString &doing) const override;
    void announce(ModelId model) const override;
    RepositoryOutcome continueIdsAfterCopy() const override;
    QByteArray linesAggregate(const char *column) const override;
    RepositoryOutcome indexElements(ModelId model, const SearchDocument &document) const override;
    RepositoryOutcome indexMetadata(ModelId model) const override;
    RepositoryOutcome rebuildIndex() const override;
    RepositoryResult<std::vector<SearchHit>> search(const QString &text, int limit) const override;
    const char *searchIndexCheckSql() const override;
    RepositoryResult<std::vector<RepositoryFinding>> storageFindings() const override;

    bool canWrite() const override { return m_canWrite; }
    QString readOnlyReason() const override;
    RepositoryOutcome setModelOpen(ModelId model, bool open) const override;
    RepositoryResult<std::vector<ModelPresence>> presence() const override;
    int notificationSocket() const override;
    std::vector<ModelId> takeChanges() const override;

private:
    explicit PgDatabase(std::unique_ptr<PgConnection> connection);
    RepositoryError prepareSchema(bool create);
    RepositoryError begin(const char *sql, const QString &doing) const;

    std::unique_ptr<PgConnection> m_connection;
    bool m_canWrite = true;
};

} // namespace amtsweg

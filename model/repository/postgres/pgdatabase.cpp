#include "pgdatabase.h"

#include "pgcursor.h"
#include "pgschema.h"
#include "pgsearch.h"
#include "repository/processrepository.h"

#include <QDateTime>
#include <QSysInfo>

#include <libpq-fe.h>

namespace amtsweg {
namespace {

/// Creating the schema: the advisory lock makes a second creator wait ("AmtW", as the SQLite
/// file's application id).
constexpr const char *kBeginCreate = "BEGIN; SELECT pg_advisory_xact_lock(1097692247)";
constexpr const char *kChannel = "amtsweg_changes";
/// Whether the schema holds Amtsweg's table and a table named like one of ours.
constexpr const char *kTablesExist =
    "SELECT count(*) FILTER (WHERE tablename = 'amtsweg_meta') > 0, "
    "count(*) FILTER (WHERE tablename = 'models') > 0 FROM pg_catalog.pg_tables "
    "WHERE schemaname = current_schema()";

} // namespace

PgDatabase::PgDatabase(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{
}

RepositoryResult<std::unique_ptr<PgDatabase>> PgDatabase::open(const QString &url,
                                                               const RepositoryOpenOptions &options)
{
    auto connection = PgConnection::connect(url, options.askPassword, options.busyTimeoutMs);
    if (!connection.ok())
        return connection.error;
    std::unique_ptr<PgDatabase> db(new PgDatabase(std::move(connection.value)));
    if (RepositoryError e = db->prepareSchema(options.create); e.status != RepositoryStatus::Ok)
        return e;
    const QString doing = repoTr("opening");
    SqlStatement rights = db->statement("SELECT has_table_privilege('versions', 'INSERT') AND "
                                        "has_table_privilege('models', 'UPDATE')");
    if (!rights.next())
        return rights.error(doing);
    db->m_canWrite = rights.text(0) == QLatin1String("t");
    // Rows a crashed earlier session with this server process id left behind.
    if (RepositoryError e = db->m_connection->exec(
            "DELETE FROM presence WHERE backend_pid = pg_backend_pid(); LISTEN amtsweg_changes",
            doing);
        e.status != RepositoryStatus::Ok)
        return e;
    db->m_connection->setListening(true);
    return db;
}

RepositoryError PgDatabase::prepareSchema(bool create)
{
    const QString doing = repoTr("opening");
    // pg_tables, not to_regclass(): the catalogue cache may still say "missing" after
    // another session created the schema while this one waited for the lock.
    SqlStatement tables = statement(kTablesExist);
    if (!tables.next())
        return tables.error(doing);
    const bool amtsweg = tables.text(0) == QLatin1String("t");
    if (!amtsweg && tables.text(1) == QLatin1String("t"))
        return {RepositoryStatus::Corrupt,
                repoTr("The database '%1' holds tables of another program, not an Amtsweg "
                       "repository. It was not changed.")
                    .arg(location())};
    if (!amtsweg) {
        if (!create)
            return {RepositoryStatus::NotFound,
                    repoTr("The database '%1' holds no Amtsweg repository.").arg(location())};
        const QString creating = repoTr("creating the repository");
        m_connection->setInTransaction(true);
        if (RepositoryError e = m_connection->exec(kBeginCreate, creating);
            e.status != RepositoryStatus::Ok) {
            rollback();
            return e;
        }
        SqlStatement again = statement(kTablesExist);
        if (!again.next()) {
            rollback();
            return again.error(creating);
        }
        if (again.text(0) != QLatin1String("t")) { // nobody created it while we waited
            for (const char *sql : pgschema::createStatements())
                if (RepositoryError e = m_connection->exec(sql, creating);
                    e.status != RepositoryStatus::Ok) {
                    rollback();
                    return e;
                }
            SqlStatement version = statement(
                "INSERT INTO amtsweg_meta(key, value) VALUES('schema_version', ?)");
            if (!version.bind(1, QString::number(pgschema::currentVersion())).exec()) {
                const RepositoryError e = version.error(creating);
                rollback();
                return e;
            }
            if (RepositoryError e = m_connection->exec(pgschema::rolesStatement(), creating);
                e.status != RepositoryStatus::Ok) {
                rollback();
                return e;
            }
        }
        if (RepositoryError e = commit(creating); e.status != RepositoryStatus::Ok)
            return e;
    }
    SqlStatement version =
        statement("SELECT value FROM amtsweg_meta WHERE key = 'schema_version'");
    if (!version.next())
        return version.failed() ? version.error(doing)
                                : RepositoryError{RepositoryStatus::Corrupt,
                                                  repoTr("The repository '%1' has no schema "
                                                         "version.")
                                                      .arg(location())};
    const int found = version.text(0).toInt();
    if (found > pgschema::currentVersion())
        return {RepositoryStatus::NewerSchema,
                repoTr("The repository '%1' has schema version %2, but this Amtsweg supports up to "
                       "version %3. It was written by a newer Amtsweg; open it with that version. "
                       "The database was not changed.")
                    .arg(location())
                    .arg(found)
                    .arg(pgschema::currentVersion())};
    return {};
}

SqlStatement PgDatabase::statement(const char *sql) const
{
    return SqlStatement(std::make_unique<PgCursor>(*m_connection, sql));
}

RepositoryError PgDatabase::begin(const QString &doing) const
{
    return begin("BEGIN", doing);
}

RepositoryError PgDatabase::beginSnapshot(const QString &doing) const
{
    return begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", doing);
}

RepositoryError PgDatabase::begin(const char *sql, const QString &doing) const
{
    RepositoryError e = m_connection->exec(sql, doing);
    m_connection->setInTransaction(true);
    if (e.status != RepositoryStatus::Ok)
        rollback();
    return e;
}

RepositoryError PgDatabase::commit(const QString &doing) const
{
    const PgResult r(PQexec(m_connection->handle(), "COMMIT"));
    m_connection->setInTransaction(false);
    if (RepositoryError e = m_connection->error(r.get(), doing); e.status != RepositoryStatus::Ok)
        return e;
    // COMMIT of a transaction that failed earlier answers ROLLBACK.
    if (qstrcmp(PQcmdStatus(r.get()), "COMMIT") != 0)
        return {RepositoryStatus::Failed,
                repoTr("Error while %1 in the repository '%2': the transaction was rolled back.")
                    .arg(doing, location())};
    return {};
}

void PgDatabase::rollback() const
{
    PQclear(PQexec(m_connection->handle(), "ROLLBACK"));
    m_connection->setInTransaction(false);
}

RepositoryError PgDatabase::lockModel(ModelId model, const QString &doing) const
{
    SqlStatement lock = statement("SELECT 1 FROM models WHERE id = ? FOR UPDATE");
    return lock.bind(1, model).exec() ? RepositoryError{} : lock.error(doing);
}

void PgDatabase::announce(ModelId model) const
{
    SqlStatement notify = statement("SELECT pg_notify(?, ?)");
    notify.bind(1, QString::fromLatin1(kChannel)).bind(2, QString::number(model)).exec();
}

RepositoryOutcome PgDatabase::continueIdsAfterCopy() const
{
    // is_called false: the next id is exactly max + 1 (1 in an empty table).
    SqlStatement s = statement(
        "SELECT setval(pg_get_serial_sequence('folders', 'id'), "
        "(SELECT coalesce(max(id), 0) + 1 FROM folders), false), "
        "setval(pg_get_serial_sequence('models', 'id'), "
        "(SELECT coalesce(max(id), 0) + 1 FROM models), false), "
        "setval(pg_get_serial_sequence('versions', 'id'), "
        "(SELECT coalesce(max(id), 0) + 1 FROM versions), false)");
    if (!s.exec())
        return s.error(repoTr("continuing the ids after the copied rows"));
    return Done{};
}

QByteArray PgDatabase::linesAggregate(const char *column) const
{
    return QByteArray("string_agg(") + column + ", chr(10) ORDER BY " + column + ")";
}

RepositoryOutcome PgDatabase::indexElements(ModelId model, const SearchDocument &document) const
{
    return pgsearch::indexElements(*this, model, document);
}

RepositoryOutcome PgDatabase::indexMetadata(ModelId model) const
{
    return pgsearch::indexMetadata(*this, model);
}

RepositoryOutcome PgDatabase::rebuildIndex() const
{
    return pgsearch::rebuild(*this);
}

RepositoryResult<std::vector<SearchHit>> PgDatabase::search(const QString &text, int limit) const
{
    return pgsearch::search(*this, text, limit);
}

const char *PgDatabase::searchIndexCheckSql() const
{
    return "SELECT id, latest_version, name FROM models WHERE id NOT IN (SELECT model_id FROM "
           "model_search)";
}

RepositoryResult<std::vector<RepositoryFinding>> PgDatabase::storageFindings() const
{
    return std::vector<RepositoryFinding>{}; // the server enforces references and checks pages
}

QString PgDatabase::readOnlyReason() const
{
    if (m_canWrite)
        return {};
    return repoTr("You may read the repository '%1' but not change it: the PostgreSQL user '%2' "
                  "has no editing rights. Ask the repository's administrator to grant you the "
                  "editors' role.")
        .arg(location(), m_connection->user());
}

RepositoryOutcome PgDatabase::setModelOpen(ModelId model, bool open) const
{
    const QString doing = repoTr("recording who has model %1 open").arg(model);
    SqlStatement s = statement(
        open ? "INSERT INTO presence(backend_pid, model_id, username, host, opened_at) "
               "VALUES(pg_backend_pid(), ?, ?, ?, ?) ON CONFLICT DO NOTHING"
             : "DELETE FROM presence WHERE backend_pid = pg_backend_pid() AND model_id = ?");
    s.bind(1, model);
    if (open)
        s.bind(2, ProcessRepository::currentUser())
            .bind(3, QSysInfo::machineHostName())
            .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!s.exec())
        return s.error(doing);
    announce(model);
    return Done{};
}

RepositoryResult<std::vector<ModelPresence>> PgDatabase::presence() const
{
    SqlStatement s = statement(
        "SELECT p.model_id, p.username, p.host, p.opened_at FROM presence p JOIN "
        "pg_stat_activity a ON a.pid = p.backend_pid WHERE p.backend_pid <> pg_backend_pid() "
        "ORDER BY p.model_id, p.opened_at");
    std::vector<ModelPresence> out;
    while (s.next())
        out.push_back({s.integer(0), s.text(1), s.text(2),
                       QDateTime::fromString(s.text(3), Qt::ISODateWithMs)});
    if (s.failed())
        return s.error(repoTr("reading who has models open"));
    return out;
}

int PgDatabase::notificationSocket() const
{
    return PQsocket(m_connection->handle());
}

std::vector<ModelId> PgDatabase::takeChanges() const
{
    std::vector<ModelId> changed;
    PGconn *conn = m_connection->handle();
    PQconsumeInput(conn);
    while (PGnotify *n = PQnotifies(conn)) {
        if (n->be_pid != PQbackendPID(conn))
            changed.push_back(QByteArray(n->extra).toLongLong());
        PQfreemem(n);
    }
    return changed;
}

} // namespace amtsweg

#pragma once
// PgConnection: one libpq connection to a repository's PostgreSQL database (RAII), with the
// repository's session settings and the mapping of server errors (SQLSTATE) to repository
// statuses and messages.
//
// libpq rather than Qt SQL's QPSQL driver: libpq is the reference client and what QPSQL wraps;
// used directly it gives the SQLSTATE of every error (read-only user, lock timeout, lost
// connection), the socket that LISTEN/NOTIFY needs, and it reads PGPASSWORD, PGPASSFILE and
// ~/.pgpass itself, so Amtsweg never stores a password.

#include "repository/repositoryresult.h"

#include <QString>
#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace amtsweg {

/// A result (RAII).
struct PgResultDeleter
{
    void operator()(pg_result *r) const;
};
using PgResult = std::unique_ptr<pg_result, PgResultDeleter>;

class PgConnection
{
public:
    /// Connects to `url` (libpq URI). When the server wants a password that neither PGPASSWORD
    /// nor the pgpass file holds, `askPassword` is asked (with "user@host:port/db"); an empty
    /// answer cancels. `lockTimeoutMs`: how long a statement waits for a lock.
    static RepositoryResult<std::unique_ptr<PgConnection>>
    connect(const QString &url, const std::function<QString(const QString &)> &askPassword,
            int lockTimeoutMs);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    pg_conn *handle() const { return m_conn; }
    /// The URL without a password.
    const QString &location() const { return m_location; }
    /// "user@host:port/db" as the server sees it.
    QString describe() const;
    QString user() const;
    int backendPid() const;

    /// Runs SQL without parameters (several statements allowed); the error when it failed.
    RepositoryError exec(const char *sql, const QString &doing) const;
    /// Runs `query` (a libpq call on handle()); when the connection was lost outside a
    /// transaction (server restarted, network gone meanwhile), connects again with the same
    /// settings and runs it once more. Inside a transaction nothing is retried: the caller's
    /// transaction is gone and its error says so.
    template <typename Query> PgResult run(Query query) const
    {
        if (!m_inTransaction)
            reconnected();
        PgResult result(query());
        if (!m_inTransaction && reconnected())
            result.reset(query());
        return result;
    }
    /// Marks the begin and the end (commit, rollback) of a transaction.
    void setInTransaction(bool inTransaction) const { m_inTransaction = inTransaction; }
    /// Also LISTEN again after a reconnect.
    void setListening(bool listening) { m_listening = listening; }
    /// The error of a result (Ok status for a successful one).
    RepositoryError error(const pg_result *result, const QString &doing) const;

private:
    PgConnection(pg_conn *conn, QString location);
    /// True when the connection was lost and is back (session settings made again).
    bool reconnected() const;
    RepositoryError setUp() const;

    pg_conn *m_conn;
    QString m_location;
    int m_lockTimeoutMs = 5000;
    bool m_listening = false;
    mutable bool m_inTransaction = false;
};

} // namespace amtsweg

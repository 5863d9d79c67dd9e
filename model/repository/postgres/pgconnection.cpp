#include "pgconnection.h"

#include "repository/repositorylocation.h"

#include <libpq-fe.h>

#include <vector>

namespace amtsweg {
namespace {

RepositoryStatus statusOf(const QByteArray &state)
{
    if (state == "42501") // insufficient_privilege
        return RepositoryStatus::Unwritable;
    if (state == "55P03" || state == "40001" || state == "40P01" || state == "57014")
        return RepositoryStatus::Busy; // lock timeout, serialization, deadlock, cancelled
    if (state == "53100")
        return RepositoryStatus::DiskFull;
    return RepositoryStatus::Failed;
}

PGconn *connectWith(const QByteArray &url, const QByteArray &password)
{
    // dbname first: expanded from the URL; the settings after it complete or override it.
    std::vector<const char *> keys{"dbname", "fallback_application_name", "connect_timeout",
                                   "client_encoding"};
    std::vector<const char *> values{url.constData(), "Amtsweg", "10", "UTF8"};
    if (!password.isNull()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    return PQconnectdbParams(keys.data(), values.data(), 1);
}

} // namespace

void PgResultDeleter::operator()(pg_result *r) const
{
    PQclear(r);
}

PgConnection::PgConnection(pg_conn *conn, QString location)
    : m_conn(conn), m_location(std::move(location))
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

RepositoryResult<std::unique_ptr<PgConnection>>
PgConnection::connect(const QString &url, const std::function<QString(const QString &)> &askPassword,
                      int lockTimeoutMs)
{
    const QString shown = repositorylocation::withoutPassword(url);
    const QByteArray raw = url.toUtf8();
    PGconn *conn = connectWith(raw, QByteArray());
    if (PQstatus(conn) != CONNECTION_OK && PQconnectionNeedsPassword(conn) && askPassword) {
        const QString who = QStringLiteral("%1@%2:%3/%4")
                                .arg(QString::fromUtf8(PQuser(conn)),
                                     QString::fromUtf8(PQhost(conn)),
                                     QString::fromUtf8(PQport(conn)),
                                     QString::fromUtf8(PQdb(conn)));
        PQfinish(conn);
        const QString password = askPassword(who);
        if (password.isEmpty())
            return RepositoryError{RepositoryStatus::Unreadable,
                                   repoTr("Connecting to '%1' was cancelled: no password given.")
                                       .arg(shown)};
        QByteArray secret = password.toUtf8();
        conn = connectWith(raw, secret);
        secret.fill('\0');
    }
    std::unique_ptr<PgConnection> c(new PgConnection(conn, shown));
    if (PQstatus(conn) != CONNECTION_OK)
        return RepositoryError{
            RepositoryStatus::Unreadable,
            repoTr("Cannot connect to the repository '%1': %2")
                .arg(shown, QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    c->m_lockTimeoutMs = lockTimeoutMs;
    if (RepositoryError e = c->setUp(); e.status != RepositoryStatus::Ok)
        return e;
    return c;
}

RepositoryError PgConnection::setUp() const
{
    const QByteArray setup =
        QStringLiteral("SET lock_timeout = %1; SET client_min_messages = warning%2")
            .arg(m_lockTimeoutMs)
            .arg(m_listening ? QStringLiteral("; LISTEN amtsweg_changes") : QString())
            .toUtf8();
    const PgResult r(PQexec(m_conn, setup.constData()));
    return error(r.get(), repoTr("connecting"));
}

bool PgConnection::reconnected() const
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return false;
    PQreset(m_conn);
    return PQstatus(m_conn) == CONNECTION_OK && setUp().status == RepositoryStatus::Ok;
}

QString PgConnection::describe() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user(), QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
             QString::fromUtf8(PQdb(m_conn)));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

RepositoryError PgConnection::exec(const char *sql, const QString &doing) const
{
    const PgResult r = run([&] { return PQexec(m_conn, sql); });
    return error(r.get(), doing);
}

RepositoryError PgConnection::error(const pg_result *result, const QString &doing) const
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    if (PQstatus(m_conn) != CONNECTION_OK)
        return {RepositoryStatus::Failed,
                repoTr("The connection to the repository '%1' was lost while %2: %3 Nothing was "
                       "saved by this step; open the repository again when the server is back.")
                    .arg(m_location, doing,
                         QString::fromUtf8(PQerrorMessage(m_conn)).trimmed())};
    const QByteArray state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString detail =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn))
            .trimmed();
    switch (const RepositoryStatus s = statusOf(state)) {
    case RepositoryStatus::Unwritable:
        return {s, repoTr("You may read the repository '%1' but not change it (PostgreSQL user "
                          "'%2' has no write rights), so %3 was refused. Ask the repository's "
                          "administrator for editing rights.")
                       .arg(m_location, user(), doing)};
    case RepositoryStatus::Busy:
        return {s, repoTr("The repository '%1' is busy: another user kept it locked too long "
                          "while %2. Try again.")
                       .arg(m_location, doing)};
    case RepositoryStatus::DiskFull:
        return {s, repoTr("The server's disk is full while %1 in '%2'. Nothing was written; the "
                          "repository is unchanged.")
                       .arg(doing, m_location)};
    default:
        return {s, repoTr("Error while %1 in the repository '%2': %3.").arg(doing, m_location,
                                                                          detail)};
    }
}

} // namespace amtsweg

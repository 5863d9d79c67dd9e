#pragma once
// Helpers shared by the repository tests: a fresh repository in a temporary folder, the
// sample files, the writer's bytes for a file, and running `amtsweg repo …` as a process.
//
// Backends: tests/CMakeLists.txt runs every repository test twice, NAME with
// AMTSWEG_TEST_BACKEND=sqlite and NAME_pg with AMTSWEG_TEST_BACKEND=postgresql. The _pg run
// needs the server that AMTSWEG_TEST_POSTGRES names (a postgresql:// URL; its password comes
// from PGPASSFILE); `make test` starts one with tests/repository/pg-test-server.sh. A test calls
// AMTSWEG_REQUIRE_BACKEND() in initTestCase() and testRepository() for each repository it makes;
// the databases are left on the throwaway server (`pg-test-server.sh stop DIR` and deleting DIR
// reset it).

#include "repository/processrepository.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>
#include <QtTest/QtTest>

#include <atomic>

namespace amtsweg::test {

inline QString sampleFile()
{
    return wohngeldFixture();
}

inline QString goodFile(const char *name)
{
    return testDataDir() + QStringLiteral("/good/") + QLatin1String(name);
}

/// What BpmnWriter makes of a file (the bytes a repository must store for it).
inline QByteArray writerBytes(const QString &file)
{
    const ReadResult read = BpmnReader::readFile(file);
    return read.ok() ? BpmnWriter::write(*read.tree) : QByteArray();
}

/// Does this run test the PostgreSQL backend (the NAME_pg test), not a SQLite file?
inline bool testingPostgres()
{
    return qEnvironmentVariable("AMTSWEG_TEST_BACKEND") == QLatin1String("postgresql");
}

/// psql from PATH, else the newest of Debian's /usr/lib/postgresql/VERSION/bin.
inline QString psqlProgram()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (!inPath.isEmpty())
        return inPath;
    QString newest;
    QVersionNumber newestVersion;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(version + QStringLiteral("/bin/psql"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo(candidate).isExecutable() && number > newestVersion) {
            newest = candidate;
            newestVersion = number;
        }
    }
    return newest;
}

/// Where a test makes its repository. SQLite: `sqlitePath` unchanged. PostgreSQL: a new, empty
/// database amtsweg_t_PID_COUNTER_RANDOM on the server AMTSWEG_TEST_POSTGRES names, as its URL
/// (same user, host and port). Empty, with a warning that says why, when that cannot be made.
inline QString testRepository(const QString &sqlitePath)
{
    if (!testingPostgres())
        return sqlitePath;
    const QString server = qEnvironmentVariable("AMTSWEG_TEST_POSTGRES");
    if (server.isEmpty()) {
        qWarning("no PostgreSQL test database: AMTSWEG_TEST_POSTGRES is not set "
                 "(see tests/repository/pg-test-server.sh)");
        return {};
    }
    QUrl url(server);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("postgres"))) {
        qWarning("no PostgreSQL test database: AMTSWEG_TEST_POSTGRES=%s is no postgresql:// URL",
                 qPrintable(server));
        return {};
    }
    const QString psql = psqlProgram();
    if (psql.isEmpty()) {
        qWarning("no PostgreSQL test database: psql not found (Debian: postgresql-client)");
        return {};
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("amtsweg_t_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                             .toLower();
    QProcess p;
    // -w: never ask for a password (it comes from PGPASSFILE or PGPASSWORD).
    p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                   server, QStringLiteral("-c"), QStringLiteral("CREATE DATABASE ") + name});
    const bool finished = p.waitForStarted(30000) && p.waitForFinished(60000);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        const QByteArray err = p.readAllStandardError().trimmed();
        qWarning("no PostgreSQL test database: creating %s on %s failed: %s", qPrintable(name),
                 qPrintable(server), err.isEmpty() ? qPrintable(p.errorString()) : err.constData());
        return {};
    }
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

/// Opens a repository, failing the test with the message when that fails.
inline std::unique_ptr<ProcessRepository> openRepository(const QString &path,
                                                         const RepositoryOpenOptions &o = {})
{
    auto r = ProcessRepository::open(path, o);
    if (!r.ok())
        qWarning("opening %s failed: %s", qPrintable(path), qPrintable(r.message()));
    return std::move(r.value);
}

struct RepoRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs `amtsweg ARGS…` and waits for it.
inline RepoRun runAmtsweg(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(amtswegBinary(), args);
    RepoRun r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("did not start or finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Runs `amtsweg repo --repository REPO ARGS…` and waits for it.
inline RepoRun runRepo(const QString &repository, const QStringList &args, int timeoutMs = 120000)
{
    return runAmtsweg(
        QStringList{QStringLiteral("repo"), QStringLiteral("--repository"), repository} + args,
        timeoutMs);
}

} // namespace amtsweg::test

/// In initTestCase(): the NAME_pg run without a server is skipped (ctest counts it as skipped
/// through the message, see tests/CMakeLists.txt), never passed on SQLite instead.
#define AMTSWEG_REQUIRE_BACKEND()                                                              \
    do {                                                                                       \
        if (amtsweg::test::testingPostgres()                                                   \
            && qEnvironmentVariableIsEmpty("AMTSWEG_TEST_POSTGRES"))                           \
            QSKIP("PostgreSQL test server not found (set AMTSWEG_TEST_POSTGRES, see "           \
                  "tests/repository/pg-test-server.sh)");                                      \
    } while (0)

/// A test function that only makes sense on a SQLite file (its WAL, file locks, damaged
/// bytes …) skips on PostgreSQL; `why` is a string literal that says what it needs.
#define AMTSWEG_SQLITE_ONLY(why)                                                               \
    do {                                                                                       \
        if (amtsweg::test::testingPostgres())                                                  \
            QSKIP("SQLite repository file only: " why);                                        \
    } while (0)

// bench_repositoryload: the load test of issue 8 (README "Speed", "Repository under load").
// PROCESSES worker processes (this program re-executed) each land SAVES versions, all on one
// model ("same") and each on its own model ("different"), on a fresh SQLite file and on a
// fresh PostgreSQL database; see tests/common/repositoryload.h for what a worker does and what
// is checked afterwards (no lost update, no error but conflicts, check() clean).
//
//   bench_repositoryload [--processes=8] [--saves=200] [--runs=1] [--sample=FILE]
//                        [--backend=both|sqlite|postgresql] [--scenario=both|same|different]
//                        [--postgres=URL] [--require-postgres]
//
// PostgreSQL: a new database on the server --postgres or AMTSWEG_TEST_POSTGRES names (created
// and dropped with psql; the password from PGPASSFILE / PGPASSWORD). Without a server the
// PostgreSQL rows are skipped with a warning (an error with --require-postgres).
// Prints a markdown table; exits 1 when any property failed (each failure is printed).

#include "repositoryload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <optional>

using namespace amtsweg;
using namespace amtsweg::load;

namespace {

struct Options
{
    int processes = 8;
    int saves = 200;
    int runs = 1;
    QString sample = QStringLiteral(AMTSWEG_SAMPLES_DIR "/baugenehmigung.bpmn");
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    QStringList scenarios{QStringLiteral("same"), QStringLiteral("different")};
    QString postgres = qEnvironmentVariable("AMTSWEG_TEST_POSTGRES");
    bool requirePostgres = false;
};

std::optional<Options> parse(const QStringList &args)
{
    Options o;
    for (const QString &arg : args.mid(1)) {
        const QString value = arg.section(QLatin1Char('='), 1);
        auto both = [&](const QStringList &all) {
            return value == QLatin1String("both") ? all : QStringList{value};
        };
        if (arg.startsWith(QLatin1String("--processes=")))
            o.processes = value.toInt();
        else if (arg.startsWith(QLatin1String("--saves=")))
            o.saves = value.toInt();
        else if (arg.startsWith(QLatin1String("--runs=")))
            o.runs = value.toInt();
        else if (arg.startsWith(QLatin1String("--sample=")))
            o.sample = value;
        else if (arg.startsWith(QLatin1String("--backend=")))
            o.backends = both(o.backends);
        else if (arg.startsWith(QLatin1String("--scenario=")))
            o.scenarios = both(o.scenarios);
        else if (arg.startsWith(QLatin1String("--postgres=")))
            o.postgres = value;
        else if (arg == QLatin1String("--require-postgres"))
            o.requirePostgres = true;
        else {
            std::fprintf(stderr, "bench_repositoryload: unknown argument %s\n", qPrintable(arg));
            return std::nullopt;
        }
    }
    const bool valid =
        o.processes > 0 && o.saves > 0 && o.runs > 0 &&
        std::all_of(o.backends.begin(), o.backends.end(),
                    [](const QString &b) {
                        return b == QLatin1String("sqlite") || b == QLatin1String("postgresql");
                    }) &&
        std::all_of(o.scenarios.begin(), o.scenarios.end(), [](const QString &s) {
            return s == QLatin1String("same") || s == QLatin1String("different");
        });
    if (!valid) {
        std::fprintf(stderr, "bench_repositoryload: bad arguments (see the comment at the top of "
                             "tests/bench/bench_repositoryload.cpp)\n");
        return std::nullopt;
    }
    return o;
}

/// Runs one SQL command with psql on `server` (a postgresql:// URL); the error text, or empty.
QString psql(const QString &server, const QString &sql)
{
    QStringList dirs = qEnvironmentVariable("PATH").split(QLatin1Char(':'));
    for (const QString &v :
         QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        dirs << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
    const QString program = QStandardPaths::findExecutable(QStringLiteral("psql"), dirs);
    if (program.isEmpty())
        return QStringLiteral("psql not found (Debian: postgresql-client)");
    QProcess p;
    p.start(program, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                      QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                      server, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()).trimmed() + p.errorString();
    return {};
}

/// A fresh repository location for one run: a file in `dir`, or a new database on the
/// server (its name in `cleanupDatabase`, to be dropped afterwards).
QString freshLocation(const Options &o, const QString &backend, const QTemporaryDir &dir,
                      int serial, QString &cleanupDatabase, QString &error)
{
    if (backend == QLatin1String("sqlite"))
        return dir.filePath(QStringLiteral("load-%1.amtsweg").arg(serial));
    const QString name = QStringLiteral("amtsweg_load_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(serial)
                             .arg(QRandomGenerator::global()->generate() % 100000);
    error = psql(o.postgres, QStringLiteral("CREATE DATABASE ") + name);
    if (!error.isEmpty())
        return {};
    cleanupDatabase = name;
    QUrl url(o.postgres);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (isWorkerCall(app.arguments()))
        return workerMain(app.arguments());
    const std::optional<Options> options = parse(app.arguments());
    if (!options)
        return 64;
    Options o = *options;

    bool failed = false;
    const bool noServer = o.backends.contains(QLatin1String("postgresql")) && o.postgres.isEmpty();
    auto sayNoServer = [&] {
        if (noServer)
            std::printf(
                "\n*** bench_repositoryload: NO POSTGRESQL SERVER (set AMTSWEG_TEST_POSTGRES "
                "or --postgres=URL; tests/repository/pg-test-server.sh starts one): the "
                "PostgreSQL load test is SKIPPED ***\n\n");
    };
    sayNoServer();
    if (noServer) {
        o.backends.removeAll(QStringLiteral("postgresql"));
        failed = o.requirePostgres;
    }
    QTemporaryDir dir;
    QStringList rows;
    int serial = 0;
    for (int run = 1; run <= o.runs; ++run) {
        for (const QString &backend : o.backends) {
            for (const QString &scenario : o.scenarios) {
                LoadPlan plan;
                plan.sample = o.sample;
                plan.processes = o.processes;
                plan.saves = o.saves;
                plan.sameModel = scenario == QLatin1String("same");
                QString database, error;
                plan.location = freshLocation(o, backend, dir, ++serial, database, error);
                std::printf("== run %d: %s, %s model%s, %d processes × %d saves\n", run,
                            qPrintable(backend), qPrintable(scenario), plan.sameModel ? "" : "s",
                            o.processes, o.saves);
                std::fflush(stdout);
                LoadResult result;
                if (plan.location.isEmpty())
                    result.failures << QStringLiteral("no fresh database: %1").arg(error);
                else
                    result = runLoad(app.applicationFilePath(), plan);
                for (const QString &f : result.failures.mid(0, 30))
                    std::printf("   FAILED: %s\n", qPrintable(f));
                if (result.failures.size() > 30)
                    std::printf("   … %lld more failures\n",
                                qlonglong(result.failures.size() - 30));
                failed = failed || !result.failures.isEmpty();
                const double perSecond =
                    result.wallSeconds > 0 ? result.landed() / result.wallSeconds : 0;
                rows
                    << QStringLiteral(
                           "| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 / %9 ms | %10 / %11 ms | %12 |")
                           .arg(backend == QLatin1String("sqlite") ? QStringLiteral("SQLite")
                                                                   : QStringLiteral("PostgreSQL"))
                           .arg(plan.sameModel ? QStringLiteral("same model")
                                               : QStringLiteral("different models"))
                           .arg(result.landed())
                           .arg(result.conflicts())
                           .arg(result.otherErrors())
                           .arg(fixed(result.wallSeconds, 1))
                           .arg(fixed(perSecond, 1))
                           .arg(fixed(result.percentileMs(50), 1))
                           .arg(fixed(result.percentileMs(95), 1))
                           .arg(fixed(result.percentileMs(95, true), 1))
                           .arg(fixed(result.percentileMs(100, true), 1))
                           .arg(result.failures.isEmpty()
                                    ? QStringLiteral("all hold")
                                    : QStringLiteral("**%1 FAILED**").arg(result.failures.size()));
                std::printf("   %s\n", qPrintable(rows.last()));
                std::fflush(stdout);
                if (!database.isEmpty())
                    if (const QString e =
                            psql(o.postgres,
                                 QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
                        !e.isEmpty())
                        std::printf("   (dropping %s failed: %s)\n", qPrintable(database),
                                    qPrintable(e));
            }
        }
    }
    std::printf(
        "\n| backend | scenario | saves landed | conflicts | other errors | wall s | saves/s "
        "| save p50 / p95 | until landed (retries) p95 / max | properties |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const QString &row : rows)
        std::printf("%s\n", qPrintable(row));
    std::printf(
        "\n%d processes × %d saves each of %s (one activity renamed per save), %d core(s).\n",
        o.processes, o.saves, qPrintable(QFileInfo(o.sample).fileName()),
        QThread::idealThreadCount());
    sayNoServer(); // again, below the table
    return failed ? 1 : 0;
}

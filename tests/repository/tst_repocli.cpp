// `amtsweg repo …` as a separate process: import, list (text and JSON), history, export
// byte-identical with the writer, search, check, save with conflict, restore, rules switched
// off for the repository (and `validate --repository` honouring them), and the exit codes
// (0 ok, 1 check findings, 2 unreadable, 3 unwritable, 4 conflict, 64 usage).

#include "repository/repositorydatabase.h"
#include "repotestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>

using namespace amtsweg;
using namespace amtsweg::test;

class TestRepoCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    /// The server's counterparts: a database that does not exist, one of another program, and
    /// one of a newer Amtsweg.
    void unreadableAndNewerServerRepositories()
    {
        QString missing = testRepository(QStringLiteral("unused"));
        missing.replace(QRegularExpression(QStringLiteral("/[^/]*$")),
                        QStringLiteral("/amtsweg_no_such_database"));
        RepoRun r = runRepo(missing, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("amtsweg_no_such_database")), qPrintable(r.describe()));
        const QString empty = testRepository(QStringLiteral("empty"));
        r = runRepo(empty, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2); // reading commands create nothing
        const QString foreign = testRepository(QStringLiteral("foreign"));
        {
            QProcess psql;
            psql.start(psqlProgram(), {QStringLiteral("-q"), QStringLiteral("-d"), foreign,
                                       QStringLiteral("-c"),
                                       QStringLiteral("CREATE TABLE models(x int)")});
            QVERIFY(psql.waitForFinished(30000) && psql.exitCode() == 0);
        }
        r = runRepo(foreign, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("another program")), qPrintable(r.describe()));
        const QString future = testRepository(QStringLiteral("future"));
        {
            auto repo = openRepository(future);
            QVERIFY(repo);
            QVERIFY(repo->backend()
                        .statement("UPDATE amtsweg_meta SET value = '42' WHERE key = 'schema_version'")
                        .exec());
        }
        r = runRepo(future, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("schema version 42")), qPrintable(r.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        AMTSWEG_REQUIRE_BACKEND();
        m_repo = testRepository(m_dir.filePath(QStringLiteral("cli.amtsweg")));
        QVERIFY(!m_repo.isEmpty());
        const RepoRun r = runRepo(m_repo, {QStringLiteral("import"), sampleFile(),
                                           testDataDir() + QStringLiteral("/good")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("as model 1 'Wohngeld beantragen'")));
    }

    void listTextAndJson()
    {
        RepoRun r = runRepo(m_repo, {QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("Wohngeld beantragen")));
        QVERIFY(r.out.contains(QStringLiteral("good/Alle Elemente")));
        r = runRepo(m_repo,
                    {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("models"))
                                      .toArray();
        QVERIFY(models.size() > 10);
        bool found = false;
        for (const QJsonValue &m : models)
            found = found || (m.toObject().value(QStringLiteral("id")).toInt() == 1 &&
                              m.toObject().value(QStringLiteral("latestVersion")).toInt() == 1);
        QVERIFY(found);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("list"), QStringLiteral("--format=xml")}).exitCode,
                 64);
    }

    void exportIsWriterOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.bpmn"));
        const RepoRun r = runRepo(m_repo, {QStringLiteral("export"), QStringLiteral("1@1"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), writerBytes(sampleFile()));
        QCOMPARE(runRepo(m_repo, {QStringLiteral("export"), QStringLiteral("1@7"), out}).exitCode,
                 2);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("export"), QStringLiteral("1"),
                                  m_dir.filePath(QStringLiteral("no/such/dir/x.bpmn"))})
                     .exitCode,
                 3);
    }

    void rulesSwitchedOffForTheRepository()
    {
        const QString file = testDataDir() + QStringLiteral("/checks/problems.bpmn");
        // JSON names each finding's rule.
        const QStringList validate{QStringLiteral("validate"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--repository"),
                                   m_repo, file};
        RepoRun r = runAmtsweg(validate);
        QVERIFY2(r.out.contains(QStringLiteral("no-complex-gateway")), qPrintable(r.describe()));
        r = runRepo(m_repo, {QStringLiteral("rules")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("No rules are switched off")));
        r = runRepo(m_repo, {QStringLiteral("rules"), QStringLiteral("disable"),
                             QStringLiteral("no-complex-gateway")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.startsWith(QStringLiteral("no-complex-gateway\t")));
        r = runAmtsweg(validate);
        QVERIFY2(!r.out.contains(QStringLiteral("no-complex-gateway")), qPrintable(r.describe()));
        // Without --repository the rule runs as before.
        r = runAmtsweg({QStringLiteral("validate"), QStringLiteral("--format=json"), file});
        QVERIFY(r.out.contains(QStringLiteral("no-complex-gateway")));
        // Typos and wrong words are usage errors and change nothing.
        QCOMPARE(runRepo(m_repo, {QStringLiteral("rules"), QStringLiteral("disable"),
                                  QStringLiteral("no-such-rule")})
                     .exitCode,
                 64);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("rules"), QStringLiteral("drop"),
                                  QStringLiteral("no-complex-gateway")})
                     .exitCode,
                 64);
        r = runRepo(m_repo, {QStringLiteral("rules"), QStringLiteral("enable"),
                             QStringLiteral("no-complex-gateway")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("No rules are switched off")));
        QVERIFY(runAmtsweg(validate).out.contains(QStringLiteral("no-complex-gateway")));
        // A missing repository is an error, not an empty list.
        r = runAmtsweg({QStringLiteral("validate"), QStringLiteral("--repository"),
                        m_dir.filePath(QStringLiteral("none.amtsweg")), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.amtsweg"))));
    }

    void saveConflictRestoreHistory()
    {
        const QString file = goodFile("minimal.bpmn");
        RepoRun r = runRepo(m_repo, {QStringLiteral("save"), QStringLiteral("Wohngeld beantragen"),
                                     file, QStringLiteral("--comment"), QStringLiteral("kürzer"),
                                     QStringLiteral("--expect-version"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("saved model 1 version 2")));
        r = runRepo(m_repo, {QStringLiteral("save"), QStringLiteral("1"), file,
                             QStringLiteral("--expect-version"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("saved meanwhile")), qPrintable(r.describe()));
        r = runRepo(m_repo, {QStringLiteral("restore"), QStringLiteral("1@1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("as version 3")));
        r = runRepo(m_repo, {QStringLiteral("history"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("3\t")));
        QVERIFY(lines[1].contains(QStringLiteral("kürzer")));
        QCOMPARE(runRepo(m_repo, {QStringLiteral("save"), QStringLiteral("1"),
                                  testDataDir() + QStringLiteral("/unreadable/not-xml.bpmn")})
                     .exitCode,
                 2);
    }

    void searchPrintsModelsAndElements()
    {
        const RepoRun r = runRepo(m_repo, {QStringLiteral("search"), QStringLiteral("Gebühr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("Gebühr berechnen")));
        QVERIFY(r.out.contains(QStringLiteral("elements:")));
    }

    void ambiguousNameIsUsageError()
    {
        const RepoRun r =
            runRepo(m_repo, {QStringLiteral("history"), QStringLiteral("Umlaute äöüÄÖÜß")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("Several models")), qPrintable(r.describe()));
        QCOMPARE(runRepo(m_repo, {QStringLiteral("history"), QStringLiteral("nope")}).exitCode, 2);
    }

    void checkOkThenFindings()
    {
        RepoRun r = runRepo(m_repo, {QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("ok")));
        const QString copy = testRepository(m_dir.filePath(QStringLiteral("damaged.amtsweg")));
        if (testingPostgres()) {
            QCOMPARE(runRepo(copy, {QStringLiteral("import"), sampleFile(), goodFile("minimal.bpmn")})
                         .exitCode,
                     0);
            auto repo = openRepository(copy);
            QVERIFY(repo);
            QVERIFY(repo->backend().statement("DELETE FROM model_search WHERE model_id = 2").exec());
        } else {
            QVERIFY(QFile::copy(m_repo, copy));
            RepositoryOpenOptions noBackup;
            noBackup.create = false;
            noBackup.dailyBackup = false;
            auto db = RepositoryDatabase::open(copy, noBackup);
            QVERIFY(db.ok());
            QCOMPARE(db.value->exec("DELETE FROM model_search WHERE rowid = 2"), 0);
        }
        r = runRepo(copy, {QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("search-index")), qPrintable(r.describe()));
    }

    void unreadableAndNewerRepositories()
    {
        if (testingPostgres()) {
            unreadableAndNewerServerRepositories();
            return;
        }
        const QString missing = m_dir.filePath(QStringLiteral("missing.amtsweg"));
        QCOMPARE(runRepo(missing, {QStringLiteral("list")}).exitCode, 2);
        QVERIFY(!QFile::exists(missing)); // reading commands create nothing
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.amtsweg"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'g'));
        f.close();
        RepoRun r = runRepo(garbage, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.describe()));
        const QString future = m_dir.filePath(QStringLiteral("future.amtsweg"));
        {
            auto db = RepositoryDatabase::open(future);
            QVERIFY(db.ok());
            db.value->exec("PRAGMA user_version=42");
        }
        r = runRepo(future, {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("schema version 42")), qPrintable(r.describe()));
    }

    void usageErrors()
    {
        QCOMPARE(runRepo(m_repo, {}).exitCode, 64);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("frobnicate")}).exitCode, 64);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("export"), QStringLiteral("1")}).exitCode, 64);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("check"), QStringLiteral("--comment"),
                                  QStringLiteral("x")})
                     .exitCode,
                 64);
        QCOMPARE(runRepo(m_repo, {QStringLiteral("restore"), QStringLiteral("1")}).exitCode, 64);
        QCOMPARE(
            runRepo(m_repo, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("no.bpmn"))})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestRepoCli)
#include "tst_repocli.moc"

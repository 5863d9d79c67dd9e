// RepositoryCopy and `amtsweg repo copy|access|grant|revoke`: a repository filled with the
// samples (a folder tree, tags, several versions, a derived model, a derivation link to a later
// model, a restore, rules switched off) is copied SQLite -> PostgreSQL -> SQLite (tst_..._pg) or
// SQLite -> SQLite -> SQLite (SQLite run); a dump of every column of every table (read through
// the catalog, so that a new column counts too) is identical at every step, search and saving
// work on the copies, a non-empty target is refused unchanged, a failed copy leaves the target
// as it was (a new file is removed), and on PostgreSQL roles granted read / edit open read-only /
// writable and revoke takes access away.

#include "repository/repositoryaccess.h"
#include "repository/repositorycopy.h"
#include "repotestsupport.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

const QStringList kTables = {QStringLiteral("folders"), QStringLiteral("models"),
                             QStringLiteral("model_tags"), QStringLiteral("versions"),
                             QStringLiteral("disabled_rules")};

/// The columns of `table` as the backend's catalog lists them.
QStringList columnsOf(const ProcessRepository &repo, const QString &table)
{
    const QByteArray sql =
        (repo.isShared() ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = 'public' AND table_name = '%1'")
                         : QStringLiteral("SELECT name FROM pragma_table_info('%1')"))
            .arg(table)
            .toUtf8();
    SqlStatement s = repo.backend().statement(sql.constData());
    QStringList columns;
    while (s.next())
        columns << s.text(0);
    columns.sort();
    return columns;
}

/// Every row of the copied tables, each as "table: column=value …" with the columns sorted by
/// name, NULL marked, the XML blob in hex; rows sorted.
QStringList dump(const ProcessRepository &repo)
{
    QStringList rows;
    for (const QString &table : kTables) {
        const QStringList columns = columnsOf(repo, table);
        if (columns.isEmpty())
            return {QStringLiteral("no columns for ") + table};
        const QByteArray sql =
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table).toUtf8();
        SqlStatement s = repo.backend().statement(sql.constData());
        while (s.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                QString value;
                if (s.isNull(i))
                    value = QStringLiteral("NULL");
                else if (columns[i] == QLatin1String("xml"))
                    value = QString::fromLatin1(s.blob(i).toHex());
                else
                    value = s.text(i);
                values << columns[i] + QLatin1Char('=') + value;
            }
            rows << table + QStringLiteral(": ") + values.join(QLatin1Char(' '));
        }
        if (s.failed())
            return {s.error(QStringLiteral("dumping")).message};
    }
    rows.sort();
    return rows;
}

int countOf(const QStringList &dump, const QString &table)
{
    return int(std::count_if(dump.begin(), dump.end(), [&](const QString &row) {
        return row.startsWith(table + QStringLiteral(": "));
    }));
}

std::unique_ptr<ModelTree> readTree(const QString &file)
{
    ReadResult read = BpmnReader::readFile(file);
    return read.ok() ? std::move(read.tree) : nullptr;
}

QStringList sampleFiles()
{
    QStringList files;
    QDirIterator it(samplesDir(), {QStringLiteral("*.bpmn")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// Fills `repo` with every sample: folders two levels deep, tags, FIM status, three versions
/// of the first models, a restore, a derived model, a link to a later model, rules off.
bool fill(ProcessRepository &repo)
{
    const auto bund = repo.folder(QStringLiteral("Bund"));
    const auto soziales = repo.folder(QStringLiteral("Soziales"), bund.value);
    const auto land = repo.folder(QStringLiteral("Land"));
    const auto kommunen = repo.folder(QStringLiteral("Kommunen"), land.value);
    const auto archiv = repo.folder(QStringLiteral("Archiv"), kommunen.value);
    if (!bund.ok() || !soziales.ok() || !land.ok() || !kommunen.ok() || !archiv.ok())
        return false;
    const QStringList files = sampleFiles();
    const FolderId folders[] = {0, bund.value, soziales.value, kommunen.value, archiv.value};
    std::vector<ModelId> ids;
    for (int i = 0; i < files.size(); ++i) {
        const auto tree = readTree(files[i]);
        if (!tree)
            return false;
        NewModel m;
        m.name = QFileInfo(files[i]).completeBaseName();
        m.description = QStringLiteral("Beschreibung für %1 – mit Umlauten äöü").arg(m.name);
        m.folderId = folders[i % 5];
        m.tags = i % 2 ? QStringList{QStringLiteral("Bürgerdienst"), QStringLiteral("E2E")}
                       : QStringList{QStringLiteral("Antrag")};
        m.fimStatus = i % 3 == 0 ? FimStatus::Stammprozess : FimStatus::None;
        m.status = i % 2 ? QStringLiteral("in Arbeit") : QString();
        m.comment = QStringLiteral("erste Fassung");
        const auto created = repo.createModel(m, *tree);
        if (!created.ok())
            return false;
        ids.push_back(created.value.id);
    }
    // More versions: each of the first three models gets the next sample's XML, then its own.
    for (int i = 0; i < 3; ++i) {
        QFile next(files[(i + 1) % files.size()]);
        if (!next.open(QIODevice::ReadOnly))
            return false;
        if (!repo.saveVersionXml(ids[i], kAnyVersion, next.readAll(), QStringLiteral("zweite"))
                 .ok())
            return false;
        if (!repo.restoreVersion(ids[i], 1).ok())
            return false;
    }
    if (!repo.deriveModel(ids[0], 2, QStringLiteral("Abgeleitet (Land)"), FimStatus::Referenzprozess)
             .ok())
        return false;
    const auto models = repo.models();
    if (!models.ok() || models.value.empty())
        return false;
    ModelId last = 0;
    for (const ModelInfo &m : models.value)
        last = std::max(last, m.id);
    // A derivation link to a model with a higher id (the copy sets it after all models).
    SqlStatement link =
        repo.backend().statement("UPDATE models SET base_model_id = ?, base_version = 1 "
                                 "WHERE id = ?");
    if (!link.bind(1, last).bind(2, ids[1]).exec())
        return false;
    return repo.setRulesDisabled({QStringLiteral("no-complex-gateway"),
                                  QStringLiteral("fim-missing-leistung")},
                                 true)
        .ok();
}

} // namespace

class TestRepositoryCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; ///< a SQLite file filled by fill()
    QStringList m_sourceDump;

    /// Where a copy goes: a new PostgreSQL database in the _pg run, a new file otherwise.
    QString serverOrFile(const QString &name)
    {
        return testRepository(m_dir.filePath(name));
    }

    static RepositoryResult<RepositoryCopyReport> copy(const QString &from, const QString &to)
    {
        const auto source = openRepository(from);
        const auto target = openRepository(to);
        if (!source || !target)
            return RepositoryError{RepositoryStatus::Failed, QStringLiteral("cannot open")};
        return RepositoryCopy::copy(source->backend(), target->backend());
    }

private Q_SLOTS:
    void initTestCase()
    {
        AMTSWEG_REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.amtsweg")); // always a file
        auto repo = openRepository(m_source);
        QVERIFY(repo);
        QVERIFY(fill(*repo));
        QVERIFY(repo->check().value.ok());
        m_sourceDump = dump(*repo);
        QVERIFY(sampleFiles().size() >= 5);
        QCOMPARE(countOf(m_sourceDump, QStringLiteral("models")), sampleFiles().size() + 1);
        QCOMPARE(countOf(m_sourceDump, QStringLiteral("versions")),
                 sampleFiles().size() + 3 * 2 + 1);
        QCOMPARE(countOf(m_sourceDump, QStringLiteral("folders")), 5);
        QCOMPARE(countOf(m_sourceDump, QStringLiteral("disabled_rules")), 2);
        QVERIFY(countOf(m_sourceDump, QStringLiteral("model_tags")) > sampleFiles().size());
    }

    /// SQLite -> PostgreSQL (or file) -> SQLite: every column of every row identical.
    void roundTripIsLossless()
    {
        const QString middle = serverOrFile(QStringLiteral("middle.amtsweg"));
        const QString final = m_dir.filePath(QStringLiteral("final.amtsweg"));
        QVERIFY(!middle.isEmpty());
        QCOMPARE(middle.startsWith(QLatin1String("postgresql:")), testingPostgres());
        const auto there = copy(m_source, middle);
        QVERIFY2(there.ok(), qPrintable(there.message()));
        QCOMPARE(there.value.models, qint64(countOf(m_sourceDump, QStringLiteral("models"))));
        QCOMPARE(there.value.versions, qint64(countOf(m_sourceDump, QStringLiteral("versions"))));
        QCOMPARE(there.value.folders, 5);
        QCOMPARE(there.value.disabledRules, 2);
        QVERIFY(there.value.storedBytes > 0 && there.value.xmlBytes > there.value.storedBytes);
        const auto back = copy(middle, final);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        for (const QString &location : {middle, final}) {
            const auto repo = openRepository(location);
            QVERIFY(repo);
            const QStringList copied = dump(*repo);
            if (copied != m_sourceDump) // name the first difference
                for (qsizetype i = 0; i < std::min(copied.size(), m_sourceDump.size()); ++i)
                    QCOMPARE(copied[i], m_sourceDump[i]);
            QCOMPARE(copied, m_sourceDump);
            const auto report = repo->check();
            QVERIFY2(report.ok() && report.value.ok(), qPrintable(location));
        }
    }

    /// The copy's search index is rebuilt, and new rows get ids above the copied ones.
    void searchAndSavingWorkOnTheCopy()
    {
        const QString target = serverOrFile(QStringLiteral("search.amtsweg"));
        QVERIFY2(copy(m_source, target).ok(), qPrintable(target));
        const auto source = openRepository(m_source);
        const auto repo = openRepository(target);
        QVERIFY(source && repo);
        // Each word finds the model it names (or describes); on a file the hits equal the
        // source's (PostgreSQL's text search ranks and stems differently from FTS5).
        const std::pair<QString, QString> queries[] = {
            {QStringLiteral("Wohngeld"), QStringLiteral("wohngeld-antrag")},
            {QStringLiteral("baugenehmigung"), QStringLiteral("baugenehmigung")},
            {QStringLiteral("Umlauten"), QStringLiteral("elterngeld")}};
        for (const auto &[text, name] : queries) {
            const auto model = repo->findModel(name);
            QVERIFY2(model.ok(), qPrintable(model.message()));
            const auto found = repo->search(text);
            QVERIFY2(found.ok(), qPrintable(found.message()));
            std::vector<ModelId> a, b;
            for (const SearchHit &h : source->search(text).value)
                a.push_back(h.modelId);
            for (const SearchHit &h : found.value)
                b.push_back(h.modelId);
            QVERIFY2(std::find(b.begin(), b.end(), model.value.id) != b.end(), qPrintable(text));
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (!testingPostgres())
                QCOMPARE(b, a);
        }
        const auto models = repo->models();
        ModelId highest = 0;
        for (const ModelInfo &m : models.value)
            highest = std::max(highest, m.id);
        const auto tree = readTree(sampleFile());
        NewModel m;
        m.name = QStringLiteral("Nach der Kopie");
        const auto created = repo->createModel(m, *tree);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(created.value.id, highest + 1);
        const auto folder = repo->folder(QStringLiteral("Neu"));
        QVERIFY2(folder.ok(), qPrintable(folder.message()));
        QCOMPARE(folder.value, 6);
        QVERIFY(repo->saveVersionXml(1, kAnyVersion, writerBytes(sampleFile()), QString()).ok());
    }

    void nonEmptyTargetIsRefusedUnchanged()
    {
        const QString target = serverOrFile(QStringLiteral("busy.amtsweg"));
        {
            auto repo = openRepository(target);
            QVERIFY(repo);
            QVERIFY(repo->folder(QStringLiteral("Vorhanden")).ok());
        }
        QStringList before;
        {
            const auto repo = openRepository(target);
            before = dump(*repo);
        }
        QCOMPARE(before.size(), 1);
        const auto refused = copy(m_source, target);
        QCOMPARE(refused.status(), RepositoryStatus::Invalid);
        QVERIFY2(refused.message().contains(QStringLiteral("not empty")), qPrintable(refused.message()));
        const auto repo = openRepository(target);
        QCOMPARE(dump(*repo), before);
    }

    /// A source whose folders form a cycle fails after the first folders went in: all rolled
    /// back. The command line removes a DEST file it created.
    void failedCopyLeavesTargetAsItWas()
    {
        const QString broken = m_dir.filePath(QStringLiteral("cycle.amtsweg"));
        {
            auto repo = openRepository(broken);
            QVERIFY(repo);
            const auto top = repo->folder(QStringLiteral("Oben"));
            const auto a = repo->folder(QStringLiteral("A"));
            const auto b = repo->folder(QStringLiteral("B"), a.value);
            QVERIFY(top.ok() && a.ok() && b.ok());
            SqlStatement cycle =
                repo->backend().statement("UPDATE folders SET parent_id = ? WHERE id = ?");
            QVERIFY(cycle.bind(1, b.value).bind(2, a.value).exec());
        }
        const QString target = serverOrFile(QStringLiteral("empty.amtsweg"));
        const auto failed = copy(broken, target);
        QCOMPARE(failed.status(), RepositoryStatus::Corrupt);
        QVERIFY2(failed.message().contains(QStringLiteral("cycle")), qPrintable(failed.message()));
        {
            const auto repo = openRepository(target);
            QVERIFY(repo);
            QCOMPARE(dump(*repo), QStringList());
        }
        const QString newFile = m_dir.filePath(QStringLiteral("never.amtsweg"));
        const RepoRun r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), broken, newFile});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("cycle")), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(newFile));
    }

    /// `repo copy` end to end (to the server and back in the _pg run), its summary, refusing a
    /// second copy into the same DEST, and usage errors.
    void commandLine()
    {
        const QString middle = serverOrFile(QStringLiteral("cli-middle.amtsweg"));
        const QString final = m_dir.filePath(QStringLiteral("cli-final.amtsweg"));
        RepoRun r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), m_source, middle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QRegularExpression summary(
            QStringLiteral("in [0-9.]+ s \\(verified.*\nmodels: (\\d+), versions: (\\d+), "
                           "folders: (\\d+)"));
        const QRegularExpressionMatch m = summary.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.describe()));
        QCOMPARE(m.captured(1).toInt(), countOf(m_sourceDump, QStringLiteral("models")));
        QCOMPARE(m.captured(2).toInt(), countOf(m_sourceDump, QStringLiteral("versions")));
        QCOMPARE(m.captured(3).toInt(), 5);
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), middle, final});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        {
            const auto repo = openRepository(final);
            QVERIFY(repo);
            QCOMPARE(dump(*repo), m_sourceDump);
        }
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), m_source, middle});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("not empty")), qPrintable(r.describe()));
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), m_source, m_source});
        QCOMPARE(r.exitCode, 64);
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"), m_source});
        QCOMPARE(r.exitCode, 64);
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("--repository"), m_source,
                        QStringLiteral("copy"), m_source, final});
        QCOMPARE(r.exitCode, 64);
        r = runAmtsweg({QStringLiteral("repo"), QStringLiteral("copy"),
                        m_dir.filePath(QStringLiteral("missing.amtsweg")), final});
        QCOMPARE(r.exitCode, 2);
    }

    /// A file: access is its permissions; grant and revoke say so.
    void accessOfAFile()
    {
        RepoRun r = runRepo(m_source, {QStringLiteral("access")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("access: read and edit")));
        QVERIFY(r.out.contains(QStringLiteral("permissions")));
        r = runRepo(m_source, {QStringLiteral("grant"), QStringLiteral("someone"),
                               QStringLiteral("read")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("is a file")), qPrintable(r.describe()));
        QCOMPARE(runRepo(m_source, {QStringLiteral("revoke"), QStringLiteral("someone")}).exitCode,
                 64);
    }

    /// PostgreSQL: a login role granted read opens read-only and cannot save; granted edit it
    /// saves; revoked it cannot open the repository any more.
    void accessOnTheServer()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL roles: the _pg run tests them (a file's access is its permissions)");
        const QString url = testRepository(QStringLiteral("unused"));
        QVERIFY(!url.isEmpty());
        {
            auto repo = openRepository(url);
            QVERIFY(repo);
            NewModel shared;
            shared.name = QStringLiteral("Geteilt");
            QVERIFY(repo->createModel(shared, *readTree(sampleFile())).ok());
        }
        const QString role = QStringLiteral("amtsweg_t_user_%1")
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString password = QStringLiteral("secret-%1").arg(QRandomGenerator::global()->generate());
        QProcess psql;
        psql.start(psqlProgram(),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                    url, QStringLiteral("-c"),
                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        QUrl asUser(url);
        asUser.setUserName(role);
        const QString userUrl = asUser.toString();
        RepositoryOpenOptions options;
        options.askPassword = [&](const QString &) { return password; };
        const auto openAsUser = [&] { return ProcessRepository::open(userUrl, options); };
        // Without a grant: no access to the tables.
        QVERIFY(!openAsUser().ok());

        RepoRun r = runRepo(url, {QStringLiteral("grant"), role, QStringLiteral("read")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        {
            auto reader = openAsUser();
            QVERIFY2(reader.ok(), qPrintable(reader.message()));
            QVERIFY(!reader.value->backend().canWrite());
            QVERIFY(reader.value->backend().readOnlyReason().contains(role));
            const auto saved = reader.value->saveVersionXml(1, kAnyVersion,
                                                            writerBytes(sampleFile()), QString());
            QCOMPARE(saved.status(), RepositoryStatus::Unwritable);
            const auto info = RepositoryAccess::describe(*reader.value);
            QVERIFY2(info.ok(), qPrintable(info.message()));
            QCOMPARE(info.value.user, role);
            QVERIFY(!info.value.canWrite);
        }
        // The user's own view on the command line (password in the URL: no prompt).
        QUrl withPassword(userUrl);
        withPassword.setPassword(password);
        r = runRepo(withPassword.toString(), {QStringLiteral("access")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("access: read only")),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(password), qPrintable(r.describe()));
        r = runRepo(url, {QStringLiteral("access")});
        QVERIFY2(r.out.contains(QStringLiteral("\t%1\tread").arg(role)), qPrintable(r.describe()));
        // On a terminal the password is asked for without echo (util-linux `script` gives the
        // command a terminal; the password is typed once the prompt shows).
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        QVERIFY2(!script.isEmpty(), "util-linux 'script' not found (Debian: bsdutils)");
        QProcess terminal;
        terminal.start(script, {QStringLiteral("-qec"),
                                QStringLiteral("'%1' repo --repository '%2' access")
                                    .arg(amtswegBinary(), userUrl),
                                QStringLiteral("/dev/null")});
        QVERIFY(terminal.waitForStarted(30000));
        QByteArray shown;
        while (!shown.contains("Password for") && terminal.waitForReadyRead(30000))
            shown += terminal.readAllStandardOutput();
        QVERIFY2(shown.contains(role.toUtf8()), shown.constData());
        terminal.write(password.toUtf8() + '\n');
        QVERIFY(terminal.waitForFinished(60000));
        shown += terminal.readAllStandardOutput();
        QVERIFY2(terminal.exitCode() == 0 && shown.contains("access: read only"), shown.constData());
        QVERIFY2(!shown.contains(password.toUtf8()), shown.constData());

        r = runRepo(url, {QStringLiteral("grant"), role, QStringLiteral("edit")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        {
            auto editor = openAsUser();
            QVERIFY2(editor.ok(), qPrintable(editor.message()));
            QVERIFY(editor.value->backend().canWrite());
            const auto saved = editor.value->saveVersionXml(1, kAnyVersion,
                                                            writerBytes(sampleFile()), QString());
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            QCOMPARE(saved.value.number, 2);
        }
        r = runRepo(url, {QStringLiteral("access")});
        QVERIFY2(r.out.contains(QStringLiteral("\t%1\tedit").arg(role)), qPrintable(r.describe()));
        // Read again: editing is taken away.
        r = runRepo(url, {QStringLiteral("grant"), role, QStringLiteral("read")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!openAsUser().value->backend().canWrite());

        r = runRepo(url, {QStringLiteral("revoke"), role});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!openAsUser().ok());
        r = runRepo(url, {QStringLiteral("access")});
        QVERIFY2(!r.out.contains(role), qPrintable(r.describe()));
        r = runRepo(url, {QStringLiteral("grant"), QStringLiteral("amtsweg_t_nobody"),
                          QStringLiteral("edit")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runRepo(url, {QStringLiteral("grant"), role, QStringLiteral("write")}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestRepositoryCopy)
#include "tst_repositorycopy.moc"

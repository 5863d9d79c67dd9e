// ProcessRepository, ModelImport, RepositorySearch and RepositoryCheck in process: import,
// list, history, byte-identical versions, restore, derivation, search hits, consistency
// findings, the optimistic conflict and a full disk.

#include "repository/modelimport.h"
#include "repository/repositorycheck.h"
#include "repository/repositorysearch.h"
#include "repository/sqlitestatement.h"
#include "repotestsupport.h"

#include <QDir>
#include <QRandomGenerator>

#include <map>

#include <sqlite3.h>

using namespace amtsweg;
using namespace amtsweg::test;

class TestProcessRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProcessRepository> m_repo;
    ModelId m_sample = 0;

    std::unique_ptr<ModelTree> readTree(const QString &file)
    {
        ReadResult read = BpmnReader::readFile(file);
        return std::move(read.tree);
    }

private:
    int m_rowCount = 0; // a fresh repository per test row

    /// A single integer from a query on either backend (-1 when it failed).
    qint64 queryInteger(const char *sql) const
    {
        SqlStatement s = m_repo->backend().statement(sql);
        return s.next() ? s.integer(0) : -1;
    }

private Q_SLOTS:
    void initTestCase() { AMTSWEG_REQUIRE_BACKEND(); }

    void init()
    {
        m_repo = openRepository(testRepository(
            m_dir.filePath(QStringLiteral("%1-%2.amtsweg")
                               .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                    QString::number(++m_rowCount)))));
        QVERIFY(m_repo);
        const auto imported = ModelImport::importFile(*m_repo, sampleFile());
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        m_sample = imported.value.model.id;
    }
    void cleanup() { m_repo.reset(); }

    void importStoresWriterBytesAndMetadata()
    {
        const auto model = m_repo->model(m_sample);
        QVERIFY(model.ok());
        QCOMPARE(model.value.name, QStringLiteral("Wohngeld beantragen"));
        QCOMPARE(model.value.latestVersion, 1);
        QCOMPARE(model.value.author, ProcessRepository::currentUser());
        QVERIFY(!model.value.uuid.isEmpty());
        QVERIFY(model.value.created.isValid());
        QCOMPARE(m_repo->versionXml(m_sample).value, writerBytes(sampleFile()));
        // Stored zstd-compressed (schema version 4): far smaller than the XML it gives back.
        const qint64 stored =
            queryInteger("SELECT length(xml) FROM versions WHERE compression = 2 AND number = 1");
        QVERIFY2(stored > 0 && stored * 3 < writerBytes(sampleFile()).size(),
                 qPrintable(QString::number(stored)));
        const auto history = m_repo->history(m_sample);
        QCOMPARE(history.value.size(), std::size_t(1));
        QCOMPARE(history.value.front().size, writerBytes(sampleFile()).size());
        QVERIFY(history.value.front().comment.contains(QStringLiteral("wohngeld-antrag.bpmn")));
    }

    void importFolderRecursivelyIntoFolders_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("folder") << QString();
        QTest::newRow("folder with a trailing slash") << QStringLiteral("/");
    }

    void importFolderRecursivelyIntoFolders()
    {
        QFETCH(QString, suffix);
        QTemporaryDir tree;
        QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("land/kreis"))));
        QVERIFY(
            QFile::copy(goodFile("minimal.bpmn"), tree.filePath(QStringLiteral("land/a.bpmn"))));
        QVERIFY(QFile::copy(goodFile("all-elements.bpmn"),
                            tree.filePath(QStringLiteral("land/kreis/b.bpmn"))));
        QVERIFY(QFile::copy(goodFile("minimal.bpmn"), tree.filePath(QStringLiteral("land/c.txt"))));
        const ImportReport report =
            ModelImport::importPaths(*m_repo, {tree.filePath(QStringLiteral("land")) + suffix});
        QVERIFY(report.ok());
        QCOMPARE(report.imported.size(), std::size_t(2));
        const auto folders = m_repo->folders().value;
        QCOMPARE(folders.size(), std::size_t(2));
        const auto land = std::find_if(folders.begin(), folders.end(),
                                       [](const FolderInfo &f) { return f.name == "land"; });
        const auto kreis = std::find_if(folders.begin(), folders.end(),
                                        [](const FolderInfo &f) { return f.name == "kreis"; });
        QVERIFY(land != folders.end() && kreis != folders.end());
        QCOMPARE(kreis->parentId, land->id);
        for (const ImportedModel &m : report.imported)
            QCOMPARE(m.model.folderId,
                     m.file.endsWith(QStringLiteral("b.bpmn")) ? kreis->id : land->id);
        QCOMPARE(m_repo->models().value.size(), std::size_t(3));
    }

    void importReportsUnreadableFilesAndContinues()
    {
        const ImportReport report = ModelImport::importPaths(
            *m_repo,
            {testDataDir() + QStringLiteral("/unreadable/not-xml.bpmn"), goodFile("minimal.bpmn")});
        QCOMPARE(report.imported.size(), std::size_t(1));
        QCOMPARE(report.failures.size(), std::size_t(1));
        QCOMPARE(report.failures.front().status, RepositoryStatus::Unreadable);
        QVERIFY(report.failures.front().message.contains(QStringLiteral("not-xml.bpmn")));
    }

    void versionsAreImmutableAndRestoreCopies()
    {
        auto tree = readTree(goodFile("minimal.bpmn"));
        const auto v2 = m_repo->saveVersion(m_sample, 1, *tree, QStringLiteral("kleiner"));
        QVERIFY2(v2.ok(), qPrintable(v2.message()));
        QCOMPARE(v2.value.number, 2);
        QCOMPARE(m_repo->versionXml(m_sample).value, BpmnWriter::write(*tree));
        const auto v3 = m_repo->restoreVersion(m_sample, 1, 2);
        QVERIFY2(v3.ok(), qPrintable(v3.message()));
        QCOMPARE(v3.value.number, 3);
        QCOMPARE(m_repo->versionXml(m_sample, 3).value, m_repo->versionXml(m_sample, 1).value);
        QCOMPARE(m_repo->versionXml(m_sample, 2).value, BpmnWriter::write(*tree));
        const auto history = m_repo->history(m_sample).value;
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history.front().number, 3); // newest first
        QVERIFY(history.front().comment.contains(QStringLiteral("1")));
        // The database refuses changing a stored version.
        QVERIFY(!m_repo->backend().statement("UPDATE versions SET comment = 'x'").exec());
        QCOMPARE(m_repo->versionXml(m_sample, 4).status(), RepositoryStatus::NotFound);
        QCOMPARE(m_repo->versionXml(999).status(), RepositoryStatus::NotFound);
        // The opened version is the stored one.
        const auto opened = m_repo->openVersion(m_sample, 2);
        QVERIFY(opened.ok());
        QCOMPARE(BpmnWriter::write(*opened.value), BpmnWriter::write(*tree));
    }

    void olderCompressionsStayReadableDamageIsReported()
    {
        // Rows written before schema version 4 (raw, zlib) read back as they were; a damaged
        // zstd blob or an unknown compression is damage, never XML.
        const QByteArray xml = writerBytes(sampleFile());
        const QByteArray zstd("\x28\xb5\x2f\xfd garbage"); // a zstd frame's magic, then junk
        const struct
        {
            int number, compression;
            QByteArray blob;
        } rows[] = {{2, 0, xml}, {3, 1, qCompress(xml)}, {4, 2, zstd}, {5, 7, xml}};
        for (const auto &row : rows) {
            SqlStatement insert = m_repo->backend().statement(
                "INSERT INTO versions(model_id, number, author, created_at, size, xml, "
                "compression) VALUES(?, ?, 'test', '2026-01-01T00:00:00', ?, ?, ?)");
            insert.bind(1, m_sample).bind(2, row.number).bind(3, qint64(xml.size()));
            QVERIFY(insert.bindBlob(4, row.blob).bind(5, row.compression).exec());
        }
        QCOMPARE(m_repo->versionXml(m_sample, 2).value, xml);
        QCOMPARE(m_repo->versionXml(m_sample, 3).value, xml);
        QCOMPARE(m_repo->versionXml(m_sample, 4).status(), RepositoryStatus::Corrupt);
        QCOMPARE(m_repo->versionXml(m_sample, 5).status(), RepositoryStatus::Corrupt);
        const auto report = m_repo->check();
        QVERIFY(report.ok());
        int sizeFindings = 0;
        for (const RepositoryFinding &f : report.value.findings)
            sizeFindings += f.code == QLatin1String("size") ? 1 : 0;
        QCOMPARE(sizeFindings, 2);
    }

    void searchIndexRewrittenOnlyWhenItsTextChanges()
    {
        // FTS5 replaces a row by tokenizing old and new text; a save that leaves the texts as
        // they were (e.g. shapes moved) leaves the index alone, and a rename replaces only the
        // renamed element's row (one new small segment, the model's row untouched).
        // On PostgreSQL: a row per element line; a row written again has a new xmin.
        const bool pg = testingPostgres();
        const auto segments = [&] {
            return queryInteger(pg ? "SELECT sum(xmin::text::bigint) FROM element_search"
                                   : "SELECT count(*) FROM element_search_data");
        };
        const auto modelRows = [&] {
            return queryInteger(pg ? "SELECT sum(xmin::text::bigint) FROM model_search"
                                   : "SELECT count(*) FROM model_search_data");
        };
        const auto stored = [&] {
            SqlStatement s = m_repo->backend().statement(
                pg ? "SELECT position, line_key || xmin::text FROM element_search WHERE model_id = ?"
                   : "SELECT chunk, elements FROM search_chunks WHERE model_id = ?");
            std::map<qint64, QByteArray> chunks;
            for (s.bind(1, m_sample); s.next();)
                chunks[s.integer(0)] = s.blob(1);
            return chunks;
        };
        auto tree = readTree(sampleFile());
        const qint64 before = segments();
        const qint64 modelRowsBefore = modelRows();
        const std::map<qint64, QByteArray> storedBefore = stored();
        QVERIFY(!storedBefore.empty());
        QVERIFY(m_repo->saveVersion(m_sample, 1, *tree, QStringLiteral("same text")).ok());
        QCOMPARE(segments(), before);
        QCOMPARE(stored(), storedBefore);
        // "Nachweise hochladen" becomes "Belege umbenannt"; "hochladen" occurs nowhere else.
        const NodeId task = tree->byId("Task_NachweiseHochladen");
        QVERIFY(task != kNoNode);
        const QString taskId = QStringLiteral("Task_NachweiseHochladen");
        QVERIFY(m_repo->search(QStringLiteral("hochladen")).value.front().elementIds.contains(taskId));
        tree->setAttribute(task, tree->known().name, "Belege umbenannt");
        QVERIFY(m_repo->saveVersion(m_sample, 2, *tree, QStringLiteral("renamed")).ok());
        QVERIFY(segments() != before);
        QCOMPARE(modelRows(), modelRowsBefore);
        // Only the chunk holding the renamed element's row was written again.
        const std::map<qint64, QByteArray> storedAfter = stored();
        QCOMPARE(storedAfter.size(), storedBefore.size());
        int changedChunks = 0;
        for (const auto &[chunk, text] : storedAfter)
            changedChunks += storedBefore.at(chunk) != text ? 1 : 0;
        QCOMPARE(changedChunks, 1);
        const auto hits = m_repo->search(QStringLiteral("umbenannt"));
        QCOMPARE(hits.value.size(), std::size_t(1));
        QCOMPARE(hits.value.front().elementIds, QStringList{taskId});
        QVERIFY2(hits.value.front().snippet.contains(QStringLiteral("[umbenannt]")),
                 qPrintable(hits.value.front().snippet));
        // The old name is gone from the index (the contentless row was removed with its text).
        QCOMPARE(m_repo->search(QStringLiteral("hochladen")).value.size(), std::size_t(0));
        // Removing the name removes the row.
        tree->setAttribute(task, tree->known().name, "");
        QVERIFY(m_repo->saveVersion(m_sample, 3, *tree, QStringLiteral("unnamed")).ok());
        QCOMPARE(m_repo->search(QStringLiteral("umbenannt")).value.size(), std::size_t(0));
        // A rebuilt index finds the same.
        QVERIFY(m_repo->backend().rebuildIndex().ok());
        QCOMPARE(m_repo->search(QStringLiteral("umbenannt")).value.size(), std::size_t(0));
        QVERIFY(!m_repo->search(QStringLiteral("Wohngeld")).value.empty());
    }

    void rulesSwitchedOffForTheRepository()
    {
        QCOMPARE(m_repo->disabledRules().value, QStringList());
        QVERIFY(m_repo->setRulesDisabled({QStringLiteral("label-required"),
                                          QStringLiteral("no-gateway-join-fork")},
                                         true)
                    .ok());
        // Twice is harmless; the list is sorted and survives reopening.
        QVERIFY(m_repo->setRulesDisabled({QStringLiteral("label-required")}, true).ok());
        const QStringList both{QStringLiteral("label-required"),
                               QStringLiteral("no-gateway-join-fork")};
        QCOMPARE(m_repo->disabledRules().value, both);
        const QString path = m_repo->location();
        m_repo.reset();
        m_repo = openRepository(path);
        QVERIFY(m_repo);
        QCOMPARE(m_repo->disabledRules().value, both);
        QVERIFY(m_repo->setRulesDisabled({QStringLiteral("label-required")}, false).ok());
        QCOMPARE(m_repo->disabledRules().value, QStringList{QStringLiteral("no-gateway-join-fork")});
        QCOMPARE(m_repo->setRulesDisabled({QString()}, true).status(), RepositoryStatus::Invalid);
        QCOMPARE(m_repo->setRulesDisabled({QStringLiteral("a b")}, true).status(),
                 RepositoryStatus::Invalid);
        QCOMPARE(m_repo->disabledRules().value.size(), 1);
    }

    void optimisticConflict()
    {
        auto tree = readTree(sampleFile());
        QVERIFY(m_repo->saveVersion(m_sample, 1, *tree, QStringLiteral("first")).ok());
        const auto stale = m_repo->saveVersion(m_sample, 1, *tree, QStringLiteral("stale"));
        QCOMPARE(stale.status(), RepositoryStatus::Conflict);
        QVERIFY2(stale.message().contains(QStringLiteral("version 2")),
                 qPrintable(stale.message()));
        QCOMPARE(m_repo->model(m_sample).value.latestVersion, 2);
        QCOMPARE(m_repo->saveVersion(m_sample, 2, *tree, QString()).value.number, 3);
        QCOMPARE(m_repo->saveVersion(m_sample, kAnyVersion, *tree, QString()).value.number, 4);
        QCOMPARE(m_repo->restoreVersion(m_sample, 1, 3).status(), RepositoryStatus::Conflict);
        QCOMPARE(m_repo->saveVersion(4711, 1, *tree, QString()).status(),
                 RepositoryStatus::NotFound);
    }

    void deriveKeepsLinkToBase()
    {
        auto tree = readTree(goodFile("minimal.bpmn"));
        QVERIFY(m_repo->saveVersion(m_sample, 1, *tree, QString()).ok());
        const auto derived = m_repo->deriveModel(m_sample, 1, QStringLiteral("Wohngeld Kreis X"),
                                                 FimStatus::Lokalprozess);
        QVERIFY2(derived.ok(), qPrintable(derived.message()));
        QCOMPARE(derived.value.baseModelId, m_sample);
        QCOMPARE(derived.value.baseVersion, 1);
        QCOMPARE(derived.value.fimStatus, FimStatus::Lokalprozess);
        QCOMPARE(m_repo->versionXml(derived.value.id).value, m_repo->versionXml(m_sample, 1).value);
        QCOMPARE(m_repo->deriveModel(m_sample, 9, QStringLiteral("x"), FimStatus::None).status(),
                 RepositoryStatus::NotFound);
    }

    void findModelByIdNameAndAmbiguity()
    {
        QCOMPARE(m_repo->findModel(QString::number(m_sample)).value.id, m_sample);
        QCOMPARE(m_repo->findModel(QStringLiteral("Wohngeld beantragen")).value.id, m_sample);
        QCOMPARE(m_repo->findModel(m_repo->model(m_sample).value.uuid).value.id, m_sample);
        QCOMPARE(m_repo->findModel(QStringLiteral("Unbekannt")).status(),
                 RepositoryStatus::NotFound);
        const auto second = ModelImport::importFile(*m_repo, sampleFile());
        QVERIFY(second.ok());
        const auto ambiguous = m_repo->findModel(QStringLiteral("Wohngeld beantragen"));
        QCOMPARE(ambiguous.status(), RepositoryStatus::Ambiguous);
        QVERIFY(ambiguous.message().contains(QString::number(m_sample)));
        QVERIFY(ambiguous.message().contains(QString::number(second.value.model.id)));
    }

    void searchFindsElementsDocumentationAndMetadata()
    {
        QVERIFY(ModelImport::importFile(*m_repo, goodFile("all-elements.bpmn")).ok());
        // An element name (word prefix, case and diacritics ignored).
        auto hits = m_repo->search(QStringLiteral("nachweise"));
        QVERIFY2(hits.ok(), qPrintable(hits.message()));
        QCOMPARE(hits.value.size(), std::size_t(1));
        QCOMPARE(hits.value.front().modelId, m_sample);
        QVERIFY2(hits.value.front().elementIds.contains(QStringLiteral("Task_NachweiseHochladen")),
                 qPrintable(hits.value.front().elementIds.join(' ')));
        QVERIFY(hits.value.front().snippet.contains(QLatin1Char('[')));
        QCOMPARE(m_repo->search(QStringLiteral("wohngeldbehorde")).value.size(), std::size_t(1));
        // Documentation text.
        const SearchDocument doc = RepositorySearch::extract(*readTree(sampleFile()));
        QString documentation; // the third field of an element's line
        for (const QByteArray &line : doc.elementIndex.split('\n'))
            if (documentation.isEmpty())
                documentation = QString::fromUtf8(line.split('\t').value(2));
        QVERIFY(!documentation.isEmpty());
        const QString word =
            documentation.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(2);
        QVERIFY(!word.isEmpty());
        QVERIFY(!m_repo->search(word).value.empty());
        // Several words must all occur; no match is an empty list, not an error.
        QCOMPARE(m_repo->search(QStringLiteral("Wohngeld zzzqqq")).value.size(), std::size_t(0));
        QCOMPARE(m_repo->search(QStringLiteral("  ")).status(), RepositoryStatus::Invalid);
        QVERIFY(m_repo->search(QStringLiteral("\"quoted AND OR *")).ok());
        // Metadata: tags and FIM status after a change of the model's information.
        ModelInfo info = m_repo->model(m_sample).value;
        info.tags = QStringList{QStringLiteral("Sozialleistung")};
        info.fimStatus = FimStatus::Referenzprozess;
        QVERIFY(m_repo->updateModelInfo(info).ok());
        QCOMPARE(m_repo->model(m_sample).value.tags, info.tags);
        QCOMPARE(m_repo->search(QStringLiteral("sozialleist")).value.size(), std::size_t(1));
        QCOMPARE(m_repo->search(QStringLiteral("Referenzprozess")).value.size(), std::size_t(1));
        QCOMPARE(m_repo->search(QStringLiteral("nachweise")).value.size(), std::size_t(1));
        // The index follows the newest version.
        QVERIFY(m_repo->saveVersion(m_sample, 1, *readTree(goodFile("minimal.bpmn")), {}).ok());
        QCOMPARE(m_repo->search(QStringLiteral("nachweise")).value.size(), std::size_t(0));
    }

    void checkFindsDamage()
    {
        auto report = m_repo->check();
        QVERIFY2(report.ok() && report.value.ok(), qPrintable(report.message()));
        QCOMPARE(report.value.models, 1);
        QCOMPARE(report.value.versions, 1);
        QVERIFY(m_repo->saveVersion(m_sample, 1, *readTree(sampleFile()), {}).ok());
        QVERIFY(m_repo->backend().statement("DELETE FROM versions WHERE number = 1").exec());
        QVERIFY(m_repo->backend().statement("DELETE FROM model_search").exec());
        report = m_repo->check();
        QVERIFY(report.ok());
        QStringList codes;
        for (const RepositoryFinding &f : report.value.findings)
            codes << f.code;
        QVERIFY2(codes.contains(QStringLiteral("version-gap")), qPrintable(codes.join(' ')));
        QVERIFY(codes.contains(QStringLiteral("search-index")));
    }

    void diskFullLeavesRepositoryIntact()
    {
        AMTSWEG_SQLITE_ONLY("fills the file up to SQLite's page limit");
        const QByteArray before = m_repo->versionXml(m_sample).value;
        const qint64 pages = m_repo->sqliteDatabase()->queryInteger("PRAGMA page_count");
        const QByteArray limit = "PRAGMA max_page_count=" + QByteArray::number(pages + 2);
        QVERIFY(m_repo->sqliteDatabase()->queryInteger(limit.constData()) > 0);
        auto tree = readTree(goodFile("all-elements.bpmn"));
        // Versions are stored compressed: random text keeps this one larger than the room left.
        QByteArray noise(300000, '\0');
        for (char &c : noise)
            c = "0123456789abcdef"[QRandomGenerator::global()->bounded(16)];
        const NodeId process = tree->firstChildElement(tree->root(), "process");
        QVERIFY(process != kNoNode);
        tree->setAttribute(process, tree->known().name, noise.toStdString());
        const auto saved = m_repo->saveVersion(m_sample, 1, *tree, QStringLiteral("too big"));
        QCOMPARE(saved.status(), RepositoryStatus::DiskFull);
        QVERIFY2(saved.message().contains(QStringLiteral("disk is full")),
                 qPrintable(saved.message()));
        QVERIFY(saved.message().contains(m_repo->location()));
        const QString big = m_dir.filePath(QStringLiteral("big.bpmn"));
        QString error;
        QVERIFY2(BpmnWriter::writeFile(*tree, big, &error), qPrintable(error));
        const auto created = ModelImport::importFile(*m_repo, big);
        QCOMPARE(created.status(), RepositoryStatus::DiskFull);
        // Nothing half-written: same models, versions, index; the check passes.
        QCOMPARE(m_repo->models().value.size(), std::size_t(1));
        QCOMPARE(m_repo->model(m_sample).value.latestVersion, 1);
        QCOMPARE(m_repo->history(m_sample).value.size(), std::size_t(1));
        QCOMPARE(m_repo->versionXml(m_sample).value, before);
        const auto report = m_repo->check();
        QVERIFY(report.ok() && report.value.ok());
        // With room again, the same save works.
        QVERIFY(m_repo->sqliteDatabase()->queryInteger("PRAGMA max_page_count=1073741823") > 0);
        QCOMPARE(m_repo->saveVersion(m_sample, 1, *tree, QString()).value.number, 2);
    }
};

QTEST_GUILESS_MAIN(TestProcessRepository)
#include "tst_processrepository.moc"

#include "repositorycheck.h"

#include "repositorybackend.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"


namespace amtsweg {
namespace {

/// Runs a query whose rows are findings: (model id, version, detail).
RepositoryError collect(const RepositoryBackend &db, const char *sql, const QString &code,
                        const char *message, std::vector<RepositoryFinding> &out)
{
    SqlStatement s = db.statement(sql);
    while (s.next())
        out.push_back({code, repoTr(message).arg(s.integer(0)).arg(s.integer(1)).arg(s.text(2)),
                       s.integer(0), int(s.integer(1))});
    return s.failed() ? s.error(repoTr("checking the repository")) : RepositoryError{};
}

struct Rule
{
    const char *code;
    const char *sql; // in the SQL both backends understand
    const char *message; // %1 model, %2 version, %3 detail
};

const char *const kSearchIndexMessage =
    QT_TRANSLATE_NOOP("Repository", "The search index does not match model %1 (version %2: %3).");

const Rule kRules[] = {
    {"version-gap",
     "SELECT model_id, count(*), max(number) FROM versions GROUP BY model_id "
     "HAVING count(*) <> max(number) OR min(number) <> 1",
     QT_TRANSLATE_NOOP("Repository",
                       "Model %1 has %2 versions numbered up to %3: some are missing.")},
    {"latest-version",
     "SELECT m.id, m.latest_version, coalesce(max(v.number), 0) FROM models m LEFT JOIN versions "
     "v ON v.model_id = m.id GROUP BY m.id HAVING m.latest_version <> coalesce(max(v.number), 0) "
     "OR m.latest_version < 1",
     QT_TRANSLATE_NOOP("Repository", "Model %1 records version %2 as newest, but has %3.")},
    {"size",
     "SELECT model_id, number, size || ' recorded, ' || length(xml) || ' stored' FROM versions "
     "WHERE compression = 0 AND size <> length(xml)",
     QT_TRANSLATE_NOOP("Repository", "Model %1 version %2 has the wrong size (%3 bytes).")},
    {"derivation",
     "SELECT d.id, d.base_version, coalesce(b.name, 'missing base model') FROM models d LEFT JOIN "
     "models b ON b.id = d.base_model_id WHERE d.base_model_id IS NOT NULL AND (b.id IS NULL OR "
     "d.base_version NOT BETWEEN 1 AND b.latest_version)",
     QT_TRANSLATE_NOOP("Repository", "Model %1 is derived from version %2 of '%3', which does not "
                                     "exist.")},
    {"folder-cycle",
     "WITH RECURSIVE up(start, id, depth) AS (SELECT id, parent_id, 1 FROM folders UNION ALL "
     "SELECT up.start, f.parent_id, depth + 1 FROM up JOIN folders f ON f.id = up.id "
     "WHERE depth < 1000) SELECT DISTINCT 0, start, 'folder ' || start FROM up WHERE id = start",
     QT_TRANSLATE_NOOP("Repository", "The folder tree has a cycle (%3, folder %2).")},
};

qint64 count(const RepositoryBackend &db, const char *sql)
{
    SqlStatement s = db.statement(sql);
    return s.next() ? s.integer(0) : 0;
}

/// Reads every stored version: sizes after unpacking, and readable BPMN.
RepositoryError readVersions(const RepositoryBackend &db, std::vector<RepositoryFinding> &findings)
{
    SqlStatement versions =
        db.statement("SELECT model_id, number, xml, compression, size FROM versions");
    while (versions.next()) {
        const QByteArray xml = versionblob::unpack(versions.blob(2), int(versions.integer(3)));
        if (xml.size() != versions.integer(4)) {
            findings.push_back({QStringLiteral("size"),
                                repoTr("Model %1 version %2 has the wrong size (%3 bytes).")
                                    .arg(versions.integer(0))
                                    .arg(versions.integer(1))
                                    .arg(QStringLiteral("%1 recorded, %2 stored")
                                             .arg(versions.integer(4))
                                             .arg(xml.size())),
                                versions.integer(0), int(versions.integer(1))});
            continue;
        }
        const ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("xml"));
        if (!read.ok())
            findings.push_back(
                {QStringLiteral("unreadable-xml"),
                 repoTr("Model %1 version %2 is no readable BPMN: %3")
                     .arg(versions.integer(0))
                     .arg(versions.integer(1))
                     .arg(read.diagnostics.empty() ? QString() : read.diagnostics.front().message),
                 versions.integer(0), int(versions.integer(1))});
    }
    return versions.failed() ? versions.error(repoTr("checking the repository")) : RepositoryError{};
}

} // namespace

RepositoryResult<RepositoryCheckReport> RepositoryCheck::run(const RepositoryBackend &db,
                                                             bool readXml)
{
    RepositoryCheckReport report;
    RepositoryResult<std::vector<RepositoryFinding>> storage = db.storageFindings();
    if (!storage.ok())
        return storage.error;
    report.findings = std::move(storage.value);
    if (!report.ok())
        return report; // the other checks read the damaged tables; stop here
    for (const Rule &rule : kRules)
        if (RepositoryError e = collect(db, rule.sql, QLatin1String(rule.code), rule.message,
                                        report.findings);
            e.status != RepositoryStatus::Ok)
            return e;
    if (RepositoryError e = collect(db, db.searchIndexCheckSql(), QStringLiteral("search-index"),
                                    kSearchIndexMessage, report.findings);
        e.status != RepositoryStatus::Ok)
        return e;
    report.models = int(count(db, "SELECT count(*) FROM models"));
    report.versions = int(count(db, "SELECT count(*) FROM versions"));
    if (readXml)
        if (RepositoryError e = readVersions(db, report.findings); e.status != RepositoryStatus::Ok)
            return e;
    return report;
}

} // namespace amtsweg

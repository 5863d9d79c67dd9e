#include "repositorycheck.h"

#include "repositorydatabase.h"
#include "sqlitestatement.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"

#include <sqlite3.h>

namespace amtsweg {
namespace {

/// Runs a query whose rows are findings: (model id, version, detail).
int collect(const RepositoryDatabase &db, const char *sql, const QString &code, const char *message,
            std::vector<RepositoryFinding> &out)
{
    SqliteStatement s = db.prepare(sql);
    if (!s.ok())
        return s.resultCode();
    while (s.next())
        out.push_back({code, repoTr(message).arg(s.integer(0)).arg(s.integer(1)).arg(s.text(2)),
                       s.integer(0), int(s.integer(1))});
    return s.resultCode() == SQLITE_DONE ? SQLITE_OK : s.resultCode();
}

struct Rule
{
    const char *code;
    const char *sql;
    const char *message; // %1 model, %2 version, %3 detail
};

const Rule kRules[] = {
    {"foreign-key",
     "SELECT 0, 0, \"table\" || ' row ' || rowid || ' refers to a missing ' || parent "
     "FROM pragma_foreign_key_check",
     QT_TRANSLATE_NOOP("Repository", "Broken reference: %3.")},
    {"version-gap",
     "SELECT model_id, count(*), max(number) FROM versions GROUP BY model_id "
     "HAVING count(*) <> max(number) OR min(number) <> 1",
     QT_TRANSLATE_NOOP("Repository",
                       "Model %1 has %2 versions numbered up to %3: some are missing.")},
    {"latest-version",
     "SELECT m.id, m.latest_version, ifnull(max(v.number), 0) FROM models m LEFT JOIN versions v "
     "ON v.model_id = m.id GROUP BY m.id HAVING m.latest_version <> ifnull(max(v.number), 0) "
     "OR m.latest_version < 1",
     QT_TRANSLATE_NOOP("Repository", "Model %1 records version %2 as newest, but has %3.")},
    {"size",
     "SELECT model_id, number, size || ' recorded, ' || length(xml) || ' stored' FROM versions "
     "WHERE compression = 0 AND size <> length(xml)",
     QT_TRANSLATE_NOOP("Repository", "Model %1 version %2 has the wrong size (%3 bytes).")},
    {"search-index",
     "SELECT id, latest_version, name FROM models WHERE id NOT IN (SELECT rowid FROM model_search) "
     "OR id NOT IN (SELECT model_id FROM search_elements) UNION ALL SELECT rowid, 0, 'no such model' FROM model_search WHERE rowid NOT IN "
     "(SELECT id FROM models)",
     QT_TRANSLATE_NOOP("Repository", "The search index does not match model %1 (version %2: %3).")},
    {"derivation",
     "SELECT d.id, d.base_version, ifnull(b.name, 'missing base model') FROM models d LEFT JOIN "
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

} // namespace

RepositoryResult<RepositoryCheckReport> RepositoryCheck::run(const RepositoryDatabase &db,
                                                             bool readXml)
{
    RepositoryCheckReport report;
    SqliteStatement integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.next())
        if (const QString row = integrity.text(0); row != QLatin1String("ok"))
            report.findings.push_back({QStringLiteral("integrity"), row, 0, 0});
    if (integrity.resultCode() != SQLITE_DONE)
        return RepositoryError{RepositoryStatus::Corrupt,
                               RepositoryDatabase::corruptMessage(
                                   db.path(), QString::fromUtf8(sqlite3_errmsg(db.handle())))};
    if (!report.ok())
        return report; // the other checks read the damaged tables; stop here
    for (const Rule &rule : kRules)
        if (const int rc =
                collect(db, rule.sql, QLatin1String(rule.code), rule.message, report.findings);
            rc != SQLITE_OK)
            return db.error(rc, repoTr("checking the repository"));

    report.models = int(db.queryInteger("SELECT count(*) FROM models", 0));
    report.versions = int(db.queryInteger("SELECT count(*) FROM versions", 0));
    if (!readXml)
        return report;
    SqliteStatement versions =
        db.prepare("SELECT model_id, number, xml, compression, size FROM versions");
    while (versions.next()) {
        const QByteArray xml = versionblob::unpack(versions.blob(2), int(versions.integer(3)));
        if (xml.size() != versions.integer(4)) {
            report.findings.push_back({QStringLiteral("size"),
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
            report.findings.push_back(
                {QStringLiteral("unreadable-xml"),
                 repoTr("Model %1 version %2 is no readable BPMN: %3")
                     .arg(versions.integer(0))
                     .arg(versions.integer(1))
                     .arg(read.diagnostics.empty() ? QString() : read.diagnostics.front().message),
                 versions.integer(0), int(versions.integer(1))});
    }
    if (versions.resultCode() != SQLITE_DONE)
        return db.error(versions.resultCode(), repoTr("checking the repository"));
    return report;
}

} // namespace amtsweg

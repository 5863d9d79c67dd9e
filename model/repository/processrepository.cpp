#include "processrepository.h"

#include "repositorysearch.h"
#include "repositorytransaction.h"
#include "sqlitestatement.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QSettings>
#include <QUuid>

#include <sqlite3.h>

namespace amtsweg {
namespace {

constexpr const char *kModelColumns =
    "SELECT id, uuid, name, description, ifnull(folder_id, 0), fim_status, status, created_at, "
    "modified_at, author, latest_version, ifnull(base_model_id, 0), ifnull(base_version, 0), "
    "(SELECT group_concat(tag, char(10)) FROM model_tags WHERE model_id = models.id) "
    "FROM models ";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

ModelInfo modelFrom(const SqliteStatement &s)
{
    ModelInfo m;
    m.id = s.integer(0);
    m.uuid = s.text(1);
    m.name = s.text(2);
    m.description = s.text(3);
    m.folderId = s.integer(4);
    m.fimStatus = parseFimStatus(s.text(5)).value_or(FimStatus::None);
    m.status = s.text(6);
    m.created = parseTime(s.text(7));
    m.modified = parseTime(s.text(8));
    m.author = s.text(9);
    m.latestVersion = int(s.integer(10));
    m.baseModelId = s.integer(11);
    m.baseVersion = int(s.integer(12));
    m.tags = s.text(13).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return m;
}

VersionInfo versionFrom(const SqliteStatement &s)
{
    return {s.integer(0), int(s.integer(1)),    s.text(2),
            s.text(3),    parseTime(s.text(4)), s.integer(5)};
}

RepositoryError notFound(ModelId id)
{
    return {RepositoryStatus::NotFound, repoTr("There is no model with id %1.").arg(id)};
}

/// Inserts version `number` and makes it the newest (inside the caller's transaction).
int insertVersionRow(const RepositoryDatabase &db, ModelId id, int number, QByteArrayView xml,
                     const QString &comment, const QString &time)
{
    SqliteStatement insert =
        db.prepare("INSERT INTO versions(model_id, number, comment, author, created_at, size, xml, "
                   "compression) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, number).bind(3, comment).bind(4, ProcessRepository::currentUser());
    const QByteArray blob = versionblob::pack(xml); // bound without a copy: must outlive exec()
    insert.bind(5, time).bind(6, qint64(xml.size())).bindBlob(7, blob);
    insert.bind(8, int(versionblob::kPacked));
    if (const int rc = insert.exec(); rc != SQLITE_DONE)
        return rc;
    SqliteStatement update =
        db.prepare("UPDATE models SET latest_version = ?, modified_at = ? WHERE id = ?");
    update.bind(1, number).bind(2, time).bind(3, id);
    const int rc = update.exec();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

ProcessRepository::ProcessRepository(std::unique_ptr<RepositoryDatabase> db) : m_db(std::move(db))
{
}

RepositoryResult<std::unique_ptr<ProcessRepository>>
ProcessRepository::open(const QString &path, const RepositoryOpenOptions &options)
{
    auto db = RepositoryDatabase::open(path, options);
    if (!db.ok())
        return db.error;
    return std::unique_ptr<ProcessRepository>(new ProcessRepository(std::move(db.value)));
}

QString ProcessRepository::currentUser()
{
    const QString stored = storedAuthor();
    return stored.isEmpty() ? systemUser() : stored;
}

namespace {

const QString kAuthorKey = QStringLiteral("repository/author");

} // namespace

QString ProcessRepository::storedAuthor()
{
    return QSettings().value(kAuthorKey).toString().trimmed();
}

void ProcessRepository::storeAuthor(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(kAuthorKey);
    else
        QSettings().setValue(kAuthorKey, name.trimmed());
}

QString ProcessRepository::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

RepositoryResult<FolderId> ProcessRepository::folder(const QString &name, FolderId parent)
{
    if (name.trimmed().isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("A folder needs a name.")};
    SqliteStatement insert = m_db->prepare(
        "INSERT INTO folders(parent_id, name) VALUES(nullif(?1, 0), ?2) ON CONFLICT DO NOTHING");
    insert.bind(1, parent).bind(2, name);
    if (const int rc = insert.exec(); rc != SQLITE_DONE)
        return m_db->error(rc, repoTr("creating the folder '%1'").arg(name));
    SqliteStatement find =
        m_db->prepare("SELECT id FROM folders WHERE ifnull(parent_id, 0) = ?1 AND name = ?2");
    find.bind(1, parent).bind(2, name);
    if (!find.next())
        return m_db->error(find.resultCode(), repoTr("creating the folder '%1'").arg(name));
    return find.integer(0);
}

RepositoryResult<std::vector<FolderInfo>> ProcessRepository::folders() const
{
    SqliteStatement s =
        m_db->prepare("SELECT id, ifnull(parent_id, 0), name FROM folders ORDER BY name, id");
    std::vector<FolderInfo> out;
    while (s.next())
        out.push_back({s.integer(0), s.integer(1), s.text(2)});
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("listing folders"));
    return out;
}

RepositoryOutcome ProcessRepository::writeTags(ModelId id, const QStringList &tags)
{
    SqliteStatement clear = m_db->prepare("DELETE FROM model_tags WHERE model_id = ?");
    if (const int rc = clear.bind(1, id).exec(); rc != SQLITE_DONE)
        return m_db->error(rc, repoTr("saving tags"));
    SqliteStatement insert =
        m_db->prepare("INSERT OR IGNORE INTO model_tags(model_id, tag) VALUES(?, ?)");
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            continue;
        insert.reset();
        if (const int rc = insert.bind(1, id).bind(2, tag.trimmed()).exec(); rc != SQLITE_DONE)
            return m_db->error(rc, repoTr("saving tags"));
    }
    return Done{};
}

RepositoryResult<ModelInfo> ProcessRepository::insertModel(const NewModel &model, ModelId baseModel,
                                                           int baseVersion, QByteArrayView xml,
                                                           const SearchDocument &search)
{
    if (model.name.trimmed().isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("A model needs a name.")};
    const QString doing = repoTr("creating the model '%1'").arg(model.name);
    RepositoryTransaction transaction(*m_db);
    if (transaction.beginResult() != SQLITE_OK)
        return m_db->error(transaction.beginResult(), doing);
    const QString time = now();
    SqliteStatement insert = m_db->prepare(
        "INSERT INTO models(uuid, name, description, folder_id, fim_status, status, created_at, "
        "modified_at, author, base_model_id, base_version) "
        "VALUES(?, ?, ?, nullif(?, 0), ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0))");
    insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, model.name);
    insert.bind(3, model.description).bind(4, model.folderId);
    insert.bind(5, fimStatusName(model.fimStatus)).bind(6, model.status).bind(7, time);
    insert.bind(8, time).bind(9, currentUser()).bind(10, baseModel).bind(11, baseVersion);
    if (const int rc = insert.exec(); rc != SQLITE_DONE)
        return m_db->error(rc, doing);
    const ModelId id = sqlite3_last_insert_rowid(m_db->handle());
    if (RepositoryOutcome tags = writeTags(id, model.tags); !tags.ok())
        return tags.error;
    if (const int rc = insertVersionRow(*m_db, id, 1, xml, model.comment, time); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    if (RepositoryOutcome indexed = RepositorySearch::reindexMetadata(*m_db, id); !indexed.ok())
        return indexed.error;
    if (RepositoryOutcome indexed = RepositorySearch::index(*m_db, id, search); !indexed.ok())
        return indexed.error;
    if (const int rc = transaction.commit(); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    return this->model(id);
}

RepositoryResult<ModelInfo> ProcessRepository::createModel(const NewModel &model,
                                                           const ModelTree &tree)
{
    const std::string xml = BpmnWriter::writeString(tree);
    return insertModel(model, 0, 0, QByteArrayView(xml.data(), qsizetype(xml.size())),
                       RepositorySearch::extract(tree));
}

RepositoryResult<std::vector<ModelInfo>> ProcessRepository::models() const
{
    const QByteArray sql = QByteArray(kModelColumns) + "ORDER BY name, id";
    SqliteStatement s = m_db->prepare(sql.constData());
    std::vector<ModelInfo> out;
    while (s.next())
        out.push_back(modelFrom(s));
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("listing models"));
    return out;
}

RepositoryResult<ModelInfo> ProcessRepository::model(ModelId id) const
{
    const QByteArray sql = QByteArray(kModelColumns) + "WHERE id = ?";
    SqliteStatement s = m_db->prepare(sql.constData());
    if (s.bind(1, id).next())
        return modelFrom(s);
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("reading model %1").arg(id));
    return notFound(id);
}

RepositoryResult<ModelInfo> ProcessRepository::findModel(const QString &idOrName) const
{
    bool isNumber = false;
    const ModelId id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (RepositoryResult<ModelInfo> byId = model(id);
            byId.status() != RepositoryStatus::NotFound)
            return byId;
    }
    const QByteArray sql = QByteArray(kModelColumns) + "WHERE name = ?1 OR uuid = ?1 ORDER BY id";
    SqliteStatement s = m_db->prepare(sql.constData());
    s.bind(1, idOrName);
    std::vector<ModelInfo> found;
    while (s.next())
        found.push_back(modelFrom(s));
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("looking up the model '%1'").arg(idOrName));
    if (found.size() == 1)
        return found.front();
    if (found.empty())
        return RepositoryError{RepositoryStatus::NotFound,
                               repoTr("There is no model with the id or name '%1'.").arg(idOrName)};
    QStringList candidates;
    for (const ModelInfo &m : found)
        candidates << repoTr("  %1  %2 (version %3, modified %4)")
                          .arg(m.id)
                          .arg(m.name)
                          .arg(m.latestVersion)
                          .arg(m.modified.toString(Qt::ISODate));
    return RepositoryError{RepositoryStatus::Ambiguous,
                           repoTr("Several models are named '%1'; use the id of one:\n%2")
                               .arg(idOrName, candidates.join(QLatin1Char('\n')))};
}

RepositoryOutcome ProcessRepository::updateModelInfo(const ModelInfo &info)
{
    if (info.name.trimmed().isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("A model needs a name.")};
    const QString doing = repoTr("changing the model '%1'").arg(info.name);
    RepositoryTransaction transaction(*m_db);
    if (transaction.beginResult() != SQLITE_OK)
        return m_db->error(transaction.beginResult(), doing);
    SqliteStatement update = m_db->prepare(
        "UPDATE models SET name = ?, description = ?, folder_id = nullif(?, 0), fim_status = ?, "
        "status = ?, modified_at = ? WHERE id = ?");
    update.bind(1, info.name).bind(2, info.description).bind(3, info.folderId);
    update.bind(4, fimStatusName(info.fimStatus)).bind(5, info.status).bind(6, now());
    if (const int rc = update.bind(7, info.id).exec(); rc != SQLITE_DONE)
        return m_db->error(rc, doing);
    if (sqlite3_changes(m_db->handle()) == 0)
        return notFound(info.id);
    if (RepositoryOutcome tags = writeTags(info.id, info.tags); !tags.ok())
        return tags;
    if (RepositoryOutcome indexed = RepositorySearch::reindexMetadata(*m_db, info.id);
        !indexed.ok())
        return indexed;
    if (const int rc = transaction.commit(); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    return Done{};
}

RepositoryResult<ModelInfo> ProcessRepository::deriveModel(ModelId base, int baseVersion,
                                                           const QString &newName,
                                                           FimStatus fimStatus)
{
    const RepositoryResult<ModelInfo> baseInfo = model(base);
    if (!baseInfo.ok())
        return baseInfo.error;
    const int version = baseVersion > 0 ? baseVersion : baseInfo.value.latestVersion;
    const RepositoryResult<QByteArray> xml = versionXml(base, version);
    if (!xml.ok())
        return xml.error;
    const ReadResult read = BpmnReader::readBytes(xml.value, baseInfo.value.name);
    NewModel derived{newName,
                     baseInfo.value.description,
                     baseInfo.value.folderId,
                     baseInfo.value.tags,
                     fimStatus,
                     QString(),
                     repoTr("Derived from '%1' version %2").arg(baseInfo.value.name).arg(version)};
    return insertModel(derived, base, version, xml.value,
                       read.ok() ? RepositorySearch::extract(*read.tree) : SearchDocument{});
}

RepositoryResult<VersionInfo>
ProcessRepository::appendVersion(ModelId id, int expectedLatestVersion, QByteArrayView xml,
                                 const SearchDocument &search, const QString &comment)
{
    const QString doing = repoTr("saving a new version of model %1").arg(id);
    RepositoryTransaction transaction(*m_db);
    if (transaction.beginResult() != SQLITE_OK)
        return m_db->error(transaction.beginResult(), doing);
    // Read the newest version inside the write transaction: nobody can save in between.
    SqliteStatement latest = m_db->prepare(
        "SELECT m.name, m.latest_version, v.author, v.created_at FROM models m LEFT JOIN versions "
        "v ON v.model_id = m.id AND v.number = m.latest_version WHERE m.id = ?");
    if (!latest.bind(1, id).next())
        return latest.resultCode() == SQLITE_DONE ? notFound(id)
                                                  : m_db->error(latest.resultCode(), doing);
    const int newest = int(latest.integer(1));
    if (expectedLatestVersion != kAnyVersion && newest != expectedLatestVersion)
        return RepositoryError{
            RepositoryStatus::Conflict,
            repoTr("The model '%1' was saved meanwhile: version %2 by %3 at %4, while your "
                   "changes are based on version %5. Nothing was saved; save as a new model, "
                   "reload, or keep both.")
                .arg(latest.text(0))
                .arg(newest)
                .arg(latest.text(2), latest.text(3))
                .arg(expectedLatestVersion)};
    const QString time = now();
    if (const int rc = insertVersionRow(*m_db, id, newest + 1, xml, comment, time); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    if (RepositoryOutcome indexed = RepositorySearch::index(*m_db, id, search); !indexed.ok())
        return indexed.error;
    if (const int rc = transaction.commit(); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    return VersionInfo{id, newest + 1, comment, currentUser(), parseTime(time), xml.size()};
}

RepositoryResult<VersionInfo> ProcessRepository::saveVersion(ModelId id, int expectedLatestVersion,
                                                             const ModelTree &tree,
                                                             const QString &comment)
{
    const std::string xml = BpmnWriter::writeString(tree);
    return appendVersion(id, expectedLatestVersion,
                         QByteArrayView(xml.data(), qsizetype(xml.size())),
                         RepositorySearch::extract(tree), comment);
}

RepositoryResult<VersionInfo> ProcessRepository::saveVersionXml(ModelId id,
                                                                int expectedLatestVersion,
                                                                const QByteArray &xml,
                                                                const QString &comment)
{
    const ReadResult read = BpmnReader::readBytes(xml, repoTr("model %1").arg(id));
    if (!read.ok())
        return RepositoryError{RepositoryStatus::Unreadable,
                               read.diagnostics.empty() ? repoTr("The XML is no readable BPMN.")
                                                        : read.diagnostics.front().toString()};
    return saveVersion(id, expectedLatestVersion, *read.tree, comment);
}

RepositoryResult<VersionInfo> ProcessRepository::restoreVersion(ModelId id, int version,
                                                                int expectedLatestVersion)
{
    const RepositoryResult<QByteArray> xml = versionXml(id, version);
    if (!xml.ok())
        return xml.error;
    const ReadResult read = BpmnReader::readBytes(xml.value, repoTr("model %1").arg(id));
    return appendVersion(id, expectedLatestVersion, xml.value,
                         read.ok() ? RepositorySearch::extract(*read.tree) : SearchDocument{},
                         repoTr("Restored version %1").arg(version));
}

RepositoryResult<std::vector<VersionInfo>> ProcessRepository::history(ModelId id) const
{
    if (RepositoryResult<ModelInfo> m = model(id); !m.ok())
        return m.error;
    SqliteStatement s =
        m_db->prepare("SELECT model_id, number, comment, author, created_at, size FROM versions "
                      "WHERE model_id = ? ORDER BY number DESC");
    s.bind(1, id);
    std::vector<VersionInfo> out;
    while (s.next())
        out.push_back(versionFrom(s));
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("reading the history of model %1").arg(id));
    return out;
}

RepositoryResult<QByteArray> ProcessRepository::versionXml(ModelId id, int version) const
{
    SqliteStatement s =
        m_db->prepare("SELECT v.xml, v.compression, v.size, v.number FROM versions v JOIN models m "
                      "ON m.id = v.model_id WHERE v.model_id = ?1 "
                      "AND v.number = (CASE WHEN ?2 > 0 THEN ?2 ELSE m.latest_version END)");
    if (s.bind(1, id).bind(2, version).next()) {
        QByteArray xml = versionblob::unpack(s.blob(0), int(s.integer(1)));
        if (xml.size() != s.integer(2))
            return RepositoryError{RepositoryStatus::Corrupt,
                                   repoTr("Model %1 version %2 is damaged in the repository.")
                                       .arg(id)
                                       .arg(s.integer(3))};
        return xml;
    }
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("reading model %1").arg(id));
    if (RepositoryResult<ModelInfo> m = model(id); !m.ok())
        return m.error;
    return RepositoryError{RepositoryStatus::NotFound,
                           repoTr("Model %1 has no version %2.").arg(id).arg(version)};
}

RepositoryResult<std::unique_ptr<ModelTree>> ProcessRepository::openVersion(ModelId id,
                                                                            int version) const
{
    RepositoryResult<QByteArray> xml = versionXml(id, version);
    if (!xml.ok())
        return xml.error;
    ReadResult read = BpmnReader::readBytes(xml.value, repoTr("model %1").arg(id));
    if (!read.ok())
        return RepositoryError{
            RepositoryStatus::Corrupt,
            repoTr("Version %1 of model %2 cannot be read.").arg(version).arg(id)};
    return std::move(read.tree);
}

RepositoryResult<QStringList> ProcessRepository::disabledRules() const
{
    SqliteStatement s = m_db->prepare("SELECT rule FROM disabled_rules ORDER BY rule");
    QStringList rules;
    while (s.next())
        rules << s.text(0);
    if (s.resultCode() != SQLITE_DONE)
        return m_db->error(s.resultCode(), repoTr("reading the switched-off rules"));
    return rules;
}

RepositoryOutcome ProcessRepository::setRulesDisabled(const QStringList &rules, bool disabled)
{
    const QString doing = disabled ? repoTr("switching rules off") : repoTr("switching rules on");
    for (const QString &rule : rules)
        if (rule.trimmed().isEmpty() || rule.contains(QLatin1Char(' ')))
            return RepositoryError{RepositoryStatus::Invalid,
                                   repoTr("'%1' is no rule id.").arg(rule)};
    RepositoryTransaction transaction(*m_db);
    if (transaction.beginResult() != SQLITE_OK)
        return m_db->error(transaction.beginResult(), doing);
    SqliteStatement s = m_db->prepare(
        disabled ? "INSERT OR IGNORE INTO disabled_rules(rule, author, disabled_at) VALUES(?, ?, ?)"
                 : "DELETE FROM disabled_rules WHERE rule = ?");
    const QString time = now();
    for (const QString &rule : rules) {
        s.reset();
        s.bind(1, rule.trimmed());
        if (disabled)
            s.bind(2, currentUser()).bind(3, time);
        if (const int rc = s.exec(); rc != SQLITE_DONE)
            return m_db->error(rc, doing);
    }
    if (const int rc = transaction.commit(); rc != SQLITE_OK)
        return m_db->error(rc, doing);
    return Done{};
}

RepositoryResult<std::vector<SearchHit>> ProcessRepository::search(const QString &text,
                                                                   int limit) const
{
    return RepositorySearch::search(*m_db, text, limit);
}

} // namespace amtsweg

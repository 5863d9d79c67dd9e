#include "processrepository.h"

#include "postgres/pgdatabase.h"
#include "repositorylocation.h"
#include "repositorysearch.h"
#include "repositorytransaction.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QSettings>
#include <QUuid>

namespace amtsweg {
namespace {

/// The columns modelFrom() reads, then `tail` (WHERE …, ORDER BY …).
QByteArray modelQuery(const RepositoryBackend &db, const char *tail)
{
    return "SELECT id, uuid, name, description, coalesce(folder_id, 0), fim_status, status, "
           "created_at, modified_at, author, latest_version, coalesce(base_model_id, 0), "
           "coalesce(base_version, 0), (SELECT " +
           db.linesAggregate("tag") + " FROM model_tags WHERE model_id = models.id) FROM models " +
           tail;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

ModelInfo modelFrom(const SqlStatement &s)
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

VersionInfo versionFrom(const SqlStatement &s)
{
    return {s.integer(0), int(s.integer(1)),    s.text(2),
            s.text(3),    parseTime(s.text(4)), s.integer(5)};
}

RepositoryError notFound(ModelId id)
{
    return {RepositoryStatus::NotFound, repoTr("There is no model with id %1.").arg(id)};
}

/// Inserts version `number` and makes it the newest (inside the caller's transaction).
RepositoryError insertVersionRow(const RepositoryBackend &db, ModelId id, int number,
                                 QByteArrayView xml, const QString &comment, const QString &time,
                                 const QString &doing)
{
    SqlStatement insert =
        db.statement("INSERT INTO versions(model_id, number, comment, author, created_at, size, "
                     "xml, compression) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, number).bind(3, comment).bind(4, ProcessRepository::currentUser());
    const QByteArray blob = versionblob::pack(xml); // bound without a copy: must outlive exec()
    insert.bind(5, time).bind(6, qint64(xml.size())).bindBlob(7, blob);
    insert.bind(8, int(versionblob::kPacked));
    if (!insert.exec())
        return insert.error(doing);
    SqlStatement update =
        db.statement("UPDATE models SET latest_version = ?, modified_at = ? WHERE id = ?");
    update.bind(1, number).bind(2, time).bind(3, id);
    if (!update.exec())
        return update.error(doing);
    db.announce(id);
    return {};
}

} // namespace

ProcessRepository::ProcessRepository(std::unique_ptr<RepositoryBackend> db) : m_db(std::move(db))
{
}

ProcessRepository::~ProcessRepository() = default;

RepositoryResult<std::unique_ptr<ProcessRepository>>
ProcessRepository::open(const QString &location, const RepositoryOpenOptions &options)
{
    std::unique_ptr<RepositoryBackend> backend;
    if (repositorylocation::isServer(location)) {
        auto db = PgDatabase::open(location, options);
        if (!db.ok())
            return db.error;
        backend = std::move(db.value);
    } else {
        auto db = RepositoryDatabase::open(location, options);
        if (!db.ok())
            return db.error;
        backend = std::move(db.value);
    }
    return std::unique_ptr<ProcessRepository>(new ProcessRepository(std::move(backend)));
}

const RepositoryDatabase *ProcessRepository::sqliteDatabase() const
{
    return dynamic_cast<const RepositoryDatabase *>(m_db.get());
}

RepositoryResult<RepositoryCheckReport> ProcessRepository::check(bool readXml) const
{
    return RepositoryCheck::run(*m_db, readXml);
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
    const QString doing = repoTr("creating the folder '%1'").arg(name);
    SqlStatement insert = m_db->statement(
        "INSERT INTO folders(parent_id, name) VALUES(nullif(?1, 0), ?2) ON CONFLICT DO NOTHING");
    insert.bind(1, parent).bind(2, name);
    if (!insert.exec())
        return insert.error(doing);
    SqlStatement find =
        m_db->statement("SELECT id FROM folders WHERE coalesce(parent_id, 0) = ?1 AND name = ?2");
    find.bind(1, parent).bind(2, name);
    if (!find.next())
        return find.failed() ? find.error(doing)
                             : RepositoryError{RepositoryStatus::Failed,
                                               repoTr("Error while %1 in the repository '%2'.")
                                                   .arg(doing, m_db->location())};
    return find.integer(0);
}

RepositoryResult<std::vector<FolderInfo>> ProcessRepository::folders() const
{
    SqlStatement s =
        m_db->statement("SELECT id, coalesce(parent_id, 0), name FROM folders ORDER BY name, id");
    std::vector<FolderInfo> out;
    while (s.next())
        out.push_back({s.integer(0), s.integer(1), s.text(2)});
    if (s.failed())
        return s.error(repoTr("listing folders"));
    return out;
}

RepositoryOutcome ProcessRepository::writeTags(ModelId id, const QStringList &tags)
{
    SqlStatement clear = m_db->statement("DELETE FROM model_tags WHERE model_id = ?");
    if (!clear.bind(1, id).exec())
        return clear.error(repoTr("saving tags"));
    SqlStatement insert = m_db->statement(
        "INSERT INTO model_tags(model_id, tag) VALUES(?, ?) ON CONFLICT DO NOTHING");
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            continue;
        insert.reset();
        if (!insert.bind(1, id).bind(2, tag.trimmed()).exec())
            return insert.error(repoTr("saving tags"));
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
    RepositoryTransaction transaction(*m_db, doing);
    if (!transaction.begun())
        return transaction.beginError();
    const QString time = now();
    SqlStatement insert = m_db->statement(
        "INSERT INTO models(uuid, name, description, folder_id, fim_status, status, created_at, "
        "modified_at, author, base_model_id, base_version) "
        "VALUES(?, ?, ?, nullif(?, 0), ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0)) RETURNING id");
    insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, model.name);
    insert.bind(3, model.description).bind(4, model.folderId);
    insert.bind(5, fimStatusName(model.fimStatus)).bind(6, model.status).bind(7, time);
    insert.bind(8, time).bind(9, currentUser()).bind(10, baseModel).bind(11, baseVersion);
    if (!insert.next())
        return insert.error(doing);
    const ModelId id = insert.integer(0);
    if (!insert.exec())
        return insert.error(doing);
    if (RepositoryOutcome tags = writeTags(id, model.tags); !tags.ok())
        return tags.error;
    if (RepositoryError e = insertVersionRow(*m_db, id, 1, xml, model.comment, time, doing);
        e.status != RepositoryStatus::Ok)
        return e;
    if (RepositoryOutcome indexed = m_db->indexMetadata(id); !indexed.ok())
        return indexed.error;
    if (RepositoryOutcome indexed = m_db->indexElements(id, search); !indexed.ok())
        return indexed.error;
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
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
    SqlStatement s = m_db->statement(modelQuery(*m_db, "ORDER BY name, id").constData());
    std::vector<ModelInfo> out;
    while (s.next())
        out.push_back(modelFrom(s));
    if (s.failed())
        return s.error(repoTr("listing models"));
    return out;
}

RepositoryResult<ModelInfo> ProcessRepository::model(ModelId id) const
{
    SqlStatement s = m_db->statement(modelQuery(*m_db, "WHERE id = ?").constData());
    if (s.bind(1, id).next())
        return modelFrom(s);
    if (s.failed())
        return s.error(repoTr("reading model %1").arg(id));
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
    SqlStatement s =
        m_db->statement(modelQuery(*m_db, "WHERE name = ?1 OR uuid = ?1 ORDER BY id").constData());
    s.bind(1, idOrName);
    std::vector<ModelInfo> found;
    while (s.next())
        found.push_back(modelFrom(s));
    if (s.failed())
        return s.error(repoTr("looking up the model '%1'").arg(idOrName));
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
    RepositoryTransaction transaction(*m_db, doing);
    if (!transaction.begun())
        return transaction.beginError();
    SqlStatement update = m_db->statement(
        "UPDATE models SET name = ?, description = ?, folder_id = nullif(?, 0), fim_status = ?, "
        "status = ?, modified_at = ? WHERE id = ? RETURNING id");
    update.bind(1, info.name).bind(2, info.description).bind(3, info.folderId);
    update.bind(4, fimStatusName(info.fimStatus)).bind(5, info.status).bind(6, now());
    const bool found = update.bind(7, info.id).next();
    if (!update.exec())
        return update.error(doing);
    if (!found)
        return notFound(info.id);
    if (RepositoryOutcome tags = writeTags(info.id, info.tags); !tags.ok())
        return tags;
    if (RepositoryOutcome indexed = m_db->indexMetadata(info.id); !indexed.ok())
        return indexed;
    m_db->announce(info.id);
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
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
    RepositoryTransaction transaction(*m_db, doing);
    if (!transaction.begun())
        return transaction.beginError();
    if (RepositoryError e = m_db->lockModel(id, doing); e.status != RepositoryStatus::Ok)
        return e;
    // Read the newest version inside the write transaction: nobody can save in between.
    SqlStatement latest = m_db->statement(
        "SELECT m.name, m.latest_version, v.author, v.created_at FROM models m LEFT JOIN versions "
        "v ON v.model_id = m.id AND v.number = m.latest_version WHERE m.id = ?");
    if (!latest.bind(1, id).next())
        return latest.failed() ? latest.error(doing) : notFound(id);
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
    if (RepositoryError e = insertVersionRow(*m_db, id, newest + 1, xml, comment, time, doing);
        e.status != RepositoryStatus::Ok)
        return e;
    if (RepositoryOutcome indexed = m_db->indexElements(id, search); !indexed.ok())
        return indexed.error;
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
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
    SqlStatement s =
        m_db->statement("SELECT model_id, number, comment, author, created_at, size FROM versions "
                        "WHERE model_id = ? ORDER BY number DESC");
    s.bind(1, id);
    std::vector<VersionInfo> out;
    while (s.next())
        out.push_back(versionFrom(s));
    if (s.failed())
        return s.error(repoTr("reading the history of model %1").arg(id));
    return out;
}

RepositoryResult<QByteArray> ProcessRepository::versionXml(ModelId id, int version) const
{
    SqlStatement s = m_db->statement(
        "SELECT v.xml, v.compression, v.size, v.number FROM versions v JOIN models m "
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
    if (s.failed())
        return s.error(repoTr("reading model %1").arg(id));
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
    SqlStatement s = m_db->statement("SELECT rule FROM disabled_rules ORDER BY rule");
    QStringList rules;
    while (s.next())
        rules << s.text(0);
    if (s.failed())
        return s.error(repoTr("reading the switched-off rules"));
    return rules;
}

RepositoryOutcome ProcessRepository::setRulesDisabled(const QStringList &rules, bool disabled)
{
    const QString doing = disabled ? repoTr("switching rules off") : repoTr("switching rules on");
    for (const QString &rule : rules)
        if (rule.trimmed().isEmpty() || rule.contains(QLatin1Char(' ')))
            return RepositoryError{RepositoryStatus::Invalid,
                                   repoTr("'%1' is no rule id.").arg(rule)};
    RepositoryTransaction transaction(*m_db, doing);
    if (!transaction.begun())
        return transaction.beginError();
    SqlStatement s = m_db->statement(disabled ? "INSERT INTO disabled_rules(rule, author, "
                                                "disabled_at) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"
                                              : "DELETE FROM disabled_rules WHERE rule = ?");
    const QString time = now();
    for (const QString &rule : rules) {
        s.reset();
        s.bind(1, rule.trimmed());
        if (disabled)
            s.bind(2, currentUser()).bind(3, time);
        if (!s.exec())
            return s.error(doing);
    }
    m_db->announce(0);
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
    return Done{};
}

RepositoryResult<std::vector<SearchHit>> ProcessRepository::search(const QString &text,
                                                                   int limit) const
{
    return m_db->search(text, limit);
}

} // namespace amtsweg

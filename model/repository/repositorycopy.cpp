#include "repositorycopy.h"

#include "repositorybackend.h"
#include "repositorycheck.h"
#include "repositorytransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <unordered_set>
#include <variant>
#include <vector>

namespace amtsweg {
namespace {

/// A column value as stored: NULL, an integer, a text or bytes.
using Value = std::variant<std::monostate, qint64, QString, QByteArray>;
using Row = std::vector<Value>;

/// A table copied column for column; `types` has a letter per column: i(nteger), t(ext),
/// b(lob). The search index tables are not copied: the target's index is rebuilt.
struct Table
{
    const char *name;
    const char *columns;
    const char *types;
};

constexpr Table kFolders{"folders", "id, parent_id, name", "iit"};
constexpr Table kModels{"models",
                        "id, uuid, name, description, folder_id, fim_status, status, created_at, "
                        "modified_at, author, latest_version, base_model_id, base_version",
                        "itttitttttiii"};
constexpr Table kTags{"model_tags", "model_id, tag", "it"};
constexpr Table kVersions{"versions",
                          "id, model_id, number, comment, author, created_at, size, compression, "
                          "xml",
                          "iiitttiib"};
constexpr Table kRules{"disabled_rules", "rule, author, disabled_at", "ttt"};

// Columns read by position.
constexpr std::size_t kIdColumn = 0;
constexpr std::size_t kFolderParentColumn = 1;
constexpr std::size_t kModelBaseColumn = 11;
constexpr std::size_t kVersionSizeColumn = 6;
constexpr std::size_t kVersionXmlColumn = 8;

Row readRow(const SqlStatement &s, const Table &table)
{
    Row row;
    for (int i = 0; table.types[i]; ++i) {
        if (s.isNull(i))
            row.emplace_back(std::monostate{});
        else if (table.types[i] == 'i')
            row.emplace_back(s.integer(i));
        else if (table.types[i] == 't')
            row.emplace_back(s.text(i));
        else
            row.emplace_back(s.blob(i));
    }
    return row;
}

qint64 integerOf(const Value &v)
{
    const qint64 *n = std::get_if<qint64>(&v);
    return n ? *n : 0;
}

/// The rows of a table as a set: a SHA-256 per row over every column (kind, length, bytes),
/// compared sorted, so that the order in which each backend returns them does not matter.
class TableDigest
{
public:
    void add(const Row &row)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const Value &v : row) {
            QByteArray bytes;
            if (const auto *n = std::get_if<qint64>(&v))
                bytes = QByteArray::number(*n);
            else if (const auto *t = std::get_if<QString>(&v))
                bytes = t->toUtf8();
            else if (const auto *b = std::get_if<QByteArray>(&v))
                bytes = *b;
            hash.addData(QByteArray::number(qsizetype(v.index())) + ':' +
                         QByteArray::number(bytes.size()) + ':');
            hash.addData(bytes);
        }
        m_rows.push_back(hash.result());
    }
    qint64 rows() const { return qint64(m_rows.size()); }
    bool sameRows(TableDigest &other)
    {
        std::sort(m_rows.begin(), m_rows.end());
        std::sort(other.m_rows.begin(), other.m_rows.end());
        return m_rows == other.m_rows;
    }

private:
    std::vector<QByteArray> m_rows;
};

struct Digests
{
    TableDigest folders, models, tags, versions, rules;
};

class Copier
{
public:
    Copier(const RepositoryBackend &source, const RepositoryBackend &target,
           const RepositoryCopy::Progress &progress)
        : m_source(source), m_target(target), m_progress(progress)
    {
    }

    RepositoryResult<RepositoryCopyReport> run();

private:
    using RowHandler = std::function<RepositoryError(Row &)>;
    /// Calls `handle` for every row `SELECT table.columns FROM table tail` returns (`model`
    /// bound to the `?` in `tail` when it is not 0); stops at the first error.
    RepositoryError eachRow(const RepositoryBackend &db, const Table &table, const char *tail,
                            qint64 model, const RowHandler &handle) const;
    RepositoryError insert(SqlStatement &statement, const Row &row) const;
    SqlStatement inserter(const Table &table) const;

    RepositoryError requireEmptyTarget() const;
    RepositoryError copyFolders();
    RepositoryError copyModels();
    RepositoryError copyModelContent(qint64 model, SqlStatement &insertTag,
                                     SqlStatement &insertVersion);
    RepositoryError copyRules();
    RepositoryError verify();

    const RepositoryBackend &m_source;
    const RepositoryBackend &m_target;
    const RepositoryCopy::Progress &m_progress;
    const QString m_doing = repoTr("copying the repository");
    RepositoryCopyReport m_report;
    Digests m_copied; ///< of the source's rows, as they were read
};

RepositoryError Copier::eachRow(const RepositoryBackend &db, const Table &table, const char *tail,
                                qint64 model, const RowHandler &handle) const
{
    const QByteArray sql = QByteArray("SELECT ") + table.columns + " FROM " + table.name + ' ' +
                           tail;
    SqlStatement select = db.statement(sql.constData());
    if (model != 0)
        select.bind(1, model);
    while (select.next()) {
        Row row = readRow(select, table);
        if (RepositoryError e = handle(row); e.status != RepositoryStatus::Ok)
            return e;
    }
    return select.failed() ? select.error(m_doing) : RepositoryError{};
}

SqlStatement Copier::inserter(const Table &table) const
{
    QByteArray marks = "?";
    for (const char *type = table.types + 1; *type; ++type)
        marks += ", ?";
    const QByteArray sql = QByteArray("INSERT INTO ") + table.name + '(' + table.columns +
                           ") VALUES(" + marks + ')';
    return m_target.statement(sql.constData());
}

RepositoryError Copier::insert(SqlStatement &statement, const Row &row) const
{
    statement.reset();
    for (std::size_t i = 0; i < row.size(); ++i) {
        const int index = int(i) + 1;
        const Value &v = row[i];
        if (const auto *n = std::get_if<qint64>(&v))
            statement.bind(index, *n);
        else if (const auto *t = std::get_if<QString>(&v))
            statement.bind(index, *t);
        else if (const auto *b = std::get_if<QByteArray>(&v))
            statement.bindBlob(index, *b); // `row` outlives exec()
        else
            statement.bindNull(index);
    }
    return statement.exec() ? RepositoryError{} : statement.error(m_doing);
}

RepositoryError Copier::requireEmptyTarget() const
{
    SqlStatement s = m_target.statement("SELECT (SELECT count(*) FROM models), "
                                        "(SELECT count(*) FROM folders), "
                                        "(SELECT count(*) FROM disabled_rules)");
    if (!s.next())
        return s.error(m_doing);
    if (s.integer(0) == 0 && s.integer(1) == 0 && s.integer(2) == 0)
        return {};
    return {RepositoryStatus::Invalid,
            repoTr("The repository '%1' is not empty (%2 models, %3 folders, %4 rules switched "
                   "off): a copy goes only into a new file or an empty database. It was not "
                   "changed.")
                .arg(m_target.location())
                .arg(s.integer(0))
                .arg(s.integer(1))
                .arg(s.integer(2))};
}

/// Folders go in parents first (the parent reference is checked on every insert).
RepositoryError Copier::copyFolders()
{
    std::vector<Row> waiting;
    if (RepositoryError e = eachRow(m_source, kFolders, "ORDER BY id", 0,
                                    [&](Row &row) {
                                        m_copied.folders.add(row);
                                        waiting.push_back(std::move(row));
                                        return RepositoryError{};
                                    });
        e.status != RepositoryStatus::Ok)
        return e;
    SqlStatement insertFolder = inserter(kFolders);
    std::unordered_set<qint64> inserted;
    while (!waiting.empty()) {
        std::vector<Row> later;
        for (Row &row : waiting) {
            const Value &parent = row[kFolderParentColumn];
            if (!std::holds_alternative<std::monostate>(parent) &&
                !inserted.count(integerOf(parent))) {
                later.push_back(std::move(row));
                continue;
            }
            if (RepositoryError e = insert(insertFolder, row); e.status != RepositoryStatus::Ok)
                return e;
            inserted.insert(integerOf(row[kIdColumn]));
            ++m_report.folders;
        }
        if (later.size() == waiting.size()) {
            QStringList ids;
            for (const Row &row : later)
                ids << QString::number(integerOf(row[kIdColumn]));
            return {RepositoryStatus::Corrupt,
                    repoTr("The folders %1 of the repository '%2' have no parent folder that "
                           "leads to the top level (a cycle or a missing folder); run 'repo "
                           "check' on it. Nothing was copied.")
                        .arg(ids.join(QStringLiteral(", ")), m_source.location())};
        }
        waiting = std::move(later);
    }
    return {};
}

RepositoryError Copier::copyModelContent(qint64 model, SqlStatement &insertTag,
                                         SqlStatement &insertVersion)
{
    if (RepositoryError e = eachRow(m_source, kTags, "WHERE model_id = ?", model,
                                    [&](Row &row) {
                                        m_copied.tags.add(row);
                                        ++m_report.tags;
                                        return insert(insertTag, row);
                                    });
        e.status != RepositoryStatus::Ok)
        return e;
    return eachRow(m_source, kVersions, "WHERE model_id = ? ORDER BY number", model,
                   [&](Row &row) {
                       m_copied.versions.add(row);
                       ++m_report.versions;
                       m_report.xmlBytes += integerOf(row[kVersionSizeColumn]);
                       if (const auto *xml = std::get_if<QByteArray>(&row[kVersionXmlColumn]))
                           m_report.storedBytes += xml->size();
                       return insert(insertVersion, row);
                   });
}

/// Models in id order, each with its tags and versions. A derivation link to a model not yet
/// copied (a base with a higher id) is set once all models are there.
RepositoryError Copier::copyModels()
{
    SqlStatement count = m_source.statement("SELECT count(*) FROM models");
    if (!count.next())
        return count.error(m_doing);
    const qint64 total = count.integer(0);
    SqlStatement insertModel = inserter(kModels);
    SqlStatement insertTag = inserter(kTags);
    SqlStatement insertVersion = inserter(kVersions);
    std::unordered_set<qint64> inserted;
    std::vector<std::pair<qint64, qint64>> laterLinks; // model, base
    if (RepositoryError e = eachRow(
            m_source, kModels, "ORDER BY id", 0,
            [&](Row &row) {
                m_copied.models.add(row);
                const qint64 id = integerOf(row[kIdColumn]);
                const Value &base = row[kModelBaseColumn];
                if (!std::holds_alternative<std::monostate>(base) &&
                    !inserted.count(integerOf(base))) {
                    laterLinks.emplace_back(id, integerOf(base));
                    row[kModelBaseColumn] = std::monostate{};
                }
                if (RepositoryError e = insert(insertModel, row); e.status != RepositoryStatus::Ok)
                    return e;
                inserted.insert(id);
                if (RepositoryError e = copyModelContent(id, insertTag, insertVersion);
                    e.status != RepositoryStatus::Ok)
                    return e;
                ++m_report.models;
                if (m_progress)
                    m_progress(m_report.models, total);
                return RepositoryError{};
            });
        e.status != RepositoryStatus::Ok)
        return e;
    SqlStatement link = m_target.statement("UPDATE models SET base_model_id = ? WHERE id = ?");
    for (const auto &[model, base] : laterLinks) {
        link.reset();
        if (!link.bind(1, base).bind(2, model).exec())
            return link.error(m_doing);
    }
    return {};
}

RepositoryError Copier::copyRules()
{
    SqlStatement insertRule = inserter(kRules);
    return eachRow(m_source, kRules, "", 0, [&](Row &row) {
        m_copied.rules.add(row);
        ++m_report.disabledRules;
        return insert(insertRule, row);
    });
}

/// Reads the target back (inside the transaction) and compares it with what was read from the
/// source; then runs the consistency check on it.
RepositoryError Copier::verify()
{
    Digests found;
    const auto into = [](TableDigest &digest) {
        return [&digest](Row &row) {
            digest.add(row);
            return RepositoryError{};
        };
    };
    std::vector<qint64> models;
    RepositoryError e = eachRow(m_target, kFolders, "", 0, into(found.folders));
    if (e.status == RepositoryStatus::Ok)
        e = eachRow(m_target, kModels, "ORDER BY id", 0, [&](Row &row) {
            found.models.add(row);
            models.push_back(integerOf(row[kIdColumn]));
            return RepositoryError{};
        });
    if (e.status == RepositoryStatus::Ok)
        e = eachRow(m_target, kTags, "", 0, into(found.tags));
    for (const qint64 model : models)
        if (e.status == RepositoryStatus::Ok)
            e = eachRow(m_target, kVersions, "WHERE model_id = ?", model, into(found.versions));
    if (e.status == RepositoryStatus::Ok)
        e = eachRow(m_target, kRules, "", 0, into(found.rules));
    if (e.status != RepositoryStatus::Ok)
        return e;
    const std::pair<const char *, std::pair<TableDigest *, TableDigest *>> tables[] = {
        {kFolders.name, {&m_copied.folders, &found.folders}},
        {kModels.name, {&m_copied.models, &found.models}},
        {kTags.name, {&m_copied.tags, &found.tags}},
        {kVersions.name, {&m_copied.versions, &found.versions}},
        {kRules.name, {&m_copied.rules, &found.rules}},
    };
    for (const auto &[name, digests] : tables)
        if (!digests.first->sameRows(*digests.second))
            return {RepositoryStatus::Corrupt,
                    repoTr("The copy in '%1' differs from the source in the table %2 (%3 rows "
                           "read, %4 found in the copy). Nothing was copied.")
                        .arg(m_target.location(), QLatin1String(name))
                        .arg(digests.first->rows())
                        .arg(digests.second->rows())};
    const auto check = RepositoryCheck::run(m_target, false);
    if (!check.ok())
        return check.error;
    if (!check.value.ok()) {
        QStringList problems;
        for (const RepositoryFinding &f : check.value.findings)
            problems << f.code + QStringLiteral(": ") + f.message;
        return {RepositoryStatus::Corrupt,
                repoTr("The copy in '%1' fails the consistency check (the source may have the "
                       "same problems; run 'repo check' on it). Nothing was copied.\n%2")
                    .arg(m_target.location(), problems.join(QLatin1Char('\n')))};
    }
    return {};
}

RepositoryResult<RepositoryCopyReport> Copier::run()
{
    QElapsedTimer timer;
    timer.start();
    // The source's write transaction is never committed: it only keeps writers out.
    RepositoryTransaction reading(m_source, repoTr("reading the repository to copy"),
                                  RepositoryTransaction::Snapshot);
    if (!reading.begun())
        return reading.beginError();
    RepositoryTransaction writing(m_target, m_doing);
    if (!writing.begun())
        return writing.beginError();
    if (RepositoryError e = requireEmptyTarget(); e.status != RepositoryStatus::Ok)
        return e;
    for (const auto step : {&Copier::copyFolders, &Copier::copyModels, &Copier::copyRules})
        if (RepositoryError e = (this->*step)(); e.status != RepositoryStatus::Ok)
            return e;
    if (RepositoryOutcome r = m_target.continueIdsAfterCopy(); !r.ok())
        return r.error;
    if (RepositoryOutcome r = m_target.rebuildIndex(); !r.ok())
        return r.error;
    if (RepositoryError e = verify(); e.status != RepositoryStatus::Ok)
        return e;
    if (RepositoryError e = writing.commit(); e.status != RepositoryStatus::Ok)
        return e;
    m_report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return m_report;
}

} // namespace

RepositoryResult<RepositoryCopyReport> RepositoryCopy::copy(const RepositoryBackend &source,
                                                            const RepositoryBackend &target,
                                                            const Progress &progress)
{
    return Copier(source, target, progress).run();
}

} // namespace amtsweg

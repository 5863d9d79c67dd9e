#include "repositorysearch.h"

#include "repositorydatabase.h"
#include "searchtext.h"
#include "sqlitestatement.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <cmath>
#include <unordered_map>

namespace amtsweg {
namespace {

using searchtext::fold;
using searchtext::snippetOf;
using searchtext::tokensOf;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Appends `s` with its white space runs (line breaks, tabs) made one space and the ends
/// trimmed: one field of the element index. Copies runs, not characters (it runs on every
/// save for every element).
void appendFlat(std::string &to, std::string_view s)
{
    s = trimmed(s);
    while (!s.empty()) {
        size_t run = 0;
        while (run < s.size() && !isSpace(s[run]))
            ++run;
        to.append(s.data(), run);
        s.remove_prefix(run);
        if (s.empty())
            break;
        to += ' ';
        while (isSpace(s.front()))
            s.remove_prefix(1); // trimmed: a non-space follows
    }
}

/// ASCII case-insensitive search of a lower-case `needle`, without allocating.
bool containsLower(std::string_view haystack, std::string_view needle)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        size_t k = 0;
        while (k < needle.size() && lower(haystack[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

bool isFimNamespace(const QualifiedName &name)
{
    if (name.ns != schema::Ns::None || name.nsUri.empty())
        return false; // BPMN, DI, DC or no namespace: the common case, decided at once
    const std::string_view uri = name.nsUri;
    return uri == schema::uri::amtsweg || containsLower(uri, "fim") ||
           containsLower(uri, "xprozess");
}

// Everything stays UTF-8 as the tree holds it: this runs on every save of a model.
struct ElementText
{
    std::string_view id, name;
    std::string documentation, fim;
};

class Extractor
{
public:
    explicit Extractor(const ModelTree &tree)
        : m_tree(tree), m_fimName(tree.names().size(), -1)
    {
    }

    void walk(NodeId n, int owner, bool fimContext)
    {
        const QualifiedName &q = m_tree.qname(n);
        fimContext = fimContext || isFim(m_tree.nameId(n));
        if (q.ns == schema::Ns::Model && (q.local == "documentation" || q.local == "text")) {
            append(m_entries[owner].documentation, m_tree.text(n));
            return;
        }
        if (q.ns == schema::Ns::Model && !m_tree.id(n).empty()) {
            owner = int(m_entries.size());
            m_entries.push_back({m_tree.id(n), m_tree.attr(n, m_tree.known().name), {}, {}});
        }
        for (const Attribute &a : m_tree.attributes(n))
            if (isFim(a.name))
                append(m_entries[owner].fim, a.value);
        bool hasElementChildren = false;
        for (NodeId c = m_tree.firstChild(n); c != kNoNode; c = m_tree.next(c)) {
            if (m_tree.isElement(c)) {
                hasElementChildren = true;
                walk(c, owner, fimContext);
            }
        }
        if (fimContext && !hasElementChildren)
            append(m_entries[owner].fim, m_tree.text(n));
    }

    std::vector<ElementText> m_entries{{}}; // entry 0: text outside any element with an id

private:
    bool isFim(NameId name)
    {
        if (name >= m_fimName.size())
            return isFimNamespace(m_tree.names()[name]);
        if (m_fimName[name] < 0)
            m_fimName[name] = isFimNamespace(m_tree.names()[name]) ? 1 : 0;
        return m_fimName[name] == 1;
    }
    static void append(std::string &to, std::string_view text)
    {
        const std::string_view t = trimmed(text);
        if (t.empty())
            return;
        if (!to.empty())
            to += ' ';
        to += t;
    }
    const ModelTree &m_tree;
    std::vector<signed char> m_fimName; ///< per name: FIM namespace (1), not (0), unknown (-1)
};

// ---- the stored element rows of a model (search_chunks.elements):
// "number\tid\tname\tdocumentation\tfim\n" per element, by number.

/// Element `number` of model `model` in element_search.
qint64 elementRowid(ModelId model, qint64 number)
{
    return (model << 32) | number;
}

constexpr qint64 kMaxNumber = (qint64(1) << 31) - 1;

/// Element rows are stored in chunks of this many numbers (search_chunks), so that a save
/// writes only the chunks whose rows changed.
constexpr qint64 kChunkSize = 128;

struct StoredRow
{
    qint64 number = 0;
    QByteArrayView id;
    QByteArrayView text; ///< "name\tdocumentation\tfim"
    bool claimed = false; ///< a line of the new document took over this row's number
};

/// Calls `f(line)` for every line of `text` (without the line break).
template<typename F>
void forEachLine(QByteArrayView text, F f)
{
    while (!text.isEmpty()) {
        qsizetype end = text.indexOf('\n');
        if (end < 0)
            end = text.size();
        f(text.first(end));
        text = text.sliced(std::min(end + 1, text.size()));
    }
}

/// Splits "a\tb\tc" into its three fields (missing ones empty).
std::array<QByteArrayView, 3> fieldsOf(QByteArrayView text)
{
    std::array<QByteArrayView, 3> out;
    for (QByteArrayView &field : out) {
        const qsizetype tab = text.indexOf('\t');
        field = tab < 0 ? text : text.first(tab);
        text = tab < 0 ? QByteArrayView() : text.sliced(tab + 1);
    }
    return out;
}

std::vector<StoredRow> parseStored(QByteArrayView stored)
{
    std::vector<StoredRow> rows;
    forEachLine(stored, [&](QByteArrayView line) {
        const qsizetype t1 = line.indexOf('\t');
        const qsizetype t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t2 < 0)
            return;
        bool ok = false;
        const qint64 number = line.first(t1).toLongLong(&ok);
        if (ok && number > 0)
            rows.push_back({number, line.sliced(t1 + 1, t2 - t1 - 1), line.sliced(t2 + 1)});
    });
    return rows;
}

} // namespace

SearchDocument RepositorySearch::extract(const ModelTree &tree)
{
    SearchDocument doc;
    if (tree.root() == kNoNode)
        return doc;
    Extractor x(tree);
    x.walk(tree.root(), 0, false);
    std::string out;
    out.reserve(x.m_entries.size() * 32);
    for (const ElementText &e : x.m_entries) {
        if (trimmed(e.name).empty() && e.documentation.empty() && e.fim.empty())
            continue;
        out.append(e.id).append(1, '\t');
        appendFlat(out, e.name);
        out += '\t';
        appendFlat(out, e.documentation);
        out += '\t';
        appendFlat(out, e.fim);
        out += '\n';
    }
    doc.elementIndex = QByteArray(out.data(), qsizetype(out.size()));
    return doc;
}

RepositoryOutcome RepositorySearch::index(const RepositoryDatabase &db, ModelId model,
                                          const SearchDocument &document)
{
    const QString doing = repoTr("updating the search index");
    // The element rows as they are in the index now.
    qint64 nextNumber = 1;
    bool exists = false;
    {
        SqliteStatement old =
            db.prepare("SELECT next_number FROM search_elements WHERE model_id = ?");
        if (old.bind(1, model).next()) {
            exists = true;
            nextNumber = old.integer(0);
        } else if (old.resultCode() != SQLITE_DONE) {
            return db.error(old.resultCode(), doing);
        }
    }
    std::map<qint64, QByteArray> oldChunks;
    std::vector<StoredRow> oldRows;
    {
        SqliteStatement chunks =
            db.prepare("SELECT chunk, elements FROM search_chunks WHERE model_id = ?");
        chunks.bind(1, model);
        while (chunks.next())
            oldChunks.emplace(chunks.integer(0), chunks.blob(1));
        if (chunks.resultCode() != SQLITE_DONE)
            return db.error(chunks.resultCode(), doing);
        for (const auto &[chunk, text] : oldChunks) {
            std::vector<StoredRow> rows = parseStored(text);
            oldRows.insert(oldRows.end(), rows.begin(), rows.end());
        }
    }
    // Numbers run out after two billion added elements: then every row is numbered afresh.
    const bool renumber = nextNumber + document.elementIndex.size() > kMaxNumber;
    if (renumber)
        nextNumber = 1;
    // Elements mostly keep their order: a new line is compared with the old row at the same
    // place first, and looked up by id (a hash built on first need) only when that differs.
    QHash<QByteArrayView, std::size_t> byId;
    const auto oldRowOf = [&](QByteArrayView id, std::size_t at) -> StoredRow * {
        if (renumber)
            return nullptr;
        if (at < oldRows.size() && oldRows[at].id == id && !oldRows[at].claimed)
            return &oldRows[at];
        if (byId.isEmpty()) {
            byId.reserve(qsizetype(oldRows.size()));
            for (std::size_t i = oldRows.size(); i-- > 0;)
                byId.insert(oldRows[i].id, i); // the first of duplicate ids wins
        }
        const auto it = byId.constFind(id);
        return it != byId.cend() && !oldRows[*it].claimed ? &oldRows[*it] : nullptr;
    };

    // Match the new lines by element id: same text keeps its row, changed text replaces it.
    std::vector<StoredRow> removed;
    std::vector<std::pair<qint64, QByteArrayView>> added; // number, "name\tdoc\tfim"
    std::map<qint64, std::vector<std::pair<qint64, QByteArrayView>>> newChunks; // number, line
    const qint64 numberBefore = nextNumber;
    std::size_t at = 0;
    forEachLine(document.elementIndex, [&](QByteArrayView line) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            return;
        const QByteArrayView id = line.first(tab), text = line.sliced(tab + 1);
        qint64 number = 0;
        if (StoredRow *row = oldRowOf(id, at++)) {
            number = row->number;
            row->claimed = true;
            if (row->text != text) {
                removed.push_back(*row);
                added.emplace_back(number, text);
            }
        } else {
            number = nextNumber++;
            added.emplace_back(number, text);
        }
        newChunks[number / kChunkSize].emplace_back(number, line);
    });
    for (const StoredRow &row : oldRows)
        if (!row.claimed)
            removed.push_back(row);
    if (exists && added.empty() && removed.empty())
        return Done{}; // e.g. a save that only moved shapes

    SqliteStatement remove =
        db.prepare("INSERT INTO element_search(element_search, rowid, name, documentation, fim) "
                   "VALUES('delete', ?, ?, ?, ?)");
    for (const StoredRow &row : removed) {
        const auto f = fieldsOf(row.text);
        remove.reset();
        remove.bind(1, elementRowid(model, row.number));
        if (const int rc = remove.bindUtf8(2, f[0]).bindUtf8(3, f[1]).bindUtf8(4, f[2]).exec();
            rc != SQLITE_DONE)
            return db.error(rc, doing);
    }
    SqliteStatement insert = db.prepare(
        "INSERT INTO element_search(rowid, name, documentation, fim) VALUES(?, ?, ?, ?)");
    for (const auto &[number, text] : added) {
        const auto f = fieldsOf(text);
        insert.reset();
        insert.bind(1, elementRowid(model, number));
        if (const int rc = insert.bindUtf8(2, f[0]).bindUtf8(3, f[1]).bindUtf8(4, f[2]).exec();
            rc != SQLITE_DONE)
            return db.error(rc, doing);
    }
    // Only the chunks whose rows changed are written again (a rename: one of about 5 KB).
    SqliteStatement writeChunk = db.prepare(
        "INSERT OR REPLACE INTO search_chunks(model_id, chunk, elements) VALUES(?, ?, ?)");
    std::string text;
    for (auto &[chunk, lines] : newChunks) {
        std::sort(lines.begin(), lines.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        text.clear();
        for (const auto &[number, line] : lines) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
            text.append(digits, end).append(1, '\t');
            text.append(line.data(), std::size_t(line.size())).append(1, '\n');
        }
        const auto old = oldChunks.find(chunk);
        if (old != oldChunks.end()) {
            const bool same = QByteArrayView(old->second) ==
                              QByteArrayView(text.data(), qsizetype(text.size()));
            oldChunks.erase(old);
            if (same)
                continue;
        }
        writeChunk.reset();
        writeChunk.bind(1, model).bind(2, chunk);
        if (const int rc =
                writeChunk.bindBlob(3, QByteArray::fromRawData(text.data(), qsizetype(text.size())))
                    .exec();
            rc != SQLITE_DONE)
            return db.error(rc, doing);
    }
    SqliteStatement dropChunk =
        db.prepare("DELETE FROM search_chunks WHERE model_id = ? AND chunk = ?");
    for (const auto &[chunk, text] : oldChunks) {
        dropChunk.reset();
        if (const int rc = dropChunk.bind(1, model).bind(2, chunk).exec(); rc != SQLITE_DONE)
            return db.error(rc, doing);
    }
    if (!exists || nextNumber != numberBefore) {
        SqliteStatement write = db.prepare(
            "INSERT OR REPLACE INTO search_elements(model_id, next_number) VALUES(?, ?)");
        if (const int rc = write.bind(1, model).bind(2, nextNumber).exec(); rc != SQLITE_DONE)
            return db.error(rc, doing);
    }
    return Done{};
}

RepositoryOutcome RepositorySearch::reindexMetadata(const RepositoryDatabase &db, ModelId model)
{
    const QString doing = repoTr("updating the search index");
    SqliteStatement remove = db.prepare("DELETE FROM model_search WHERE rowid = ?");
    if (const int rc = remove.bind(1, model).exec(); rc != SQLITE_DONE)
        return db.error(rc, doing);
    SqliteStatement insert = db.prepare(
        "INSERT INTO model_search(rowid, name, description, fim) SELECT id, name, description, "
        "fim_status || ' ' || status || ' ' || ifnull((SELECT group_concat(tag, ' ') "
        "FROM model_tags WHERE model_id = models.id), '') FROM models WHERE id = ?");
    if (const int rc = insert.bind(1, model).exec(); rc != SQLITE_DONE)
        return db.error(rc, doing);
    return Done{};
}

RepositoryOutcome RepositorySearch::rebuildIndex(const RepositoryDatabase &db)
{
    for (const char *sql : {"DELETE FROM model_search", "DELETE FROM search_elements",
                            "DELETE FROM search_chunks",
                            "INSERT INTO element_search(element_search) VALUES('delete-all')"})
        if (const int rc = db.exec(sql); rc != SQLITE_OK)
            return db.error(rc, repoTr("rebuilding the search index"));
    return reindexAll(db);
}

RepositoryOutcome RepositorySearch::reindexAll(const RepositoryBackend &db)
{
    SqlStatement rows = db.statement("SELECT m.id, v.xml, v.compression FROM models m LEFT JOIN "
                                     "versions v ON v.model_id = m.id "
                                     "AND v.number = m.latest_version");
    while (rows.next()) {
        const ReadResult read =
            rows.isNull(1) ? ReadResult{}
                           : BpmnReader::readBytes(versionblob::unpack(rows.blob(1),
                                                                       int(rows.integer(2))),
                                                   QStringLiteral("repository"));
        const SearchDocument doc = read.ok() ? extract(*read.tree) : SearchDocument{};
        if (RepositoryOutcome r = db.indexMetadata(rows.integer(0)); !r.ok())
            return r;
        if (RepositoryOutcome r = db.indexElements(rows.integer(0), doc); !r.ok())
            return r;
    }
    if (rows.failed())
        return rows.error(repoTr("rebuilding the search index"));
    return Done{};
}

namespace {

struct Candidate
{
    double score = 0;            ///< lower is better: bm25 of the model's row, minus matches
    std::vector<qint64> numbers; ///< matching elements
};

} // namespace

QString RepositorySearch::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word.trimmed();
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!w.isEmpty())
            terms << QLatin1Char('"') + w + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

RepositoryResult<std::vector<SearchHit>> RepositorySearch::search(const RepositoryDatabase &db,
                                                                  const QString &text, int limit)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("The search text is empty.")};
    const QString doing = repoTr("searching for '%1'").arg(text);

    // Every word is looked up on its own, in the models' rows and in the element rows; a
    // model is a hit when each word matches it somewhere (bm25 scores add up, lower is better).
    SqliteStatement inModels = db.prepare("SELECT rowid, bm25(model_search, 10.0, 4.0, 2.0) "
                                          "FROM model_search WHERE model_search MATCH ?");
    // Element rows are not ranked with bm25: it looks up every matching row's size (a common
    // word matches tens of thousands of elements); the number of matching elements counts.
    SqliteStatement inElements =
        db.prepare("SELECT rowid FROM element_search WHERE element_search MATCH ?");
    QStringList tokens;
    std::unordered_map<ModelId, Candidate> candidates;
    bool firstWord = true;
    for (const QString &word : words) {
        const QStringList wordTokens = tokensOf(fold(word));
        if (wordTokens.isEmpty())
            continue; // no letters or digits: nothing the index holds
        tokens += wordTokens;
        const QString query = ftsQuery(word);
        std::unordered_map<ModelId, Candidate> found;
        inModels.reset();
        inModels.bind(1, query);
        while (inModels.next()) {
            Candidate &c = found[inModels.integer(0)];
            c.score = std::min(c.score, inModels.real(1));
        }
        inElements.reset();
        inElements.bind(1, query);
        while (inElements.next()) {
            const qint64 rowid = inElements.integer(0);
            found[rowid >> 32].numbers.push_back(rowid & 0xffffffff);
        }
        for (auto &[model, c] : found)
            if (!c.numbers.empty())
                c.score -= 1.0 + std::log(double(c.numbers.size()));
        for (const SqliteStatement *s : {&inModels, &inElements})
            if (s->resultCode() != SQLITE_DONE)
                return db.error(s->resultCode(), doing);
        if (firstWord) {
            candidates = std::move(found);
            firstWord = false;
            continue;
        }
        searchtext::keepCommon(candidates, found, [](Candidate &kept, const Candidate &more) {
            kept.numbers.insert(kept.numbers.end(), more.numbers.begin(), more.numbers.end());
        });
    }
    const auto ranked = searchtext::ranked(candidates, limit);

    SqliteStatement modelRow = db.prepare(
        "SELECT m.name, m.latest_version, m.description, m.fim_status, m.status, "
        "ifnull((SELECT group_concat(tag, ' ') FROM model_tags WHERE model_id = m.id), '') "
        "FROM models m WHERE m.id = ?");
    SqliteStatement chunkRows =
        db.prepare("SELECT elements FROM search_chunks WHERE model_id = ? AND chunk = ?");
    std::vector<SearchHit> hits;
    for (const auto &[model, c] : ranked) {
        modelRow.reset();
        if (!modelRow.bind(1, model).next()) {
            if (modelRow.resultCode() != SQLITE_DONE)
                return db.error(modelRow.resultCode(), doing);
            continue; // an index row without its model (the repository check reports it)
        }
        SearchHit h;
        h.modelId = model;
        h.modelName = modelRow.text(0);
        h.version = int(modelRow.integer(1));
        h.rank = c->score;
        QString snippetText;
        std::sort(c->numbers.begin(), c->numbers.end());
        c->numbers.erase(std::unique(c->numbers.begin(), c->numbers.end()), c->numbers.end());
        // The matching elements' rows: only their chunks are read.
        qint64 lastChunk = -1;
        for (const qint64 number : c->numbers) {
            if (number / kChunkSize == lastChunk)
                continue;
            lastChunk = number / kChunkSize;
            chunkRows.reset();
            if (!chunkRows.bind(1, model).bind(2, lastChunk).next())
                continue; // damaged index (the repository check reports it)
            const QByteArray stored = chunkRows.blob(0);
            for (const StoredRow &row : parseStored(stored)) {
                if (!std::binary_search(c->numbers.begin(), c->numbers.end(), row.number))
                    continue;
                if (!row.id.isEmpty())
                    h.elementIds << QString::fromUtf8(row.id);
                if (snippetText.isEmpty()) {
                    QStringList parts;
                    for (QByteArrayView f : fieldsOf(row.text))
                        if (!f.isEmpty())
                            parts << QString::fromUtf8(f);
                    snippetText = parts.join(QStringLiteral(" · "));
                }
            }
        }
        if (snippetText.isEmpty()) {
            QStringList parts;
            for (int column : {0, 2, 3, 4, 5})
                if (const QString t = modelRow.text(column); !t.isEmpty())
                    parts << t;
            snippetText = parts.join(QStringLiteral(" · "));
        }
        h.snippet = snippetOf(snippetText, tokens);
        hits.push_back(std::move(h));
    }
    return hits;
}

} // namespace amtsweg

#include "repositorysearch.h"

#include "repositorydatabase.h"
#include "sqlitestatement.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"

#include <sqlite3.h>

namespace amtsweg {
namespace {

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
/// trimmed: one field of the element index.
void appendFlat(QByteArray &to, std::string_view s)
{
    bool space = false;
    for (const char c : trimmed(s)) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space)
            to += ' ';
        space = false;
        to += c;
    }
}

/// ASCII case-insensitive search of a lower-case `needle`, without allocating (it runs for
/// every element and attribute of a model).
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
    explicit Extractor(const ModelTree &tree) : m_tree(tree) {}

    void walk(NodeId n, int owner, bool fimContext)
    {
        const QualifiedName &q = m_tree.qname(n);
        fimContext = fimContext || isFimNamespace(q);
        if (q.ns == schema::Ns::Model && (q.local == "documentation" || q.local == "text")) {
            append(m_entries[owner].documentation, m_tree.text(n));
            return;
        }
        if (!m_tree.id(n).empty() && q.ns == schema::Ns::Model) {
            owner = int(m_entries.size());
            m_entries.push_back({m_tree.id(n), m_tree.attr(n, m_tree.known().name), {}, {}});
        }
        for (const Attribute &a : m_tree.attributes(n))
            if (isFimNamespace(m_tree.names()[a.name]))
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
};

/// Lower case without diacritics, for matching element texts like the unicode61 tokenizer.
QString fold(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D).toLower();
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

/// True when `term` starts a word of `text` (as an FTS5 prefix query matches).
bool containsWordPrefix(const QString &text, const QString &term)
{
    for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    return false;
}

QStringList matchingElements(const QString &index, const QStringList &terms)
{
    QStringList ids;
    for (QStringView line : QStringView(index).split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        const QString text = fold(line.mid(tab + 1).toString());
        for (const QString &term : terms) {
            if (containsWordPrefix(text, term)) {
                ids << line.left(tab).toString();
                break;
            }
        }
    }
    return ids;
}

} // namespace

SearchDocument RepositorySearch::extract(const ModelTree &tree)
{
    SearchDocument doc;
    if (tree.root() == kNoNode)
        return doc;
    Extractor x(tree);
    x.walk(tree.root(), 0, false);
    const auto line = [](QByteArray &to, std::string_view text) {
        if (!text.empty())
            to.append(text.data(), qsizetype(text.size())).append('\n');
    };
    for (const ElementText &e : x.m_entries) {
        line(doc.elements, e.name);
        line(doc.documentation, e.documentation);
        line(doc.fim, e.fim);
        if (e.id.empty() || (e.name.empty() && e.documentation.empty() && e.fim.empty()))
            continue;
        doc.elementIndex.append(e.id.data(), qsizetype(e.id.size())).append('\t');
        appendFlat(doc.elementIndex, e.name);
        doc.elementIndex += '\t';
        appendFlat(doc.elementIndex, e.documentation);
        doc.elementIndex += '\t';
        appendFlat(doc.elementIndex, e.fim);
        doc.elementIndex += '\n';
    }
    return doc;
}

namespace {

// The FIM column of a model's row: its FIM status, free status and tags, then the document's.
constexpr const char *kFimColumn =
    "(fim_status || ' ' || status || ' ' || "
    "ifnull((SELECT group_concat(tag, ' ') FROM model_tags WHERE model_id = models.id), '') "
    "|| char(10) || ?4)";

SqliteStatement &bindDocument(SqliteStatement &s, ModelId model, const SearchDocument &document)
{
    return s.bind(1, model)
        .bindUtf8(2, document.elements)
        .bindUtf8(3, document.documentation)
        .bindUtf8(4, document.fim)
        .bindUtf8(5, document.elementIndex);
}

} // namespace

RepositoryOutcome RepositorySearch::index(const RepositoryDatabase &db, ModelId model,
                                          const SearchDocument &document)
{
    // A row that would stay the same (a save that only moved shapes, a metadata change that
    // leaves the texts) is left alone: FTS5 replaces a row by tokenizing both old and new text.
    const QByteArray same =
        QByteArray("SELECT count(*) FROM model_search s JOIN models ON models.id = s.rowid "
                   "WHERE s.rowid = ?1 AND s.name = models.name "
                   "AND s.description = models.description AND s.elements = ?2 "
                   "AND s.documentation = ?3 AND s.element_index = ?5 AND s.fim = ") +
        kFimColumn;
    SqliteStatement unchanged = db.prepare(same.constData());
    if (bindDocument(unchanged, model, document).next() && unchanged.integer(0) > 0)
        return Done{};
    if (unchanged.resultCode() != SQLITE_ROW && unchanged.resultCode() != SQLITE_DONE)
        return db.error(unchanged.resultCode(), repoTr("updating the search index"));
    unchanged.reset();

    SqliteStatement remove = db.prepare("DELETE FROM model_search WHERE rowid = ?");
    if (const int rc = remove.bind(1, model).exec(); rc != SQLITE_DONE)
        return db.error(rc, repoTr("updating the search index"));
    const QByteArray sql = QByteArray("INSERT INTO model_search(rowid, name, description, "
                                      "elements, documentation, fim, element_index) "
                                      "SELECT id, name, description, ?2, ?3, ") +
                           kFimColumn + ", ?5 FROM models WHERE id = ?1";
    SqliteStatement insert = db.prepare(sql.constData());
    if (const int rc = bindDocument(insert, model, document).exec(); rc != SQLITE_DONE)
        return db.error(rc, repoTr("updating the search index"));
    return Done{};
}

RepositoryOutcome RepositorySearch::reindexMetadata(const RepositoryDatabase &db, ModelId model)
{
    SqliteStatement old = db.prepare(
        "SELECT elements, documentation, fim, element_index FROM model_search WHERE rowid = ?");
    old.bind(1, model);
    SearchDocument doc;
    if (old.next()) {
        // Text columns as their UTF-8 bytes.
        doc.elements = old.blob(0);
        doc.documentation = old.blob(1);
        // The model-level part of the FIM column is rebuilt by index(); keep the rest.
        const QByteArray fim = old.blob(2);
        const qsizetype cut = fim.indexOf('\n');
        doc.fim = cut < 0 ? QByteArray() : fim.mid(cut + 1);
        doc.elementIndex = old.blob(3);
    }
    return index(db, model, doc);
}

RepositoryOutcome RepositorySearch::rebuildIndex(const RepositoryDatabase &db)
{
    if (const int rc = db.exec("DELETE FROM model_search"); rc != SQLITE_OK)
        return db.error(rc, repoTr("rebuilding the search index"));
    // Before schema version 3 there is no compression column: every row is raw.
    const bool compressed = db.queryInteger("SELECT count(*) FROM pragma_table_info('versions') "
                                            "WHERE name = 'compression'",
                                            0) > 0;
    SqliteStatement rows =
        db.prepare(compressed ? "SELECT m.id, v.xml, v.compression FROM models m JOIN versions v "
                                "ON v.model_id = m.id AND v.number = m.latest_version"
                              : "SELECT m.id, v.xml, 0 FROM models m JOIN versions v "
                                "ON v.model_id = m.id AND v.number = m.latest_version");
    while (rows.next()) {
        const ReadResult read = BpmnReader::readBytes(
            versionblob::unpack(rows.blob(1), int(rows.integer(2))), QStringLiteral("repository"));
        const SearchDocument doc = read.ok() ? extract(*read.tree) : SearchDocument{};
        if (RepositoryOutcome r = index(db, rows.integer(0), doc); !r.ok())
            return r;
    }
    if (rows.resultCode() != SQLITE_DONE)
        return db.error(rows.resultCode(), repoTr("rebuilding the search index"));
    return Done{};
}

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
    const QString query = ftsQuery(text.simplified());
    if (query.isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("The search text is empty.")};
    QStringList terms;
    for (const QString &w : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << fold(w);

    SqliteStatement s =
        db.prepare("SELECT s.rowid, m.name, m.latest_version, "
                   "snippet(model_search, -1, '[', ']', '…', 10), "
                   "bm25(model_search, 10.0, 4.0, 3.0, 1.0, 2.0) AS score, s.element_index "
                   "FROM model_search s JOIN models m ON m.id = s.rowid "
                   "WHERE model_search MATCH ?1 ORDER BY score LIMIT ?2");
    s.bind(1, query).bind(2, limit);
    std::vector<SearchHit> hits;
    while (s.next()) {
        SearchHit h;
        h.modelId = s.integer(0);
        h.modelName = s.text(1);
        h.version = int(s.integer(2));
        h.snippet = s.text(3).simplified();
        h.rank = s.real(4);
        h.elementIds = matchingElements(s.text(5), terms);
        hits.push_back(std::move(h));
    }
    if (s.resultCode() != SQLITE_DONE)
        return db.error(s.resultCode(), repoTr("searching for '%1'").arg(text));
    return hits;
}

} // namespace amtsweg

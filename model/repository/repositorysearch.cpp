#include "repositorysearch.h"

#include "repositorydatabase.h"
#include "sqlitestatement.h"
#include "versionblob.h"
#include "xml/bpmnreader.h"

#include <sqlite3.h>

namespace amtsweg {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Text made safe for one field of the element index (no tabs or line breaks).
QString flat(QString s)
{
    for (QChar &c : s)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return s.simplified();
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

struct ElementText
{
    std::string_view id;
    QString name, documentation, fim;
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
            append(m_entries[owner].documentation, qs(m_tree.text(n)));
            return;
        }
        if (!m_tree.id(n).empty() && q.ns == schema::Ns::Model) {
            owner = int(m_entries.size());
            m_entries.push_back({m_tree.id(n), qs(m_tree.attr(n, m_tree.known().name)), {}, {}});
        }
        for (const Attribute &a : m_tree.attributes(n))
            if (isFimNamespace(m_tree.names()[a.name]))
                append(m_entries[owner].fim, qs(a.value));
        bool hasElementChildren = false;
        for (NodeId c = m_tree.firstChild(n); c != kNoNode; c = m_tree.next(c)) {
            if (m_tree.isElement(c)) {
                hasElementChildren = true;
                walk(c, owner, fimContext);
            }
        }
        if (fimContext && !hasElementChildren)
            append(m_entries[owner].fim, qs(m_tree.text(n)));
    }

    std::vector<ElementText> m_entries{{}}; // entry 0: text outside any element with an id

private:
    static void append(QString &to, const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        if (!to.isEmpty())
            to += QLatin1Char(' ');
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
    for (const ElementText &e : x.m_entries) {
        if (!e.name.isEmpty())
            doc.elements += e.name + QLatin1Char('\n');
        if (!e.documentation.isEmpty())
            doc.documentation += e.documentation + QLatin1Char('\n');
        if (!e.fim.isEmpty())
            doc.fim += e.fim + QLatin1Char('\n');
        if (!e.id.empty() && !(e.name.isEmpty() && e.documentation.isEmpty() && e.fim.isEmpty()))
            doc.elementIndex += qs(e.id) + QLatin1Char('\t') + flat(e.name) + QLatin1Char('\t') +
                                flat(e.documentation) + QLatin1Char('\t') + flat(e.fim) +
                                QLatin1Char('\n');
    }
    return doc;
}

RepositoryOutcome RepositorySearch::index(const RepositoryDatabase &db, ModelId model,
                                          const SearchDocument &document)
{
    SqliteStatement remove = db.prepare("DELETE FROM model_search WHERE rowid = ?");
    if (const int rc = remove.bind(1, model).exec(); rc != SQLITE_DONE)
        return db.error(rc, repoTr("updating the search index"));
    SqliteStatement insert = db.prepare(
        "INSERT INTO model_search(rowid, name, description, elements, documentation, fim, "
        "element_index) SELECT id, name, description, ?2, ?3, "
        "fim_status || ' ' || status || ' ' || "
        "ifnull((SELECT group_concat(tag, ' ') FROM model_tags WHERE model_id = id), '') "
        "|| char(10) || ?4, ?5 FROM models WHERE id = ?1");
    insert.bind(1, model)
        .bind(2, document.elements)
        .bind(3, document.documentation)
        .bind(4, document.fim)
        .bind(5, document.elementIndex);
    if (const int rc = insert.exec(); rc != SQLITE_DONE)
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
        doc.elements = old.text(0);
        doc.documentation = old.text(1);
        // The model-level part of the FIM column is rebuilt by index(); keep the rest.
        const QString fim = old.text(2);
        const qsizetype cut = fim.indexOf(QLatin1Char('\n'));
        doc.fim = cut < 0 ? QString() : fim.mid(cut + 1);
        doc.elementIndex = old.text(3);
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

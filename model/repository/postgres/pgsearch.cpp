#include "pgsearch.h"

#include "pgdatabase.h"
#include "repository/repositorysearch.h"
#include "repository/searchtext.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace amtsweg::pgsearch {
namespace {

/// The element lines' searchable part (without the id), folded, one line per line of `index`.
QString foldedLines(const QString &index)
{
    QStringList out;
    for (const QString &line : index.split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        out << searchtext::fold(tab < 0 ? QString() : line.mid(tab + 1));
    }
    return out.join(QLatin1Char('\n'));
}

struct Candidate
{
    double score = 0;    ///< lower is better
    QStringList elements; ///< matching element ids
    QString firstLine;   ///< the first matching element line (for the snippet)
};

} // namespace

QString wordQuery(const QString &word)
{
    QStringList terms;
    for (const QString &token : searchtext::tokensOf(searchtext::fold(word)))
        terms << QLatin1Char('\'') + token + QLatin1String("':*");
    return terms.join(QLatin1String(" & "));
}

RepositoryOutcome indexElements(const PgDatabase &db, ModelId model, const SearchDocument &document)
{
    const QString doing = repoTr("updating the search index");
    const QString lines = QString::fromUtf8(document.elementIndex);
    SqlStatement remove = db.statement(
        "DELETE FROM element_search WHERE model_id = ?1 AND line_key <> ALL(SELECT md5(l) FROM "
        "unnest(string_to_array(?2, chr(10))) AS l)");
    if (!remove.bind(1, model).bind(2, lines).exec())
        return remove.error(doing);
    // Lines that stay but moved (an element inserted before them) keep their row.
    SqlStatement move = db.statement(
        "UPDATE element_search e SET position = t.n FROM unnest(string_to_array(?2, chr(10))) "
        "WITH ORDINALITY AS t(line, n) WHERE e.model_id = ?1 AND e.line_key = md5(t.line) "
        "AND e.position <> t.n");
    if (!move.bind(1, model).bind(2, lines).exec())
        return move.error(doing);
    // Only new lines are tokenized.
    SqlStatement insert = db.statement(
        "INSERT INTO element_search(model_id, line_key, position, element_id, line, document) "
        "SELECT ?1, md5(t.line), t.n, split_part(t.line, chr(9), 1), t.line, "
        "to_tsvector('simple', t.folded) FROM unnest(string_to_array(?2, chr(10)), "
        "string_to_array(?3, chr(10))) WITH ORDINALITY AS t(line, folded, n) WHERE t.line <> '' "
        "AND NOT EXISTS (SELECT 1 FROM element_search e WHERE e.model_id = ?1 "
        "AND e.line_key = md5(t.line)) ON CONFLICT DO NOTHING");
    if (!insert.bind(1, model).bind(2, lines).bind(3, foldedLines(lines)).exec())
        return insert.error(doing);
    return Done{};
}

RepositoryOutcome indexMetadata(const PgDatabase &db, ModelId model)
{
    const QString doing = repoTr("updating the search index");
    SqlStatement row = db.statement(
        "SELECT name || ' ' || description || ' ' || fim_status || ' ' || status || ' ' || "
        "coalesce((SELECT string_agg(tag, ' ') FROM model_tags WHERE model_id = models.id), '') "
        "FROM models WHERE id = ?");
    if (!row.bind(1, model).next())
        return row.failed() ? row.error(doing) : RepositoryOutcome(Done{});
    SqlStatement write = db.statement(
        "INSERT INTO model_search(model_id, document) VALUES(?1, to_tsvector('simple', ?2)) "
        "ON CONFLICT(model_id) DO UPDATE SET document = excluded.document");
    if (!write.bind(1, model).bind(2, searchtext::fold(row.text(0))).exec())
        return write.error(doing);
    return Done{};
}

RepositoryOutcome rebuild(const PgDatabase &db)
{
    const QString doing = repoTr("rebuilding the search index");
    for (const char *sql : {"DELETE FROM model_search", "DELETE FROM element_search"})
        if (SqlStatement s = db.statement(sql); !s.exec())
            return s.error(doing);
    return RepositorySearch::reindexAll(db);
}

RepositoryResult<std::vector<SearchHit>> search(const PgDatabase &db, const QString &text,
                                                int limit)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return RepositoryError{RepositoryStatus::Invalid, repoTr("The search text is empty.")};
    const QString doing = repoTr("searching for '%1'").arg(text);
    SqlStatement inModels = db.statement(
        "SELECT model_id, ts_rank(document, q) FROM model_search, to_tsquery('simple', ?) q "
        "WHERE document @@ q");
    SqlStatement inElements = db.statement(
        "SELECT model_id, element_id, line FROM element_search WHERE document @@ "
        "to_tsquery('simple', ?) ORDER BY model_id, position");
    QStringList tokens;
    std::unordered_map<ModelId, Candidate> candidates;
    bool firstWord = true;
    for (const QString &word : words) {
        const QString query = wordQuery(word);
        if (query.isEmpty())
            continue; // no letters or digits: nothing the index holds
        tokens += searchtext::tokensOf(searchtext::fold(word));
        std::unordered_map<ModelId, Candidate> found;
        inModels.reset();
        inModels.bind(1, query);
        while (inModels.next()) {
            Candidate &c = found[inModels.integer(0)];
            c.score = std::min(c.score, -10.0 * inModels.real(1));
        }
        inElements.reset();
        inElements.bind(1, query);
        while (inElements.next()) {
            Candidate &c = found[inElements.integer(0)];
            if (const QString id = inElements.text(1); !id.isEmpty())
                c.elements << id;
            if (c.firstLine.isEmpty())
                c.firstLine = inElements.text(2);
        }
        for (SqlStatement *s : {&inModels, &inElements})
            if (s->failed())
                return s->error(doing);
        for (auto &[model, c] : found)
            if (!c.elements.isEmpty() || !c.firstLine.isEmpty())
                c.score -= 1.0 + std::log(double(std::max<qsizetype>(1, c.elements.size())));
        if (firstWord) {
            candidates = std::move(found);
            firstWord = false;
            continue;
        }
        searchtext::keepCommon(candidates, found, [](Candidate &kept, const Candidate &more) {
            kept.elements += more.elements;
            if (kept.firstLine.isEmpty())
                kept.firstLine = more.firstLine;
        });
    }
    const auto ranked = searchtext::ranked(candidates, limit);

    SqlStatement modelRow = db.statement(
        "SELECT name, latest_version, description, fim_status, status, coalesce((SELECT "
        "string_agg(tag, ' ') FROM model_tags WHERE model_id = models.id), '') FROM models "
        "WHERE id = ?");
    std::vector<SearchHit> hits;
    for (const auto &[model, c] : ranked) {
        modelRow.reset();
        if (!modelRow.bind(1, model).next()) {
            if (modelRow.failed())
                return modelRow.error(doing);
            continue;
        }
        SearchHit h;
        h.modelId = model;
        h.modelName = modelRow.text(0);
        h.version = int(modelRow.integer(1));
        h.rank = c->score;
        c->elements.removeDuplicates();
        h.elementIds = c->elements;
        QStringList parts;
        if (!c->firstLine.isEmpty()) {
            const QStringList fields = c->firstLine.split(QLatin1Char('\t'));
            for (qsizetype i = 1; i < fields.size(); ++i)
                if (!fields[i].isEmpty())
                    parts << fields[i];
        } else {
            for (int column : {0, 2, 3, 4, 5})
                if (const QString t = modelRow.text(column); !t.isEmpty())
                    parts << t;
        }
        h.snippet = searchtext::snippetOf(parts.join(QStringLiteral(" · ")), tokens);
        hits.push_back(std::move(h));
    }
    return hits;
}

} // namespace amtsweg::pgsearch

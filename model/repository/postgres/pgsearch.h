#pragma once
// The repository's full-text search on PostgreSQL: model_search (a row per model: name,
// description, FIM status, status, tags) and element_search (a row per line of the newest
// version's SearchDocument) hold tsvectors of the folded text ('simple' configuration: no
// stemming, as SQLite's unicode61; folding removes case and diacritics). A save changes only
// the rows of elements whose text changed (rows are keyed by the md5 of their line). Matching
// is as on SQLite: every word of the search text must start a word somewhere in the model.

#include "repository/repositoryresult.h"
#include "repository/repositorytypes.h"

#include <vector>

namespace amtsweg {

class PgDatabase;
struct SearchDocument;

namespace pgsearch {

RepositoryOutcome indexElements(const PgDatabase &db, ModelId model, const SearchDocument &document);
RepositoryOutcome indexMetadata(const PgDatabase &db, ModelId model);
RepositoryOutcome rebuild(const PgDatabase &db);
RepositoryResult<std::vector<SearchHit>> search(const PgDatabase &db, const QString &text,
                                                int limit);
/// The tsquery for one word of the search text: its tokens as prefixes, all required; empty
/// when the word has no letters or digits.
QString wordQuery(const QString &word);

} // namespace pgsearch
} // namespace amtsweg

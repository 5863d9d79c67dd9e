#pragma once
// RepositorySearch: full-text search over the newest version of every model, in two FTS5
// tables (schema version 5):
//   model_search    one row per model (rowid = model id): name, description and the model's
//                   FIM data (FIM status, free status, tags); rewritten only when these change.
//   element_search  contentless, one row per element with searchable text (name,
//                   documentation, FIM attributes/elements of the Amtsweg or a FIM/XProzess
//                   namespace); rowid = model id * 2^32 + the element's number in its model.
// search_elements keeps, per model, the element rows as inserted (compressed), so that a save
// changes only the rows of elements whose text changed (FTS5 tokenizes what it removes and
// adds: renaming one element of 5,000 tokenizes one element, not the model), and a hit names
// the matching elements, so a browser can open the model and select them.

#include "repositoryresult.h"
#include "repositorytypes.h"

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace amtsweg {

class RepositoryBackend;
class RepositoryDatabase;

/// The searchable text of one model version, extracted from its tree (UTF-8, as stored).
struct SearchDocument
{
    /// "id\tname\tdocumentation\tfim\n" per element with text, in document order, white space
    /// runs made one space; the first line may have an empty id (text outside any element with
    /// an id, e.g. FIM data on the definitions).
    QByteArray elementIndex;
};

class RepositorySearch
{
public:
    /// Collects the searchable text of a model (attached elements in document order).
    static SearchDocument extract(const ModelTree &tree);
    /// Brings a model's element rows to `document` (call inside the saving transaction): only
    /// elements whose text changed are removed from and added to the index.
    static RepositoryOutcome index(const RepositoryDatabase &db, ModelId model,
                                   const SearchDocument &document);
    /// Rewrites the model's row (name, description, FIM status, status, tags) from the models
    /// table (inside the caller's transaction).
    static RepositoryOutcome reindexMetadata(const RepositoryDatabase &db, ModelId model);
    /// Rebuilds the whole index from the newest version of every model.
    static RepositoryOutcome rebuildIndex(const RepositoryDatabase &db);
    /// Indexes the newest version of every model through the backend (either backend; the
    /// index must be empty or its rows are brought up to date).
    static RepositoryOutcome reindexAll(const RepositoryBackend &db);
    /// Searches: every word of `text` must occur (as a word prefix, case and diacritics
    /// ignored) somewhere in the model. Best hits first, at most `limit`.
    static RepositoryResult<std::vector<SearchHit>> search(const RepositoryDatabase &db,
                                                           const QString &text, int limit = 50);
    /// The FTS5 query for user text: each word quoted as a prefix term; empty when no words.
    static QString ftsQuery(const QString &text);
};

} // namespace amtsweg

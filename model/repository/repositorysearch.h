#pragma once
// RepositorySearch: the FTS5 index over the newest version of every model (one row per model,
// rowid = model id): model name, description, element names, documentation and FIM data
// (FIM status, free status, tags, and attributes/elements of the Amtsweg or a FIM/XProzess
// namespace). An unindexed per-element table of the same texts lets a hit name the elements
// that match, so a browser can open the model and select them.

#include "repositoryresult.h"
#include "repositorytypes.h"

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace amtsweg {

class RepositoryDatabase;

/// The searchable text of one model version, extracted from its tree (UTF-8, as stored).
struct SearchDocument
{
    QByteArray elements;      ///< element names, one per line
    QByteArray documentation; ///< documentation and text annotation texts
    QByteArray fim;           ///< FIM attributes and elements
    QByteArray elementIndex;  ///< "id\tname\tdocumentation\tfim" per element, for element hits
};

class RepositorySearch
{
public:
    /// Collects the searchable text of a model (attached elements in document order).
    static SearchDocument extract(const ModelTree &tree);
    /// Replaces the index row of a model (call inside the saving transaction).
    static RepositoryOutcome index(const RepositoryDatabase &db, ModelId model,
                                   const SearchDocument &document);
    /// Rewrites the model-level columns (name, description, FIM status, status, tags) of a
    /// model's row from the models table, keeping the element texts.
    static RepositoryOutcome reindexMetadata(const RepositoryDatabase &db, ModelId model);
    /// Rebuilds the whole index from the newest version of every model.
    static RepositoryOutcome rebuildIndex(const RepositoryDatabase &db);
    /// Searches: every word of `text` must occur (as a word prefix, case and diacritics
    /// ignored) somewhere in the model. Best hits first, at most `limit`.
    static RepositoryResult<std::vector<SearchHit>> search(const RepositoryDatabase &db,
                                                           const QString &text, int limit = 50);
    /// The FTS5 query for user text: each word quoted as a prefix term; empty when no words.
    static QString ftsQuery(const QString &text);
};

} // namespace amtsweg

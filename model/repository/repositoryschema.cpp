#include "repositoryschema.h"

#include "repositorydatabase.h"
#include "repositorysearch.h"

#include <array>

namespace amtsweg::repositoryschema {
namespace {

// Version 1: folders, models, tags and immutable versions.
constexpr std::array<const char *, 9> kVersion1 = {
    R"sql(CREATE TABLE folders(
         id INTEGER PRIMARY KEY,
         parent_id INTEGER REFERENCES folders(id) ON DELETE RESTRICT,
         name TEXT NOT NULL CHECK(name <> '')))sql",
    R"sql(CREATE UNIQUE INDEX folders_name ON folders(ifnull(parent_id, 0), name))sql",
    R"sql(CREATE TABLE models(
         id INTEGER PRIMARY KEY,
         uuid TEXT NOT NULL UNIQUE,
         name TEXT NOT NULL CHECK(name <> ''),
         description TEXT NOT NULL DEFAULT '',
         folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
         fim_status TEXT NOT NULL DEFAULT ''
           CHECK(fim_status IN ('', 'Stammprozess', 'Referenzprozess', 'Lokalprozess')),
         status TEXT NOT NULL DEFAULT '',
         created_at TEXT NOT NULL,
         modified_at TEXT NOT NULL,
         author TEXT NOT NULL,
         latest_version INTEGER NOT NULL DEFAULT 0,
         base_model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
         base_version INTEGER))sql",
    R"sql(CREATE INDEX models_name ON models(name))sql",
    R"sql(CREATE TABLE model_tags(
         model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
         tag TEXT NOT NULL,
         PRIMARY KEY(model_id, tag)) WITHOUT ROWID)sql",
    // The XML blob is what BpmnWriter wrote; rows are never changed (trigger below).
    R"sql(CREATE TABLE versions(
         id INTEGER PRIMARY KEY,
         model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
         number INTEGER NOT NULL CHECK(number >= 1),
         comment TEXT NOT NULL DEFAULT '',
         author TEXT NOT NULL,
         created_at TEXT NOT NULL,
         size INTEGER NOT NULL,
         xml BLOB NOT NULL,
         UNIQUE(model_id, number)))sql",
    R"sql(CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions
         BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END)sql",
    R"sql(CREATE INDEX models_base ON models(base_model_id))sql",
    R"sql(CREATE INDEX models_folder ON models(folder_id))sql",
};

// Version 2: full-text search over the newest version of every model (rowid = model id).
constexpr std::array<const char *, 1> kVersion2 = {
    R"sql(CREATE VIRTUAL TABLE model_search USING fts5(
         name, description, elements, documentation, fim, element_index UNINDEXED,
         tokenize = 'unicode61 remove_diacritics 2'))sql",
};

// Version 3: new versions are stored zlib-compressed (versionblob.h); older rows stay raw.
constexpr std::array<const char *, 1> kVersion3 = {
    R"sql(ALTER TABLE versions ADD COLUMN compression INTEGER NOT NULL DEFAULT 0)sql",
};

// Version 4: new versions are stored zstd-compressed (versionblob.h). No table changes, but an
// older Amtsweg would take those rows for damage: the version number makes it refuse the file.
constexpr std::array<const char *, 0> kVersion4 = {};

// Version 5: the search index in two FTS5 tables (repositorysearch.h): a row per model for its
// name, description and FIM data, and a contentless row per element, so that a save replaces
// only the rows of elements whose text changed (version 2 kept one row per model with all its
// element texts, which every save that changed a name tokenized twice and rewrote). Plus the
// rules of the model checks switched off for the whole repository (disabledrules.h).
constexpr std::array<const char *, 5> kVersion5 = {
    R"sql(DROP TABLE IF EXISTS model_search)sql",
    R"sql(CREATE VIRTUAL TABLE model_search USING fts5(
         name, description, fim, tokenize = 'unicode61 remove_diacritics 2'))sql",
    R"sql(CREATE VIRTUAL TABLE element_search USING fts5(
         name, documentation, fim, content = '',
         tokenize = 'unicode61 remove_diacritics 2'))sql",
    // The element rows of element_search as inserted (a line of number, id, name,
    // documentation and FIM text per element, compressed like versions): what a save compares
    // with the new text and removes from the index.
    R"sql(CREATE TABLE search_elements(
         model_id INTEGER PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
         next_number INTEGER NOT NULL,
         compression INTEGER NOT NULL,
         elements BLOB NOT NULL))sql",
    R"sql(CREATE TABLE disabled_rules(
         rule TEXT PRIMARY KEY CHECK(rule <> ''),
         author TEXT NOT NULL,
         disabled_at TEXT NOT NULL) WITHOUT ROWID)sql",
};

bool fillSearchIndex(RepositoryDatabase &db)
{
    return RepositorySearch::rebuildIndex(db).ok();
}

// Version 6: the element rows of a model in chunks of 128 (by number), so that a save writes
// the chunk of a renamed element (about 5 KB) instead of all rows (200 KB for 5,000 elements).
constexpr std::array<const char *, 3> kVersion6 = {
    R"sql(DROP TABLE search_elements)sql",
    R"sql(CREATE TABLE search_elements(
         model_id INTEGER PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
         next_number INTEGER NOT NULL))sql",
    R"sql(CREATE TABLE search_chunks(
         model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
         chunk INTEGER NOT NULL,
         elements BLOB NOT NULL,
         PRIMARY KEY(model_id, chunk)))sql",
};

// The index is filled only by the last migration that changes it (a file only ever migrates to
// the newest version; the index code knows only the newest tables).
const std::array<Migration, 6> kMigrations = {{
    {1, "folders, models, tags, versions", kVersion1, nullptr},
    {2, "full-text search", kVersion2, nullptr},
    {3, "compressed versions", kVersion3, nullptr},
    {4, "zstd-compressed versions", kVersion4, nullptr},
    {5, "search index per element, repository-wide disabled rules", kVersion5, nullptr},
    {6, "search index rows in chunks", kVersion6, fillSearchIndex},
}};

} // namespace

int currentVersion()
{
    return kMigrations.back().toVersion;
}

std::span<const Migration> migrations()
{
    return kMigrations;
}

} // namespace amtsweg::repositoryschema

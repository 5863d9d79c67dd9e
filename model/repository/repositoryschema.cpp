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

bool fillSearchIndex(RepositoryDatabase &db)
{
    return RepositorySearch::rebuildIndex(db).ok();
}

const std::array<Migration, 4> kMigrations = {{
    {1, "folders, models, tags, versions", kVersion1, nullptr},
    {2, "full-text search", kVersion2, fillSearchIndex},
    {3, "compressed versions", kVersion3, nullptr},
    {4, "zstd-compressed versions", kVersion4, nullptr},
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

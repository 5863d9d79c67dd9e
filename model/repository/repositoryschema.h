#pragma once
// The repository's schema as a list of migrations: migration i takes a file from schema
// version i-1 to i (PRAGMA user_version). A new file runs all of them; an older file the
// missing ones, after RepositoryDatabase has taken a backup.

#include <span>

namespace amtsweg {

class RepositoryDatabase;

/// One step of the schema. `statements` run in order inside the migration's transaction;
/// `after` (optional) runs last in the same transaction (e.g. to fill a new index).
struct Migration
{
    int toVersion;
    const char *description;
    std::span<const char *const> statements;
    bool (*after)(RepositoryDatabase &db) = nullptr;
};

namespace repositoryschema {

/// PRAGMA application_id of an Amtsweg repository ("AmtW").
inline constexpr int kApplicationId = 0x416D7457;

/// The schema version this build writes and reads; newer files are refused.
int currentVersion();

/// All migrations, ordered by toVersion (1, 2, …, currentVersion()).
std::span<const Migration> migrations();

} // namespace repositoryschema
} // namespace amtsweg

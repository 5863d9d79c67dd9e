#pragma once
// The repository's schema on PostgreSQL: the tables of the SQLite file's newest schema
// (repositoryschema.h) - folders, models, tags, immutable versions, disabled rules - with the
// same columns in PostgreSQL's types, plus what a shared server needs: the full-text index in
// tsvector columns, who has which model open, and two roles per database for read-only and
// editing users. The schema version is kept in amtsweg_meta.

#include <span>

namespace amtsweg::pgschema {

/// The version this build writes: the SQLite schema version whose tables it mirrors.
int currentVersion();

/// The statements that create the schema in an empty database (one transaction).
std::span<const char *const> createStatements();

/// Creates the roles "<db>_readers" and "<db>_editors" (when the user may create roles) and
/// grants them their rights; a DO block that does nothing it has no right to do.
const char *rolesStatement();

} // namespace amtsweg::pgschema

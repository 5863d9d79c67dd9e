#pragma once
// RepositoryCheck: the storage's own check (SQLite: PRAGMA integrity_check and
// foreign_key_check; PostgreSQL enforces its references itself) plus Amtsweg's own consistency
// rules, the same on both backends (versions numbered 1..n without gaps, newest version recorded, sizes, readable XML,
// search index rows, derivation links, folder tree without cycles).

#include "repositoryresult.h"
#include "repositorytypes.h"

#include <QString>
#include <vector>

namespace amtsweg {

class RepositoryBackend;

struct RepositoryFinding
{
    QString code; ///< "integrity", "foreign-key", "version-gap", "latest-version", "size",
                  ///< "unreadable-xml", "search-index", "derivation", "folder-cycle"
    QString message;
    ModelId modelId = 0;
    int version = 0;
};

struct RepositoryCheckReport
{
    std::vector<RepositoryFinding> findings;
    int models = 0;
    int versions = 0;
    bool ok() const { return findings.empty(); }
};

class RepositoryCheck
{
public:
    /// Runs every check. `readXml` also reads every stored version with BpmnReader (slower).
    /// An error result only when the checks themselves could not run.
    static RepositoryResult<RepositoryCheckReport> run(const RepositoryBackend &db,
                                                       bool readXml = true);
};

} // namespace amtsweg

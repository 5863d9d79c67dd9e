#pragma once
// Automatic backups of a repository with SQLite's online backup API (a consistent copy even
// while other processes write). They live next to the repository in "<repo>.backups/":
//   <name>-<yyyyMMdd-HHmmss>-daily.amtsweg            taken on open when the newest is > 24 h old
//   <name>-<yyyyMMdd-HHmmss>-before-v<N>.amtsweg      taken before migrating to schema version N
// A backup is written to a temporary file and renamed, so a partial one never counts.

#include "repositoryresult.h"

#include <QString>

struct sqlite3;

namespace amtsweg {

class RepositoryBackup
{
public:
    /// "<repoPath>.backups".
    static QString directory(const QString &repoPath);
    /// Copies the open database `db` (of `repoPath`) into a new backup file; returns its path.
    static RepositoryResult<QString> create(sqlite3 *db, const QString &repoPath,
                                            const QString &reason);
    /// The newest backup file of the repository, or an empty string.
    static QString latest(const QString &repoPath);
    /// True when no backup is younger than 24 hours.
    static bool dailyDue(const QString &repoPath);
    /// Deletes daily backups beyond the newest `keep` (migration backups are kept).
    static void pruneDaily(const QString &repoPath, int keep = 7);
};

} // namespace amtsweg

#pragma once
// RepositoryAccess: who may read and who may edit a repository. For a SQLite file the file's
// permissions decide, and there is nothing to grant. For a PostgreSQL database it is membership
// of the two roles its schema creates (pgschema.cpp): "<database>_readers" may read (and show
// which model they have open), "<database>_editors" may also save. grant() and revoke() change
// that membership for a login role; they need a user allowed to administer those roles (the
// repository's creator as superuser or with CREATEROLE, or ADMIN OPTION on them).

#include "repositoryresult.h"

#include <QString>
#include <vector>

namespace amtsweg {

class ProcessRepository;

enum class AccessLevel { Read, Edit };

struct AccessMember
{
    QString role;
    AccessLevel level = AccessLevel::Read;
};

struct AccessInfo
{
    QString location;
    QString user;      ///< the PostgreSQL user, or the OS user for a file
    bool shared = false;
    bool canWrite = false;
    QString readOnlyReason;
    QString readersRole; ///< PostgreSQL only
    QString editorsRole;
    std::vector<AccessMember> members; ///< login roles granted read or edit, by name
};

class RepositoryAccess
{
public:
    static RepositoryResult<AccessInfo> describe(const ProcessRepository &repository);
    /// Makes `role` a reader (and no editor) or an editor. Invalid on a file; NotFound when
    /// `role` or the repository's roles do not exist; Unwritable when this user may not grant.
    static RepositoryOutcome grant(const ProcessRepository &repository, const QString &role,
                                   AccessLevel level);
    /// Takes read and edit access from `role`.
    static RepositoryOutcome revoke(const ProcessRepository &repository, const QString &role);
};

} // namespace amtsweg

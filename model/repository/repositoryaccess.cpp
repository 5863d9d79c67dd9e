#include "repositoryaccess.h"

#include "processrepository.h"
#include "repositorytransaction.h"

#include <QFileInfo>

#include <optional>
#include <vector>

namespace amtsweg {
namespace {

/// The repository's two roles, as the schema names them.
struct Roles
{
    QString readers;
    QString editors;
};

QString fileAccessMessage(const QString &location)
{
    return repoTr("'%1' is a file: its permissions (owner, group, or the sharing settings of its "
                  "folder) decide who may read and edit it. Granting and revoking access is for a "
                  "repository on a PostgreSQL server.")
        .arg(location);
}

RepositoryResult<Roles> rolesOf(const RepositoryBackend &db, const QString &doing)
{
    SqlStatement s = db.statement(
        "SELECT current_database() || '_readers', current_database() || '_editors', "
        "(SELECT count(*) FROM pg_roles WHERE rolname IN (current_database() || '_readers', "
        "current_database() || '_editors'))");
    if (!s.next())
        return s.error(doing);
    Roles roles{s.text(0), s.text(1)};
    if (s.integer(2) != 2)
        return RepositoryError{RepositoryStatus::NotFound,
                               repoTr("The repository '%1' has no roles %2 and %3 (the user who "
                                      "created it may not create roles). A database "
                                      "administrator can create them by opening the repository "
                                      "once as a user with CREATEROLE.")
                                   .arg(db.location(), roles.readers, roles.editors)};
    return roles;
}

/// Is `role` directly a member of `group` (not through another role)?
RepositoryResult<bool> directMember(const RepositoryBackend &db, const QString &role,
                                    const QString &group, const QString &doing)
{
    SqlStatement s = db.statement(
        "SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ? AND m.rolname = ?");
    if (!s.bind(1, group).bind(2, role).next())
        return s.error(doing);
    return s.integer(0) > 0;
}

/// Runs `GRANT group TO role` or `REVOKE group FROM role` with both names quoted by the server
/// (format's %I), and checks that the membership changed.
RepositoryError changeMembership(const RepositoryBackend &db, const QString &role,
                                 const QString &group, bool member, const QString &doing)
{
    const auto now = directMember(db, role, group, doing);
    if (!now.ok())
        return now.error;
    if (now.value == member)
        return {};
    SqlStatement text = db.statement("SELECT format(?, ?, ?)");
    text.bind(1, member ? QStringLiteral("GRANT %I TO %I") : QStringLiteral("REVOKE %I FROM %I"))
        .bind(2, group)
        .bind(3, role);
    if (!text.next())
        return text.error(doing);
    const QByteArray sql = text.text(0).toUtf8();
    SqlStatement change = db.statement(sql.constData());
    if (!change.exec()) {
        RepositoryError e = change.error(doing);
        if (e.status == RepositoryStatus::Unwritable)
            e.message = repoTr("The PostgreSQL user who opened '%1' may not change who has "
                               "access: that needs the repository's creator, a superuser, or a "
                               "user with ADMIN OPTION on the role %2.")
                            .arg(db.location(), group);
        return e;
    }
    const auto after = directMember(db, role, group, doing);
    if (!after.ok())
        return after.error;
    if (after.value != member)
        return {RepositoryStatus::Failed,
                repoTr("The role %1 is still a member of %2 in '%3': another user granted it; "
                       "that user (or a superuser naming them with GRANTED BY) must revoke it.")
                    .arg(role, group, db.location())};
    return {};
}

RepositoryOutcome changeAccess(const ProcessRepository &repository, const QString &role,
                               std::optional<AccessLevel> level)
{
    const RepositoryBackend &db = repository.backend();
    if (!repository.isShared())
        return RepositoryError{RepositoryStatus::Invalid, fileAccessMessage(db.location())};
    const QString doing = level ? repoTr("granting access to %1").arg(role)
                                : repoTr("revoking access from %1").arg(role);
    RepositoryTransaction transaction(db, doing);
    if (!transaction.begun())
        return transaction.beginError();
    const auto roles = rolesOf(db, doing);
    if (!roles.ok())
        return roles.error;
    SqlStatement exists = db.statement("SELECT count(*) FROM pg_roles WHERE rolname = ?");
    if (!exists.bind(1, role).next())
        return exists.error(doing);
    if (exists.integer(0) == 0 || role == roles.value.readers || role == roles.value.editors)
        return RepositoryError{RepositoryStatus::NotFound,
                               repoTr("There is no login role '%1' on the server of '%2'. A "
                                      "database administrator creates it first (CREATE ROLE … "
                                      "LOGIN PASSWORD …).")
                                   .arg(role, db.location())};
    // An editor reads through the editors' role (a member of the readers' role); granting
    // read takes editing away; revoking takes both.
    const QString &readers = roles.value.readers;
    const QString &editors = roles.value.editors;
    std::vector<std::pair<QString, bool>> memberships; // group, member afterwards
    if (level == AccessLevel::Edit)
        memberships = {{editors, true}};
    else
        memberships = {{editors, false}, {readers, level == AccessLevel::Read}};
    for (const auto &[group, member] : memberships)
        if (RepositoryError e = changeMembership(db, role, group, member, doing);
            e.status != RepositoryStatus::Ok)
            return e;
    if (RepositoryError e = transaction.commit(); e.status != RepositoryStatus::Ok)
        return e;
    return Done{};
}

} // namespace

RepositoryResult<AccessInfo> RepositoryAccess::describe(const ProcessRepository &repository)
{
    const RepositoryBackend &db = repository.backend();
    AccessInfo info;
    info.location = db.location();
    info.shared = repository.isShared();
    info.canWrite = db.canWrite();
    info.readOnlyReason = db.readOnlyReason();
    if (!info.shared) {
        info.user = ProcessRepository::systemUser();
        if (info.canWrite && !QFileInfo(info.location).isWritable()) {
            info.canWrite = false;
            info.readOnlyReason = repoTr("The file '%1' is not writable for the user '%2' (its "
                                         "permissions).")
                                      .arg(info.location, info.user);
        }
        return info;
    }
    const QString doing = repoTr("reading who has access");
    SqlStatement user = db.statement("SELECT current_user");
    if (!user.next())
        return user.error(doing);
    info.user = user.text(0);
    const auto roles = rolesOf(db, doing);
    if (!roles.ok())
        return roles.error;
    info.readersRole = roles.value.readers;
    info.editorsRole = roles.value.editors;
    SqlStatement members = db.statement(
        "SELECT m.rolname, max(CASE WHEN g.rolname = ?2 THEN 1 ELSE 0 END) FROM pg_auth_members "
        "a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE "
        "g.rolname IN (?1, ?2) AND m.rolname NOT IN (?1, ?2) GROUP BY m.rolname ORDER BY "
        "m.rolname");
    members.bind(1, info.readersRole).bind(2, info.editorsRole);
    while (members.next())
        info.members.push_back(
            {members.text(0), members.integer(1) != 0 ? AccessLevel::Edit : AccessLevel::Read});
    if (members.failed())
        return members.error(doing);
    return info;
}

RepositoryOutcome RepositoryAccess::grant(const ProcessRepository &repository, const QString &role,
                                          AccessLevel level)
{
    return changeAccess(repository, role, level);
}

RepositoryOutcome RepositoryAccess::revoke(const ProcessRepository &repository,
                                           const QString &role)
{
    return changeAccess(repository, role, std::nullopt);
}

} // namespace amtsweg

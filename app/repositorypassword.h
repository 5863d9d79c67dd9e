#pragma once
// RepositoryPassword: the password prompt for a shared repository (RepositoryOpenOptions::
// askPassword). libpq first tries PGPASSWORD and the pgpass file; only when the server still
// wants a password is the user asked, in a password field. A password that opened the
// repository is kept in this process's memory only (never written anywhere), so that opening
// the same server again does not ask again; a remembered one the server refuses is forgotten.

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace amtsweg {

class RepositoryPassword
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryPassword)

public:
    /// Prompts over `parent`.
    explicit RepositoryPassword(QWidget *parent);
    ~RepositoryPassword();
    RepositoryPassword(const RepositoryPassword &) = delete;
    RepositoryPassword &operator=(const RepositoryPassword &) = delete;

    /// The callback for RepositoryOpenOptions::askPassword (valid while this object lives):
    /// the remembered password for `who` (user@host:port/db), else what the user types; empty
    /// when the user cancels.
    std::function<QString(const QString &who)> callback();
    /// Call after the open: keeps a typed password that worked, forgets a remembered one that
    /// did not.
    void finished(bool opened);

    /// Forgets every remembered password (tests).
    static void forgetAll();

private:
    QString ask(const QString &who);

    QWidget *m_parent;
    QString m_who;
    QString m_typed;
    bool m_fromMemory = false;
};

} // namespace amtsweg

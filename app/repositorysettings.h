#pragma once
// RepositorySettings: which process repository Amtsweg opens when it starts without
// --repository: the location the user chose in Edit > Settings… (a file path or a PostgreSQL
// URL, QSettings "repository/location"), else the default file under the user's application
// data. A password is never stored: a URL that carries one is refused.

#include <QCoreApplication>
#include <QString>

namespace amtsweg {

class RepositorySettings
{
    Q_DECLARE_TR_FUNCTIONS(RepositorySettings)

public:
    /// The stored location; empty when the user chose none.
    static QString stored();
    /// Stores `location` (empty: back to the default). False, with `why` set, for a URL that
    /// carries a password.
    static bool store(const QString &location, QString *why = nullptr);
    /// What to open at the start without --repository: stored(), else the default file.
    static QString startLocation();
    /// True when `location` is a URL with a password in it.
    static bool carriesPassword(const QString &location);
};

} // namespace amtsweg

#include "repositorysettings.h"

#include "repository/repositorydatabase.h"
#include "repository/repositorylocation.h"

#include <QSettings>

namespace amtsweg {
namespace {

const QString kLocationKey = QStringLiteral("repository/location");

} // namespace

QString RepositorySettings::stored()
{
    return QSettings().value(kLocationKey).toString();
}

bool RepositorySettings::carriesPassword(const QString &location)
{
    return repositorylocation::isServer(location) &&
           repositorylocation::withoutPassword(location) != location;
}

bool RepositorySettings::store(const QString &location, QString *why)
{
    const QString trimmed = location.trimmed();
    if (carriesPassword(trimmed)) {
        if (why)
            *why = tr("The repository URL contains a password. Amtsweg does not store "
                      "passwords: remove it (%1), and Amtsweg asks for it when it connects, or "
                      "put it into your ~/.pgpass file.")
                       .arg(repositorylocation::withoutPassword(trimmed));
        return false;
    }
    QSettings settings;
    if (trimmed.isEmpty())
        settings.remove(kLocationKey);
    else
        settings.setValue(kLocationKey, trimmed);
    return true;
}

QString RepositorySettings::startLocation()
{
    const QString chosen = stored();
    return chosen.isEmpty() ? RepositoryDatabase::defaultPath() : chosen;
}

} // namespace amtsweg

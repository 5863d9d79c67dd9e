#include "repositorylocation.h"

#include <QFileInfo>
#include <QUrl>

namespace amtsweg::repositorylocation {

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString &location)
{
    if (!isServer(location))
        return location;
    QUrl url(location);
    if (url.password().isEmpty())
        return location;
    url.setPassword(QString());
    return url.toString();
}

bool same(const QString &a, const QString &b)
{
    if (isServer(a) || isServer(b))
        return withoutPassword(a) == withoutPassword(b);
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() ? ca == QFileInfo(b).canonicalFilePath() : a == b;
}

} // namespace amtsweg::repositorylocation

#include "xprozess/xprozessnames.h"

#include <QRegularExpression>

namespace amtsweg::xprozess {

QString messageName(Message m)
{
    return m == Message::Prozessbibliothek ? QStringLiteral("prozessbibliothek.export.0203")
                                           : QStringLiteral("alleInhalte.export.0303");
}

QString messageCode(Message m)
{
    return m == Message::Prozessbibliothek ? QStringLiteral("0203") : QStringLiteral("0303");
}

bool isMessageName(const QString &local)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(prozesskatalog|prozessbibliothek|alleInhalte)\\.(anfrage|antwort|export)\\.0[1-3]0[1-3]$"));
    return pattern.match(local).hasMatch();
}

QString listUri(const char *name)
{
    return QStringLiteral("urn:xoev-de:xprozess:codeliste:") + QLatin1String(name);
}

} // namespace amtsweg::xprozess

#include "xprozess/xprozessnames.h"

#include <QRegularExpression>

#include <map>

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

QString codeListUri(const QString &element)
{
    // Only referenzaktivitaetengruppe is a confirmed list name; the others are open.
    static const std::map<QString, const char *> kLists = {
        {QStringLiteral("referenzaktivitaetengruppeTyp"), "referenzaktivitaetengruppe"},
        {QStringLiteral("detaillierungsstufe"), "detaillierungsstufe"},
        {QStringLiteral("status"), "freigabestatus"},
        {QStringLiteral("rolle"), "prozessteilnehmerrolle"},
        {QStringLiteral("art"), "handlungsgrundlagenart"},
        {QStringLiteral("pruefart"), "pruefart"},
        {QStringLiteral("entscheidungsart"), "entscheidungsart"},
        {QStringLiteral("bearbeitungsart"), "bearbeitungsart"},
        {QStringLiteral("beteiligungsform"), "beteiligungsform"},
        {QStringLiteral("nachrichtentyp"), "nachrichtentyp"},
        {QStringLiteral("modellierungsmethode"), "modellierungsmethode"},
    };
    const auto it = kLists.find(element);
    return it == kLists.end() ? QString() : listUri(it->second);
}

} // namespace amtsweg::xprozess

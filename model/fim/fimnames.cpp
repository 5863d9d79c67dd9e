#include "fim/fimnames.h"

#include <algorithm>
#include <array>

namespace amtsweg::fim::names {

bool isKnownElement(std::string_view local)
{
    static constexpr std::array known{
        prozesssteckbrief, prozessschluessel, version,        name,          bezeichnung,
        definition,        beschreibung,      detaillierungsstufe, freigabestatus, prozessteilnehmer,
        handlungsgrundlage, ausloeser,        ergebnis,       zustandsangaben, kodierung,
        klassifikation,    aktivitaetengruppe, eingehendeDaten, ausgehendeDaten, fachverfahren,
        empfangen,         bereitstellen,     pruefart,       hilfsmittel};
    return std::find(known.begin(), known.end(), local) != known.end()
           || std::find(std::begin(spezifisch), std::end(spezifisch), local) != std::end(spezifisch);
}

bool isKnownAttribute(std::string_view local)
{
    using namespace attr;
    static constexpr std::array known{
        code,       attr::name, art,        uri,        rollen,     formular,
        prozess,    schema,     attr::version, absender, empfaenger, uebermittlungsart,
        typ,        gruppenId,  erstellt,   geaendert,  bearbeiter, methodischFreigegeben,
        fachlichFreigegeben, gueltigAb, gueltigBis, entscheidungsart, bearbeitungsart,
        mitwirkungspflicht, beteiligungsform};
    return std::find(known.begin(), known.end(), local) != known.end();
}

} // namespace amtsweg::fim::names

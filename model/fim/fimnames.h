#pragma once
// Local names of the FIM elements and attributes in Amtsweg's namespace
// (schema::uri::amtsweg); attributes are unqualified. docs/fim-extension.xsd is the schema.

#include <string_view>

namespace amtsweg::fim::names {

// Prozesssteckbrief
inline constexpr std::string_view prozesssteckbrief = "prozesssteckbrief";
inline constexpr std::string_view prozessschluessel = "prozessschluessel";
inline constexpr std::string_view version = "version";
inline constexpr std::string_view name = "name";
inline constexpr std::string_view bezeichnung = "bezeichnung";
inline constexpr std::string_view definition = "definition";
inline constexpr std::string_view beschreibung = "beschreibung";
inline constexpr std::string_view detaillierungsstufe = "detaillierungsstufe";
inline constexpr std::string_view freigabestatus = "freigabestatus";
inline constexpr std::string_view prozessteilnehmer = "prozessteilnehmer";
inline constexpr std::string_view handlungsgrundlage = "handlungsgrundlage";
inline constexpr std::string_view ausloeser = "ausloeser";
inline constexpr std::string_view ergebnis = "ergebnis";
inline constexpr std::string_view zustandsangaben = "zustandsangaben";
inline constexpr std::string_view kodierung = "verwaltungspolitischeKodierung";
inline constexpr std::string_view klassifikation = "klassifikation";
// Referenzaktivitätengruppe
inline constexpr std::string_view aktivitaetengruppe = "aktivitaetengruppe";
inline constexpr std::string_view eingehendeDaten = "eingehendeDaten";
inline constexpr std::string_view ausgehendeDaten = "ausgehendeDaten";
inline constexpr std::string_view fachverfahren = "fachverfahren";
inline constexpr std::string_view empfangen = "empfangen";
inline constexpr std::string_view bereitstellen = "bereitstellen";
inline constexpr std::string_view pruefart = "pruefart";
inline constexpr std::string_view hilfsmittel = "hilfsmittel";

/// The type-specific block of RAG type i+1.
inline constexpr std::string_view spezifisch[8] = {
    "informationEmpfangen",    "informationBereitstellen", "formellPruefen",
    "entscheidenOhneSpielraum", "entscheidenMitSpielraum", "bearbeiten",
    "beteiligen",              "freieGruppe"};

// attributes
namespace attr {
inline constexpr std::string_view code = "code";
inline constexpr std::string_view name = "name";
inline constexpr std::string_view art = "art";
inline constexpr std::string_view uri = "uri";
inline constexpr std::string_view rollen = "rollen";
inline constexpr std::string_view formular = "formular";
inline constexpr std::string_view prozess = "prozess";
inline constexpr std::string_view schema = "schema";
inline constexpr std::string_view version = "version";
inline constexpr std::string_view absender = "absender";
inline constexpr std::string_view empfaenger = "empfaenger";
inline constexpr std::string_view uebermittlungsart = "uebermittlungsart";
inline constexpr std::string_view typ = "typ";
inline constexpr std::string_view gruppenId = "gruppenId";
inline constexpr std::string_view erstellt = "erstellt";
inline constexpr std::string_view geaendert = "geaendert";
inline constexpr std::string_view bearbeiter = "bearbeiter";
inline constexpr std::string_view methodischFreigegeben = "methodischFreigegeben";
inline constexpr std::string_view fachlichFreigegeben = "fachlichFreigegeben";
inline constexpr std::string_view gueltigAb = "gueltigAb";
inline constexpr std::string_view gueltigBis = "gueltigBis";
inline constexpr std::string_view entscheidungsart = "entscheidungsart";
inline constexpr std::string_view bearbeitungsart = "bearbeitungsart";
inline constexpr std::string_view mitwirkungspflicht = "mitwirkungspflicht";
inline constexpr std::string_view beteiligungsform = "beteiligungsform";
} // namespace attr

/// True for the local names above (elements and attributes): what Amtsweg understands; the
/// rest is carried over unchanged when an element is rebuilt.
bool isKnownElement(std::string_view local);
bool isKnownAttribute(std::string_view local);

} // namespace amtsweg::fim::names

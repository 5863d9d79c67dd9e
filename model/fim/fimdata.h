#pragma once
// FIM data as Amtsweg stores it in a BPMN file (docs/fim-extension.md): plain values read from
// and written to elements of Amtsweg's namespace inside <bpmn:extensionElements>.
//
//   process or collaboration  <amtsweg:prozesssteckbrief>  (Prozesssteckbrief)
//   collapsed sub-process     <amtsweg:aktivitaetengruppe> (Referenzaktivitätengruppe, RAG)
//
// Codes are kept as written (a code Amtsweg does not know stays as it is); fimcodes.h labels
// them. `node` fields name the element a value was read from (kNoNode for built values).

#include "bpmn/modeltree.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace amtsweg::fim {

/// A legal basis: name ("§ 27 MuSchG"), art (code list HandlungsgrundlageArt), optional URI.
struct Handlungsgrundlage
{
    QString name, art, uri;
    NodeId node = kNoNode;
};

/// A reference to FIM data: a Dokumentsteckbrief id (D…), optionally a Stammdatenschema id
/// (S…) and its version, or a plain text; `partner` (sender or recipient) and
/// `uebermittlungsart` (transmission channel) for data a RAG 1, 2 or 7 receives or provides.
struct Datenbezug
{
    QString formular, schema, schemaVersion, text, partner, uebermittlungsart;
    NodeId node = kNoNode;
    bool isEmpty() const { return formular.isEmpty() && text.isEmpty(); }
};

/// A Prozessteilnehmer: name and role codes (code list Rolle).
struct Prozessteilnehmer
{
    QString name;
    QStringList rollen;
    NodeId node = kNoNode;
};

/// An Auslöser or Ergebnis: a form id, a process id or a text.
struct Anlass
{
    QString formular, prozess, text;
    NodeId node = kNoNode;
};

struct Zustandsangaben
{
    QString erstellt, geaendert, bearbeiter, methodischFreigegeben, fachlichFreigegeben,
        gueltigAb, gueltigBis;
};

struct Prozesssteckbrief
{
    QString prozessschluessel, version, name, bezeichnung, definition, beschreibung;
    QString detaillierungsstufe, freigabestatus; ///< codes
    std::vector<Prozessteilnehmer> prozessteilnehmer;
    std::vector<Handlungsgrundlage> handlungsgrundlagen;
    std::vector<Anlass> ausloeser, ergebnisse;
    Zustandsangaben zustand;
    QStringList verwaltungspolitischeKodierung; ///< keys: 01–16 Länder, 17 Bund, district …
    QStringList klassifikation;                 ///< catalogue classes: 611, 611.07, 611.07.01
    NodeId node = kNoNode;
    NodeId owner = kNoNode; ///< the process or collaboration
};

/// The type-specific attributes of a RAG group; which fields apply depends on `typ`.
struct Spezifisch
{
    int typ = 0;                        ///< 1–8, from the block's element name
    std::vector<Datenbezug> empfangen;  ///< RAG 1 and 7: received data (partner = sender)
    std::vector<Datenbezug> bereitstellen; ///< RAG 2 and 7: provided data (partner = recipient)
    QStringList pruefarten;             ///< RAG 3: codes (code list Pruefart)
    QStringList hilfsmittel;            ///< RAG 4 and 5
    QString entscheidungsart;           ///< RAG 5: code
    QString bearbeitungsart;            ///< RAG 6: code
    std::optional<bool> mitwirkungspflicht; ///< RAG 7
    QString beteiligungsform;           ///< RAG 7: code
    QString beschreibung;               ///< RAG 8
    NodeId node = kNoNode;
};

struct Aktivitaetengruppe
{
    QString typ, version, gruppenId; ///< typ: code list RagTyp; version "1.00"; id "01"
    QString name;                    ///< its own, else the sub-process's name
    QString beschreibung;
    std::vector<Handlungsgrundlage> handlungsgrundlagen;
    std::vector<Datenbezug> eingehendeDaten, ausgehendeDaten;
    QStringList fachverfahren;
    /// Type-specific blocks in file order; a well-formed group has exactly one, of its type.
    std::vector<Spezifisch> spezifisch;
    NodeId node = kNoNode;
    NodeId owner = kNoNode; ///< the element whose extensionElements hold the group
};

} // namespace amtsweg::fim

#pragma once
// What an imported XProzess message held that Amtsweg does not model, kept so that opening and
// exporting a message loses nothing: elements of the message, the Nachrichtenkopf, the
// Prozessbibliothek, the process, its Prozesssteckbrief, Prozessstrukturbeschreibung,
// Zustandsangaben and its Aktivitätengruppen that the reader does not map (`schlagwort`, the
// author and reader in the Nachrichtenkopf, a later version's additions), and the form of every
// coded value (list URI, list version, a `name` beside the `code`). They live as
//   <amtsweg:xprozess>
//     <amtsweg:fremd ort="prozess" nach="klassifikation" nummer="1">&lt;schlagwort …</amtsweg:fremd>
//     <amtsweg:code element="status" code="5" listURI="…" listVersionID="…">&lt;status …</amtsweg:code>
//   </amtsweg:xprozess>
// in the extensionElements of the collaboration (else the first process), next to the Anlagen;
// the element's XML is kept as escaped text, exactly as the reader saw it (xmlelement.h).
// docs/fim-extension.md describes the elements, docs/xprozess.md where they go back.

#include "bpmn/modeltree.h"

#include <QString>

#include <vector>

namespace amtsweg::xprozess {

/// An element of the message the reader did not map, and where it goes back.
struct ForeignElement
{
    /// The element it was a child of: "nachricht" (the message's root), "nachrichtenkopf",
    /// "prozessbibliothek", "prozess", "prozesssteckbrief", "prozessstrukturbeschreibung",
    /// "strukturbeschreibungFIM", "zustandsangaben" or "aktivitaetengruppe".
    QString place;
    QString group; ///< for "aktivitaetengruppe": the group's subProzessID (the BPMN element)
    QString after; ///< the mapped sibling it followed ("": it came first) …
    int count = 0; ///< … and that sibling's occurrence (1: the first of that name)
    QString xml;   ///< the element, serialized (serialize() in xmlelement.h)
};

/// How the message wrote a coded value.
struct CodeForm
{
    QString element;     ///< the coded element's local name ("status", "rolle" …)
    QString code;        ///< its code
    QString listUri, listVersion;
    QString xml;         ///< the whole element, serialized
};

struct ForeignContent
{
    std::vector<ForeignElement> elements;
    std::vector<CodeForm> codes;
    bool empty() const { return elements.empty() && codes.empty(); }
    /// Places that belong to the message rather than to one process.
    static bool isMessagePlace(const QString &place);
};

/// The model's foreign content (empty when it has none).
ForeignContent foreignContent(const ModelTree &tree);
/// Replaces the model's foreign content (no undo: for import).
void setForeignContent(ModelTree &tree, const ForeignContent &content);

} // namespace amtsweg::xprozess

#pragma once
// FIM code lists as tables: each code with its German term (as FIM and XProzess name it) and an
// English source text the user interface shows (QT_TRANSLATE_NOOP, context "amtsweg::fim").
// Codes the reference names only by number are listed with a numbered label ("Detaillierungs-
// stufe 102"). A code not in a list is kept as it is and labelled "unknown code N" ("Art N"
// for kinds of legal basis, a list known to have more codes than the one confirmed).
// docs/fim-extension.md lists the tables.

#include <QString>

#include <span>
#include <string_view>

namespace amtsweg::fim {

enum class CodeList {
    Freigabestatus,        ///< 1–8
    Detaillierungsstufe,   ///< 101–105
    Rolle,                 ///< Prozessteilnehmer roles: 1 Initiator, 2 Hauptakteur
    HandlungsgrundlageArt, ///< 104 Gesetz
    RagTyp,                ///< Referenzaktivitätengruppe types 1–8
    Pruefart,              ///< kinds of formal check (RAG 3)
    Entscheidungsart,      ///< RAG 5
    Beteiligungsform,      ///< RAG 7
};

struct CodeEntry
{
    std::string_view code;
    const char *german;  ///< the FIM term
    const char *english; ///< translation source text (context "amtsweg::fim")
};

std::span<const CodeEntry> codes(CodeList list);
/// The entry of `code` (surrounding blanks ignored), or nullptr when the list has none.
const CodeEntry *findCode(CodeList list, std::string_view code);
bool isKnownCode(CodeList list, const QString &code);
/// The translated label; "unknown code N" ("Kind N" for HandlungsgrundlageArt) for a code not
/// in the list, empty for an empty code.
QString codeLabel(CodeList list, const QString &code);
/// The German FIM term; "unbekannter Code N" ("Art N") for a code not in the list.
QString germanLabel(CodeList list, const QString &code);

} // namespace amtsweg::fim

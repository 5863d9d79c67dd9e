#pragma once
// Names and fixed values of XProzess 2.0 (see docs/xprozess.md and the FIM reference's section
// "XProzess 2.0"). Values marked "open" are Amtsweg's choice where no public source was found;
// the reader accepts any value there.

#include <QString>

namespace amtsweg::xprozess {

inline const QString kNamespace = QStringLiteral("http://www.regierung-mv.de/xprozess/2");
inline const QString kVersion = QStringLiteral("2.0");

/// The message Amtsweg writes.
enum class Message {
    AlleInhalte,       ///< alleInhalte.export.0303 (the default)
    Prozessbibliothek, ///< prozessbibliothek.export.0203
};
QString messageName(Message m);
/// The nachrichtentyp code of the message ("0303", "0203").
QString messageCode(Message m);
/// True for the local name of an XProzess message root (prozesskatalog.*, prozessbibliothek.*,
/// alleInhalte.*).
bool isMessageName(const QString &local);

/// Code list URIs: urn:xoev-de:xprozess:codeliste:<name>.
QString listUri(const char *name);
/// The list URI Amtsweg writes for a coded element of this local name ("status" →
/// …:freigabestatus); "" for an element that is not coded.
QString codeListUri(const QString &element);
/// The listVersionID Amtsweg writes (open: the dated versions of the real lists are unknown;
/// the reader accepts any).
inline const QString kListVersion = QStringLiteral("1.0");
/// Modellierungsmethode written for the BPMN file (open).
inline const QString kModellierungsmethodeBpmn = QStringLiteral("BPMN 2.0");

} // namespace amtsweg::xprozess

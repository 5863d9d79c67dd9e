#pragma once
// Changing the type of a Referenzaktivitätengruppe: which of the type-specific data still fits
// the new type (RAG 1 and 7 receive data, 2 and 7 provide data, 4 and 5 have Hilfsmittel …,
// docs/fim-extension.md) and what would be dropped, for the GUI to ask before it drops.

#include "fim/fimdata.h"

#include <QStringList>

namespace amtsweg::fim {

struct TypeChange
{
    /// The group with the new type and one type-specific block of that type holding what fits
    /// (the common attributes unchanged).
    Aktivitaetengruppe group;
    /// What does not fit the new type, one user-readable (translated) item each, e.g.
    /// "Received data: Unterlagen (from Antragsteller)"; empty when nothing is lost.
    QStringList dropped;
};

/// True for the types whose block has this field (a fim::Spezifisch member, by meaning).
bool typeReceivesData(int typ);     ///< 1, 7: empfangen
bool typeProvidesData(int typ);     ///< 2, 7: bereitstellen
bool typeHasPruefarten(int typ);    ///< 3
bool typeHasHilfsmittel(int typ);   ///< 4, 5
bool typeHasEntscheidungsart(int typ); ///< 5
bool typeHasBearbeitungsart(int typ);  ///< 6
bool typeHasBeteiligung(int typ);   ///< 7: Mitwirkungspflicht, Beteiligungsform
bool typeHasBeschreibung(int typ);  ///< 8

/// The group as it would be with type `newType` (a code 1–8; another code keeps the common
/// attributes and the blocks as they are and only sets the type). The blocks of the old group
/// (normally one; every block a malformed group has) are merged into the new one; the new block
/// keeps the first old block's node so that content Amtsweg does not understand is carried over.
TypeChange changeType(const Aktivitaetengruppe &group, const QString &newType);

/// The 1–8 type of a code ("3", " 3 "); 0 for another or no code.
int ragTypeNumber(const QString &code);

} // namespace amtsweg::fim

#pragma once
// XProzessWriter: models as an XProzess 2.0 message (alleInhalte.export.0303 by default, or
// prozessbibliothek.export.0203) with a Nachrichtenkopf and one <prozess> per model: id,
// version, name, bezeichnung, klassifikation, the Prozesssteckbrief, the
// Prozessstrukturbeschreibung (one Aktivitätengruppe per RAG group, subProzessID = the
// sub-process's id), the Prozessmodell (the BPMN file as Amtsweg writes it, ZIP + base64; the
// diagram as PDF and the model's other Anlagen, likewise) and the Zustandsangaben, in the
// order of the FIM reference. Coded values are written as
// <x listURI="urn:xoev-de:xprozess:codeliste:…" listVersionID="…"><code>…</code></x>.
// The diagram PDF is an input: rendering it needs the GUI plugin, which the model must not use.
// Check mandatorycheck.h before writing; the writer writes what there is.

#include "bpmn/modeltree.h"
#include "xprozess/xprozessnames.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace amtsweg::xprozess {

struct ExportModel
{
    const ModelTree *tree = nullptr;
    /// The diagram as PDF (empty: none; an earlier one among the Anlagen stays).
    QByteArray diagramPdf;
};

class XProzessWriter
{
public:
    /// The message, or an empty array with `error` set.
    static QByteArray write(const std::vector<ExportModel> &models, Message message,
                            QString *error);
    /// Writes the message to `path` (atomically). False with `error` set when that fails.
    static bool writeFile(const std::vector<ExportModel> &models, Message message,
                          const QString &path, QString *error);
    /// The base name of the model's files in the message: its Prozessschlüssel, else its
    /// first process's id, else "prozess" ("99006028261000" → 99006028261000.bpmn, .pdf).
    static QString baseName(const ModelTree &tree);
};

} // namespace amtsweg::xprozess

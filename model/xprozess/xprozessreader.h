#pragma once
// XProzessReader: an XProzess 2.0 message (alleInhalte.*, prozessbibliothek.*,
// prozesskatalog.*; namespace http://www.regierung-mv.de/xprozess/2) as one BPMN model per
// process. The BPMN file in `prozessmodell/prozessmodelldatei` (ZIP archive, base64) is
// unpacked and read with BpmnReader; the wrapper's FIM data, which is authoritative, is placed
// into it with fimbuild.h: the Prozesssteckbrief on the collaboration (else the process), every
// Aktivitätengruppe on the element its `subProzessID` names. Other embedded files (PDF
// visualisations, reports) become the model's Anlagen (anlagen.h). Codes are read leniently:
// `<x listURI listVersionID><code>…</code></x>`, a `code` attribute or plain text, any list
// version. Bad input yields diagnostics (file, line, what is wrong), never a crash.
// docs/xprozess.md describes the mapping.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace amtsweg::xprozess {

struct ImportedProcess
{
    QString id;   ///< the process's `id` (Prozessschlüssel)
    QString name; ///< the process's `name`
    QString bpmnFileName; ///< the name of the BPMN file inside the archive
    std::unique_ptr<ModelTree> tree;
};

struct XProzessReadResult
{
    /// The processes that could be read, in message order.
    std::vector<ImportedProcess> processes;
    Diagnostics diagnostics;
    bool ok() const { return !processes.empty(); }
};

class XProzessReader
{
public:
    /// True when the file's root element is an XProzess 2.0 message (reads only its start).
    static bool isXProzessFile(const QString &path);
    static bool isXProzess(const QByteArray &bytes);
    static XProzessReadResult readFile(const QString &path);
    /// `fileName` names the input in diagnostics.
    static XProzessReadResult readBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace amtsweg::xprozess

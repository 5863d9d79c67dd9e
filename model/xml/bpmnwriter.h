#pragma once
// BpmnWriter: a ModelTree as BPMN 2.0 XML (UTF-8), deterministic: the same tree gives the same
// bytes. Prefixes and namespace declarations are the ones the file had; new elements use the
// document's prefix for their namespace. Sets exporter="Amtsweg" and exporterVersion.

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace amtsweg {

class BpmnWriter
{
public:
    /// The whole document.
    static QByteArray write(const ModelTree &tree);
    /// The whole document in the writer's own buffer, without the copy into a QByteArray
    /// (for large models saved often: the process repository compresses these bytes).
    static std::string writeString(const ModelTree &tree);
    /// One element and its subtree (for copy/paste), with the namespace declarations it needs.
    static QByteArray writeFragment(const ModelTree &tree, NodeId element);
    /// How a written file reaches the disk. Both write a temporary file next to the target and
    /// rename it over the target, so a crash or kill leaves the old file or the new one, never
    /// a mix. `Synced` also waits until the data is on the disk before the rename (a power cut
    /// cannot lose the new file either): what saving a document does. `Unsynced` leaves that to
    /// the operating system, like cp or any converter: what batch conversion does.
    enum class Durability { Synced, Unsynced };

    /// Writes the document to `path`. False with `error` set when that fails (the target is
    /// then unchanged).
    static bool writeFile(const ModelTree &tree, const QString &path, QString *error,
                          Durability durability = Durability::Synced);
};

} // namespace amtsweg

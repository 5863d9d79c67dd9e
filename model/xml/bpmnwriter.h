#pragma once
// BpmnWriter: a ModelTree as BPMN 2.0 XML (UTF-8), deterministic: the same tree gives the same
// bytes. Prefixes and namespace declarations are the ones the file had; new elements use the
// document's prefix for their namespace. Sets exporter="Amtsweg" and exporterVersion.

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>

namespace amtsweg {

class BpmnWriter
{
public:
    /// The whole document.
    static QByteArray write(const ModelTree &tree);
    /// One element and its subtree (for copy/paste), with the namespace declarations it needs.
    static QByteArray writeFragment(const ModelTree &tree, NodeId element);
    /// Writes atomically (temporary file + rename). False with `error` set when that fails.
    static bool writeFile(const ModelTree &tree, const QString &path, QString *error);
};

} // namespace amtsweg

#pragma once
// BpmnReader: BPMN 2.0 XML (UTF-8, ISO-8859-1, UTF-16) into a ModelTree, keeping everything
// (foreign attributes, extension elements, unknown elements, comments, extra diagrams).
// Unreadable input yields an error and no tree; damage that is local (duplicate ids, dangling
// references, DI for missing elements, bad numbers, cyclic lanes) yields warnings and a tree.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace amtsweg {

struct ReadResult
{
    std::unique_ptr<ModelTree> tree; ///< null when the input could not be read
    Diagnostics diagnostics;
    bool ok() const { return tree != nullptr; }
};

class BpmnReader
{
public:
    /// Reads a file; `displayName` (default: the path) names it in messages.
    static ReadResult readFile(const QString &path);
    /// Reads bytes in memory; `fileName` is used in messages only.
    static ReadResult readBytes(const QByteArray &bytes, const QString &fileName);
    /// Largest input accepted (bytes); larger files are refused with an error.
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
};

} // namespace amtsweg

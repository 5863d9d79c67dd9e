#pragma once
// In-memory ZIP archives over libzip: XProzess 2.0 carries the BPMN file and the PDF
// visualisations as ZIP archives (base64-encoded in the message). Both directions work on
// bytes only; nothing touches the disk.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace amtsweg::xprozess {

struct ZipEntry
{
    QString name; ///< path inside the archive
    QByteArray data;
};

/// The files of a ZIP archive in archive order (folders left out), or nullopt with `error`
/// set when the bytes are no readable archive or an entry is larger than `maxEntrySize`.
std::optional<std::vector<ZipEntry>> unzip(const QByteArray &archive, QString *error,
                                           qint64 maxEntrySize = 512LL * 1024 * 1024);

/// A deflate-compressed ZIP archive of `entries` with a fixed time stamp (the same entries
/// give the same bytes), or an empty array with `error` set.
QByteArray zip(const std::vector<ZipEntry> &entries, QString *error);

} // namespace amtsweg::xprozess

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

/// Limits that keep a hostile archive (a "ZIP bomb") from exhausting memory.
inline constexpr qint64 kMaxUnpackedSize = 256LL * 1024 * 1024; ///< per message, all archives
inline constexpr int kMaxEntries = 1000;
/// Archives that unpack to more than this are refused when they also compress better than
/// kMaxRatio (real BPMN and PDF files compress 3–30 times).
inline constexpr qint64 kRatioFloor = 16LL * 1024 * 1024;
inline constexpr qint64 kMaxRatio = 200;

/// The files of a ZIP archive in archive order (folders left out), or nullopt with `error`
/// set when the bytes are no readable archive, hold more than kMaxEntries files, unpack to
/// more than `maxTotalSize` bytes, or unpack to more than kRatioFloor at a ratio above
/// kMaxRatio. The sizes are checked before anything is unpacked.
std::optional<std::vector<ZipEntry>> unzip(const QByteArray &archive, QString *error,
                                           qint64 maxTotalSize = kMaxUnpackedSize);

/// A deflate-compressed ZIP archive of `entries` with a fixed time stamp (the same entries
/// give the same bytes), or an empty array with `error` set.
QByteArray zip(const std::vector<ZipEntry> &entries, QString *error);

} // namespace amtsweg::xprozess

#pragma once
// How a version's XML is stored: since schema version 3 zlib-compressed (about a tenth of the
// size: less to write and sync on every save, a smaller repository), before that as it was.
// Either way the XML that comes back is byte for byte what BpmnWriter wrote.

#include <QByteArray>

namespace amtsweg::versionblob {

/// versions.compression values.
enum Compression : int { Raw = 0, Zlib = 1 };

/// The blob to store for `xml` (always Zlib).
QByteArray pack(const QByteArray &xml);
/// The XML of a stored blob; empty when a Zlib blob is damaged.
QByteArray unpack(const QByteArray &blob, int compression);

} // namespace amtsweg::versionblob

#pragma once
// How a version's XML is stored. Schema version 3 stored it zlib-compressed, version 4 stores
// it with zstd at level 1 (about a thirtieth of the XML and several times faster to pack and
// unpack than zlib: less to compute, write and sync on every save); rows of older versions keep
// their compression. Either way the XML that comes back is byte for byte what BpmnWriter wrote.

#include <QByteArray>
#include <QByteArrayView>

namespace amtsweg::versionblob {

/// versions.compression values.
enum Compression : int { Raw = 0, Zlib = 1, Zstd = 2 };

/// The compression pack() uses.
inline constexpr Compression kPacked = Zstd;

/// The blob to store for `xml` (compressed with kPacked).
QByteArray pack(QByteArrayView xml);
/// The XML of a stored blob; empty when the blob is damaged or its compression unknown.
QByteArray unpack(const QByteArray &blob, int compression);

} // namespace amtsweg::versionblob

#include "versionblob.h"

namespace amtsweg::versionblob {

QByteArray pack(const QByteArray &xml)
{
    // Level 3: nearly the ratio of the default level at half its time.
    return qCompress(xml, 3);
}

QByteArray unpack(const QByteArray &blob, int compression)
{
    return compression == Zlib ? qUncompress(blob) : blob;
}

} // namespace amtsweg::versionblob

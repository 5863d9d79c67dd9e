#include "versionblob.h"

#include <memory>

#include <zstd.h>

namespace amtsweg::versionblob {
namespace {

/// A version holds one BPMN file; anything claiming more is damage, not a model.
constexpr unsigned long long kMaxXmlSize = 1ull << 30;

struct ContextDeleter
{
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};

QByteArray zstdPack(QByteArrayView xml)
{
    // One context and one output buffer per thread, kept: they are reused instead of allocated
    // (and faulted in) on every save. Only the compressed bytes are copied out.
    thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> context(ZSTD_createCCtx());
    thread_local std::unique_ptr<char[]> buffer; // uninitialised: untouched pages cost nothing
    thread_local size_t capacity = 0;
    if (const size_t bound = ZSTD_compressBound(size_t(xml.size())); bound > capacity) {
        buffer.reset(new char[bound]);
        capacity = bound;
    }
    const size_t n = ZSTD_compressCCtx(context.get(), buffer.get(), capacity, xml.data(),
                                       size_t(xml.size()), 1);
    if (ZSTD_isError(n))
        return {};
    return QByteArray(buffer.get(), qsizetype(n));
}

QByteArray zstdUnpack(const QByteArray &blob)
{
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxXmlSize)
        return {};
    thread_local std::unique_ptr<ZSTD_DCtx, ContextDeleter> context(ZSTD_createDCtx());
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t n = ZSTD_decompressDCtx(context.get(), out.data(), size_t(out.size()),
                                         blob.constData(), size_t(blob.size()));
    if (ZSTD_isError(n) || n != size)
        return {};
    return out;
}

} // namespace

QByteArray pack(QByteArrayView xml)
{
    return zstdPack(xml);
}

QByteArray unpack(const QByteArray &blob, int compression)
{
    switch (compression) {
    case Raw:
        return blob;
    case Zlib:
        return qUncompress(blob);
    case Zstd:
        return zstdUnpack(blob);
    default:
        return {};
    }
}

} // namespace amtsweg::versionblob

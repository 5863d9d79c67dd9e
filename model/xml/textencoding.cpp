#include "textencoding.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstring>

namespace amtsweg {
namespace {

QByteArray latin1ToUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.append(ch);
        } else {
            out.append(static_cast<char>(0xC0 | (c >> 6)));
            out.append(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

/// The value of encoding="…" in the XML declaration, upper-cased; empty when absent.
QByteArray declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 256));
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const QByteArrayView decl = end < 0 ? head : head.first(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.sliced(i + 1, close - i - 1).toByteArray().toUpper();
}

QByteArray decodeUtf16(QByteArrayView bytes, QStringDecoder::Encoding encoding, bool *ok)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    QByteArray utf8 = text.toUtf8();
    // Rewrite the declaration so that nothing downstream believes it is still UTF-16.
    if (utf8.startsWith("<?xml")) {
        const qsizetype end = utf8.indexOf("?>");
        const qsizetype at = utf8.indexOf("encoding");
        if (end > 0 && at > 0 && at < end) {
            qsizetype q1 = utf8.indexOf('"', at);
            if (q1 < 0 || q1 > end)
                q1 = utf8.indexOf('\'', at);
            const qsizetype q2 = q1 < 0 ? -1 : utf8.indexOf(utf8[q1], q1 + 1);
            if (q1 > 0 && q2 > q1 && q2 < end)
                utf8.replace(q1 + 1, q2 - q1 - 1, "UTF-8");
        }
    }
    return utf8;
}

} // namespace

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Fast path: eight ASCII bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

TranscodeResult toUtf8(const QByteArray &bytes)
{
    TranscodeResult r;
    QByteArrayView view(bytes);
    const auto b = [&](qsizetype i) { return static_cast<unsigned char>(view[i]); };
    if (view.size() >= 2 && ((b(0) == 0xFE && b(1) == 0xFF) || (b(0) == 0xFF && b(1) == 0xFE))) {
        const bool bigEndian = b(0) == 0xFE;
        bool ok = true;
        r.utf8 = decodeUtf16(view.sliced(2),
                             bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE, &ok);
        r.sourceEncoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
        if (!ok)
            r.warning = QStringLiteral("the file contains bytes that are not valid UTF-16");
        return r;
    }
    if (view.size() >= 4 && ((b(0) == 0 && b(1) == '<' && b(2) == 0 && b(3) == '?') ||
                             (b(0) == '<' && b(1) == 0 && b(2) == '?' && b(3) == 0))) {
        const bool bigEndian = b(0) == 0;
        bool ok = true;
        r.utf8 = decodeUtf16(view, bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                             &ok);
        r.sourceEncoding = QStringLiteral("UTF-16");
        if (!ok)
            r.warning = QStringLiteral("the file contains bytes that are not valid UTF-16");
        return r;
    }
    if (view.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
        view = view.sliced(3);

    const QByteArray declared = declaredEncoding(view);
    if (declared == "ISO-8859-1" || declared == "LATIN1" || declared == "ISO_8859-1" ||
        declared == "LATIN-1" || declared == "ISO8859-1" || declared == "WINDOWS-1252" ||
        declared == "CP1252") {
        r.utf8 = latin1ToUtf8(view);
        r.sourceEncoding = QStringLiteral("ISO-8859-1");
        return r;
    }
    if (!declared.isEmpty() && declared != "UTF-8" && declared != "UTF8" &&
        declared != "US-ASCII" && declared != "ASCII") {
        if (declared.startsWith("UTF-16"))
            r.error = QStringLiteral("the file declares UTF-16 but has no UTF-16 byte order");
        else
            r.error = QStringLiteral("unsupported character encoding '%1' (supported: UTF-8, "
                                     "ISO-8859-1, UTF-16)")
                          .arg(QString::fromLatin1(declared));
        return r;
    }
    r.sourceEncoding = QStringLiteral("UTF-8");
    if (isValidUtf8(view.data(), view.size())) {
        // Share the caller's bytes (no copy) unless a BOM had to be dropped.
        r.utf8 = view.size() == bytes.size() ? bytes : view.toByteArray();
    } else {
        r.utf8 = latin1ToUtf8(view);
        r.warning = QStringLiteral("the file is not valid UTF-8; it was read as ISO-8859-1");
        r.sourceEncoding = QStringLiteral("ISO-8859-1");
    }
    return r;
}

} // namespace amtsweg

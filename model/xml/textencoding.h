#pragma once
// Brings XML bytes in UTF-8, ISO-8859-1 or UTF-16 (with or without BOM) to UTF-8 for tinyxml2,
// which reads nothing else.

#include <QByteArray>
#include <QString>

namespace amtsweg {

struct TranscodeResult
{
    QByteArray utf8;
    QString sourceEncoding; ///< what the input was, for messages ("UTF-8", "ISO-8859-1" ...)
    QString error;          ///< set when the encoding is not supported
    QString warning;        ///< set when the bytes did not match the declared encoding
};

/// Detects the encoding from BOM and XML declaration and converts to UTF-8 without BOM.
TranscodeResult toUtf8(const QByteArray &bytes);

/// True when `bytes` is well-formed UTF-8.
bool isValidUtf8(const char *data, qsizetype size);

} // namespace amtsweg

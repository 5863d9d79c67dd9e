#include "sourcelocator.h"

namespace amtsweg {

SourceLocator::SourceLocator(const QByteArray &utf8, QString fileName)
    : m_text(utf8), m_fileName(std::move(fileName))
{
}

int SourceLocator::column(int line, std::string_view needle) const
{
    if (line <= 0)
        return 0;
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_text.size(); ++i)
            if (m_text[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }
    if (static_cast<std::size_t>(line) > m_lineStarts.size())
        return 1;
    const qsizetype start = m_lineStarts[line - 1];
    const qsizetype end = static_cast<std::size_t>(line) < m_lineStarts.size()
                              ? m_lineStarts[line]
                              : m_text.size();
    const QByteArrayView lineText(m_text.constData() + start, end - start);
    qsizetype at = needle.empty() ? -1 : lineText.indexOf(QByteArrayView(needle.data(), needle.size()));
    if (at < 0)
        return 1;
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    int col = 1;
    for (qsizetype i = 0; i < at; ++i)
        if ((static_cast<unsigned char>(lineText[i]) & 0xC0) != 0x80)
            ++col;
    return col;
}

Diagnostic SourceLocator::make(Severity severity, int line, std::string_view needle,
                               QString code, QString message, QString elementId) const
{
    Diagnostic d;
    d.severity = severity;
    d.file = m_fileName;
    d.line = line;
    d.column = line > 0 ? column(line, needle) : 0;
    d.code = std::move(code);
    d.message = std::move(message);
    d.elementId = std::move(elementId);
    return d;
}

} // namespace amtsweg

#pragma once
// Turns a line number (from tinyxml2) plus the text of a name into a column, for messages in
// the form FILE:LINE:COL. Only used when a message is reported, so it may scan.

#include "bpmn/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <string_view>
#include <vector>

namespace amtsweg {

class SourceLocator
{
public:
    SourceLocator(const QByteArray &utf8, QString fileName);

    /// 1-based column (in characters) of `needle` on `line`, or 1 when not found.
    int column(int line, std::string_view needle) const;

    Diagnostic make(Severity severity, int line, std::string_view needle, QString code,
                    QString message, QString elementId = {}) const;
    const QString &fileName() const { return m_fileName; }

private:
    const QByteArray &m_text;
    QString m_fileName;
    mutable std::vector<qsizetype> m_lineStarts; // built on first use
};

} // namespace amtsweg

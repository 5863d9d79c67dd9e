#pragma once
// A problem found while reading or checking a model: where (file, line, column, element id)
// and what. Printed by the command line as FILE:LINE:COL: severity: message.

#include <QString>
#include <QStringList>
#include <vector>

namespace amtsweg {

enum class Severity { Error, Warning, Info };

struct Diagnostic
{
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString code;   ///< stable id of the kind of problem ("duplicate-id", "dangling-reference")
    QString message;
    QString elementId;

    /// "file:line:col: warning: message" (line and column omitted when unknown).
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

QString severityName(Severity s);
bool hasErrors(const Diagnostics &diagnostics);
/// `pattern` with %1 … %9 replaced by `args` in one pass, so that an argument containing "%2"
/// (an element name, say) is kept as it is, unlike chained QString::arg() calls.
QString fillPlaceholders(const QString &pattern, const QStringList &args);

} // namespace amtsweg

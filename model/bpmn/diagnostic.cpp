#include "diagnostic.h"

#include <QCoreApplication>

namespace amtsweg {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        where += QLatin1Char(':') + QString::number(column > 0 ? column : 1);
    }
    return where + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

QString fillPlaceholders(const QString &pattern, const QStringList &args)
{
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const int n = i + 1 < pattern.size() ? pattern[i + 1].digitValue() : -1;
        if (pattern[i] == QLatin1Char('%') && n >= 1 && n <= args.size()) {
            text += args[n - 1];
            ++i;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

} // namespace amtsweg

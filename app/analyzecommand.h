#pragma once
// amtsweg analyze [--format text|json|html|pdf] FILE [OUT]
// The end-to-end analysis of a model: text and JSON to OUT or standard output, HTML and PDF
// reports (with the diagram picture) through the GUI plugin, to OUT.

#include <QStringList>
#include <QTextStream>

namespace amtsweg {

class AnalyzeCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    /// True when the arguments ask for a report that needs QtGui (html or pdf).
    static bool needsGui(const QStringList &args);
    static QString usage();
};

} // namespace amtsweg

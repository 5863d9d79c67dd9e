#pragma once
// amtsweg convert IN OUT [--diagram ID] [--poster A4|A3[-portrait|-landscape] [--scale N]]
//                        [--handout]
//                        [--process ID] [--force] [--message alleInhalte|prozessbibliothek]
// IN: BPMN or an XProzess 2.0 message; OUT: .bpmn, .xprozess.xml, .svg, .png, .pdf

#include <QStringList>
#include <QTextStream>

namespace amtsweg {

class ConvertCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static bool isImageFormat(const QString &path);
    /// True when the conversion draws through the GUI plugin: image output, or XProzess
    /// output (its diagram PDF). `args` are convert's own (without "convert").
    static bool needsGui(const QStringList &args);
};

} // namespace amtsweg

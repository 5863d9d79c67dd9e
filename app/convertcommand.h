#pragma once
// amtsweg convert IN OUT [--diagram ID] [--poster A4|A3[-portrait|-landscape] [--scale N]]

#include <QStringList>
#include <QTextStream>

namespace amtsweg {

class ConvertCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static bool isImageFormat(const QString &path);
};

} // namespace amtsweg

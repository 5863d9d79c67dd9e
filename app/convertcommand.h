#pragma once
// amtsweg convert IN OUT [--diagram ID]

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

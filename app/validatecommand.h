#pragma once
// amtsweg validate [--format text|json] FILE...

#include <QStringList>
#include <QTextStream>

namespace amtsweg {

class ValidateCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace amtsweg

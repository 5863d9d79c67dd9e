#pragma once
// amtsweg repo [--repository PATH] import|list|history|export|search|check|save|restore …
// The local process repository from the command line (see RepoCommand::usage()).

#include <QStringList>
#include <QTextStream>

namespace amtsweg {

class RepoCommand
{
public:
    /// `args` are the arguments after "repo". Returns an exit code (commandline.h).
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    /// The usage lines of the repo commands.
    static QString usage();
};

} // namespace amtsweg

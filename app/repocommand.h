#pragma once
// amtsweg repo [--repository PATH] import|list|history|export|search|check|save|restore|rules|
// access|grant|revoke …, amtsweg repo copy SOURCE DEST: the process repository (a file or a
// PostgreSQL database) from the command line (see RepoCommand::usage()).

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

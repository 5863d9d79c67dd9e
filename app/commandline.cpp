#include "commandline.h"

#include "analyzecommand.h"
#include "convertcommand.h"
#include "repocommand.h"
#include "validatecommand.h"

#include <QTextStream>

namespace amtsweg {

QString usageText()
{
    return QStringLiteral(
               "Usage:\n"
               "  amtsweg                                   open the GUI\n"
               "  amtsweg FILE.bpmn                         open the GUI with that file\n"
               "  amtsweg --repository PATH|URL [FILE.bpmn] the GUI on another process repository:\n"
               "                                            a file or postgresql://user@host:port/db\n"
               "                                            (default: the one chosen in Settings, "
               "else\n"
               "                                            the user's application data)\n"
               "  amtsweg convert IN OUT [--diagram ID]     IN: BPMN 2.0 XML; OUT chosen by "
               "extension\n"
               "                                            (.bpmn, .svg, .png, .pdf)\n"
               "  amtsweg convert IN OUT.pdf --poster A4|A3[-portrait] [--scale N]\n"
               "                                            a multi-page PDF poster for workshops\n"
               "  amtsweg convert IN OUT.pdf --handout      a workshop handout: title page, every "
               "diagram,\n"
               "                                            Prozesssteckbrief, end-to-end analysis\n"
               "  amtsweg convert IN.bpmn OUT.xprozess.xml [--force] [--message prozessbibliothek]\n"
               "                                            XProzess 2.0 (alleInhalte.export.0303 "
               "by default);\n"
               "                                            refuses when FIM-mandatory data is "
               "missing,\n"
               "                                            unless --force\n"
               "  amtsweg convert IN.xml OUT [--process ID] IN: an XProzess 2.0 message; --process "
               "picks\n"
               "                                            one of several processes by its id\n"
               "  amtsweg validate [--rules bpmn,e2e,fim|none] [--disable ID,...]\n"
               "                   [--repository PATH] [--format text|json] FILE...\n"
               "                                            check models (default: every rule "
               "set;\n"
               "                                            none: only that the file is valid "
               "BPMN)\n"
               "%1"
               "  amtsweg --version | --help\n"
               "%2"
               "\n"
               "Exit codes: 0 success; 1 findings of severity error (repo check: problems found);\n"
               "2 input unreadable; 3 output not writable; 4 repo save/restore conflict (someone "
               "saved\n"
               "meanwhile); 64 usage error.\n")
        .arg(AnalyzeCommand::usage(), RepoCommand::usage());
}

bool isCommandLineInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    // The GUI: `amtsweg [--repository PATH] [FILE]`.
    if (first == QLatin1String("--repository") && args.size() >= 2 && args.size() <= 3)
        return false;
    // The GUI takes at most one file; anything longer is a command (or a mistyped one).
    return args.size() > 1 || first == QLatin1String("convert") ||
           first == QLatin1String("validate") || first == QLatin1String("repo") ||
           first == QLatin1String("analyze") ||
           first.startsWith(QLatin1Char('-'));
}

bool commandNeedsGui(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("analyze"))
        return AnalyzeCommand::needsGui(args.mid(1));
    return !args.isEmpty() && args.first() == QLatin1String("convert") &&
           ConvertCommand::needsGui(args.mid(1));
}

int runCommandLine(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString &command = args.first();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "amtsweg " << AMTSWEG_VERSION << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usageText();
        return ExitOk;
    }
    if (command == QLatin1String("convert"))
        return ConvertCommand::run(args.mid(1), out, err);
    if (command == QLatin1String("validate"))
        return ValidateCommand::run(args.mid(1), out, err);
    if (command == QLatin1String("analyze"))
        return AnalyzeCommand::run(args.mid(1), out, err);
    if (command == QLatin1String("repo"))
        return RepoCommand::run(args.mid(1), out, err);
    err << "amtsweg: unknown option or command '" << command << "'\n\n" << usageText();
    return ExitUsage;
}

} // namespace amtsweg

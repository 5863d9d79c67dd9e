#include "convertcommand.h"

#include "commandline.h"
#include "guiloader.h"
#include "xprozessconvert.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xprozess/xprozessreader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

namespace amtsweg {

bool ConvertCommand::isImageFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

bool ConvertCommand::needsGui(const QStringList &args)
{
    if (args.size() >= 2 && isImageFormat(args.at(1)))
        return true;
    for (const QString &a : args)
        if (a == QLatin1String("--message") || xprozessconvert::isXProzessOutput(a))
            return true;
    return false;
}

int ConvertCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    QStringList files;
    QString diagram;
    QString poster; // paper of a multi-page PDF poster
    double scale = 1.0;
    QString process;          // of an XProzess input with several processes
    bool force = false;       // XProzess export despite missing FIM-mandatory data
    bool handout = false;     // a workshop handout instead of one diagram
    std::optional<xprozess::Message> message;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--force")) {
            force = true;
        } else if (args[i] == QLatin1String("--handout")) {
            handout = true;
        } else if (args[i] == QLatin1String("--process") && i + 1 < args.size()) {
            process = args[++i];
        } else if (args[i] == QLatin1String("--message") && i + 1 < args.size()) {
            xprozess::Message m;
            if (!xprozessconvert::parseMessage(args[++i], &m)) {
                err << "amtsweg convert: unknown XProzess message '" << args[i]
                    << "' (use alleInhalte or prozessbibliothek)\n";
                return ExitUsage;
            }
            message = m;
        } else if (args[i] == QLatin1String("--diagram") && i + 1 < args.size()) {
            diagram = args[++i];
        } else if (args[i] == QLatin1String("--poster") && i + 1 < args.size()) {
            poster = args[++i];
        } else if (args[i] == QLatin1String("--scale") && i + 1 < args.size()) {
            bool ok = false;
            scale = args[++i].toDouble(&ok);
            if (!ok || scale <= 0 || scale > 20) {
                err << "amtsweg convert: --scale expects a number between 0 and 20\n";
                return ExitUsage;
            }
        } else if (args[i].startsWith(QLatin1String("--"))) {
            err << "amtsweg convert: unknown option '" << args[i] << "'\n";
            return ExitUsage;
        } else {
            files << args[i];
        }
    }
    if (files.size() != 2) {
        err << "amtsweg convert: expects IN and OUT\n\n" << usageText();
        return ExitUsage;
    }
    const QString &in = files[0];
    const QString &outPath = files[1];
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (poster.isEmpty() && scale != 1.0) {
        err << "amtsweg convert: --scale applies to --poster\n";
        return ExitUsage;
    }
    static const QRegularExpression paper(QStringLiteral("^a[34](-(portrait|landscape))?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!poster.isEmpty() && !paper.match(poster).hasMatch()) {
        err << "amtsweg convert: unknown poster paper '" << poster
            << "' (use A4 or A3, optionally -portrait or -landscape)\n";
        return ExitUsage;
    }
    if (!poster.isEmpty() && suffix != QLatin1String("pdf")) {
        err << "amtsweg convert: --poster writes PDF; name the output .pdf\n";
        return ExitUsage;
    }
    if (handout && (suffix != QLatin1String("pdf") || !poster.isEmpty() || !diagram.isEmpty())) {
        err << "amtsweg convert: --handout writes every diagram into one PDF; name the output "
               ".pdf and leave out --poster and --diagram\n";
        return ExitUsage;
    }
    const bool toXProzess = message || xprozessconvert::isXProzessOutput(outPath);
    if (suffix != QLatin1String("bpmn") && suffix != QLatin1String("xml") &&
        !isImageFormat(outPath) && !toXProzess) {
        err << "amtsweg convert: cannot tell the output format from '" << outPath
            << "' (use .bpmn, .xprozess.xml, .svg, .png or .pdf)\n";
        return ExitUsage;
    }
    if ((force && !toXProzess) || (toXProzess && (isImageFormat(outPath) || !poster.isEmpty()))) {
        err << "amtsweg convert: --force and --message apply to XProzess output "
               "(OUT.xprozess.xml)\n";
        return ExitUsage;
    }

    int rc = ExitOk;
    ReadResult read = xprozessconvert::readInput(in, process, err, &rc);
    if (!read.ok())
        return rc;
    if (toXProzess)
        return xprozessconvert::exportXProzess(*read.tree, in, outPath,
                                               message.value_or(xprozess::Message::AlleInhalte),
                                               force, err);

    QString error;
    if (isImageFormat(outPath)) {
        if (!diagram.isEmpty()) {
            const NodeId d = read.tree->byId(diagram.toStdString());
            if (d == kNoNode || read.tree->localName(d) != "BPMNDiagram") {
                err << "amtsweg convert: " << in << " has no BPMNDiagram with id '" << diagram
                    << "'\n";
                return ExitUsage;
            }
        }
        // The plugin reads BPMN files: a process taken from an XProzess message goes through
        // a temporary one.
        QTemporaryDir temporary;
        QString source = in;
        if (xprozess::XProzessReader::isXProzessFile(in)) {
            source = temporary.filePath(QStringLiteral("model.bpmn"));
            if (!BpmnWriter::writeFile(*read.tree, source, &error,
                                       BpmnWriter::Durability::Unsynced)) {
                err << source << ": error: cannot write: " << error << '\n';
                return ExitUnwritable;
            }
        }
        if (handout)
            rc = exportHandout(source, outPath, QFileInfo(in).completeBaseName(), &error);
        else
            rc = poster.isEmpty() ? exportImage(source, outPath, diagram, &error)
                                  : exportPoster(source, outPath, diagram, poster, scale, &error);
        if (rc != ExitOk)
            err << outPath << ": error: " << error << '\n';
        return rc;
    }
    // Like cp: atomic (never a half-written OUT), without waiting for the disk.
    if (!BpmnWriter::writeFile(*read.tree, outPath, &error, BpmnWriter::Durability::Unsynced)) {
        err << outPath << ": error: cannot write: " << error << '\n';
        return ExitUnwritable;
    }
    return ExitOk;
}

} // namespace amtsweg

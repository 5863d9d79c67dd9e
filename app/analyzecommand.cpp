#include "analyzecommand.h"

#include "commandline.h"
#include "e2e/analysisformat.h"
#include "guiloader.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace amtsweg {
namespace {

struct Options
{
    QString format;
    QStringList files;
};

/// The format from --format, else from OUT's suffix, else text.
QString chosenFormat(const QString &option, const QStringList &files)
{
    if (!option.isEmpty())
        return option;
    if (files.size() == 2) {
        const QString suffix = QFileInfo(files[1]).suffix().toLower();
        if (suffix == QLatin1String("htm"))
            return QStringLiteral("html");
        if (suffix == QLatin1String("json") || suffix == QLatin1String("html")
            || suffix == QLatin1String("pdf"))
            return suffix;
    }
    return QStringLiteral("text");
}

Options parse(const QStringList &args, QString *error)
{
    Options o;
    QString format;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i].startsWith(QLatin1String("--format=")))
            format = args[i].mid(9);
        else if (args[i].startsWith(QLatin1String("--")))
            *error = QStringLiteral("unknown option '%1'").arg(args[i]);
        else
            o.files << args[i];
    }
    o.format = chosenFormat(format, o.files);
    static const QStringList formats{QStringLiteral("text"), QStringLiteral("json"),
                                     QStringLiteral("html"), QStringLiteral("pdf")};
    if (error->isEmpty() && !formats.contains(o.format))
        *error = QStringLiteral("--format must be text, json, html or pdf");
    if (error->isEmpty() && (o.files.isEmpty() || o.files.size() > 2))
        *error = QStringLiteral("expects FILE and an optional OUT");
    if (error->isEmpty() && (o.format == QLatin1String("html") || o.format == QLatin1String("pdf"))
        && o.files.size() != 2)
        *error = QStringLiteral("an %1 report needs OUT").arg(o.format);
    return o;
}

} // namespace

QString AnalyzeCommand::usage()
{
    return QStringLiteral(
        "  amtsweg analyze [--format text|json|html|pdf] FILE [OUT]\n"
        "                                            end-to-end analysis: media breaks, "
        "hand-offs,\n"
        "                                            automation, once-only, OZG maturity "
        "(format\n"
        "                                            from OUT's extension when not given)\n");
}

bool AnalyzeCommand::needsGui(const QStringList &args)
{
    QString error;
    const Options o = parse(args, &error);
    return error.isEmpty() && (o.format == QLatin1String("html") || o.format == QLatin1String("pdf"));
}

int AnalyzeCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString error;
    const Options o = parse(args, &error);
    if (!error.isEmpty()) {
        err << "amtsweg analyze: " << error << "\n\n" << usageText();
        return ExitUsage;
    }
    const QString &in = o.files[0];
    const QString outPath = o.files.value(1);
    if (o.format == QLatin1String("html") || o.format == QLatin1String("pdf")) {
        const int code = exportAnalysisReport(in, outPath, o.format, &error);
        if (code != ExitOk)
            err << "amtsweg analyze: " << error << '\n';
        return code;
    }
    ReadResult read = BpmnReader::readFile(in);
    if (!read.ok()) {
        for (const Diagnostic &d : read.diagnostics)
            err << d.toString() << '\n';
        return ExitUnreadable;
    }
    const e2e::Analysis analysis = e2e::analyse(*read.tree);
    QByteArray bytes;
    if (o.format == QLatin1String("json")) {
        QJsonObject root = e2e::analysisJson(*read.tree, analysis);
        root.insert(QStringLiteral("file"), in);
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        bytes = (QFileInfo(in).fileName() + QLatin1Char('\n')
                 + e2e::analysisText(*read.tree, analysis))
                    .toUtf8();
    }
    if (outPath.isEmpty()) {
        out.flush();
        out << QString::fromUtf8(bytes);
        return ExitOk;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "amtsweg analyze: cannot write " << outPath << ": " << file.errorString() << '\n';
        return ExitUnwritable;
    }
    return ExitOk;
}

} // namespace amtsweg

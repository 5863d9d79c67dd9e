#include "xprozessconvert.h"

#include "commandline.h"
#include "guiloader.h"
#include "xml/bpmnwriter.h"
#include "xprozess/mandatorycheck.h"
#include "xprozess/xprozessreader.h"
#include "xprozess/xprozesswriter.h"

#include <QFile>
#include <QTemporaryDir>

namespace amtsweg::xprozessconvert {

bool isXProzessOutput(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".xprozess.xml")) ||
           lower.endsWith(QLatin1String(".xprozess"));
}

bool parseMessage(const QString &name, xprozess::Message *message)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("allerinhalte") || lower == QLatin1String("alleinhalte"))
        *message = xprozess::Message::AlleInhalte;
    else if (lower == QLatin1String("prozessbibliothek"))
        *message = xprozess::Message::Prozessbibliothek;
    else
        return false;
    return true;
}

ReadResult readInput(const QString &in, const QString &processId, QTextStream &err,
                     int *exitCode)
{
    *exitCode = ExitOk;
    if (!xprozess::XProzessReader::isXProzessFile(in)) {
        ReadResult read = BpmnReader::readFile(in);
        for (const Diagnostic &d : read.diagnostics)
            err << d.toString() << '\n';
        if (!read.ok())
            *exitCode = ExitUnreadable;
        else if (!processId.isEmpty()) {
            err << "amtsweg convert: --process applies to XProzess input only\n";
            *exitCode = ExitUsage;
            read.tree.reset();
        }
        return read;
    }
    xprozess::XProzessReadResult read = xprozess::XProzessReader::readFile(in);
    ReadResult result;
    result.diagnostics = read.diagnostics;
    for (const Diagnostic &d : read.diagnostics)
        err << d.toString() << '\n';
    if (!read.ok()) {
        *exitCode = ExitUnreadable;
        return result;
    }
    QStringList ids;
    for (xprozess::ImportedProcess &p : read.processes) {
        ids << p.id;
        if (p.id == processId || (processId.isEmpty() && read.processes.size() == 1))
            result.tree = std::move(p.tree);
    }
    if (!result.tree) {
        err << "amtsweg convert: " << in
            << (processId.isEmpty() ? QStringLiteral(" holds %1 processes; choose one with "
                                                     "--process ID")
                                          .arg(ids.size())
                                    : QStringLiteral(" has no process '%1'").arg(processId))
            << " (ids: " << ids.join(QStringLiteral(", ")) << ")\n";
        *exitCode = ExitUsage;
    }
    return result;
}

QByteArray renderDiagramPdf(const ModelTree &tree, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return {};
    }
    const QString bpmn = dir.filePath(QStringLiteral("model.bpmn"));
    const QString pdf = dir.filePath(QStringLiteral("diagram.pdf"));
    if (!BpmnWriter::writeFile(tree, bpmn, error, BpmnWriter::Durability::Unsynced))
        return {};
    if (exportImage(bpmn, pdf, QString(), error) != ExitOk)
        return {};
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

int exportXProzess(const ModelTree &tree, const QString &in, const QString &out,
                   xprozess::Message message, bool force, QTextStream &err)
{
    const Diagnostics missing = xprozess::missingMandatory(tree);
    for (Diagnostic d : missing) {
        d.file = in;
        d.severity = force ? Severity::Warning : Severity::Error;
        err << d.toString() << (d.elementId.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(d.elementId))
            << '\n';
    }
    if (!missing.empty() && !force) {
        err << "amtsweg convert: " << out << " not written: " << missing.size()
            << " FIM-mandatory attribute(s) missing (--force exports anyway)\n";
        return ExitFindings;
    }
    QString error;
    const QByteArray pdf = renderDiagramPdf(tree, &error);
    if (pdf.isEmpty())
        err << out << ": warning: the diagram PDF is left out: " << error << '\n';
    if (!xprozess::XProzessWriter::writeFile({{&tree, pdf}}, message, out, &error)) {
        err << out << ": error: cannot write: " << error << '\n';
        return ExitUnwritable;
    }
    return ExitOk;
}

} // namespace amtsweg::xprozessconvert

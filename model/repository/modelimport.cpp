#include "modelimport.h"

#include "processrepository.h"
#include "xml/bpmnreader.h"
#include "xprozess/xprozessreader.h"

#include "bpmn/elements.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace amtsweg {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Definitions name, else the first named collaboration or process.
QString modelName(const ModelTree &tree, const QString &file)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return QFileInfo(file).completeBaseName();
    if (const QString n = qs(bpmn::name(tree, root)).trimmed(); !n.isEmpty())
        return n;
    for (const char *kind : {"collaboration", "process"})
        for (NodeId c : bpmn::childElements(tree, root, kind))
            if (const QString n = qs(bpmn::name(tree, c)).trimmed(); !n.isEmpty())
                return n;
    return QFileInfo(file).completeBaseName();
}

QString description(const ModelTree &tree)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return {};
    for (NodeId p : bpmn::childElements(tree, root, "process"))
        for (NodeId d : bpmn::childElements(tree, p, "documentation"))
            return QString::fromStdString(tree.text(d)).trimmed();
    return {};
}

bool repositoryFailure(RepositoryStatus s)
{
    return s != RepositoryStatus::Unreadable && s != RepositoryStatus::Invalid;
}

/// *.bpmn, and *.xml files whose root is an XProzess message.
bool isModelFile(const QString &path)
{
    return path.endsWith(QLatin1String(".bpmn"), Qt::CaseInsensitive) ||
           xprozess::XProzessReader::isXProzessFile(path);
}

} // namespace

std::vector<RepositoryResult<ImportedModel>>
ModelImport::importXProzess(ProcessRepository &repository, const QString &path, FolderId folder,
                            Diagnostics *diagnostics)
{
    std::vector<RepositoryResult<ImportedModel>> results;
    xprozess::XProzessReadResult read = xprozess::XProzessReader::readFile(path);
    if (diagnostics)
        diagnostics->insert(diagnostics->end(), read.diagnostics.begin(), read.diagnostics.end());
    if (!read.ok()) {
        const Diagnostic *first = nullptr;
        for (const Diagnostic &d : read.diagnostics)
            if (d.severity == Severity::Error && !first)
                first = &d;
        const QString why = first ? first->toString() : repoTr("unreadable");
        results.push_back(RepositoryError{RepositoryStatus::Unreadable,
                                          repoTr("Cannot import '%1': %2").arg(path, why)});
        return results;
    }
    for (xprozess::ImportedProcess &p : read.processes) {
        NewModel model;
        model.name = p.name.isEmpty() ? modelName(*p.tree, path) : p.name;
        model.description = description(*p.tree);
        model.folderId = folder;
        model.comment = repoTr("Imported from %1 (process %2)")
                            .arg(QFileInfo(path).fileName(), p.id);
        RepositoryResult<ModelInfo> created = repository.createModel(model, *p.tree);
        if (!created.ok()) {
            results.push_back(created.error);
            if (repositoryFailure(created.status()))
                return results;
            continue;
        }
        results.push_back(ImportedModel{path, created.value, int(read.diagnostics.size())});
    }
    // Processes the message holds but that could not be read are failures of their own, so
    // that the import summary does not look complete.
    for (const Diagnostic &d : read.diagnostics)
        if (d.severity == Severity::Error)
            results.push_back(RepositoryError{
                RepositoryStatus::Unreadable,
                repoTr("Not imported from '%1': %2").arg(path, d.toString())});
    return results;
}

RepositoryResult<ImportedModel> ModelImport::importFile(ProcessRepository &repository,
                                                        const QString &path, FolderId folder,
                                                        Diagnostics *diagnostics)
{
    ReadResult read = BpmnReader::readFile(path);
    if (!read.ok()) {
        const QString why =
            read.diagnostics.empty() ? repoTr("unreadable") : read.diagnostics.front().toString();
        return RepositoryError{RepositoryStatus::Unreadable,
                               repoTr("Cannot import '%1': %2").arg(path, why)};
    }
    NewModel model;
    model.name = modelName(*read.tree, path);
    model.description = description(*read.tree);
    model.folderId = folder;
    model.comment = repoTr("Imported from %1").arg(QFileInfo(path).fileName());
    RepositoryResult<ModelInfo> created = repository.createModel(model, *read.tree);
    if (!created.ok())
        return created.error;
    ImportedModel imported{path, created.value, int(read.diagnostics.size())};
    if (diagnostics)
        diagnostics->insert(diagnostics->end(), read.diagnostics.begin(), read.diagnostics.end());
    return imported;
}

ImportReport ModelImport::importPaths(ProcessRepository &repository, const QStringList &paths)
{
    ImportReport report;
    const auto importOne = [&](const QString &file, FolderId folder) {
        if (xprozess::XProzessReader::isXProzessFile(file)) {
            for (RepositoryResult<ImportedModel> &r :
                 importXProzess(repository, file, folder, &report.diagnostics)) {
                if (!r.ok()) {
                    report.failures.push_back(r.error);
                    if (repositoryFailure(r.status()))
                        return false;
                } else {
                    report.imported.push_back(std::move(r.value));
                }
            }
            return true;
        }
        RepositoryResult<ImportedModel> r =
            importFile(repository, file, folder, &report.diagnostics);
        if (r.ok())
            report.imported.push_back(std::move(r.value));
        else
            report.failures.push_back(r.error);
        return r.ok() || !repositoryFailure(r.status());
    };
    for (const QString &path : paths) {
        // "samples/" and "samples" name the same folder (and its repository folder).
        const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        if (!info.isDir()) {
            if (!importOne(path, 0))
                return report;
            continue;
        }
        // Folders sorted, so that the repository's folders and model ids follow the file tree.
        QStringList files;
        QDirIterator it(info.filePath(), {QStringLiteral("*.bpmn"), QStringLiteral("*.xml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            if (const QString file = it.next(); isModelFile(file))
                files << file;
        files.sort();
        const QDir base = info.absoluteDir();
        for (const QString &file : files) {
            FolderId folder = 0;
            const QString relative = base.relativeFilePath(QFileInfo(file).absolutePath());
            for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                RepositoryResult<FolderId> f = repository.folder(part, folder);
                if (!f.ok()) {
                    report.failures.push_back(f.error);
                    return report;
                }
                folder = f.value;
            }
            if (!importOne(file, folder))
                return report;
        }
        if (files.isEmpty())
            report.failures.push_back(
                {RepositoryStatus::Unreadable, repoTr("No .bpmn or XProzess files found in '%1'.").arg(path)});
    }
    return report;
}

} // namespace amtsweg

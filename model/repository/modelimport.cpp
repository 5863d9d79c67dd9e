#include "modelimport.h"

#include "processrepository.h"
#include "xml/bpmnreader.h"

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

} // namespace

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
        QDirIterator it(info.filePath(), {QStringLiteral("*.bpmn")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
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
                {RepositoryStatus::Unreadable, repoTr("No .bpmn files found in '%1'.").arg(path)});
    }
    return report;
}

} // namespace amtsweg

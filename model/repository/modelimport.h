#pragma once
// ModelImport: BPMN files (or whole folders, recursively) into a ProcessRepository. Each file
// is read with BpmnReader and stored as BpmnWriter writes it, as version 1 of a new model.
// An XProzess 2.0 message (*.xml with such a root) becomes one model per process, named after
// the process (xprozess/xprozessreader.h). A
// folder becomes a repository folder of the same name, its subfolders nested below it.
// The model's name is the definitions' name, else the first collaboration's or process's
// name, else the file name; its description the first process's documentation.

#include "repositoryresult.h"
#include "repositorytypes.h"

#include "bpmn/diagnostic.h"

#include <QStringList>
#include <vector>

namespace amtsweg {

class ProcessRepository;

struct ImportedModel
{
    QString file;
    ModelInfo model;
    int warnings = 0; ///< reader warnings (the model is stored anyway)
};

struct ImportReport
{
    std::vector<ImportedModel> imported;
    std::vector<RepositoryError> failures; ///< one per file that was not imported
    Diagnostics diagnostics;               ///< reader warnings of the imported files
    bool ok() const { return failures.empty(); }
};

class ModelImport
{
public:
    /// Imports files and folders (folders: every *.bpmn and XProzess *.xml below, recursively). Continues past
    /// unreadable files; stops early only when the repository itself fails (disk full …).
    static ImportReport importPaths(ProcessRepository &repository, const QStringList &paths);
    /// Imports one file into `folder` (0: top level).
    static RepositoryResult<ImportedModel> importFile(ProcessRepository &repository,
                                                      const QString &path, FolderId folder = 0,
                                                      Diagnostics *diagnostics = nullptr);
    /// Imports every process of an XProzess message into `folder`: one result per process
    /// (one failure when the message cannot be read at all).
    static std::vector<RepositoryResult<ImportedModel>>
    importXProzess(ProcessRepository &repository, const QString &path, FolderId folder = 0,
                   Diagnostics *diagnostics = nullptr);
};

} // namespace amtsweg

#pragma once
// DocumentSession: one open document in the main window: its BpmnDocument, the name its tabs
// show (file name or "Untitled N", with the dirty marker), saving (asking for a path when it
// has none) and the question before closing it with unsaved changes.

#include "bpmn/modeltree.h"
#include "repository/repositoryresult.h"
#include "repository/repositorytypes.h"

#include <QObject>

class QWidget;

namespace amtsweg {

class BpmnDocument;
class ProcessRepository;

/// Where a document opened from the repository came from.
struct RepositoryOrigin
{
    ProcessRepository *repository = nullptr;
    ModelId model = 0;
    QString modelName;
    /// The version the document's content is based on (the optimistic check of saves).
    int baseVersion = 0;
    /// An older version opened for reading: the document refuses edits.
    bool readOnly = false;
};

class DocumentSession : public QObject
{
    Q_OBJECT

public:
    /// Takes `document` (it becomes a child of the session). `untitledNumber` names a
    /// document without a file ("Untitled 2").
    DocumentSession(BpmnDocument *document, int untitledNumber, QObject *parent = nullptr);
    ~DocumentSession() override;

    BpmnDocument *document() const { return m_document; }
    /// The file name, or "Untitled N" for a document never saved.
    QString displayName() const;
    /// Tab title for one of its diagrams: file name, dirty marker, diagram name.
    QString tabTitle(const QString &diagramName) const;
    /// A new, unchanged document without a file (replaced when the user opens a file).
    bool isPristine() const;

    /// Makes the document a repository model's (saves then add versions to it).
    void setRepositoryOrigin(const RepositoryOrigin &origin);
    const RepositoryOrigin &repositoryOrigin() const { return m_origin; }
    bool isFromRepository() const { return m_origin.repository && m_origin.model > 0; }
    /// Its repository is closed (another one was opened): the document stays open under the
    /// model's name, and saving asks for a file.
    void detachFromRepository();

    /// Saves to the document's file or, for a repository model, as its new version (asking
    /// for a comment; when someone saved meanwhile, the user chooses what happens). Without
    /// either, asks for a file. False when cancelled or failed (the user was told why).
    bool save(QWidget *dialogParent);
    /// Saves a repository model's document as its new version with `comment` (a conflict is
    /// put to the user). False when it is no repository model, read-only, or not saved.
    bool saveVersion(const QString &comment, QWidget *dialogParent);
    /// Saves the document as a new model of `repository` (asking for its name and a comment)
    /// and makes it that model's document.
    bool saveAsNewModel(ProcessRepository *repository, QWidget *dialogParent);
    /// Asks for a file and saves there.
    bool saveAs(QWidget *dialogParent);
    /// With unsaved changes asks Save / Discard / Cancel; true when the document may close.
    bool confirmClose(QWidget *dialogParent);

Q_SIGNALS:
    /// The name or the dirty state changed: tab and window titles need an update.
    void titleChanged();
    /// The document was written to `path`.
    void saved(const QString &path);
    /// The document was saved as version `version` of a repository model.
    void savedToRepository(amtsweg::ModelId model, int version);
    /// The user chose to replace the content with the newest version of the model.
    void reloadRequested(amtsweg::ModelId model);

private:
    bool saveTo(const QString &path, QWidget *dialogParent);
    bool saveToRepository(QWidget *dialogParent);
    bool resolveConflict(const QString &comment, QWidget *dialogParent);
    bool finishSave(const RepositoryResult<VersionInfo> &saved, QWidget *dialogParent);

    BpmnDocument *m_document;
    int m_untitledNumber;
    RepositoryOrigin m_origin;
};

} // namespace amtsweg

#pragma once
// RepositoryController: the main window's side of the process repository. It opens the
// repository (a file or a PostgreSQL server: the one chosen in the settings, the default file
// under the user's application data, or --repository PATH|URL; a server's password is asked
// for when needed, see RepositoryPassword),
// feeds the repository browser, and carries out what the user asks there: open a model
// (newest version editable, older ones read-only) and select a search hit's element; import
// files or folders; export a version; restore an old version as the newest; derive a
// Referenz- or Lokalprozess; save an open document as a new model; compare two versions of a
// model, or a derived model with its base (ComparisonController shows the result); and tell the
// user, when a derived model opens, that its base has a newer version; switch a model-check
// rule off for the whole repository. A user who may only read a shared repository finds every
// action that would change it disabled, with the reason, and opens models read-only with a
// note saying why; SharedRepositoryWatch shows colleagues' presence and saves.

#include "panels/repositorybrowser.h"
#include "repository/repositorytypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace amtsweg {

class ComparisonController;
class DocumentSession;
class MainWindow;
class ModelTree;
class ProcessRepository;
class SharedRepositoryWatch;

class RepositoryController : public QObject
{
    Q_OBJECT

public:
    RepositoryController(MainWindow *window, RepositoryBrowser *browser);
    ~RepositoryController() override;

    /// Opens (creating when missing) the repository at `location`, a file path or a
    /// postgresql:// URL (asking for the password when the server wants one); on failure tells
    /// the user why and keeps the current one. A damaged or unreadable repository file with an
    /// automatic backup comes with the offer to open a copy of the latest backup (see
    /// offerBackup()). Without a window to report to (`quiet`), only returns false.
    bool openRepository(const QString &location, bool quiet = false);
    ProcessRepository *repository() const { return m_repository.get(); }
    RepositoryBrowser *browser() const { return m_browser; }
    SharedRepositoryWatch *watch() const { return m_watch; }

    /// False when the user may only read the open repository; readOnlyReason() says why.
    bool canWrite() const;
    QString readOnlyReason() const;
    /// `action` changes the repository: disabled, with the reason as tooltip, while the user
    /// may only read it.
    void addWriteAction(QAction *action);

    /// Opens a model's version (0: newest, editable) in tabs, or shows it when open already;
    /// with `elementId`, selects that element. False when it could not be read.
    bool openModel(ModelId model, int version = 0, const QString &elementId = {});

    /// Asks for a repository file and opens it.
    void chooseRepository();
    /// Saves the current document as a new model of the repository.
    void saveCurrentAsNewModel();
    void importFiles();
    void importFolder();
    void exportVersion(ModelId model, int version);
    void restoreVersion(ModelId model, int version);
    void deriveModel(ModelId model, int version);

    /// Opens the newer version and shows what changed against the older one.
    void compareVersions(ModelId model, int olderVersion, int newerVersion);
    /// Opens a derived model's newest version and shows what it changed against the base
    /// version it was derived from.
    void compareWithBase(ModelId model);
    /// compareWithBase() for the current document (when it is a derived repository model).
    void compareCurrentWithBase();
    ComparisonController *comparison() const { return m_comparison; }

    /// Switches the model-check rule `ruleId` off for every model of the open repository (the
    /// Problems dock's context menu) and checks the current document again.
    void disableRuleInRepository(const QString &ruleId);

Q_SIGNALS:
    /// Another repository file was opened.
    void repositoryChanged();

private:
    /// Shows why `damaged` cannot be opened and offers a copy of `backup`: on acceptance the
    /// backup is copied next to the damaged file ("<name>-recovered-<time>.amtsweg") and the
    /// copy opened; neither the backup nor the damaged file is changed.
    bool offerBackup(const QString &damaged, const QString &backup, const QString &message);
    void importPaths(const QStringList &paths);
    void reload(ModelId model);
    void reloadSession(DocumentSession *session);
    /// True, after telling the user why, when the repository may not be changed.
    bool refuseWhenReadOnly(const QString &title);
    void updateWriteActions();
    void follow(DocumentSession *session);
    /// The note over a newly opened model: read-only and why, who else has it open.
    void noticeTeam(DocumentSession *session, const QStringList &others);
    void showComparison(const ModelTree &older, const ModelTree &newer, const QString &title);
    void noticeNewerBase(DocumentSession *session, const ModelInfo &model);

    MainWindow *m_window;
    QPointer<RepositoryBrowser> m_browser; // a dock's content: may go first
    std::unique_ptr<ProcessRepository> m_repository;
    ComparisonController *m_comparison;
    SharedRepositoryWatch *m_watch;
    QList<QPointer<QAction>> m_writeActions;
};

} // namespace amtsweg

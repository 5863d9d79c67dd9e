#pragma once
// RepositoryBrowser: the process repository as a dock panel: folders with their models (name,
// FIM status, newest version, last change), the versions of the chosen model (number, date,
// author, comment) and a search field whose hits (models and the elements that match) replace
// the tree while it holds text. A shared repository (PostgreSQL) adds who else has a model
// open ("Open by" column) and, for a user without editing rights, a read-only banner; the
// header names the repository's location (without a password). It reads through ProcessRepository
// and asks, by signals, for everything that opens, saves or asks the user (the main window does
// that); models can be dragged into the tab area.

#include "repository/repositorybackend.h"
#include "repository/repositorytypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace amtsweg {

class ProcessRepository;

class RepositoryBrowser : public QWidget
{
    Q_OBJECT

public:
    /// MIME type of a dragged model: its id as decimal text.
    static QString modelMimeType();

    explicit RepositoryBrowser(QWidget *parent = nullptr);

    /// Shows `repository` (not owned; null: nothing).
    void setRepository(ProcessRepository *repository);
    ProcessRepository *repository() const { return m_repository; }
    /// Reads folders, models, who has them open and the chosen model's versions again
    /// (keeping the choice).
    void refresh();

    /// "anna (pc-12) since 10:02": who has a model open, for lists and notes.
    static QString presenceText(const ModelPresence &presence);

    /// The chosen model (0: none) and version (0: none chosen in the version list).
    ModelId currentModel() const;
    int currentVersion() const;
    /// The versions selected in the version list, oldest first.
    QList<int> selectedVersions() const;
    /// Chooses a model in the tree (false when it is not listed).
    bool selectModel(ModelId id);

    QTreeWidget *modelTree() const { return m_models; }
    QTreeWidget *versionList() const { return m_versions; }
    QTreeWidget *hitList() const { return m_hits; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *locationLabel() const { return m_location; }
    /// "Read-only: …", shown while the user may not change the repository.
    QLabel *readOnlyBanner() const { return m_readOnly; }
    QToolButton *importButton() const { return m_import; }

Q_SIGNALS:
    /// Open a model's version (0: the newest, editable; else read-only).
    void openRequested(amtsweg::ModelId model, int version);
    /// Open a model's newest version and select the element (a search hit).
    void elementRequested(amtsweg::ModelId model, const QString &elementId);
    void restoreRequested(amtsweg::ModelId model, int version);
    void exportRequested(amtsweg::ModelId model, int version);
    void deriveRequested(amtsweg::ModelId model, int version);
    void compareRequested(amtsweg::ModelId model, int olderVersion, int newerVersion);
    /// Compare a derived model's newest version with the base version it was derived from.
    void compareWithBaseRequested(amtsweg::ModelId model);
    void importFilesRequested();
    void importFolderRequested();

private:
    void fillModels();
    void fillVersions();
    void runSearch();
    void showModelMenu(const QPoint &pos);
    void showVersionMenu(const QPoint &pos);
    void setMessage(const QString &text);
    void markDerived(QTreeWidgetItem *item, const ModelInfo &model, const ModelInfo &base);
    void markOpenByOthers(QTreeWidgetItem *item, const std::vector<ModelPresence> &others);
    void showAccess();
    bool canWrite() const;
    /// Disables an action that changes the repository when the user may not, saying why.
    void explainReadOnly(QAction *writes) const;

    ProcessRepository *m_repository = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_models = nullptr;
    QTreeWidget *m_hits = nullptr;
    QTreeWidget *m_versions = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_readOnly = nullptr;
    QToolButton *m_import = nullptr;
    int m_latestOfCurrent = 0;
};

} // namespace amtsweg

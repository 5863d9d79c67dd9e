#pragma once
// The main window: one tab per diagram of every open document (collapsed sub-processes drill
// down inside their tab), the palette, docked panels (properties, outline, overview, undo history),
// status bar with zoom and element count, recent files, and window layout kept in QSettings. Thin:
// documents are DocumentSessions, tabs DiagramPages, panels PanelDocks; the model changes only
// through BpmnDocument and its commands.

#include "bpmn/modeltree.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;
class QUndoGroup;

namespace amtsweg {

class Autosave;
class BpmnDocument;
class DiagramPage;
class DocumentSession;
class PaletteWidget;
class PanelDocks;
class RecentFiles;
class RepositoryController;
struct RepositoryOrigin;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Starts with one new document and the layout and recent files from QSettings.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a BPMN file in tabs of its own (or shows it when already open); an untouched new
    /// document is replaced. Reports problems in a message box; false when it could not be read.
    bool openFile(const QString &path);
    /// Asks for BPMN files and opens them (File > Open…).
    void open();
    /// The document of the current tab.
    BpmnDocument *document() const;
    QTabWidget *diagramTabs() const { return m_tabs; }
    DiagramPage *currentPage() const;
    /// Every open document, in the order they were opened.
    QList<BpmnDocument *> documents() const;
    /// The sessions of the open documents, in the same order.
    QList<DocumentSession *> sessions() const;
    DocumentSession *currentSession() const;
    /// Opens `tree` as a new document in tabs of its own, as a repository model's version
    /// (`origin`) or as the content of `filePath` (not read: saving writes there); an untouched
    /// new document is replaced.
    DocumentSession *openTree(std::unique_ptr<ModelTree> tree, const RepositoryOrigin &origin,
                              const QString &filePath = {});
    Autosave *autosave() const { return m_autosave; }
    /// Makes the first tab of `document` current.
    void showDocument(const BpmnDocument *document);
    RepositoryController *repositoryController() const { return m_repository; }

Q_SIGNALS:
    /// First thing in the destructor: helpers that follow the documents stop here, before the
    /// tabs and documents go.
    void tearingDown();

public:

    /// Opens a new, empty document in a new tab and returns it.
    BpmnDocument *newDocument();
    /// Closes a document with all its tabs, asking about unsaved changes first. False when
    /// the user cancelled. Closing the last document opens a new empty one.
    bool closeDocument(BpmnDocument *document);
    /// Selects an element of the current document on the canvas, switching to the tab or
    /// sub-process plane that draws it. False when no tab draws it.
    bool revealElement(NodeId element);

    PanelDocks *panels() const { return m_panels; }
    RecentFiles *recentFiles() const { return m_recent; }
    /// Stores window geometry and dock layout in QSettings (also done when the window closes).
    void saveSettings() const;
    /// Restores what saveSettings() stored.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    DocumentSession *addSession(BpmnDocument *document);
    void createPages(DocumentSession *session);
    void removePages(const BpmnDocument *document);
    DocumentSession *sessionOf(const BpmnDocument *document) const;
    void closePristineExcept(const DocumentSession *kept);
    DiagramPage *pageAt(int index) const;

    void onCurrentTabChanged();
    void updateTitles();
    void updateStatus();
    void updateActions();

    bool save();
    bool saveAs();
    void exportImage();
    void drillDown();
    void drillUp();
    void drillDownInto(NodeId subProcess);

    QTabWidget *m_tabs = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    PaletteWidget *m_palette = nullptr;
    PanelDocks *m_panels = nullptr;
    RecentFiles *m_recent = nullptr;
    RepositoryController *m_repository = nullptr;
    Autosave *m_autosave = nullptr;
    std::vector<DocumentSession *> m_sessions;
    int m_untitledCount = 0;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_drillDownAction = nullptr;
    QAction *m_drillUpAction = nullptr;
    QByteArray m_defaultState; ///< dock layout before restoring, for "Reset Panel Layout"
};

} // namespace amtsweg

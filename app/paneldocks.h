#pragma once
// PanelDocks: the dockable panels of the main window (properties, outline, overview, undo
// history, repository, problems of the model checks, end-to-end analysis, Prozesssteckbrief),
// each in a QDockWidget with an objectName for saveState/restoreState, and
// their wiring to the current diagram page: the page's selection shows in the properties and the
// outline; choosing in the outline asks the window to reveal the element.

#include "bpmn/modeltree.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QUndoGroup;
class QUndoView;

namespace amtsweg {

class AnalysisController;
class DiagramPage;
class OutlinePanel;
class ProblemsChecker;
class ProblemsPanel;
class OverviewView;
class PropertiesPanel;
class RepositoryBrowser;
class SteckbriefPanel;

class PanelDocks : public QObject
{
    Q_OBJECT

public:
    /// Creates the docks in `window`: outline and overview on the left, properties and
    /// history on the right. The history shows `undoGroup`'s active stack.
    PanelDocks(QMainWindow *window, QUndoGroup *undoGroup);

    PropertiesPanel *properties() const { return m_properties; }
    OutlinePanel *outline() const { return m_outline; }
    OverviewView *overview() const { return m_overview; }
    QUndoView *history() const { return m_history; }
    RepositoryBrowser *repositoryBrowser() const { return m_repository; }
    ProblemsPanel *problems() const { return m_problems; }
    ProblemsChecker *problemsChecker() const { return m_checker; }
    AnalysisController *analysis() const { return m_analysis; }
    SteckbriefPanel *steckbrief() const { return m_steckbrief; }
    QList<QDockWidget *> docks() const { return m_docks; }

    /// Follows `page` (null: none): its document in the properties and outline, its canvas in
    /// the overview, its selection.
    void setPage(DiagramPage *page);
    DiagramPage *page() const { return m_page; }

Q_SIGNALS:
    /// The user chose an element in the outline.
    void revealRequested(amtsweg::NodeId element);
    /// The user double-clicked a sub-process in the outline.
    void drillDownRequested(amtsweg::NodeId subProcess);

private:
    QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &objectName,
                         QWidget *content, Qt::DockWidgetArea area);
    void showSelection();
    void showFindings();

    PropertiesPanel *m_properties = nullptr;
    OutlinePanel *m_outline = nullptr;
    OverviewView *m_overview = nullptr;
    QUndoView *m_history = nullptr;
    RepositoryBrowser *m_repository = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ProblemsChecker *m_checker = nullptr;
    AnalysisController *m_analysis = nullptr;
    SteckbriefPanel *m_steckbrief = nullptr;
    QList<QDockWidget *> m_docks;
    QPointer<DiagramPage> m_page;
};

} // namespace amtsweg

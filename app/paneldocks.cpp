#include "paneldocks.h"

#include "analysiscontroller.h"
#include "analysisrunner.h"
#include "canvas/diagramscene.h"
#include "canvas/problemmarkers.h"
#include "diagrampage.h"
#include "document.h"
#include "panels/analysispanel.h"
#include "panels/elementlabels.h"
#include "panels/outlinepanel.h"
#include "panels/problemspanel.h"
#include "problemschecker.h"
#include "panels/overviewview.h"
#include "panels/propertiespanel.h"
#include "panels/repositorybrowser.h"
#include "panels/steckbriefpanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QUndoGroup>
#include <QUndoView>

namespace amtsweg {

PanelDocks::PanelDocks(QMainWindow *window, QUndoGroup *undoGroup) : QObject(window)
{
    m_outline = new OutlinePanel;
    m_overview = new OverviewView;
    m_properties = new PropertiesPanel;
    m_history = new QUndoView(undoGroup);
    m_history->setObjectName(QStringLiteral("undoView"));
    m_history->setAccessibleName(tr("Undo history"));
    m_history->setEmptyLabel(tr("<opened>"));

    addDock(window, tr("Outline"), QStringLiteral("outlineDock"), m_outline,
            Qt::LeftDockWidgetArea);
    addDock(window, tr("Overview"), QStringLiteral("overviewDock"), m_overview,
            Qt::LeftDockWidgetArea);
    addDock(window, tr("Properties"), QStringLiteral("propertiesDock"), m_properties,
            Qt::RightDockWidgetArea);
    addDock(window, tr("Undo History"), QStringLiteral("undoHistoryDock"), m_history,
            Qt::RightDockWidgetArea);
    m_repository = new RepositoryBrowser;
    QDockWidget *repository = addDock(window, tr("Repository"), QStringLiteral("repositoryDock"),
                                      m_repository, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(m_docks.at(0), repository);
    repository->raise(); // what a user finds first: the models
    window->resizeDocks({m_docks.at(0), m_docks.at(1)}, {520, 200}, Qt::Vertical);
    window->resizeDocks({m_docks.at(2), m_docks.at(3)}, {560, 180}, Qt::Vertical);
    window->resizeDocks({m_docks.at(0), m_docks.at(2)}, {260, 340}, Qt::Horizontal);

    m_problems = new ProblemsPanel;
    addDock(window, tr("Problems"), QStringLiteral("problemsDock"), m_problems,
            Qt::BottomDockWidgetArea);
    m_checker = new ProblemsChecker(this);
    connect(m_checker, &ProblemsChecker::findingsChanged, this, &PanelDocks::showFindings);
    connect(m_problems, &ProblemsPanel::elementChosen, this, [this](const QString &id) {
        if (m_page)
            if (const NodeId n = m_page->document()->tree().byId(toUtf8(id)); n != kNoNode)
                Q_EMIT revealRequested(n);
    });
    connect(m_problems, &ProblemsPanel::disableRuleRequested, m_checker,
            &ProblemsChecker::disableRule);

    QDockWidget *problems = m_docks.last();
    m_analysis = new AnalysisController(window);
    window->tabifyDockWidget(problems, addDock(window, tr("Analysis"), QStringLiteral("analysisDock"),
                                               m_analysis->panel(), Qt::BottomDockWidgetArea));
    problems->raise(); // in front, as before
    connect(m_analysis, &AnalysisController::revealRequested, this, &PanelDocks::revealRequested);
    // One analysis per edit: the checker's e2e rules reuse the dock's.
    m_checker->setAnalysisSource([runner = m_analysis->runner()](const BpmnDocument *document) {
        return runner->currentAnalysisOf(document);
    });

    // The Prozesssteckbrief behind the properties, which stay in front.
    m_steckbrief = new SteckbriefPanel;
    window->tabifyDockWidget(m_docks.at(2),
                             addDock(window, tr("Prozesssteckbrief"),
                                     QStringLiteral("steckbriefDock"), m_steckbrief,
                                     Qt::RightDockWidgetArea));
    m_docks.at(2)->raise();

    connect(m_outline, &OutlinePanel::elementActivated, this, &PanelDocks::revealRequested);
    connect(m_outline, &OutlinePanel::drillDownRequested, this, &PanelDocks::drillDownRequested);
}

QDockWidget *PanelDocks::addDock(QMainWindow *window, const QString &title,
                                 const QString &objectName, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void PanelDocks::setPage(DiagramPage *page)
{
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    m_overview->setMainView(page);
    m_outline->setDocument(page ? page->document() : nullptr);
    m_properties->setDocument(page ? page->document() : nullptr);
    m_steckbrief->setDocument(page ? page->document() : nullptr);
    m_checker->setDocument(page ? page->document() : nullptr);
    m_analysis->setPage(page);
    if (page) {
        connect(page, &DiagramPage::selectionChanged, this, &PanelDocks::showSelection);
        connect(page, &DiagramPage::planeChanged, this, [this] {
            // The scene is the same object, showing another plane: fit the overview again.
            m_overview->refit();
        });
    }
    showSelection();
}

void PanelDocks::showFindings()
{
    const Diagnostics &findings = m_checker->findings();
    m_problems->setFindings(findings, m_page ? &m_page->document()->tree() : nullptr);
    if (m_page) {
        ProblemMarkers markers;
        markers.setFindings(findings);
        m_page->setProblemMarkers(markers);
    }
}

void PanelDocks::showSelection()
{
    if (!m_page) {
        m_properties->setElement(kNoNode);
        m_outline->setCurrentElement(kNoNode);
        return;
    }
    const int count = int(m_page->diagramScene()->selectedElements().size());
    if (count > 1) {
        m_properties->showMessage(tr("%n elements selected.", nullptr, count));
        m_outline->setCurrentElement(kNoNode);
        return;
    }
    const NodeId selected = m_page->selectedElement();
    if (selected != kNoNode || m_page->selectedDiElement() != kNoNode) {
        m_properties->setElement(selected, m_page->selectedDiElement());
        m_steckbrief->setContextElement(selected);
        m_outline->setCurrentElement(selected);
    } else {
        // Nothing selected: the process, collaboration or sub-process the canvas shows.
        m_properties->setElement(m_page->planeElement());
        m_steckbrief->setContextElement(m_page->planeElement());
        m_outline->setCurrentElement(m_page->planeElement());
    }
}

} // namespace amtsweg

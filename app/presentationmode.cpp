#include "presentationmode.h"

#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace amtsweg {

PresentationMode::PresentationMode(MainWindow *window, QMenu *viewMenu)
    : QObject(window), m_window(window)
{
    m_action = new QAction(tr("&Presentation Mode"), this);
    m_action->setObjectName(QStringLiteral("presentationModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setToolTip(tr("Present the model full screen, diagram by diagram (Page Down, "
                            "Page Up; Esc or F5 leaves)"));
    m_action->setStatusTip(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (!on)
            stop();
        else if (!start())
            m_action->setChecked(false);
    });
    viewMenu->addAction(m_action);
    window->addAction(m_action); // the menu bar is hidden while presenting
}

const PresentationStep *PresentationMode::step() const
{
    return isActive() && m_current >= 0 && m_current < stepCount() ? &m_steps[m_current]
                                                                   : nullptr;
}

bool PresentationMode::start()
{
    if (m_view)
        return true;
    DiagramPage *page = m_window->currentPage();
    if (!page)
        return false;
    m_steps = presentationSteps(page->document()->tree());
    if (m_steps.empty())
        return false;
    m_document = page->document();
    m_current = 0;
    for (int i = 0; i < stepCount(); ++i)
        if (m_steps[i].plane == page->currentPlane())
            m_current = i;

    m_saved = SavedWindow();
    m_saved.geometry = m_window->normalGeometry();
    m_saved.dockState = m_window->saveState();
    m_saved.windowState = m_window->windowState();
    m_saved.page = page;
    m_saved.zoom = page->zoom();
    m_saved.centre = page->mapToScene(page->viewport()->rect().center());
    hideChrome();
    m_window->showFullScreen();

    m_view = new PresentationView(m_window);
    m_view->setGeometry(m_window->rect());
    connect(m_view, &PresentationView::nextRequested, this, &PresentationMode::next);
    connect(m_view, &PresentationView::previousRequested, this, &PresentationMode::previous);
    connect(m_view, &PresentationView::firstRequested, this, [this] { showStep(0); });
    connect(m_view, &PresentationView::lastRequested, this,
            [this] { showStep(stepCount() - 1); });
    connect(m_view, &PresentationView::leaveRequested, this, &PresentationMode::stop);
    // The pages refer to the model: a reload or a closed document ends the presentation.
    connect(m_document.data(), &BpmnDocument::reset, this, &PresentationMode::stop);
    connect(m_document.data(), &QObject::destroyed, this, &PresentationMode::stop);
    m_window->installEventFilter(this);
    m_view->show();
    m_view->raise();
    m_view->setFocus();
    showStep(m_current);
    m_action->setChecked(true);
    Q_EMIT activeChanged(true);
    return true;
}

void PresentationMode::stop()
{
    if (!m_view)
        return;
    m_window->removeEventFilter(this);
    if (m_document)
        disconnect(m_document.data(), nullptr, this, nullptr);
    // Called from the view's own key handler (Esc): it goes once that has returned.
    m_view->diagramScene()->clearDiagram();
    m_view->hide();
    m_view->deleteLater();
    m_view = nullptr;
    m_steps.clear();
    m_document = nullptr;
    restoreChrome();
    m_action->setChecked(false);
    Q_EMIT activeChanged(false);
}

void PresentationMode::showStep(int index)
{
    if (!m_view || !m_document || m_steps.empty())
        return;
    m_current = qBound(0, index, stepCount() - 1);
    const PresentationStep &s = m_steps[m_current];
    const ModelTree &tree = m_document->tree();
    m_view->showPlane(&tree, s.plane, presentationStepTitle(tree, s), m_current, stepCount());
}

void PresentationMode::hideChrome()
{
    const auto hide = [this](QWidget *bar) {
        if (!bar->isHidden()) {
            m_saved.shownBars.emplace_back(bar);
            bar->hide();
        }
    };
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        hide(dock);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        hide(bar);
    QTabBar *tabBar = m_window->diagramTabs()->tabBar();
    m_saved.menuBarShown = !m_window->menuBar()->isHidden();
    m_saved.statusBarShown = !m_window->statusBar()->isHidden();
    m_saved.tabBarShown = !tabBar->isHidden();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    tabBar->hide();
}

void PresentationMode::restoreChrome()
{
    m_window->menuBar()->setVisible(m_saved.menuBarShown);
    m_window->statusBar()->setVisible(m_saved.statusBarShown);
    m_window->diagramTabs()->tabBar()->setVisible(m_saved.tabBarShown);
    for (const QPointer<QWidget> &bar : m_saved.shownBars)
        if (bar)
            bar->show();
    m_window->setWindowState(m_saved.windowState);
    if (!(m_saved.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_saved.geometry);
    m_window->restoreState(m_saved.dockState);
    if (DiagramPage *page = m_saved.page) {
        page->setZoom(m_saved.zoom);
        page->centerOn(m_saved.centre);
    }
    m_saved.shownBars.clear();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && m_view && event->type() == QEvent::Resize)
        m_view->setGeometry(m_window->rect());
    return QObject::eventFilter(watched, event);
}

} // namespace amtsweg

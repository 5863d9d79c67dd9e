#include "welcomecontroller.h"

#include "canvas/palettewidget.h"
#include "document.h"
#include "documentsession.h"
#include "firstprocessguide.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "repositorycontroller.h"
#include "samplemodels.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGridLayout>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace amtsweg {

WelcomeController::WelcomeController(MainWindow *window) : QObject(window), m_window(window)
{
    // The page lies over the tabs (one grid cell), so that the canvas behind it keeps its
    // size and everything that works on the current tab works as without the page.
    m_tabs = window->takeCentralWidget();
    auto *central = new QWidget(window);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QGridLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 0, 0);
    m_page = new WelcomePage(central);
    layout->addWidget(m_page, 0, 0);
    m_page->raise();
    window->setCentralWidget(central);

    connect(m_page, &WelcomePage::newModelRequested, this, &WelcomeController::showNewModel);
    connect(m_page, &WelcomePage::openRequested, window, &MainWindow::open);
    connect(m_page, &WelcomePage::openRepositoryRequested, window->repositoryController(),
            &RepositoryController::chooseRepository);
    connect(m_page, &WelcomePage::recentFileRequested, this, [this](const QString &path) {
        if (!m_window->openFile(path))
            refreshLists(); // a vanished file left the list
    });
    connect(m_page, &WelcomePage::sampleRequested, this, &WelcomeController::openSample);
    connect(m_page, &WelcomePage::firstProcessRequested, this,
            &WelcomeController::startFirstProcess);
    connect(m_page, &WelcomePage::helpRequested, this, [this] {
        if (auto *help = m_window->findChild<QAction *>(QStringLiteral("helpAction")))
            help->trigger();
    });
    if (auto *palette = window->findChild<PaletteWidget *>())
        connect(palette, &PaletteWidget::toolChosen, this, [this] {
            if (isWelcomeShown())
                showNewModel(); // the user wants to draw
        });
    connect(window->diagramTabs(), &QTabWidget::currentChanged, this, &WelcomeController::update);
    // Tab from the page into the canvas behind it: the user wants to model.
    connect(qApp, &QApplication::focusChanged, m_page, [this](QWidget *old, QWidget *now) {
        if (old && now && isWelcomeShown() && m_page->isAncestorOf(old) && m_tabs->isAncestorOf(now))
            showNewModel();
    });
    // While the window goes, its tabs and documents change: nothing to follow any more.
    connect(window, &MainWindow::tearingDown, this, [this] { m_stopped = true; });
    m_page->setSamples(SampleModels::list());
    refreshLists();
    update();
}

bool WelcomeController::isWelcomeShown() const
{
    return !m_page->isHidden();
}

void WelcomeController::setWelcomeShown(bool shown)
{
    m_page->setVisible(shown);
    if (shown)
        m_page->raise();
}

void WelcomeController::update()
{
    if (m_stopped)
        return;
    const QList<DocumentSession *> sessions = m_window->sessions();
    for (DocumentSession *session : sessions) {
        BpmnDocument *document = session->document();
        connect(document->undoStack(), &QUndoStack::indexChanged, this,
                &WelcomeController::update, Qt::UniqueConnection);
        connect(document, &BpmnDocument::filePathChanged, this, &WelcomeController::update,
                Qt::UniqueConnection);
    }
    DocumentSession *only = sessions.size() == 1 ? sessions.front() : nullptr;
    const bool noModel = only && only->isPristine() && only->document() != m_dismissed;
    const bool wasShown = isWelcomeShown();
    if (noModel) {
        m_placeholder = only->document();
        if (!wasShown)
            refreshLists();
        setWelcomeShown(true);
        return;
    }
    setWelcomeShown(false);
    // File > New while the page showed: the untouched document behind it makes way (later:
    // we may be inside the window's own bookkeeping of the new tabs).
    if (wasShown && sessions.size() > 1 && m_placeholder)
        QTimer::singleShot(0, this, [this, placeholder = m_placeholder] {
            if (!placeholder || m_window->sessions().size() < 2)
                return;
            for (DocumentSession *session : m_window->sessions())
                if (session->document() == placeholder && session->isPristine()) {
                    m_window->closeDocument(placeholder);
                    return;
                }
        });
}

void WelcomeController::refreshLists()
{
    m_page->setRecentFiles(m_window->recentFiles()->files());
}

void WelcomeController::showNewModel()
{
    if (m_stopped)
        return;
    if (isWelcomeShown())
        m_dismissed = m_placeholder;
    else
        m_dismissed = m_window->newDocument();
    update();
    if (QWidget *canvas = m_window->diagramTabs()->currentWidget())
        canvas->setFocus();
}

void WelcomeController::startFirstProcess()
{
    showNewModel();
    if (!m_guideDock) {
        m_guideDock = new QDockWidget(tr("First Process"), m_window);
        m_guideDock->setObjectName(QStringLiteral("firstProcessDock"));
        m_guide = new FirstProcessGuide(m_window, m_guideDock);
        m_guideDock->setWidget(m_guide);
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_guideDock);
    }
    m_guide->restart();
    m_guideDock->show();
    m_guideDock->raise();
}

bool WelcomeController::openSample(const QString &path)
{
    const QString copy = SampleModels::userCopy(path);
    return m_window->openFile(copy.isEmpty() ? path : copy);
}

} // namespace amtsweg

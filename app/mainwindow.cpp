#include "mainwindow.h"

#include "analysiscontroller.h"
#include "autosave.h"
#include "bpmn/elements.h"
#include "canvas/alignactions.h"
#include "canvas/diagramscene.h"
#include "canvas/palettewidget.h"
#include "comparisoncontroller.h"
#include "diagramnavigation.h"
#include "diagrampage.h"
#include "document.h"
#include "documentsession.h"
#include "export/diagramimageexporter.h"
#include "fimmode.h"
#include "findbar.h"
#include "handoutaction.h"
#include "helpcontroller.h"
#include "languagemenu.h"
#include "paneldocks.h"
#include "panels/repositorybrowser.h"
#include "panels/steckbriefpanel.h"
#include "presentationmode.h"
#include "printactions.h"
#include "recentfiles.h"
#include "repositorycontroller.h"
#include "repositorysettings.h"
#include "settingsdialog.h"
#include "tokenwalkbar.h"
#include "welcomecontroller.h"
#include "xprozessactions.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace amtsweg {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 820);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_undoGroup = new QUndoGroup(this);
    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFile);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("diagramTabs"));
    m_tabs->setAccessibleName(tr("Open diagrams")); // the tab bar is its focus proxy
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (DiagramPage *page = pageAt(index))
            closeDocument(page->document());
    });

    m_palette = new PaletteWidget(this);
    m_palette->setWindowTitle(tr("Palette"));
    addToolBar(Qt::LeftToolBarArea, m_palette);

    m_panels = new PanelDocks(this, m_undoGroup);
    connect(m_panels, &PanelDocks::revealRequested, this, &MainWindow::revealElement);
    connect(m_panels, &PanelDocks::drillDownRequested, this, &MainWindow::drillDownInto);
    m_repository = new RepositoryController(this, m_panels->repositoryBrowser());
    m_autosave = new Autosave(this);

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(56);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("elementCountLabel"));
    m_countLabel->setMinimumWidth(
        m_countLabel->fontMetrics().horizontalAdvance(tr("%n element(s)", nullptr, 88888)) + 8);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    new FimMode(m_tabs, statusBar(), this);

    createMenus();
    m_defaultState = saveState();
    restoreSettings();
    newDocument();
    new WelcomeController(this); // the welcome page while no model is open
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow()
{
    Q_EMIT tearingDown();
    // Tabs and panels refer to the documents: let them go first.
    m_panels->setPage(nullptr);
    m_palette->setScene(nullptr);
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

BpmnDocument *MainWindow::document() const
{
    if (DiagramPage *page = currentPage())
        return page->document();
    return m_sessions.empty() ? nullptr : m_sessions.front()->document();
}

DiagramPage *MainWindow::currentPage() const
{
    return qobject_cast<DiagramPage *>(m_tabs->currentWidget());
}

DiagramPage *MainWindow::pageAt(int index) const
{
    return qobject_cast<DiagramPage *>(m_tabs->widget(index));
}

QList<BpmnDocument *> MainWindow::documents() const
{
    QList<BpmnDocument *> result;
    for (DocumentSession *session : m_sessions)
        result << session->document();
    return result;
}

DocumentSession *MainWindow::sessionOf(const BpmnDocument *document) const
{
    for (DocumentSession *session : m_sessions)
        if (session->document() == document)
            return session;
    return nullptr;
}

DocumentSession *MainWindow::currentSession() const
{
    return sessionOf(document());
}

QList<DocumentSession *> MainWindow::sessions() const
{
    return QList<DocumentSession *>(m_sessions.begin(), m_sessions.end());
}

DocumentSession *MainWindow::openTree(std::unique_ptr<ModelTree> tree,
                                      const RepositoryOrigin &origin, const QString &filePath)
{
    auto *document = new BpmnDocument(std::move(tree));
    document->setFilePath(filePath);
    DocumentSession *session = addSession(document);
    if (origin.repository)
        session->setRepositoryOrigin(origin);
    closePristineExcept(session);
    return session;
}

void MainWindow::showDocument(const BpmnDocument *document)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (pageAt(i)->document() == document) {
            m_tabs->setCurrentIndex(i);
            return;
        }
}

void MainWindow::closePristineExcept(const DocumentSession *kept)
{
    std::vector<DocumentSession *> pristine;
    for (DocumentSession *session : m_sessions)
        if (session != kept && session->isPristine())
            pristine.push_back(session);
    for (DocumentSession *session : pristine)
        closeDocument(session->document());
}

DocumentSession *MainWindow::addSession(BpmnDocument *document)
{
    const int number = document->filePath().isEmpty() ? ++m_untitledCount : 0;
    auto *session = new DocumentSession(document, number, this);
    m_sessions.push_back(session);
    m_undoGroup->addStack(document->undoStack());
    connect(session, &DocumentSession::titleChanged, this, &MainWindow::updateTitles);
    connect(session, &DocumentSession::saved, this, [this](const QString &path) {
        m_recent->add(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    });
    connect(document, &BpmnDocument::reset, this, [this, session] {
        removePages(session->document());
        createPages(session);
    });
    createPages(session);
    return session;
}

void MainWindow::createPages(DocumentSession *session)
{
    BpmnDocument *document = session->document();
    std::vector<NodeId> diagrams = navigation::tabDiagrams(document->tree());
    if (diagrams.empty())
        diagrams.push_back(kNoNode); // a model without diagram: an empty canvas
    int first = -1;
    for (NodeId diagram : diagrams) {
        auto *page = new DiagramPage(document, diagram, m_tabs);
        connect(page, &DiagramPage::zoomChanged, this, &MainWindow::updateStatus);
        connect(page, &DiagramPage::contentChanged, this, &MainWindow::updateStatus);
        connect(page, &DiagramPage::planeChanged, this, &MainWindow::updateActions);
        connect(page, &DiagramPage::selectionChanged, this, &MainWindow::updateActions);
        const int index = m_tabs->addTab(page, QString());
        if (first < 0)
            first = index;
    }
    updateTitles();
    m_tabs->setCurrentIndex(first);
}

void MainWindow::removePages(const BpmnDocument *document)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        if (DiagramPage *page = pageAt(i); page && page->document() == document)
            delete page; // QTabWidget drops the tab of a deleted page
}

BpmnDocument *MainWindow::newDocument()
{
    auto *document = new BpmnDocument;
    addSession(document);
    return document;
}

bool MainWindow::openFile(const QString &path)
{
    if (XProzessActions::isXProzessFile(path)) // one document per process
        return XProzessActions::open(this, path);
    const QString wanted = canonicalPath(path);
    for (DocumentSession *session : m_sessions) {
        const QString open = session->document()->filePath();
        if (!open.isEmpty() && canonicalPath(open) == wanted) {
            showDocument(session->document());
            return true;
        }
    }
    auto *document = new BpmnDocument;
    Diagnostics diagnostics;
    if (!document->load(path, &diagnostics)) {
        delete document;
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines << d.toString();
        m_recent->remove(path);
        QMessageBox::warning(
            this, tr("Cannot open file"),
            tr("%1 could not be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    // An untouched new document makes way for the opened file.
    closePristineExcept(addSession(document));
    m_recent->add(path);
    statusBar()->showMessage(
        diagnostics.empty() ? tr("Opened %1").arg(QDir::toNativeSeparators(path))
                            : tr("Opened %1 with %n warning(s)", nullptr, int(diagnostics.size()))
                                  .arg(QDir::toNativeSeparators(path)),
        5000);
    return true;
}

bool MainWindow::closeDocument(BpmnDocument *document)
{
    DocumentSession *session = sessionOf(document);
    if (!session || !session->confirmClose(this))
        return false;
    removePages(document);
    m_sessions.erase(std::find(m_sessions.begin(), m_sessions.end(), session));
    if (m_panels->page() == nullptr || m_panels->page()->document() == document)
        m_panels->setPage(currentPage());
    delete session; // with its document and undo stack (the group forgets it)
    if (m_sessions.empty())
        newDocument();
    return true;
}

bool MainWindow::revealElement(NodeId element)
{
    DiagramPage *current = currentPage();
    if (!current)
        return false;
    if (current->revealElement(element))
        return true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        DiagramPage *page = pageAt(i);
        if (page != current && page->document() == current->document() &&
            page->revealElement(element)) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::drillDownInto(NodeId subProcess)
{
    DiagramPage *page = currentPage();
    if (!page)
        return;
    if (!page->canDrillDown(subProcess))
        revealElement(subProcess); // go where the sub-process is drawn first
    if ((page = currentPage()) && page->canDrillDown(subProcess))
        page->drillDown(subProcess);
}

void MainWindow::drillDown()
{
    if (DiagramPage *page = currentPage())
        page->drillDown(page->selectedElement());
}

void MainWindow::drillUp()
{
    if (DiagramPage *page = currentPage(); page && page->depth() > 0)
        page->goToLevel(page->depth() - 1);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDocument);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    file->addMenu(m_recent->menu());
    file->addSeparator();
    file->addAction(tr("Open &Repository..."), m_repository,
                    &RepositoryController::chooseRepository);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_repository->addWriteAction(file->addAction(tr("Save to Repository as &New Model..."),
                                                 m_repository,
                                                 &RepositoryController::saveCurrentAsNewModel));
    file->addAction(tr("Compare with &Base Model"), m_repository,
                    &RepositoryController::compareCurrentWithBase);
    file->addAction(tr("&Export Image..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &MainWindow::exportImage);
    addPrintActions(file, this, [this] { return currentPage(); });
    file->addAction(m_panels->analysis()->exportAction());
    addHandoutAction(file, this);
    file->addAction(m_panels->steckbrief()->printAction());
    file->addAction(m_panels->steckbrief()->exportPdfAction());
    new XProzessActions(this, file);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        if (BpmnDocument *d = document())
            closeDocument(d);
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find..."), QKeySequence::Find, this, [this] {
        if (DiagramPage *page = currentPage())
            page->showFindBar();
    });
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] {
        if (DiagramPage *page = currentPage())
            page->findBar()->findNext();
    });
    edit->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, this, [this] {
        if (DiagramPage *page = currentPage())
            page->findBar()->findPrevious();
    });
    edit->addSeparator();
    QMenu *align = edit->addMenu(tr("&Align"));
    align->setObjectName(QStringLiteral("alignMenu"));
    addAlignActions(align, [this]() -> DiagramScene * {
        DiagramPage *page = currentPage();
        return page ? page->diagramScene() : nullptr;
    });
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                        this, [this] {
                                            SettingsDialog dialog(this);
                                            if (dialog.exec() != QDialog::Accepted)
                                                return;
                                            m_autosave->setInterval(Autosave::storedIntervalMs());
                                            if (dialog.repositoryLocationChanged())
                                                m_repository->openRepository(
                                                    RepositorySettings::startLocation());
                                        });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto onPage = [this](void (DiagramView::*method)()) {
        return [this, method] {
            if (DiagramPage *page = currentPage())
                (page->*method)();
        };
    };
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, onPage(&DiagramView::zoomIn));
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, onPage(&DiagramView::zoomOut));
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                    onPage(&DiagramView::resetZoom));
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                    onPage(&DiagramView::fitToWindow));
    view->addSeparator();
    m_drillDownAction =
        view->addAction(tr("Open &Sub-Process"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                        &MainWindow::drillDown);
    m_drillUpAction = view->addAction(tr("Back to &Parent"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                      this, &MainWindow::drillUp);
    view->addSeparator();
    view->addAction(tr("Next Tab"), QKeySequence::NextChild, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    view->addAction(tr("Previous Tab"), QKeySequence::PreviousChild, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                    m_tabs->count());
    });
    view->addSeparator();
    view->addAction(findChild<FimMode *>()->action());
    view->addAction(m_panels->analysis()->overlayAction());
    view->addAction((new TokenWalkBar(this))->action()); // workshop mode
    new PresentationMode(this, view);
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(m_palette->toggleViewAction());
    for (QDockWidget *dock : m_panels->docks())
        panels->addAction(dock->toggleViewAction());
    panels->addAction(m_repository->comparison()->dock()->toggleViewAction());
    panels->addSeparator();
    panels->addAction(tr("&Reset Panel Layout"), this, [this] { restoreState(m_defaultState); });
    view->addSeparator();
    LanguageMenu::add(view, statusBar());
    new HelpController(this); // the Help menu, F1
}

void MainWindow::onCurrentTabChanged()
{
    DiagramPage *page = currentPage();
    m_undoGroup->setActiveStack(page ? page->document()->undoStack() : nullptr);
    m_panels->setPage(page);
    m_palette->setScene(page ? page->diagramScene() : nullptr);
    updateTitles();
    updateStatus();
    updateActions();
}

void MainWindow::updateTitles()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        DiagramPage *page = pageAt(i);
        DocumentSession *session = sessionOf(page->document());
        if (!session)
            continue;
        int tabsOfDocument = 0;
        for (int j = 0; j < m_tabs->count(); ++j)
            tabsOfDocument += pageAt(j)->document() == page->document() ? 1 : 0;
        const ModelTree &tree = page->document()->tree();
        const bool named =
            page->diagram() != kNoNode && !tree.attr(page->diagram(), tree.known().name).empty();
        m_tabs->setTabText(
            i, session->tabTitle(named || tabsOfDocument > 1 ? page->diagramName() : QString()));
        const QString path = page->document()->filePath();
        m_tabs->setTabToolTip(i, path.isEmpty() ? session->displayName()
                                                : QDir::toNativeSeparators(path));
    }
    DocumentSession *session = currentSession();
    setWindowTitle(tr("%1[*] - Amtsweg").arg(session ? session->displayName() : QString()));
    setWindowModified(session && session->document()->isModified());
}

void MainWindow::updateStatus()
{
    DiagramPage *page = currentPage();
    m_zoomLabel->setText(page ? tr("%1 %").arg(qRound(page->zoom() * 100)) : QString());
    const int count = page ? page->diagramScene()->elementItemCount() : 0;
    m_countLabel->setText(page ? tr("%n element(s)", nullptr, count) : QString());
}

void MainWindow::updateActions()
{
    DiagramPage *page = currentPage();
    m_drillDownAction->setEnabled(page && page->canDrillDown(page->selectedElement()));
    m_drillUpAction->setEnabled(page && page->depth() > 0);
}

void MainWindow::open()
{
    const QString current = document() ? document()->filePath() : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open BPMN file"), current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save()
{
    DocumentSession *session = currentSession();
    return session && session->save(this);
}

bool MainWindow::saveAs()
{
    DocumentSession *session = currentSession();
    return session && session->saveAs(this);
}

void MainWindow::exportImage()
{
    DiagramPage *page = currentPage();
    if (!page || page->currentPlane() == kNoNode)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const ModelTree &tree = page->document()->tree();
    const NodeId diagram = tree.parent(page->currentPlane()); // the plane's BPMNDiagram
    const QString error =
        DiagramImageExporter::exportFile(tree, path, QString::fromUtf8(tree.id(diagram)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export"), error);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (DocumentSession *session : m_sessions)
        if (!session->confirmClose(this)) {
            event->ignore();
            return;
        }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() ||
        event->mimeData()->hasFormat(RepositoryBrowser::modelMimeType()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasFormat(RepositoryBrowser::modelMimeType())) {
        m_repository->openModel(
            event->mimeData()->data(RepositoryBrowser::modelMimeType()).toLongLong());
        event->acceptProposedAction();
        return;
    }
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace amtsweg

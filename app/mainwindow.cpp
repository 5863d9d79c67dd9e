#include "mainwindow.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "export/diagramimageexporter.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace amtsweg {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    resize(1280, 820);
    m_document = new BpmnDocument(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    createActions();
    connect(m_document, &BpmnDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &BpmnDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (DiagramView *view = currentView())
            m_zoomLabel->setText(tr("%1 %").arg(qRound(view->zoom() * 100)));
    });
    showDiagrams();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(tr("&Export Image..."), this, &MainWindow::exportImage);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] {
        if (DiagramView *v = currentView())
            v->zoomIn();
    });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] {
        if (DiagramView *v = currentView())
            v->zoomOut();
    });
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] {
        if (DiagramView *v = currentView())
            v->resetZoom();
    });
    view->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                    [this] {
                        if (DiagramView *v = currentView())
                            v->fitToWindow();
                    });
}

DiagramView *MainWindow::currentView() const
{
    return qobject_cast<DiagramView *>(m_tabs->currentWidget());
}

void MainWindow::showDiagrams()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    const ModelTree &tree = m_document->tree();
    for (NodeId diagram : di::diagrams(tree)) {
        auto *view = new DiagramView(m_tabs);
        auto *scene = new DiagramScene(view);
        scene->setDiagram(&tree, diagram);
        view->setScene(scene);
        QString title = QString::fromUtf8(tree.attr(diagram, tree.known().name));
        if (title.isEmpty())
            title = QString::fromUtf8(tree.id(diagram));
        if (title.isEmpty())
            title = tr("Diagram %1").arg(m_tabs->count() + 1);
        connect(view, &DiagramView::zoomChanged, this, [this](qreal zoom) {
            m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
        });
        m_tabs->addTab(view, title);
        view->fitToWindow();
    }
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] - Amtsweg").arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    Diagnostics diagnostics;
    if (!m_document->load(path, &diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines << d.toString();
        QMessageBox::warning(this, tr("Cannot open file"), lines.join(QLatin1Char('\n')));
        return false;
    }
    showDiagrams();
    updateTitle();
    statusBar()->showMessage(
        diagnostics.empty()
            ? tr("Opened %1").arg(path)
            : tr("Opened %1 with %n warning(s)", nullptr, int(diagnostics.size())).arg(path));
    return true;
}

bool MainWindow::maybeDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The document has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeDiscard())
        event->accept();
    else
        event->ignore();
}

void MainWindow::open()
{
    if (!maybeDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open BPMN file"), QString(),
                                                      tr("BPMN 2.0 files (*.bpmn *.xml)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Cannot save file"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save BPMN file"),
                                                      m_document->filePath(),
                                                      tr("BPMN 2.0 files (*.bpmn)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save file"), error);
        return false;
    }
    return true;
}

void MainWindow::exportImage()
{
    auto *view = currentView();
    auto *scene = view ? qobject_cast<DiagramScene *>(view->scene()) : nullptr;
    if (!scene)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const ModelTree &tree = m_document->tree();
    NodeId diagram = scene->plane();
    while (diagram != kNoNode && !tree.is(diagram, "BPMNDiagram") &&
           tree.localName(diagram) != "BPMNDiagram")
        diagram = tree.parent(diagram);
    const QString error = DiagramImageExporter::exportFile(
        tree, path, diagram ? QString::fromUtf8(tree.id(diagram)) : QString());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export"), error);
}

} // namespace amtsweg

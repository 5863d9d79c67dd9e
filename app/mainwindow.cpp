#include "mainwindow.h"

#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace amtsweg {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Amtsweg"));
    resize(1200, 800);
    m_placeholder = new QLabel(tr("Open a BPMN file with File > Open."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_placeholder);
    createActions();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

bool MainWindow::openFile(const QString &path)
{
    ReadResult read = BpmnReader::readFile(path);
    if (!read.ok()) {
        QStringList lines;
        for (const Diagnostic &d : read.diagnostics)
            lines << d.toString();
        QMessageBox::warning(this, tr("Cannot open file"), lines.join(QLatin1Char('\n')));
        return false;
    }
    m_tree = std::move(read.tree);
    m_path = path;
    setWindowTitle(tr("%1 - Amtsweg").arg(path));
    m_placeholder->setText(tr("%1: %n element(s) read", nullptr, int(m_tree->nodeCount())).arg(path));
    statusBar()->showMessage(tr("%n warning(s) while reading", nullptr, int(read.diagnostics.size())));
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open BPMN file"), QString(),
                                                      tr("BPMN 2.0 files (*.bpmn *.xml)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    if (!m_tree)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save BPMN file"), m_path,
                                                      tr("BPMN 2.0 files (*.bpmn)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!BpmnWriter::writeFile(*m_tree, path, &error))
        QMessageBox::warning(this, tr("Cannot save file"), error);
}

} // namespace amtsweg

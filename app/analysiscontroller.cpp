#include "analysiscontroller.h"

#include "analysisrunner.h"
#include "canvas/analysisoverlay.h"
#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "export/analysisreport.h"
#include "panels/analysispanel.h"
#include "panels/elementlabels.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace amtsweg {

AnalysisController::AnalysisController(QWidget *window)
    : QObject(window), m_window(window)
{
    m_panel = new AnalysisPanel;
    m_runner = new AnalysisRunner(this);
    m_overlayAction = new QAction(tr("Show Analysis on &Canvas"), this);
    m_overlayAction->setObjectName(QStringLiteral("analysisOverlayAction"));
    m_overlayAction->setCheckable(true);
    m_overlayAction->setToolTip(tr("Mark media breaks (red) and hand-offs (orange) on the canvas"));
    m_exportAction = new QAction(tr("Export &Analysis Report..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportAnalysisReportAction"));
    m_panel->addHeaderAction(m_overlayAction);
    m_panel->addHeaderAction(m_exportAction);

    connect(m_runner, &AnalysisRunner::analysisChanged, this, &AnalysisController::showAnalysis);
    connect(m_overlayAction, &QAction::toggled, this, &AnalysisController::showAnalysis);
    connect(m_panel, &AnalysisPanel::elementsChosen, this, &AnalysisController::choose);
    connect(m_exportAction, &QAction::triggered, this, &AnalysisController::chooseReportFile);
}

void AnalysisController::setPage(DiagramPage *page)
{
    m_page = page;
    m_runner->setDocument(page ? page->document() : nullptr); // shows the analysis
}

void AnalysisController::showAnalysis()
{
    const e2e::Analysis &analysis = m_runner->analysis();
    const ModelTree *tree = m_page ? &m_page->document()->tree() : nullptr;
    m_panel->setAnalysis(analysis, tree);
    if (!m_page)
        return;
    AnalysisOverlay overlay;
    if (m_overlayAction->isChecked())
        overlay.setAnalysis(*tree, analysis);
    m_page->setAnalysisOverlay(overlay);
}

void AnalysisController::choose(const QStringList &ids)
{
    if (!m_page)
        return;
    const ModelTree &tree = m_page->document()->tree();
    std::vector<NodeId> elements;
    for (const QString &id : ids)
        if (const NodeId n = tree.byId(toUtf8(id)); n != kNoNode)
            elements.push_back(n);
    if (elements.empty())
        return;
    Q_EMIT revealRequested(elements.front()); // may change the page or plane
    if (!m_page)
        return;
    QList<NodeId> others;
    const DiagramScene *scene = m_page->diagramScene();
    for (std::size_t i = 1; i < elements.size(); ++i)
        if (const NodeId di = scene->diElementFor(elements[i]); di != kNoNode && scene->itemFor(di))
            others << di;
    if (!others.isEmpty())
        m_page->diagramScene()->selectElements(others, true);
}

QString AnalysisController::exportReport(const QString &path) const
{
    if (!m_page)
        return tr("No model is open.");
    BpmnDocument *document = m_page->document();
    AnalysisReportOptions options;
    options.title = m_page->diagramName();
    if (!document->filePath().isEmpty())
        options.title = QFileInfo(document->filePath()).fileName();
    const ModelTree &tree = document->tree();
    if (m_page->diagram() != kNoNode)
        options.diagramId = toQString(tree.id(m_page->diagram()));
    // The runner's result may be older than the last edit: analyse what is there now.
    const e2e::Analysis analysis = e2e::analyse(tree);
    return AnalysisReport::exportFile(tree, path, options, &analysis);
}

void AnalysisController::chooseReportFile()
{
    if (!m_page)
        return;
    const QString html = tr("HTML report (*.html)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export analysis report"), QString(),
                                                html + QStringLiteral(";;")
                                                    + tr("PDF document (*.pdf)"),
                                                &filter);
    if (path.isEmpty())
        return;
    if (!AnalysisReport::formatForPath(path))
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    if (const QString error = exportReport(path); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot export"), error);
}

} // namespace amtsweg

#pragma once
// AnalysisController: the Analysis dock's side of the main window. It follows the current
// diagram page, has its document analysed after edits (AnalysisRunner), shows the result in the
// AnalysisPanel and, while "Show Analysis on Canvas" is on, as an AnalysisOverlay on the page.
// Choosing a row of the panel reveals its first element and selects the others the page draws.
// "Export Analysis Report..." writes the current analysis as HTML or PDF (by file suffix).

#include "bpmn/modeltree.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace amtsweg {

class AnalysisPanel;
class AnalysisRunner;
class DiagramPage;

class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QWidget *window);

    AnalysisPanel *panel() const { return m_panel; }
    AnalysisRunner *runner() const { return m_runner; }
    /// Checkable: the analysis drawn over the canvas.
    QAction *overlayAction() const { return m_overlayAction; }
    QAction *exportAction() const { return m_exportAction; }

    /// Follows `page` (null: none).
    void setPage(DiagramPage *page);
    /// Writes the report of the current page's model to `path` (HTML or PDF by suffix);
    /// returns an empty string or a message.
    QString exportReport(const QString &path) const;

Q_SIGNALS:
    /// Asks the window to show and select `element`.
    void revealRequested(amtsweg::NodeId element);

private:
    void showAnalysis();
    void choose(const QStringList &ids);
    void chooseReportFile();

    QWidget *m_window;
    AnalysisPanel *m_panel = nullptr;
    AnalysisRunner *m_runner = nullptr;
    QAction *m_overlayAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<DiagramPage> m_page;
};

} // namespace amtsweg

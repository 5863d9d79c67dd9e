#pragma once
// AnalysisRunner: runs the end-to-end analysis (e2e::analyse) on the current document shortly
// after the user stops editing (a quiet period, as ProblemsChecker does for the checks) and
// publishes the result. The result's NodeIds are those of the document's tree at the time of
// the run; listeners turn them into names and ids at once.

#include "e2e/e2eanalysis.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace amtsweg {

class BpmnDocument;

class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(QObject *parent = nullptr);

    /// Follows `document` (null: none) and analyses it at once.
    void setDocument(BpmnDocument *document);
    BpmnDocument *document() const;
    const e2e::Analysis &analysis() const { return m_analysis; }
    /// Quiet time after the last change before the analysis runs again (ms).
    void setDelay(int ms) { m_timer.setInterval(ms); }
    int delay() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }
    /// Analyses now (cancels a pending run).
    void runNow();
    /// The analysis of `document` as it is now, computed only when it changed since the last
    /// run (the Problems checker's `e2e` rules use it instead of analysing again); nullptr when
    /// the runner follows another document.
    const e2e::Analysis *currentAnalysisOf(const BpmnDocument *document);

Q_SIGNALS:
    void analysisChanged(const amtsweg::e2e::Analysis &analysis);

private:
    QPointer<BpmnDocument> m_document;
    QTimer m_timer;
    e2e::Analysis m_analysis;
    bool m_stale = true; ///< the document changed since m_analysis was computed
};

} // namespace amtsweg

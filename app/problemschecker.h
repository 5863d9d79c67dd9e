#pragma once
// ProblemsChecker: runs the model checks on the current document shortly after the user stops
// editing (a short quiet period, so typing and dragging never wait for a check) and publishes
// the findings. Which rules run: every rule set, minus the rules the model switches off and
// those the open repository switches off for all its models.

#include "bpmn/diagnostic.h"
#include "e2e/e2eanalysis.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace amtsweg {

class BpmnDocument;

class ProblemsChecker : public QObject
{
    Q_OBJECT

public:
    explicit ProblemsChecker(QObject *parent = nullptr);

    /// Follows `document` (null: none) and checks it at once.
    void setDocument(BpmnDocument *document);
    BpmnDocument *document() const;
    const Diagnostics &findings() const { return m_findings; }
    /// Quiet time after the last change before the checks run again (ms).
    void setDelay(int ms) { m_timer.setInterval(ms); }
    /// Runs the checks now (cancels a pending run).
    void checkNow();
    /// Switches `ruleId` off for the current model, as an undoable edit of the model.
    void disableRule(const QString &ruleId);
    /// Where the rules switched off for the whole repository come from (asked on every run,
    /// so a change by another process counts at the next check); empty: none. Checks again.
    void setRepositoryRules(std::function<QStringList()> rules);
    /// Where the `e2e` rules take the document's end-to-end analysis from when someone keeps
    /// it current anyway (the Analysis dock's runner); nullptr from it: computed for the check.
    void setAnalysisSource(std::function<const e2e::Analysis *(const BpmnDocument *)> source)
    {
        m_analysisSource = std::move(source);
    }

Q_SIGNALS:
    void findingsChanged(const amtsweg::Diagnostics &findings);

private:
    void schedule() { m_timer.start(); }

    QPointer<BpmnDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_timer;
    Diagnostics m_findings;
    std::function<QStringList()> m_repositoryRules;
    std::function<const e2e::Analysis *(const BpmnDocument *)> m_analysisSource;
};

} // namespace amtsweg

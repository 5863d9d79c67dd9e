#include "analysisrunner.h"

#include "document.h"

namespace amtsweg {

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(600); // the analysis walks every path: a little longer than the checks
    connect(&m_timer, &QTimer::timeout, this, &AnalysisRunner::runNow);
}

void AnalysisRunner::setDocument(BpmnDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stale = true;
    if (document) {
        // Geometry does not matter to the analysis: only what the model states.
        auto start = [this] {
            m_stale = true;
            m_timer.start();
        };
        connect(document, &BpmnDocument::elementAdded, this, start);
        connect(document, &BpmnDocument::elementRemoved, this, start);
        connect(document, &BpmnDocument::elementChanged, this, start);
        connect(document, &BpmnDocument::reset, this, start);
    }
    runNow();
}

BpmnDocument *AnalysisRunner::document() const
{
    return m_document;
}

void AnalysisRunner::runNow()
{
    m_timer.stop();
    if (m_stale) {
        m_analysis = m_document ? e2e::analyse(m_document->tree()) : e2e::Analysis();
        m_stale = false;
    }
    Q_EMIT analysisChanged(m_analysis);
}

const e2e::Analysis *AnalysisRunner::currentAnalysisOf(const BpmnDocument *document)
{
    if (!document || document != m_document)
        return nullptr;
    if (m_stale) {
        m_analysis = e2e::analyse(m_document->tree());
        m_stale = false;
    }
    return &m_analysis;
}

} // namespace amtsweg

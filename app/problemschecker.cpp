#include "problemschecker.h"

#include "document.h"
#include "panels/propertyedits.h"
#include "validation/modelchecker.h"

namespace amtsweg {

ProblemsChecker::ProblemsChecker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsChecker::checkNow);
}

void ProblemsChecker::setDocument(BpmnDocument *document)
{
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        auto later = [this] { schedule(); };
        m_connections << connect(document, &BpmnDocument::elementAdded, this, later)
                      << connect(document, &BpmnDocument::elementRemoved, this, later)
                      << connect(document, &BpmnDocument::elementChanged, this, later)
                      << connect(document, &BpmnDocument::geometryChanged, this, later)
                      << connect(document, &BpmnDocument::reset, this, later);
    }
    checkNow();
}

BpmnDocument *ProblemsChecker::document() const
{
    return m_document;
}

void ProblemsChecker::checkNow()
{
    m_timer.stop();
    validation::CheckOptions options;
    options.sets = {validation::RuleSet::Bpmn, validation::RuleSet::E2e, validation::RuleSet::Fim};
    if (m_repositoryRules)
        options.disabled = m_repositoryRules();
    if (m_analysisSource && m_document)
        options.e2eAnalysis = [this, document = m_document.data()] {
            return m_analysisSource(document);
        };
    m_findings = m_document ? validation::checkModel(m_document->tree(), options) : Diagnostics();
    Q_EMIT findingsChanged(m_findings);
}

void ProblemsChecker::setRepositoryRules(std::function<QStringList()> rules)
{
    m_repositoryRules = std::move(rules);
    checkNow();
}

void ProblemsChecker::disableRule(const QString &ruleId)
{
    if (!m_document || ruleId.isEmpty())
        return;
    QStringList ids = validation::disabledRules(m_document->tree());
    ids << ruleId;
    propertyedits::setModelSetting(m_document, "disabledRules", validation::disabledRulesValue(ids),
                                   tr("Switch off rule %1").arg(ruleId));
}

} // namespace amtsweg

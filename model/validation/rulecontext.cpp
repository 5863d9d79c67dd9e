#include "validation/rulecontext.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

namespace amtsweg::validation {

std::string_view ruleSetName(RuleSet set)
{
    switch (set) {
    case RuleSet::Bpmn: return "bpmn";
    case RuleSet::E2e: return "e2e";
    case RuleSet::Fim: return "fim";
    }
    return "bpmn";
}

RuleContext::RuleContext(const ModelTree &tree)
    : m_tree(tree)
{
    // Depth-first over the model namespace; extension elements hold foreign content only.
    std::vector<NodeId> stack;
    if (tree.root() != kNoNode)
        stack.push_back(tree.root());
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (!tree.isElement(n) || tree.ns(n) != schema::Ns::Model
            || tree.localName(n) == "extensionElements")
            continue;
        m_elements.push_back(n);
        for (NodeId c = tree.lastChild(n); c != kNoNode; c = tree.prev(c))
            stack.push_back(c);
    }
    const NameId attachedTo = tree.known().attachedToRef;
    for (NodeId n : m_elements) {
        if (bpmn::isBoundaryEvent(tree, n))
            if (const NodeId host = tree.resolveRef(tree.attr(n, attachedTo)); host != kNoNode)
                m_boundary[host].push_back(n);
        if (!bpmn::isSequenceFlow(tree, n))
            continue;
        if (const NodeId s = bpmn::sourceOf(tree, n); s != kNoNode)
            m_outgoing[s].push_back(n);
        if (const NodeId t = bpmn::targetOf(tree, n); t != kNoNode)
            m_incoming[t].push_back(n);
    }
}

const std::vector<NodeId> &RuleContext::incoming(NodeId flowNode) const
{
    static const std::vector<NodeId> none;
    const auto it = m_incoming.find(flowNode);
    return it == m_incoming.end() ? none : it->second;
}

const std::vector<NodeId> &RuleContext::outgoing(NodeId flowNode) const
{
    static const std::vector<NodeId> none;
    const auto it = m_outgoing.find(flowNode);
    return it == m_outgoing.end() ? none : it->second;
}

const std::vector<NodeId> &RuleContext::boundaryEvents(NodeId activity) const
{
    static const std::vector<NodeId> none;
    const auto it = m_boundary.find(activity);
    return it == m_boundary.end() ? none : it->second;
}

NameId RuleContext::attributeName(std::string_view local) const
{
    return m_tree.names().find({}, local);
}

bool RuleContext::flag(NodeId n, std::string_view attribute, bool fallback) const
{
    const NameId name = attributeName(attribute);
    if (name == 0)
        return fallback;
    const auto value = m_tree.attribute(n, name);
    if (!value)
        return fallback;
    return *value == "true" || *value == "1";
}

bool RuleContext::hasCondition(NodeId sequenceFlow) const
{
    return m_tree.firstChildElement(sequenceFlow, "conditionExpression") != kNoNode;
}

bool RuleContext::isDefaultFlowOf(NodeId node, NodeId sequenceFlow) const
{
    const std::string_view def = m_tree.attr(node, m_tree.known().default_);
    return !def.empty() && def == m_tree.id(sequenceFlow);
}

std::vector<NodeId> RuleContext::eventDefinitions(NodeId event) const
{
    std::vector<NodeId> result;
    for (NodeId c = m_tree.firstChild(event); c != kNoNode; c = m_tree.next(c))
        if (m_tree.isElement(c) && m_tree.isA(c, "tEventDefinition"))
            result.push_back(c);
    return result;
}

bool RuleContext::hasEventDefinition(NodeId event, std::string_view typeName) const
{
    for (NodeId d : eventDefinitions(event))
        if (m_tree.isA(d, typeName))
            return true;
    return false;
}

NodeId RuleContext::container(NodeId n) const
{
    for (NodeId p = m_tree.parent(n); p != kNoNode && m_tree.isElement(p); p = m_tree.parent(p))
        if (bpmn::isFlowElementsContainer(m_tree, p))
            return p;
    return kNoNode;
}

const e2e::Analysis *RuleContext::e2eAnalysis()
{
    if (!m_e2eDone) {
        m_e2eDone = true;
        int participants = 0;
        for (NodeId n : m_elements)
            participants += bpmn::isParticipant(m_tree, n);
        if (participants < 2)
            return nullptr;
        m_e2e = m_e2eSource ? m_e2eSource() : nullptr;
        if (!m_e2e)
            m_e2e = &m_ownE2e.emplace(e2e::analyse(m_tree));
    }
    return m_e2e;
}

void RuleContext::report(NodeId element, const char *message, const QStringList &args)
{
    Diagnostic d;
    d.severity = m_rule ? m_rule->severity : Severity::Warning;
    d.code = m_rule ? QString::fromUtf8(m_rule->id.data(), qsizetype(m_rule->id.size())) : QString();
    d.message = fillPlaceholders(QCoreApplication::translate("amtsweg::Rules", message), args);
    d.elementId = QString::fromUtf8(m_tree.id(element).data(), qsizetype(m_tree.id(element).size()));
    d.line = int(m_tree.line(element));
    m_findings.push_back(std::move(d));
}

} // namespace amtsweg::validation

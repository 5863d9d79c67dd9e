#pragma once
// What a rule sees of a model: the tree, its BPMN elements in document order, the sequence
// flows entering and leaving each flow node (from sourceRef/targetRef, so files without
// <incoming>/<outgoing> children are judged the same), and the sink for its findings.

#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"
#include "validation/rule.h"

#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace amtsweg::validation {

class RuleContext
{
public:
    explicit RuleContext(const ModelTree &tree);

    const ModelTree &tree() const { return m_tree; }
    /// Every attached element of the BPMN model namespace, in document order.
    const std::vector<NodeId> &elements() const { return m_elements; }
    const std::vector<NodeId> &incoming(NodeId flowNode) const;
    const std::vector<NodeId> &outgoing(NodeId flowNode) const;
    /// Boundary events attached to an activity (attachedToRef), in document order.
    const std::vector<NodeId> &boundaryEvents(NodeId activity) const;

    /// The id of a name interned by the file, or 0 (attr() of 0 is empty).
    NameId attributeName(std::string_view local) const;
    /// True when the element's attribute is "true" (xsd:boolean), else `fallback` when absent.
    bool flag(NodeId n, std::string_view attribute, bool fallback = false) const;
    bool hasCondition(NodeId sequenceFlow) const;
    bool isDefaultFlowOf(NodeId node, NodeId sequenceFlow) const;
    /// Event definitions of an event (children of type tEventDefinition), in order.
    std::vector<NodeId> eventDefinitions(NodeId event) const;
    bool hasEventDefinition(NodeId event, std::string_view typeName) const;
    /// The element's flow elements container (process or sub-process) or kNoNode.
    NodeId container(NodeId n) const;

    /// The end-to-end analysis of the model, computed once for all `e2e` rules; nullptr when
    /// the model is no collaboration of two or more pools (nothing to hand over).
    const e2e::Analysis *e2eAnalysis();
    /// Where e2eAnalysis() takes an analysis the caller already has (nullptr from it, or no
    /// source: computed here).
    void setE2eSource(std::function<const e2e::Analysis *()> source) { m_e2eSource = std::move(source); }

    /// Rules call this for each problem. `message` is an English source text registered with
    /// QT_TRANSLATE_NOOP("amtsweg::Rules", …); %1… are filled from `args`.
    void report(NodeId element, const char *message, const QStringList &args = {});

    void setCurrentRule(const Rule *rule) { m_rule = rule; }
    Diagnostics takeFindings() { return std::move(m_findings); }

private:
    const ModelTree &m_tree;
    std::vector<NodeId> m_elements;
    std::unordered_map<NodeId, std::vector<NodeId>> m_incoming, m_outgoing, m_boundary;
    const Rule *m_rule = nullptr;
    Diagnostics m_findings;
    std::function<const e2e::Analysis *()> m_e2eSource;
    bool m_e2eDone = false;
    const e2e::Analysis *m_e2e = nullptr;
    std::optional<e2e::Analysis> m_ownE2e;
};

} // namespace amtsweg::validation

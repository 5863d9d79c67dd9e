// Sequence flows and gateways (bpmnlint semantics; flows found by sourceRef/targetRef).
#include "validation/bpmnrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

#include <set>
#include <string>

namespace amtsweg::validation::rules {
namespace {

bool isActivityOrEvent(const ModelTree &t, NodeId n)
{
    return bpmn::isActivity(t, n) || bpmn::isEvent(t, n);
}

/// Outgoing flows that carry neither a condition nor the default marker.
std::size_t unconditionalOutgoing(const RuleContext &c, NodeId n)
{
    std::size_t count = 0;
    for (NodeId f : c.outgoing(n))
        if (!c.hasCondition(f) && !c.isDefaultFlowOf(n, f))
            ++count;
    return count;
}

void reportType(RuleContext &c, std::string_view typeName, const char *message)
{
    for (NodeId n : c.elements())
        if (c.tree().isA(n, typeName))
            c.report(n, message);
}

} // namespace

void conditionalFlows(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!bpmn::isFlowNode(t, n))
            continue;
        const auto &out = c.outgoing(n);
        const bool hasDefault = !t.attr(n, t.known().default_).empty();
        bool forking = hasDefault;
        for (NodeId f : out)
            forking = forking || c.hasCondition(f);
        if (!forking)
            continue;
        for (NodeId f : out)
            if (!c.hasCondition(f) && !c.isDefaultFlowOf(n, f))
                c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules", "Sequence flow is missing condition"));
    }
}

void eventBasedGateway(RuleContext &c)
{
    for (NodeId n : c.elements()) {
        if (!c.tree().isA(n, "tEventBasedGateway"))
            continue;
        if (c.outgoing(n).size() < 2)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "An event-based gateway must have at "
                                                            "least 2 outgoing sequence flows"));
        for (NodeId f : c.outgoing(n))
            if (c.hasCondition(f))
                c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "A sequence flow outgoing from an event-based "
                                              "gateway must not be conditional"));
    }
}

void fakeJoin(RuleContext &c)
{
    for (NodeId n : c.elements())
        if (isActivityOrEvent(c.tree(), n) && c.incoming(n).size() > 1)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Incoming flows do not join"));
}

void noDisconnected(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!(bpmn::isTask(t, n) || bpmn::isGateway(t, n) || bpmn::isSubProcess(t, n)
              || bpmn::isEvent(t, n))
            || c.flag(n, "triggeredByEvent") || c.flag(n, "isForCompensation"))
            continue;
        if (bpmn::isBoundaryEvent(t, n)) {
            const auto defs = c.eventDefinitions(n);
            if (defs.size() == 1 && t.isA(defs.front(), "tCompensateEventDefinition"))
                continue;
        }
        if (t.parent(n) != kNoNode && t.isA(t.parent(n), "tAdHocSubProcess"))
            continue;
        if (c.incoming(n).empty() && c.outgoing(n).empty())
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is not connected"));
    }
}

void noDuplicateSequenceFlows(RuleContext &c)
{
    const ModelTree &t = c.tree();
    std::set<std::string> keys;
    std::set<NodeId> sourcesReported, targetsReported;
    for (NodeId f : c.elements()) {
        if (!bpmn::isSequenceFlow(t, f))
            continue;
        const NodeId source = bpmn::sourceOf(t, f), target = bpmn::targetOf(t, f);
        const NodeId condition = t.firstChildElement(f, "conditionExpression");
        std::string key(t.id(source != kNoNode ? source : f));
        key += '#';
        key += t.id(target != kNoNode ? target : f);
        key += '#';
        // A condition (even one whose body is an external resource) makes a flow different
        // from an unconditional one.
        if (condition != kNoNode)
            key += "?" + t.text(condition);
        if (keys.insert(key).second)
            continue;
        c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules", "Sequence flow is a duplicate"));
        if (source != kNoNode && sourcesReported.insert(source).second)
            c.report(source, QT_TRANSLATE_NOOP("amtsweg::Rules", "Duplicate outgoing sequence flows"));
        if (target != kNoNode && targetsReported.insert(target).second)
            c.report(target, QT_TRANSLATE_NOOP("amtsweg::Rules", "Duplicate incoming sequence flows"));
    }
}

void noGatewayJoinFork(RuleContext &c)
{
    for (NodeId n : c.elements())
        if (bpmn::isGateway(c.tree(), n) && c.incoming(n).size() > 1 && c.outgoing(n).size() > 1)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Gateway forks and joins"));
}

void noImplicitSplit(RuleContext &c)
{
    for (NodeId n : c.elements())
        if (isActivityOrEvent(c.tree(), n) && unconditionalOutgoing(c, n) > 1)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Flow splits implicitly"));
}

void superfluousGateway(RuleContext &c)
{
    for (NodeId n : c.elements())
        if (bpmn::isGateway(c.tree(), n) && c.incoming(n).size() == 1 && c.outgoing(n).size() == 1)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Gateway is superfluous: it has only one source and target"));
}

void superfluousLabel(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId f : c.elements()) {
        if (!bpmn::isSequenceFlow(t, f) || bpmn::name(t, f).find_first_not_of(" \t\r\n")
                                               == std::string_view::npos)
            continue;
        const NodeId source = bpmn::sourceOf(t, f);
        const bool decision = source != kNoNode
                              && (t.isA(source, "tExclusiveGateway") || t.isA(source, "tInclusiveGateway"))
                              && c.outgoing(source).size() > 1;
        if (c.hasCondition(f) || (source != kNoNode && c.isDefaultFlowOf(source, f)) || decision)
            continue;
        c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules", "Sequence flow has superfluous label"));
    }
}

void noComplexGateway(RuleContext &c)
{
    reportType(c, "tComplexGateway",
               QT_TRANSLATE_NOOP("amtsweg::Rules", "Element type complex gateway is discouraged"));
}

void noInclusiveGateway(RuleContext &c)
{
    reportType(c, "tInclusiveGateway",
               QT_TRANSLATE_NOOP("amtsweg::Rules", "Element type inclusive gateway is discouraged"));
}

} // namespace amtsweg::validation::rules

// Structure a BPMN reader needs: message flows between pools, sequence flows inside one
// process or sub-process, boundary events on activities, every node reachable from a start.
#include "validation/bpmnrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

#include <deque>
#include <set>
#include <string>
#include <unordered_set>

namespace amtsweg::validation::rules {
namespace {

/// The pool an element belongs to: the participant itself, or the participant showing the
/// process that holds the element; kNoNode when none does.
NodeId poolOf(const ModelTree &t, NodeId n)
{
    return bpmn::isParticipant(t, n) ? n : bpmn::participantOf(t, bpmn::processOf(t, n));
}

std::string linkName(const RuleContext &c, NodeId event)
{
    for (NodeId d : c.eventDefinitions(event))
        if (c.tree().isA(d, "tLinkEventDefinition"))
            return std::string(c.tree().attr(d, c.tree().known().name));
    return {};
}

} // namespace

void messageFlowSamePool(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId f : c.elements()) {
        if (!bpmn::isMessageFlow(t, f))
            continue;
        const NodeId a = poolOf(t, bpmn::sourceOf(t, f)), b = poolOf(t, bpmn::targetOf(t, f));
        if (a != kNoNode && a == b)
            c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Message flow connects two elements of the same pool"));
    }
}

void sequenceFlowScope(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId f : c.elements()) {
        if (!bpmn::isSequenceFlow(t, f))
            continue;
        const NodeId scope = c.container(f);
        const NodeId s = bpmn::sourceOf(t, f), g = bpmn::targetOf(t, f);
        if ((s != kNoNode && c.container(s) != scope) || (g != kNoNode && c.container(g) != scope))
            c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Sequence flow leaves its process or sub-process: use a "
                                          "message flow between pools"));
    }
}

void boundaryEventHost(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!bpmn::isBoundaryEvent(t, n))
            continue;
        const NodeId host = t.resolveRef(t.attr(n, t.known().attachedToRef));
        if (!bpmn::isActivity(t, host))
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Boundary event is not attached to an activity"));
        else if (c.container(host) != c.container(n))
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Boundary event lies in another process or sub-process "
                                          "than its activity"));
    }
}

void unreachableNode(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId container : c.elements()) {
        if (!bpmn::isFlowElementsContainer(t, container) || t.isA(container, "tAdHocSubProcess"))
            continue;
        std::vector<NodeId> nodes;
        for (NodeId e : bpmn::childElements(t, container))
            if (bpmn::isFlowNode(t, e))
                nodes.push_back(e);
        // Entries: start events, event sub-processes, compensation activities and nodes without
        // incoming flows (those start with the process; no-implicit-start reports them).
        std::unordered_set<NodeId> reached;
        std::deque<NodeId> queue;
        auto reach = [&](NodeId n) {
            if (reached.insert(n).second)
                queue.push_back(n);
        };
        for (NodeId n : nodes)
            if (bpmn::isStartEvent(t, n) || c.flag(n, "triggeredByEvent")
                || c.flag(n, "isForCompensation")
                || (c.incoming(n).empty() && !bpmn::isBoundaryEvent(t, n)))
                reach(n);
        std::set<std::string> thrownLinks;
        bool grew = true;
        while (grew) {
            while (!queue.empty()) {
                const NodeId n = queue.front();
                queue.pop_front();
                for (NodeId f : c.outgoing(n))
                    if (const NodeId target = bpmn::targetOf(t, f); target != kNoNode)
                        reach(target);
                for (NodeId b : c.boundaryEvents(n))
                    reach(b);
                if (t.isA(n, "tIntermediateThrowEvent"))
                    if (const std::string link = linkName(c, n); !link.empty())
                        thrownLinks.insert(link);
            }
            grew = false;
            for (NodeId n : nodes)
                if (!reached.count(n) && t.isA(n, "tIntermediateCatchEvent")
                    && thrownLinks.count(linkName(c, n))) {
                    reach(n);
                    grew = true;
                }
        }
        for (NodeId n : nodes)
            if (!reached.count(n) && c.container(n) == container)
                c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "No path from a start event reaches this element"));
    }
}

} // namespace amtsweg::validation::rules

// Start and end events of processes and sub-processes (bpmnlint semantics).
#include "validation/bpmnrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"
#include "fim/fimread.h"

#include <QCoreApplication>

#include <algorithm>

namespace amtsweg::validation::rules {
namespace {

bool isAdHoc(const ModelTree &t, NodeId n) { return t.isA(n, "tAdHocSubProcess"); }
bool isEventSubProcess(const RuleContext &c, NodeId n)
{
    return bpmn::isSubProcess(c.tree(), n) && c.flag(n, "triggeredByEvent");
}

/// Flow elements directly in a container.
std::vector<NodeId> flowElementsOf(const ModelTree &t, NodeId container)
{
    std::vector<NodeId> result;
    for (NodeId ch = t.firstChild(container); ch != kNoNode; ch = t.next(ch))
        if (bpmn::isFlowElement(t, ch))
            result.push_back(ch);
    return result;
}

/// A FIM Referenzaktivitätengruppe drawn as an empty collapsed sub-process: a leaf by design,
/// its detail lives elsewhere (docs/fim-extension.md), so it needs no start or end event.
bool isFimLeafGroup(const ModelTree &t, NodeId n)
{
    return bpmn::isSubProcess(t, n) && flowElementsOf(t, n).empty()
           && fim::extensionChild(t, n, "aktivitaetengruppe") != kNoNode;
}

/// Processes and sub-processes that must start and end explicitly (ad-hoc ones and empty FIM
/// groups need not).
template <typename F> void forEachStrictContainer(RuleContext &c, F &&f)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements())
        if ((bpmn::isProcess(t, n) || bpmn::isSubProcess(t, n)) && !isAdHoc(t, n)
            && !isFimLeafGroup(t, n))
            f(n);
}

template <typename Pred> bool anyFlowElement(const ModelTree &t, NodeId container, Pred &&p)
{
    for (NodeId e : flowElementsOf(t, container))
        if (p(e))
            return true;
    return false;
}

/// True when the event has event definitions and all of them are of `typeName`.
bool hasOnlyDefinitionsOf(const RuleContext &c, NodeId event, std::string_view typeName)
{
    const auto defs = c.eventDefinitions(event);
    return !defs.empty() && std::all_of(defs.begin(), defs.end(), [&c, typeName](NodeId d) {
        return c.tree().isA(d, typeName);
    });
}

bool inAdHoc(const ModelTree &t, NodeId n)
{
    return t.parent(n) != kNoNode && isAdHoc(t, t.parent(n));
}

bool isTerminateEnd(const RuleContext &c, NodeId n)
{
    return bpmn::isEndEvent(c.tree(), n) && c.hasEventDefinition(n, "tTerminateEventDefinition");
}

} // namespace

void startEventRequired(RuleContext &c)
{
    forEachStrictContainer(c, [&c](NodeId n) {
        if (anyFlowElement(c.tree(), n, [&c](NodeId e) { return bpmn::isStartEvent(c.tree(), e); }))
            return;
        c.report(n, bpmn::isSubProcess(c.tree(), n)
                        ? QT_TRANSLATE_NOOP("amtsweg::Rules", "Sub process is missing start event")
                        : QT_TRANSLATE_NOOP("amtsweg::Rules", "Process is missing start event"));
    });
}

void endEventRequired(RuleContext &c)
{
    forEachStrictContainer(c, [&c](NodeId n) {
        if (anyFlowElement(c.tree(), n, [&c](NodeId e) { return bpmn::isEndEvent(c.tree(), e); }))
            return;
        c.report(n, bpmn::isSubProcess(c.tree(), n)
                        ? QT_TRANSLATE_NOOP("amtsweg::Rules", "Sub process is missing end event")
                        : QT_TRANSLATE_NOOP("amtsweg::Rules", "Process is missing end event"));
    });
}

void singleBlankStartEvent(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!bpmn::isFlowElementsContainer(t, n))
            continue;
        int blank = 0;
        for (NodeId e : flowElementsOf(t, n))
            if (bpmn::isStartEvent(t, e) && c.eventDefinitions(e).empty())
                ++blank;
        if (blank > 1)
            c.report(n, bpmn::isSubProcess(t, n)
                            ? QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "Sub process has multiple blank start events")
                            : QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "Process has multiple blank start events"));
    }
}

void subProcessBlankStartEvent(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements())
        if (bpmn::isSubProcess(t, n) && !isEventSubProcess(c, n))
            for (NodeId e : flowElementsOf(t, n))
                if (bpmn::isStartEvent(t, e) && !c.eventDefinitions(e).empty())
                    c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules", "Start event must be blank"));
}

void eventSubProcessTypedStartEvent(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements())
        if (isEventSubProcess(c, n))
            for (NodeId e : flowElementsOf(t, n))
                if (bpmn::isStartEvent(t, e) && c.eventDefinitions(e).empty())
                    c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                  "Start event is missing event definition"));
}

void adHocSubProcess(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!isAdHoc(t, n))
            continue;
        for (NodeId e : flowElementsOf(t, n)) {
            if (bpmn::isStartEvent(t, e))
                c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "A start event is not allowed in an ad-hoc sub-process"));
            if (bpmn::isEndEvent(t, e))
                c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "An end event is not allowed in an ad-hoc sub-process"));
        }
    }
}

void noImplicitStart(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!(bpmn::isEvent(t, n) || bpmn::isActivity(t, n) || bpmn::isGateway(t, n)))
            continue;
        if ((bpmn::isActivity(t, n) && c.flag(n, "isForCompensation")) || inAdHoc(t, n)
            || isEventSubProcess(c, n) || bpmn::isStartEvent(t, n) || bpmn::isBoundaryEvent(t, n)
            || (t.isA(n, "tIntermediateCatchEvent") && hasOnlyDefinitionsOf(c, n, "tLinkEventDefinition")))
            continue;
        if (c.incoming(n).empty())
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is an implicit start"));
    }
}

void noImplicitEnd(RuleContext &c)
{
    const ModelTree &t = c.tree();
    // Compensation boundary events associated with their compensation activity end nowhere.
    auto hasCompensationActivity = [&t](NodeId event) {
        for (NodeId p = t.parent(event); p != kNoNode && t.isElement(p); p = t.parent(p)) {
            if (!bpmn::isProcess(t, p))
                continue;
            for (NodeId a : bpmn::childElements(t, p))
                if (bpmn::isAssociation(t, a) && bpmn::sourceOf(t, a) == event)
                    return true;
            return false;
        }
        return false;
    };
    for (NodeId n : c.elements()) {
        if (!(bpmn::isEvent(t, n) || bpmn::isActivity(t, n) || bpmn::isGateway(t, n)))
            continue;
        if (isEventSubProcess(c, n) || (t.isA(n, "tIntermediateThrowEvent") && hasOnlyDefinitionsOf(c, n, "tLinkEventDefinition"))
            || inAdHoc(t, n) || bpmn::isEndEvent(t, n)
            || (bpmn::isBoundaryEvent(t, n) && hasOnlyDefinitionsOf(c, n, "tCompensateEventDefinition") && hasCompensationActivity(n))
            || (bpmn::isActivity(t, n) && c.flag(n, "isForCompensation")))
            continue;
        if (c.outgoing(n).empty())
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is an implicit end"));
    }
}

void superfluousTermination(RuleContext &c)
{
    const ModelTree &t = c.tree();
    auto isInterruptingEventSub = [&c, &t](NodeId n) {
        if (!isEventSubProcess(c, n))
            return false;
        for (NodeId e : flowElementsOf(t, n))
            if (bpmn::isStartEvent(t, e) && c.flag(e, "isInterrupting", true))
                return true;
        return false;
    };
    for (NodeId n : c.elements()) {
        if (!bpmn::isFlowElementsContainer(t, n))
            continue;
        std::vector<NodeId> ends, terminates;
        for (NodeId e : flowElementsOf(t, n))
            if (bpmn::isFlowNode(t, e) && c.outgoing(e).empty()) {
                ends.push_back(e);
                if (isTerminateEnd(c, e))
                    terminates.push_back(e);
            }
        if (terminates.size() != 1)
            continue;
        bool superfluous = true;
        for (NodeId e : ends)
            superfluous = superfluous && (isInterruptingEventSub(e) || isTerminateEnd(c, e));
        if (superfluous)
            c.report(terminates.front(),
                     QT_TRANSLATE_NOOP("amtsweg::Rules", "Termination is superfluous"));
    }
}

} // namespace amtsweg::validation::rules

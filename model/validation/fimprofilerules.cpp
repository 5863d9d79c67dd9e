// The FIM-BPMN profile checks of the `fim` rule set: only the symbols of official
// Stammprozesse, pools laid out vertically, one start event per administration pool, named end
// events, every node on a path from the start to an end, gateways asking a question whose
// answers label the outgoing flows.
#include "validation/fimrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"
#include "fim/fimprofile.h"
#include "fim/fimread.h"
#include "fim/fimstructure.h"

#include <QCoreApplication>

#include <deque>
#include <functional>
#include <unordered_set>

namespace amtsweg::validation::rules {
namespace {

/// The administration's processes of a FIM model (none for other models).
std::vector<NodeId> fimProcesses(const RuleContext &c)
{
    return fim::isFimModel(c.tree()) ? fim::administrationProcesses(c.tree()) : std::vector<NodeId>{};
}

/// Gateways of the administration's processes that split the flow by a decision (parallel
/// gateways split without one).
std::vector<NodeId> decisions(const RuleContext &c)
{
    const ModelTree &t = c.tree();
    std::vector<NodeId> result;
    for (NodeId process : fimProcesses(c))
        for (NodeId n : bpmn::childElements(t, process))
            if (fim::isDecision(t, n))
                result.push_back(n);
    return result;
}

/// Flow nodes directly in `process` reached from `seeds` along `next`.
std::unordered_set<NodeId> reach(const std::vector<NodeId> &seeds,
                                 const std::function<std::vector<NodeId>(NodeId)> &next)
{
    std::unordered_set<NodeId> reached(seeds.begin(), seeds.end());
    std::deque<NodeId> queue(seeds.begin(), seeds.end());
    while (!queue.empty()) {
        const NodeId n = queue.front();
        queue.pop_front();
        for (NodeId m : next(n))
            if (m != kNoNode && reached.insert(m).second)
                queue.push_back(m);
    }
    return reached;
}

} // namespace

void fimProfile(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId process : fimProcesses(c))
        for (NodeId n : bpmn::childElements(t, process))
            if ((bpmn::isFlowElement(t, n) || bpmn::isArtifact(t, n) || bpmn::isLaneSet(t, n))
                && !fim::isInProfile(t, n))
                c.report(bpmn::isLaneSet(t, n) ? process : n,
                         QT_TRANSLATE_NOOP("amtsweg::Rules", "Not FIM-BPMN: %1 (%2)"),
                         {fim::quoted(t, n), QString::fromUtf8(t.localName(n).data(),
                                                               qsizetype(t.localName(n).size()))});
}

void fimVerticalPools(RuleContext &c)
{
    const ModelTree &t = c.tree();
    if (!fim::isFimModel(t))
        return;
    const NameId bpmnElement = t.known().bpmnElement, horizontal = t.known().isHorizontal;
    std::vector<NodeId> stack{t.root()};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (n == kNoNode || !t.isElement(n))
            continue;
        if (t.ns(n) == schema::Ns::BpmnDi && t.localName(n) == "BPMNShape") {
            const NodeId element = t.resolveRef(t.attr(n, bpmnElement));
            if (bpmn::isParticipant(t, element) && t.attr(n, horizontal) != "false")
                c.report(element, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                    "Not FIM-BPMN: pool %1 is laid out "
                                                    "horizontally; FIM pools are vertical"),
                         {fim::quoted(t, element)});
            continue;
        }
        for (NodeId ch = t.firstChild(n); ch != kNoNode; ch = t.next(ch))
            stack.push_back(ch);
    }
}

void fimSingleStart(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId process : fimProcesses(c)) {
        std::vector<NodeId> starts;
        for (NodeId n : bpmn::childElements(t, process))
            if (bpmn::isStartEvent(t, n))
                starts.push_back(n);
        if (starts.size() == 1)
            continue;
        const NodeId pool = fim::poolOf(t, process) ? fim::poolOf(t, process) : process;
        if (starts.empty())
            starts.push_back(pool);
        for (NodeId n : starts)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "%1 has %2 start events; a FIM process has exactly one"),
                     {fim::quoted(t, pool), QString::number(starts.size() - (starts[0] == pool))});
    }
}

void fimEndEventName(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId process : fimProcesses(c))
        for (NodeId n : bpmn::childElements(t, process))
            if (bpmn::isEndEvent(t, n) && fim::nameOf(t, n).isEmpty())
                c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "End event %1 has no name"),
                         {fim::quoted(t, n)});
}

void fimReachable(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId process : fimProcesses(c)) {
        std::vector<NodeId> nodes, starts, ends;
        for (NodeId n : bpmn::childElements(t, process)) {
            if (!bpmn::isFlowNode(t, n) || c.flag(n, "triggeredByEvent"))
                continue;
            nodes.push_back(n);
            if (bpmn::isStartEvent(t, n))
                starts.push_back(n);
            if (bpmn::isEndEvent(t, n))
                ends.push_back(n);
        }
        const auto forward = reach(starts, [&](NodeId n) {
            std::vector<NodeId> next = c.boundaryEvents(n);
            for (NodeId f : c.outgoing(n))
                next.push_back(bpmn::targetOf(t, f));
            return next;
        });
        const auto backward = reach(ends, [&](NodeId n) {
            std::vector<NodeId> previous;
            for (NodeId f : c.incoming(n))
                previous.push_back(bpmn::sourceOf(t, f));
            if (bpmn::isBoundaryEvent(t, n))
                previous.push_back(t.resolveRef(t.attr(n, t.known().attachedToRef)));
            return previous;
        });
        for (NodeId n : nodes) {
            if (!forward.count(n))
                c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "No path from the start event reaches %1"),
                         {fim::quoted(t, n)});
            if (!backward.count(n))
                c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "No path leads from %1 to an end event"),
                         {fim::quoted(t, n)});
        }
    }
}

void fimGatewayQuestion(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : decisions(c))
        if (!fim::fitsLabelPattern(fim::LabelPattern::Question, fim::nameOf(t, n)))
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "Diverging gateway %1 is not labelled as a question "
                                              "ending in '?'"),
                         {fim::quoted(t, n)});
}

void fimGatewayAnswers(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : decisions(c))
        for (NodeId f : c.outgoing(n))
            if (fim::nameOf(t, f).isEmpty())
                c.report(f, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                      "Flow %1 leaving the question %2 has no "
                                                      "answer as its label"),
                                 {fim::quoted(t, f), fim::quoted(t, n)});
}

} // namespace amtsweg::validation::rules

// Media breaks: points where information changes medium along the flow.
//  - typed in again: paper, oral or unstructured input processed in an IT-supported or automated
//    step of an organisation;
//  - handled on paper: structured input handled by a manual step of an organisation (citizens
//    and companies read what they receive: no break on their side);
//  - passed on unstructured: a message sent on paper or unstructured after the data was digital
//    upstream (received structured, or held in a system step); an unstructured message to a
//    citizen or company (a PDF notice) is read, not processed, and is no break;
//  - carried between systems by hand: consecutive system steps in different Fachverfahren with
//    no data store with an interface between them, or a step moving data between data stores
//    of which one has no interface.
// Unknown channels or automation give no finding here: the analysis lists them as missing.
#include "e2e/e2eparts.h"

#include <QCoreApplication>

#include "bpmn/elements.h"

#include <deque>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace amtsweg::e2e {
namespace {

bool isSystem(Automation a)
{
    return a == Automation::ItSupported || a == Automation::Automated;
}

bool isLowMedium(Medium m)
{
    return m == Medium::Paper || m == Medium::Oral || m == Medium::UnstructuredDigital;
}

class MediaBreakFinder
{
public:
    explicit MediaBreakFinder(const E2eGraph &graph)
        : g(graph), t(graph.tree())
    {
        for (NodeId n : g.flowNodes()) {
            for (NodeId f : g.outgoing(n))
                if (const NodeId target = bpmn::targetOf(t, f); target != kNoNode)
                    m_predecessors[target].push_back(n);
            for (NodeId b : g.boundary(n))
                m_predecessors[b].push_back(n);
        }
    }

    std::vector<MediaBreak> run()
    {
        for (const Transfer &transfer : g.transfers())
            checkReceipt(transfer);
        for (const Transfer &transfer : g.transfers())
            checkDowngrade(transfer);
        for (NodeId n : g.flowNodes())
            if (g.isStep(n)) {
                checkSystemChange(n);
                checkStoreTransfer(n);
            }
        return std::move(m_breaks);
    }

private:
    Automation automationOf(NodeId step) const { return automation(t, step); }
    QString automationText(NodeId step) const { return label(automationOf(step)); }

    void add(MediaBreak::Kind kind, std::vector<NodeId> elements, QString reason)
    {
        m_breaks.push_back({kind, std::move(elements), std::move(reason)});
    }

    /// The steps that process what arrives at `receiver`.
    std::vector<NodeId> receivingSteps(NodeId receiver) const
    {
        if (!bpmn::isFlowNode(t, receiver))
            return {};
        return nextSteps(g, receiver, true, [](NodeId) { return false; });
    }

    void checkReceipt(const Transfer &transfer)
    {
        const Medium m = medium(t, transfer.element);
        if (m == Medium::Unknown)
            return;
        for (NodeId step : receivingSteps(transfer.target)) {
            // Citizens and companies read what they receive: no break on their side.
            if (isCitizenSide(participantKind(t, g.poolOf(step))))
                continue;
            const Automation a = automationOf(step);
            if (isLowMedium(m) && isSystem(a)) {
                add(MediaBreak::Kind::ReTyped, {transfer.element, step},
                    e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 arrives as %2 (%3) and is processed in the %4 step %5: it has "
                            "to be typed in again"),
                            {quoted(g, transfer.element), label(m), label(channel(t, transfer.element)),
                             automationText(step), quoted(g, step)}));
            } else if (m == Medium::Structured && a == Automation::Manual) {
                add(MediaBreak::Kind::Printed, {transfer.element, step},
                    e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 arrives structured (%2) but %3 is done by hand: the data leaves "
                            "the system"),
                            {quoted(g, transfer.element), label(channel(t, transfer.element)),
                             quoted(g, step)}));
            }
        }
    }

    /// Upstream of `node` (itself included) along sequence flows: the nearest structured
    /// receipt or system step, or kNoNode.
    NodeId digitalOrigin(NodeId node) const
    {
        std::deque<NodeId> queue{node};
        std::unordered_set<NodeId> seen{node};
        while (!queue.empty()) {
            const NodeId n = queue.front();
            queue.pop_front();
            for (std::size_t i : g.transfersTo(n))
                if (medium(t, g.transfers()[i].element) == Medium::Structured)
                    return g.transfers()[i].element;
            if (g.isStep(n) && isSystem(automationOf(n)))
                return n;
            if (auto it = m_predecessors.find(n); it != m_predecessors.end())
                for (NodeId p : it->second)
                    if (seen.insert(p).second)
                        queue.push_back(p);
        }
        return kNoNode;
    }

    void checkDowngrade(const Transfer &transfer)
    {
        const Medium m = medium(t, transfer.element);
        if (!transfer.isMessageFlow || (m != Medium::Paper && m != Medium::UnstructuredDigital)
            || !bpmn::isFlowNode(t, transfer.source))
            return;
        // A PDF notice in the applicant's postbox is read, not processed: no break.
        if (m == Medium::UnstructuredDigital
            && isCitizenSide(participantKind(t, g.poolOf(transfer.target))))
            return;
        const NodeId origin = digitalOrigin(transfer.source);
        if (origin == kNoNode)
            return;
        add(MediaBreak::Kind::Downgraded, {transfer.element, origin},
            e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 is sent as %2 (%3) although the data was digital before (%4)"),
                    {quoted(g, transfer.element), label(m), label(channel(t, transfer.element)),
                     quoted(g, origin)}));
    }

    /// True when a data store with an interface links `from` (writing) to `to` (reading).
    bool linkedByInterface(NodeId from, NodeId to) const
    {
        for (std::size_t out : g.transfersFrom(from)) {
            const NodeId store = g.transfers()[out].target;
            if (!bpmn::isDataStoreReference(t, store) || hasInterface(t, store) != true)
                continue;
            for (std::size_t in : g.transfersFrom(store))
                if (g.transfers()[in].target == to)
                    return true;
        }
        return false;
    }

    void checkSystemChange(NodeId step)
    {
        const QString from = fachverfahren(t, step);
        if (from.isEmpty() || !isSystem(automationOf(step)))
            return;
        // Pass through steps that are no system step: what they carry is carried by hand.
        const auto notSystem = [this](NodeId n) { return !isSystem(automationOf(n)); };
        for (NodeId next : nextSteps(g, step, false, notSystem)) {
            const QString to = fachverfahren(t, next);
            if (to.isEmpty() || to.compare(from, Qt::CaseInsensitive) == 0
                || !isSystem(automationOf(next)) || linkedByInterface(step, next))
                continue;
            if (!m_systemPairs.insert({step, next}).second)
                continue;
            add(MediaBreak::Kind::ManualTransfer, {step, next},
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "From %1 (%2) to %3 (%4) with no interface between the two "
                        "Fachverfahren: the data is carried over by hand"),
                        {quoted(g, step), from, quoted(g, next), to}));
        }
    }

    void checkStoreTransfer(NodeId step)
    {
        for (std::size_t in : g.transfersTo(step)) {
            const NodeId source = g.transfers()[in].source;
            if (!bpmn::isDataStoreReference(t, source))
                continue;
            for (std::size_t out : g.transfersFrom(step)) {
                const NodeId target = g.transfers()[out].target;
                if (!bpmn::isDataStoreReference(t, target) || target == source)
                    continue;
                const NodeId closed = hasInterface(t, source) == false   ? source
                                      : hasInterface(t, target) == false ? target
                                                                         : kNoNode;
                if (closed == kNoNode)
                    continue;
                add(MediaBreak::Kind::ManualTransfer,
                    {g.transfers()[in].element, step, g.transfers()[out].element},
                    e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 takes data from %2 into %3, and %4 has no interface"),
                            {quoted(g, step), quoted(g, source), quoted(g, target),
                             quoted(g, closed)}));
            }
        }
    }

    const E2eGraph &g;
    const ModelTree &t;
    std::unordered_map<NodeId, std::vector<NodeId>> m_predecessors;
    std::set<std::pair<NodeId, NodeId>> m_systemPairs;
    std::vector<MediaBreak> m_breaks;
};

} // namespace

std::vector<NodeId> nextSteps(const E2eGraph &graph, NodeId from, bool includeSelf,
                              const std::function<bool(NodeId)> &passThrough)
{
    const ModelTree &t = graph.tree();
    std::vector<NodeId> result;
    std::deque<NodeId> queue;
    std::unordered_set<NodeId> seen{from};
    const auto expand = [&](NodeId n) {
        for (NodeId f : graph.outgoing(n))
            if (const NodeId next = bpmn::targetOf(t, f); next != kNoNode && seen.insert(next).second)
                queue.push_back(next);
    };
    if (includeSelf && graph.isStep(from))
        return {from};
    expand(from);
    while (!queue.empty()) {
        const NodeId n = queue.front();
        queue.pop_front();
        if (graph.isStep(n) && !passThrough(n))
            result.push_back(n);
        else
            expand(n); // events, gateways, expanded sub-processes and passed steps
    }
    return result;
}

std::vector<MediaBreak> findMediaBreaks(const E2eGraph &graph)
{
    return MediaBreakFinder(graph).run();
}

} // namespace amtsweg::e2e

// Hand-offs and paths: message flows between two pools and sequence flows between two lanes
// are hand-offs; paths run from each start along sequence flows, boundary events and message
// flows to an end, taking each flow at most once, so a loop is walked once.
#include "e2e/e2eparts.h"

#include "bpmn/elements.h"

#include <unordered_map>
#include <unordered_set>

namespace amtsweg::e2e {
namespace {

/// Caps the depth-first walk on large models (each step is one flow taken).
constexpr std::size_t kMaxWalkSteps = 200000;

struct Step
{
    NodeId flow; ///< the flow taken, or the boundary event for a boundary exit
    NodeId to;
};

class PathWalker
{
public:
    PathWalker(const E2eGraph &graph, Analysis &analysis)
        : g(graph), t(graph.tree()), a(analysis)
    {
    }

    void run()
    {
        collectHandOffs();
        for (NodeId root : roots()) {
            walk(root);
            if (a.pathsTruncated)
                break;
        }
    }

private:
    void collectHandOffs()
    {
        for (const Transfer &transfer : g.transfers()) {
            if (!transfer.isMessageFlow)
                continue;
            const NodeId from = g.poolOf(transfer.source), to = g.poolOf(transfer.target);
            if (from != kNoNode && to != kNoNode && from != to)
                addHandOff(HandOff::Kind::Participant, transfer.element, from, to);
        }
        for (NodeId n : g.flowNodes())
            for (NodeId f : g.outgoing(n)) {
                const NodeId from = g.laneOf(n), to = g.laneOf(bpmn::targetOf(t, f));
                if (from != kNoNode && to != kNoNode && from != to)
                    addHandOff(HandOff::Kind::Lane, f, from, to);
            }
    }

    void addHandOff(HandOff::Kind kind, NodeId flow, NodeId from, NodeId to)
    {
        m_handOffOf.emplace(flow, a.handOffs.size());
        a.handOffs.push_back({kind, flow, from, to});
    }

    bool isTopLevel(NodeId n) const { return bpmn::isProcess(t, t.parent(n)); }

    /// Start events of processes that nobody else triggers; else pools without a process that
    /// send messages; else every top-level start event.
    std::vector<NodeId> roots() const
    {
        std::vector<NodeId> starts, triggered;
        for (NodeId n : g.flowNodes())
            if (bpmn::isStartEvent(t, n) && isTopLevel(n))
                (g.transfersTo(n).empty() ? starts : triggered).push_back(n);
        if (!starts.empty())
            return starts;
        std::vector<NodeId> pools;
        const NameId processRef = t.known().processRef;
        for (NodeId p : g.participants())
            if (t.resolveRef(t.attr(p, processRef)) == kNoNode && !g.transfersFrom(p).empty())
                pools.push_back(p);
        return pools.empty() ? triggered : pools;
    }

    std::vector<Step> successors(NodeId n) const
    {
        std::vector<Step> result;
        for (NodeId f : g.outgoing(n))
            if (const NodeId to = bpmn::targetOf(t, f); to != kNoNode)
                result.push_back({f, to});
        for (NodeId b : g.boundary(n))
            result.push_back({b, b});
        for (std::size_t i : g.transfersFrom(n)) {
            const Transfer &transfer = g.transfers()[i];
            if (transfer.isMessageFlow && transfer.target != kNoNode)
                result.push_back({transfer.element, transfer.target});
        }
        return result;
    }

    void emit()
    {
        if (a.paths.size() >= kMaxPaths) {
            a.pathsTruncated = true;
            return;
        }
        Path path;
        path.nodes = m_nodes;
        for (NodeId flow : m_flows)
            if (auto it = m_handOffOf.find(flow); it != m_handOffOf.end()) {
                path.handOffs.push_back(it->second);
                ++(a.handOffs[it->second].kind == HandOff::Kind::Participant
                       ? path.participantHandOffs
                       : path.laneHandOffs);
            }
        a.paths.push_back(std::move(path));
    }

    /// Depth-first, iteratively: each frame is a node with its successors still to try.
    void walk(NodeId root)
    {
        struct Frame
        {
            std::vector<Step> next;
            std::size_t index = 0;
            bool extended = false;
        };
        std::vector<Frame> stack;
        m_nodes = {root};
        m_flows.clear();
        m_used.clear();
        stack.push_back({successors(root)});
        while (!stack.empty() && !a.pathsTruncated) {
            Frame &top = stack.back();
            bool descended = false;
            while (top.index < top.next.size()) {
                const Step step = top.next[top.index++];
                if (m_used.count(step.flow))
                    continue;
                if (++m_steps > kMaxWalkSteps) {
                    a.pathsTruncated = true;
                    return;
                }
                top.extended = true;
                m_used.insert(step.flow);
                m_flows.push_back(step.flow);
                m_nodes.push_back(step.to);
                stack.push_back({successors(step.to)});
                descended = true;
                break;
            }
            if (descended)
                continue;
            if (!stack.back().extended)
                emit(); // nothing left to take from here: the path ends
            stack.pop_back();
            if (!m_flows.empty() && !stack.empty()) {
                m_used.erase(m_flows.back());
                m_flows.pop_back();
                m_nodes.pop_back();
            }
        }
    }

    const E2eGraph &g;
    const ModelTree &t;
    Analysis &a;
    std::unordered_map<NodeId, std::size_t> m_handOffOf;
    std::vector<NodeId> m_nodes, m_flows;
    std::unordered_set<NodeId> m_used;
    std::size_t m_steps = 0;
};

} // namespace

void findHandOffs(const E2eGraph &graph, Analysis &analysis)
{
    PathWalker(graph, analysis).run();
}

} // namespace amtsweg::e2e

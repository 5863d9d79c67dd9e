#include "moveset.h"

#include "bpmn/elements.h"
#include "commands/moveshapeslanescommand.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "edgeindex.h"

namespace amtsweg {
namespace {

class Collector
{
public:
    explicit Collector(const DiagramScene &scene) : m_scene(scene), m_tree(*scene.tree()) {}

    void addSelected(NodeId di)
    {
        const ShapeItem *item = m_scene.shapeItem(di);
        if (!item)
            return;
        NodeId semantic = item->semanticElement();
        // A lane moves with its pool.
        if (semantic != kNoNode && bpmn::isLane(m_tree, semantic)) {
            const NodeId pool = bpmn::participantOf(m_tree, bpmn::processOf(m_tree, semantic));
            if (const NodeId poolDi = m_scene.diElementFor(pool)) {
                di = poolDi;
                semantic = pool;
            }
        }
        addShape(di, semantic);
        if (semantic == kNoNode)
            return;
        if (bpmn::isParticipant(m_tree, semantic)) {
            const NodeId process =
                m_tree.resolveRef(m_tree.attr(semantic, m_tree.known().processRef));
            if (process != kNoNode)
                addDescendants(process);
            if (bpmn::isLane(m_tree, item->semanticElement()))
                return;
        }
        if (bpmn::isSubProcess(m_tree, semantic) || bpmn::isLane(m_tree, semantic))
            addDescendants(semantic);
        if (bpmn::isLane(m_tree, semantic))
            addLaneNodes(semantic);
        if (bpmn::isActivity(m_tree, semantic))
            m_activities << semantic;
    }

    MoveSet finish()
    {
        if (!m_activities.isEmpty())
            addBoundaryEvents();
        MoveSet set;
        set.shapes = m_shapeOrder;
        const EdgeIndex &edges = m_scene.edgeIndex();
        QSet<NodeId> seen;
        for (NodeId semantic : std::as_const(m_semantics)) {
            for (NodeId edge : edges.edgesAt(semantic)) {
                if (seen.contains(edge))
                    continue;
                seen.insert(edge);
                const EdgeIndex::Ends ends = edges.ends(edge);
                const bool s = m_semantics.contains(ends.source);
                const bool t = m_semantics.contains(ends.target);
                if (s && t)
                    set.wholeEdges << edge;
                else
                    set.endEdges << MoveSet::EndEdge{edge, s, t};
            }
        }
        return set;
    }

private:
    void addShape(NodeId di, NodeId semantic)
    {
        if (m_shapes.contains(di))
            return;
        m_shapes.insert(di);
        m_shapeOrder << di;
        if (semantic != kNoNode)
            m_semantics.insert(semantic);
    }

    void addDescendants(NodeId root)
    {
        NodeId c = m_tree.firstChild(root);
        while (c != kNoNode && c != root) {
            if (m_tree.isElement(c))
                if (const NodeId di = m_scene.diElementFor(c); di && m_scene.shapeItem(di))
                    addShape(di, c);
            if (m_tree.firstChild(c) != kNoNode && m_tree.isElement(c)) {
                c = m_tree.firstChild(c);
                continue;
            }
            while (c != root && m_tree.next(c) == kNoNode)
                c = m_tree.parent(c);
            if (c != root)
                c = m_tree.next(c);
        }
    }

    void addLaneNodes(NodeId lane)
    {
        for (NodeId ref : bpmn::childElements(m_tree, lane, "flowNodeRef")) {
            const NodeId node = m_tree.resolveRef(m_tree.text(ref));
            if (const NodeId di = m_scene.diElementFor(node); di && m_scene.shapeItem(di))
                addShape(di, node);
        }
    }

    void addBoundaryEvents()
    {
        // A few activities: look among their siblings; many: one pass over the plane.
        if (m_activities.size() <= 32) {
            for (NodeId activity : std::as_const(m_activities))
                for (NodeId event : bpmn::boundaryEvents(m_tree, activity))
                    if (const NodeId di = m_scene.diElementFor(event); di && m_scene.shapeItem(di))
                        addShape(di, event);
            return;
        }
        const NameId attachedTo = m_tree.known().attachedToRef;
        for (NodeId di : m_scene.diElements()) {
            const ShapeItem *item = m_scene.shapeItem(di);
            if (!item || item->spec().kind != ShapeKind::BoundaryEvent || m_shapes.contains(di))
                continue;
            const NodeId host = m_tree.resolveRef(m_tree.attr(item->semanticElement(), attachedTo));
            if (host != kNoNode && m_semantics.contains(host))
                addShape(di, item->semanticElement());
        }
    }

    const DiagramScene &m_scene;
    const ModelTree &m_tree;
    QSet<NodeId> m_shapes;
    QList<NodeId> m_shapeOrder;
    QSet<NodeId> m_semantics;
    QList<NodeId> m_activities; ///< selected activities (their boundary events move along)
};

} // namespace

QUndoCommand *MoveSet::createCommand(BpmnDocument *document, const QPointF &delta,
                                     QUndoCommand *parent) const
{
    std::vector<edgefollow::FollowingEdge> following;
    following.reserve(std::size_t(endEdges.size()));
    for (const EndEdge &e : endEdges)
        following.push_back({e.edge, e.source, e.target});
    return new MoveShapesLanesCommand(document, std::vector<NodeId>(shapes.begin(), shapes.end()),
                                      delta, std::move(following), parent);
}

MoveSet MoveSet::collect(const DiagramScene &scene, const QList<NodeId> &selection)
{
    Collector collector(scene);
    if (scene.tree())
        for (NodeId di : selection)
            collector.addSelected(di);
    return collector.finish();
}

} // namespace amtsweg

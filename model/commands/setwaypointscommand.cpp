#include "commands/setwaypointscommand.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "document.h"

namespace amtsweg {

SetWaypointsCommand::SetWaypointsCommand(BpmnDocument *document, NodeId edge,
                                         const QList<QPointF> &points, QUndoCommand *parent)
    : DocumentCommand(document, tr("Change route"), parent), m_edge(edge), m_points(points)
{
}

void SetWaypointsCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (!di::isEdge(tree, m_edge) || !tree.isAttached(m_edge))
        return;
    const std::vector<NodeId> old = di::waypointNodes(tree, m_edge);
    const NameTable::Known &k = tree.known();
    if (old.size() == std::size_t(m_points.size())) {
        bool same = true;
        for (std::size_t i = 0; i < old.size() && same; ++i) {
            const QPointF p = m_points[qsizetype(i)];
            same = tree.attr(old[i], k.x) == di::formatNumber(di::roundCoordinate(p.x())) &&
                   tree.attr(old[i], k.y) == di::formatNumber(di::roundCoordinate(p.y()));
        }
        if (same)
            return;
    }
    const ChangeNote note = ChangeNote::ofGeometry(m_edge);
    NodeId before = old.empty() ? kNoNode : old.front();
    for (const QPointF &p : m_points) {
        const NodeId w = di::createWaypoint(tree, p);
        edit.insert(tree, m_edge, w,
                    before != kNoNode ? before : bpmn::schemaInsertBefore(tree, m_edge, w), note);
    }
    for (NodeId w : old)
        edit.detach(tree, w, note);
}

} // namespace amtsweg

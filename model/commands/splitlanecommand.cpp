#include "commands/splitlanecommand.h"

#include "bpmn/elements.h"
#include "commands/lanegeometry.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"

#include <cmath>

namespace amtsweg {

SplitLaneCommand::SplitLaneCommand(BpmnDocument *document, NodeId target, int count, NodeId plane,
                                   QUndoCommand *parent)
    : DocumentCommand(document,
                      count == 3 ? tr("Divide into three lanes") : tr("Divide into two lanes"),
                      parent),
      m_target(target), m_count(count), m_plane(plane)
{
}

NodeId SplitLaneCommand::laneSet(ModelTree &tree, TreeEdit &edit, NodeId holder) const
{
    for (NodeId c : bpmn::childElements(tree, holder))
        if (bpmn::isLaneSet(tree, c))
            return c;
    const NodeId set =
        bpmn::createBpmnElement(tree, bpmn::isLane(tree, holder) ? "childLaneSet" : "laneSet");
    edit.insert(tree, holder, set, bpmn::schemaInsertBefore(tree, holder, set),
                ChangeNote::ofStructure());
    return set;
}

void SplitLaneCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (m_count < 2 || !tree.isAttached(m_target) || !tree.isAttached(m_plane))
        return;
    const NodeId holder = lanegeometry::laneHolder(tree, m_target);
    const NodeId process = bpmn::isLane(tree, m_target) ? bpmn::processOf(tree, m_target) : holder;
    const NodeId targetShape = lanerefs::shapeIn(tree, m_target, m_plane);
    const bool horizontal = lanegeometry::isHorizontal(tree, m_target, m_plane);
    const auto outer = lanegeometry::placedRect(tree, m_target, m_plane, horizontal);
    if (holder == kNoNode || !bpmn::isProcess(tree, process) || !outer)
        return;
    const std::vector<lanegeometry::PlacedLane> existing =
        lanegeometry::placedLanes(tree, holder, m_plane, horizontal);
    if (qsizetype(existing.size()) > m_count)
        return;

    // The nodes drawn in the target, to list in the lanes that will cover them.
    std::vector<NodeId> nodes;
    for (NodeId c = tree.firstChild(process); c != kNoNode; c = tree.next(c))
        if (bpmn::isFlowNode(tree, c))
            if (const auto b = lanegeometry::placedRect(tree, c, m_plane, horizontal);
                b && outer->contains(b->center()))
                nodes.push_back(c);

    const QRectF area = outer->adjusted(lanegeometry::kHeader, 0, 0, 0);
    const qreal size = std::round(area.height() / m_count);
    const NodeId set =
        existing.size() < std::size_t(m_count) ? laneSet(tree, edit, holder) : kNoNode;
    NodeId shapeBefore = tree.next(existing.empty() ? targetShape : existing.back().shape);
    m_lanes.clear();
    for (int i = 0; i < m_count; ++i) {
        const qreal thickness = i == m_count - 1 ? area.height() - size * i : size;
        const QRectF r(area.left(), area.top() + size * i, area.width(), thickness);
        if (std::size_t(i) < existing.size()) {
            lanegeometry::placeWithNested(tree, edit, existing[i].lane, m_plane, horizontal, r);
            m_lanes.push_back(existing[i].lane);
            continue;
        }
        const NodeId lane = bpmn::createBpmnElement(tree, "lane");
        edit.insert(tree, set, lane, kNoNode, ChangeNote::ofStructure());
        const NodeId shape =
            di::createShape(tree, tree.id(lane), lanegeometry::alongAcross(r, horizontal));
        tree.setAttribute(shape, tree.known().isHorizontal, horizontal ? "true" : "false");
        edit.insert(tree, m_plane, shape, shapeBefore, ChangeNote::ofStructure());
        m_lanes.push_back(lane);
    }
    lanerefs::syncNodes(tree, edit, process, m_plane, nodes);
}

} // namespace amtsweg

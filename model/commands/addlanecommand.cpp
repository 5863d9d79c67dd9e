#include "commands/addlanecommand.h"

#include "bpmn/elements.h"
#include "commands/lanegeometry.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"
#include "document.h"

#include <algorithm>

namespace amtsweg {
namespace {

using lanegeometry::alongAcross;
using lanegeometry::kHeader;

void shiftPoint(ModelTree &tree, TreeEdit &edit, NodeId point, NameId axis, qreal line, qreal by,
                NodeId owner)
{
    const auto v = di::parseNumber(tree.attr(point, axis));
    if (!v || *v < line - 0.5)
        return;
    edit.setAttribute(tree, point, axis, di::formatNumber(di::roundCoordinate(*v + by)),
                      ChangeNote::ofGeometry(owner));
}

} // namespace

AddLaneCommand::AddLaneCommand(BpmnDocument *document, NodeId target, bool below, NodeId plane,
                               qreal size, QUndoCommand *parent)
    : DocumentCommand(document, tr("Add lane"), parent), m_target(target), m_below(below),
      m_plane(plane), m_size(size)
{
}

void AddLaneCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (m_target == kNoNode || !tree.isAttached(m_target) || !tree.isAttached(m_plane))
        return;
    const NameTable::Known &k = tree.known();
    NodeId participant = m_target, process = kNoNode, lane = kNoNode;
    if (bpmn::isLane(tree, m_target)) {
        lane = m_target;
        process = bpmn::processOf(tree, lane);
        participant = bpmn::participantOf(tree, process);
    } else if (bpmn::isParticipant(tree, m_target)) {
        process = tree.resolveRef(tree.attr(participant, k.processRef));
    }
    const NodeId poolShape = lanerefs::shapeIn(tree, participant, m_plane);
    const auto poolBounds = poolShape ? di::bounds(tree, poolShape) : std::nullopt;
    if (process == kNoNode || !poolBounds)
        return;
    const bool horizontal = tree.attr(poolShape, k.isHorizontal) != "false";
    const QRectF pool = alongAcross(*poolBounds, horizontal); // x along, y across the pool

    std::vector<NodeId> topLanes = lanegeometry::childLanes(tree, process);
    std::erase_if(topLanes, [&](NodeId l) { return !lanerefs::shapeIn(tree, l, m_plane); });
    auto crossRect = [&](NodeId l) {
        return alongAcross(*di::bounds(tree, lanerefs::shapeIn(tree, l, m_plane)), horizontal);
    };
    std::sort(topLanes.begin(), topLanes.end(),
              [&](NodeId a, NodeId b) { return crossRect(a).top() < crossRect(b).top(); });

    const NodeId newLane = bpmn::createBpmnElement(tree, "lane");
    NodeId firstLane = kNoNode;
    QRectF newRect;
    if (lane == kNoNode && topLanes.empty()) {
        // The pool's first lanes: one for what is there, one new.
        NodeId laneSet = kNoNode;
        for (NodeId c : bpmn::childElements(tree, process))
            if (bpmn::isLaneSet(tree, c))
                laneSet = c;
        if (laneSet == kNoNode) {
            laneSet = bpmn::createBpmnElement(tree, "laneSet");
            edit.insert(tree, process, laneSet, bpmn::schemaInsertBefore(tree, process, laneSet),
                        ChangeNote::ofStructure());
        }
        firstLane = bpmn::createBpmnElement(tree, "lane");
        const QRectF existing(pool.left() + kHeader, pool.top(), pool.width() - kHeader,
                              pool.height());
        makeRoom(tree, edit, participant, process, m_below ? pool.bottom() : pool.top(),
                 horizontal);
        QRectF firstRect = existing;
        if (!m_below)
            firstRect.translate(0, m_size);
        newRect = QRectF(existing.left(), m_below ? existing.bottom() : existing.top(),
                         existing.width(), m_size);
        edit.insert(tree, laneSet, firstLane, kNoNode, ChangeNote::ofStructure());
        edit.insert(tree, laneSet, newLane, m_below ? kNoNode : firstLane,
                    ChangeNote::ofStructure());
        const NodeId firstShape =
            di::createShape(tree, tree.id(firstLane), alongAcross(firstRect, horizontal));
        tree.setAttribute(firstShape, k.isHorizontal, horizontal ? "true" : "false");
        edit.insert(tree, m_plane, firstShape, bpmn::schemaInsertBefore(tree, m_plane, firstShape),
                    ChangeNote::ofStructure());
    } else {
        if (lane == kNoNode)
            lane = m_below ? topLanes.back() : topLanes.front();
        if (!lanerefs::shapeIn(tree, lane, m_plane))
            return;
        m_anchor = lane;
        const QRectF l = crossRect(lane);
        const qreal line = m_below ? l.bottom() : l.top();
        makeRoom(tree, edit, participant, process, line, horizontal);
        newRect = QRectF(l.left(), line, l.width(), m_size);
        edit.insert(tree, tree.parent(lane), newLane, m_below ? tree.next(lane) : lane,
                    ChangeNote::ofStructure());
    }
    const NodeId shape = di::createShape(tree, tree.id(newLane), alongAcross(newRect, horizontal));
    tree.setAttribute(shape, k.isHorizontal, horizontal ? "true" : "false");
    edit.insert(tree, m_plane, shape, bpmn::schemaInsertBefore(tree, m_plane, shape),
                ChangeNote::ofStructure());
    m_lane = newLane;
    lanerefs::sync(tree, edit, process, m_plane);
}

void AddLaneCommand::makeRoom(ModelTree &tree, TreeEdit &edit, NodeId participant, NodeId process,
                              qreal line, bool horizontal)
{
    const NameTable::Known &k = tree.known();
    const NameId cross = horizontal ? k.y : k.x;
    const NameId extent = horizontal ? k.height : k.width;
    auto belongs = [&](NodeId semantic) {
        if (semantic == kNoNode)
            return false;
        if (semantic == participant || tree.isInside(semantic, process))
            return true;
        // message flows and associations with an end in the pool
        const NodeId s = bpmn::sourceOf(tree, semantic), t = bpmn::targetOf(tree, semantic);
        return (s && (s == participant || tree.isInside(s, process))) ||
               (t && (t == participant || tree.isInside(t, process)));
    };
    for (NodeId c = tree.firstChild(m_plane); c != kNoNode; c = tree.next(c)) {
        const NodeId semantic = di::semanticOf(tree, c);
        if (!di::isDiagramElement(tree, c) || !belongs(semantic))
            continue;
        if (di::isShape(tree, c)) {
            const NodeId b = di::boundsNode(tree, c);
            const auto r = di::bounds(tree, c);
            if (b == kNoNode || !r)
                continue;
            const QRectF t = alongAcross(*r, horizontal);
            const bool enclosing =
                semantic == participant ||
                (m_anchor != kNoNode && semantic != m_anchor && bpmn::isLane(tree, semantic) &&
                 tree.isInside(m_anchor, semantic));
            if (enclosing)
                edit.setAttribute(tree, b, extent,
                                  di::formatNumber(di::roundCoordinate(t.height() + m_size)),
                                  ChangeNote::ofGeometry(c));
            else if (t.top() >= line - 0.5)
                shiftPoint(tree, edit, b, cross, line, m_size, c);
            else if (t.bottom() > line + 0.5)
                edit.setAttribute(tree, b, extent,
                                  di::formatNumber(di::roundCoordinate(t.height() + m_size)),
                                  ChangeNote::ofGeometry(c));
        } else {
            for (NodeId p : di::waypointNodes(tree, c))
                shiftPoint(tree, edit, p, cross, line, m_size, c);
        }
        if (const NodeId label = di::labelOf(tree, c))
            if (const NodeId b = di::boundsNode(tree, label))
                shiftPoint(tree, edit, b, cross, line, m_size, c);
    }
}

} // namespace amtsweg

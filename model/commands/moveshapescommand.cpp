#include "commands/moveshapescommand.h"

#include "di/diagraminfo.h"
#include "document.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace amtsweg {
namespace {

/// Adds `delta` to a numeric attribute; non-numeric values stay as they are.
void shift(ModelTree &tree, TreeEdit &edit, NodeId n, NameId name, double delta, NodeId owner)
{
    const auto value = tree.attribute(n, name);
    const auto number = value ? di::parseNumber(*value) : std::nullopt;
    if (!number || delta == 0)
        return;
    edit.setAttribute(tree, n, name, di::formatNumber(di::roundCoordinate(*number + delta)),
                      ChangeNote::ofGeometry(owner));
}

void shiftPoint(ModelTree &tree, TreeEdit &edit, NodeId n, const QPointF &d, NodeId owner)
{
    if (n == kNoNode)
        return;
    shift(tree, edit, n, tree.known().x, d.x(), owner);
    shift(tree, edit, n, tree.known().y, d.y(), owner);
}

/// Moves the Bounds of a shape and the Bounds of its label.
void shiftBoundsAndLabel(ModelTree &tree, TreeEdit &edit, NodeId diElement, const QPointF &d)
{
    shiftPoint(tree, edit, di::boundsNode(tree, diElement), d, diElement);
    if (const NodeId label = di::labelOf(tree, diElement))
        shiftPoint(tree, edit, di::boundsNode(tree, label), d, diElement);
}

} // namespace

MoveShapesCommand::MoveShapesCommand(BpmnDocument *document, std::vector<NodeId> diElements,
                                     const QPointF &delta, QUndoCommand *parent)
    : DocumentCommand(document, tr("Move"), parent), m_elements(std::move(diElements)),
      m_delta(delta)
{
}

void MoveShapesCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (m_delta.isNull())
        return;
    std::unordered_set<NodeId> shapes, edges;
    std::vector<NodeId> planes; // in first-seen order, for a deterministic record
    for (NodeId n : m_elements) {
        if (n == kNoNode || !tree.isValid(n) || !tree.isAttached(n))
            continue;
        if (!di::isDiagramElement(tree, n))
            n = di::diagramElementOf(tree, n);
        if (n == kNoNode)
            continue;
        if (!(di::isShape(tree, n) ? shapes : edges).insert(n).second)
            continue;
        if (const NodeId plane = tree.parent(n);
            std::find(planes.begin(), planes.end(), plane) == planes.end())
            planes.push_back(plane);
    }
    const NameTable::Known &k = tree.known();
    for (NodeId plane : planes) {
        const std::unordered_map<NodeId, NodeId> index = di::indexPlane(tree, plane);
        auto endShape = [&](NodeId edge, NameId diRef, NameId semanticRef) -> NodeId {
            if (const auto ref = tree.attribute(edge, diRef))
                if (const NodeId s = tree.resolveRef(*ref))
                    return s;
            const NodeId flow = di::semanticOf(tree, edge);
            const auto end = flow != kNoNode ? tree.attribute(flow, semanticRef) : std::nullopt;
            const NodeId node = end ? tree.resolveRef(*end) : kNoNode;
            const auto it = index.find(node);
            return it == index.end() ? kNoNode : it->second;
        };
        for (NodeId c = tree.firstChild(plane); c != kNoNode; c = tree.next(c)) {
            if (shapes.count(c)) {
                shiftBoundsAndLabel(tree, edit, c, m_delta);
                continue;
            }
            if (!di::isEdge(tree, c))
                continue;
            const bool sourceMoves = shapes.count(endShape(c, k.sourceElement, k.sourceRef)) > 0;
            const bool targetMoves = shapes.count(endShape(c, k.targetElement, k.targetRef)) > 0;
            const std::vector<NodeId> points = di::waypointNodes(tree, c);
            if (edges.count(c) || (sourceMoves && targetMoves)) {
                for (NodeId p : points)
                    shiftPoint(tree, edit, p, m_delta, c);
                if (const NodeId label = di::labelOf(tree, c))
                    shiftPoint(tree, edit, di::boundsNode(tree, label), m_delta, c);
            } else if (!points.empty()) {
                if (sourceMoves)
                    shiftPoint(tree, edit, points.front(), m_delta, c);
                if (targetMoves)
                    shiftPoint(tree, edit, points.back(), m_delta, c);
            }
        }
    }
}

} // namespace amtsweg

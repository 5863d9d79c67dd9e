#include "commands/reconnectflowcommand.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "document.h"

#include <cmath>

namespace amtsweg {
namespace {

/// Where the line from `from` towards the centre of `rect` enters it (the centre when `from`
/// lies inside).
QPointF borderPoint(const QRectF &rect, const QPointF &from)
{
    const QPointF c = rect.center();
    const QPointF d = from - c;
    if (rect.contains(from) || (d.x() == 0 && d.y() == 0))
        return c;
    double t = 1;
    if (d.x() != 0)
        t = std::min(t, rect.width() / 2 / std::abs(d.x()));
    if (d.y() != 0)
        t = std::min(t, rect.height() / 2 / std::abs(d.y()));
    return c + d * t;
}

} // namespace

ReconnectFlowCommand::ReconnectFlowCommand(BpmnDocument *document, NodeId flow, FlowEnd end,
                                           NodeId newNode, std::optional<QPointF> endPoint,
                                           QUndoCommand *parent)
    : DocumentCommand(document, tr("Reconnect"), parent), m_flow(flow), m_end(end),
      m_newNode(newNode), m_endPoint(endPoint)
{
}

void ReconnectFlowCommand::build(ModelTree &tree, TreeEdit &edit)
{
    NodeId flow = m_flow;
    if (di::isEdge(tree, flow))
        flow = di::semanticOf(tree, flow);
    NodeId newNode = m_newNode;
    if (di::isShape(tree, newNode))
        newNode = di::semanticOf(tree, newNode);
    if (flow == kNoNode || newNode == kNoNode || !tree.isAttached(flow) ||
        !tree.isAttached(newNode) || tree.id(newNode).empty())
        return;

    const NameTable::Known &k = tree.known();
    const bool source = m_end == FlowEnd::Source;
    const NameId refName = source ? k.sourceRef : k.targetRef;
    const NodeId oldNode = source ? bpmn::sourceOf(tree, flow) : bpmn::targetOf(tree, flow);
    const bool nodeChanges = oldNode != newNode;
    if (!nodeChanges && !m_endPoint)
        return;

    if (nodeChanges) {
        edit.setAttribute(tree, flow, refName, tree.id(newNode),
                          ChangeNote::ofProperty(flow, refName));
        if (bpmn::isSequenceFlow(tree, flow)) {
            const std::string_view listName = source ? "outgoing" : "incoming";
            if (const NodeId old = bpmn::referenceChild(tree, oldNode, listName, flow))
                edit.detach(tree, old, ChangeNote::ofProperty(oldNode, tree.nameId(old)));
            if (bpmn::referenceChild(tree, newNode, listName, flow) == kNoNode) {
                const NodeId ref = bpmn::createReference(tree, listName, tree.id(flow));
                edit.insert(tree, newNode, ref, bpmn::schemaInsertBefore(tree, newNode, ref),
                            ChangeNote::ofProperty(newNode, tree.nameId(ref)));
            }
            if (source && oldNode != kNoNode &&
                tree.resolveRef(tree.attr(oldNode, k.default_)) == flow)
                edit.removeAttribute(tree, oldNode, k.default_,
                                     ChangeNote::ofProperty(oldNode, k.default_));
        }
    }

    const NameId diRef = source ? k.sourceElement : k.targetElement;
    for (NodeId edge : di::diagramElementsOf(tree, flow)) {
        if (!di::isEdge(tree, edge))
            continue;
        const NodeId shape = di::diagramElementOf(tree, newNode, tree.parent(edge));
        if (nodeChanges && shape != kNoNode && tree.attribute(edge, diRef))
            edit.setAttribute(tree, edge, diRef, tree.id(shape), ChangeNote::ofGeometry(edge));
        const std::vector<NodeId> points = di::waypointNodes(tree, edge);
        if (points.empty())
            continue;
        const NodeId endNode = source ? points.front() : points.back();
        std::optional<QPointF> p = m_endPoint;
        if (!p && shape != kNoNode) {
            const auto rect = di::bounds(tree, shape);
            const NodeId neighbour =
                points.size() > 1 ? (source ? points[1] : points[points.size() - 2]) : endNode;
            const auto from = di::point(tree, neighbour);
            if (rect)
                p = from ? borderPoint(*rect, *from) : rect->center();
        }
        if (!p)
            continue;
        edit.setAttribute(tree, endNode, k.x, di::formatNumber(di::roundCoordinate(p->x())),
                          ChangeNote::ofGeometry(edge));
        edit.setAttribute(tree, endNode, k.y, di::formatNumber(di::roundCoordinate(p->y())),
                          ChangeNote::ofGeometry(edge));
    }
}

} // namespace amtsweg

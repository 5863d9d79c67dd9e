#include "connectionmaker.h"

#include "bpmn/elements.h"
#include "commands/addelementcommand.h"
#include "commands/insertelementscommand.h"
#include "commands/reconnectflowcommand.h"
#include "di/diagraminfo.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "edgeindex.h"
#include "orthogonalrouter.h"

#include <algorithm>
#include <cmath>

namespace amtsweg {

ConnectionMaker::ConnectionMaker(DiagramScene &scene) : m_scene(scene) {}

NodeId ConnectionMaker::semantic(NodeId shape) const
{
    const ShapeItem *item = m_scene.shapeItem(shape);
    return item ? item->semanticElement() : kNoNode;
}

NodeId ConnectionMaker::poolOf(NodeId n) const
{
    const ModelTree &t = *m_scene.tree();
    if (bpmn::isParticipant(t, n))
        return n;
    return bpmn::participantOf(t, bpmn::processOf(t, n));
}

NodeId ConnectionMaker::messageFlowParent() const
{
    const ModelTree &t = *m_scene.tree();
    const NodeId root = di::semanticOf(t, m_scene.plane());
    return bpmn::isCollaboration(t, root) ? root : kNoNode;
}

ConnectionKind ConnectionMaker::kindFor(NodeId sourceShape, NodeId targetShape) const
{
    const ModelTree &t = *m_scene.tree();
    const NodeId s = semantic(sourceShape), g = semantic(targetShape);
    if (s == kNoNode || g == kNoNode || s == g)
        return ConnectionKind::None;
    auto isData = [&](NodeId n) {
        return bpmn::isDataObjectReference(t, n) || bpmn::isDataStoreReference(t, n);
    };
    if (bpmn::isTextAnnotation(t, s) != bpmn::isTextAnnotation(t, g))
        return bpmn::isLane(t, s) || bpmn::isLane(t, g) ? ConnectionKind::None
                                                        : ConnectionKind::Association;
    if (isData(s) && bpmn::isActivity(t, g))
        return ConnectionKind::DataInputAssociation;
    if (bpmn::isActivity(t, s) && isData(g))
        return ConnectionKind::DataOutputAssociation;

    const bool sNode = bpmn::isFlowNode(t, s), gNode = bpmn::isFlowNode(t, g);
    const bool sPool = bpmn::isParticipant(t, s), gPool = bpmn::isParticipant(t, g);
    if ((!sNode && !sPool) || (!gNode && !gPool))
        return ConnectionKind::None;
    const NodeId sp = poolOf(s), gp = poolOf(g);
    if (sp != gp) {
        // Message flows: between pools, never from or to gateways or the wrong event kinds.
        if (sp == kNoNode || gp == kNoNode || messageFlowParent() == kNoNode)
            return ConnectionKind::None;
        if (bpmn::isGateway(t, s) || bpmn::isGateway(t, g) || bpmn::isStartEvent(t, s) ||
            bpmn::isEndEvent(t, g) || t.localName(s) == "intermediateCatchEvent" ||
            t.localName(g) == "intermediateThrowEvent" || bpmn::isBoundaryEvent(t, s))
            return ConnectionKind::None;
        return ConnectionKind::MessageFlow;
    }
    if (!sNode || !gNode || t.parent(s) != t.parent(g))
        return ConnectionKind::None;
    if (bpmn::isEndEvent(t, s) || bpmn::isStartEvent(t, g) || bpmn::isBoundaryEvent(t, g))
        return ConnectionKind::None;
    return ConnectionKind::SequenceFlow;
}

QList<QPointF> ConnectionMaker::routeBetween(NodeId sourceShape, NodeId targetShape) const
{
    const ShapeItem *s = m_scene.shapeItem(sourceShape);
    const ShapeItem *g = m_scene.shapeItem(targetShape);
    if (!s || !g)
        return {};
    auto isGateway = [](const ShapeItem *item) {
        switch (item->spec().kind) {
        case ShapeKind::ExclusiveGateway:
        case ShapeKind::InclusiveGateway:
        case ShapeKind::ParallelGateway:
        case ShapeKind::ComplexGateway:
        case ShapeKind::EventBasedGateway:
            return true;
        default:
            return false;
        }
    };
    // A flow to or from an expanded pool meets it straight above or below the other end.
    const ShapeItem *pool = g->spec().kind == ShapeKind::Participant   ? g
                            : s->spec().kind == ShapeKind::Participant ? s
                                                                       : nullptr;
    const ShapeItem *other = pool == g ? s : g;
    if (pool && pool != other && pool->spec().isHorizontal && pool->spec().isExpanded) {
        const QRectF p = pool->bounds(), o = other->bounds();
        const qreal x = std::round(qBound(p.left() + 40, o.center().x(), p.right() - 10));
        if (o.bottom() <= p.top() || o.top() >= p.bottom()) {
            const bool below = o.bottom() <= p.top();
            QList<QPointF> points{QPointF(x, below ? o.bottom() : o.top()),
                                  QPointF(x, below ? p.top() : p.bottom())};
            if (pool == s)
                std::reverse(points.begin(), points.end());
            if (qAbs(x - o.center().x()) < 0.5)
                return points;
        }
    }
    routing::Hints hints;
    hints.sourceIsGateway = isGateway(s);
    hints.targetIsGateway = isGateway(g);
    hints.preferVertical = kindFor(sourceShape, targetShape) == ConnectionKind::MessageFlow;
    return routing::route(s->bounds(), g->bounds(), hints);
}

NodeId ConnectionMaker::connect(NodeId sourceShape, NodeId targetShape)
{
    const ConnectionKind kind = kindFor(sourceShape, targetShape);
    if (kind == ConnectionKind::None)
        return kNoNode;
    BpmnDocument &doc = *m_scene.document();
    ModelTree &t = doc.nodeFactory();
    const NodeId s = semantic(sourceShape), g = semantic(targetShape);
    const QList<QPointF> points = routeBetween(sourceShape, targetShape);
    const NodeId plane = m_scene.plane();
    NodeId flow = kNoNode;
    switch (kind) {
    case ConnectionKind::SequenceFlow:
        flow = doc.addSequenceFlow(s, g, points);
        break;
    case ConnectionKind::MessageFlow:
    case ConnectionKind::Association: {
        const bool message = kind == ConnectionKind::MessageFlow;
        flow = bpmn::createBpmnElement(t, message ? "messageFlow" : "association");
        t.setAttribute(flow, t.known().sourceRef, t.id(s));
        t.setAttribute(flow, t.known().targetRef, t.id(g));
        const NodeId annotation = bpmn::isTextAnnotation(t, s) ? s : g;
        const NodeId parent = message ? messageFlowParent() : t.parent(annotation);
        doc.push(new AddElementCommand(&doc, parent, flow, plane,
                                       di::createEdge(t, t.id(flow), points)));
        break;
    }
    case ConnectionKind::DataInputAssociation:
    case ConnectionKind::DataOutputAssociation: {
        const bool input = kind == ConnectionKind::DataInputAssociation;
        const NodeId activity = input ? g : s;
        const NodeId data = input ? s : g;
        flow = bpmn::createBpmnElement(t, input ? "dataInputAssociation" : "dataOutputAssociation");
        std::vector<InsertElementsCommand::Insertion> inserts;
        if (input) {
            // bpmn.io's placeholder property as the required target of an input association.
            const NodeId property = bpmn::createBpmnElement(t, "property");
            t.setAttribute(property, t.known().name, "__targetRef_placeholder");
            inserts.push_back({activity, property});
            t.insert(flow, bpmn::createReference(t, "sourceRef", t.id(data)));
            t.insert(flow, bpmn::createReference(t, "targetRef", t.id(property)));
        } else {
            t.insert(flow, bpmn::createReference(t, "targetRef", t.id(data)));
        }
        inserts.push_back({activity, flow});
        inserts.push_back({plane, di::createEdge(t, t.id(flow), points)});
        doc.push(new InsertElementsCommand(&doc, tr("Connect data"), std::move(inserts)));
        break;
    }
    case ConnectionKind::None:
        return kNoNode;
    }
    return m_scene.diElementFor(flow);
}

bool ConnectionMaker::reconnect(NodeId edge, FlowEnd end, NodeId newShape)
{
    const EdgeItem *item = m_scene.edgeItem(edge);
    if (!item)
        return false;
    const ModelTree &t = *m_scene.tree();
    const EdgeIndex::Ends ends = m_scene.edgeIndex().ends(edge);
    const NodeId other = m_scene.diElementFor(end == FlowEnd::Source ? ends.target : ends.source);
    const ConnectionKind now =
        end == FlowEnd::Source ? kindFor(newShape, other) : kindFor(other, newShape);
    const NodeId flow = item->semanticElement();
    const bool sameKind = (now == ConnectionKind::SequenceFlow && bpmn::isSequenceFlow(t, flow)) ||
                          (now == ConnectionKind::MessageFlow && bpmn::isMessageFlow(t, flow)) ||
                          (now == ConnectionKind::Association && bpmn::isAssociation(t, flow));
    if (!sameKind)
        return false;
    m_scene.document()->reconnectFlow(flow, end, semantic(newShape));
    return true;
}

} // namespace amtsweg

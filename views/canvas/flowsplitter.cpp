#include "flowsplitter.h"

#include "bpmn/elements.h"
#include "commands/reconnectflowcommand.h"
#include "connectionmaker.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "notation/diagrambuilder.h"

#include <QGraphicsPathItem>
#include <QLineF>
#include <QPen>

#include <limits>

namespace amtsweg {
namespace {

/// How close (screen pixels) the mouse has to come to a flow to hover over it.
constexpr qreal kTolerance = 8;

/// The point of segment a-b nearest to p.
QPointF nearestOnSegment(const QPointF &a, const QPointF &b, const QPointF &p)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    if (length2 <= 0)
        return a;
    const qreal t = qBound(0.0, QPointF::dotProduct(p - a, ab) / length2, 1.0);
    return a + ab * t;
}

/// Index of the segment of `route` nearest to `p` (-1 for fewer than two points), and its
/// distance.
std::pair<qsizetype, qreal> nearestSegment(const QPolygonF &route, const QPointF &p)
{
    std::pair<qsizetype, qreal> best{-1, std::numeric_limits<qreal>::max()};
    for (qsizetype i = 1; i < route.size(); ++i) {
        const qreal d = QLineF(p, nearestOnSegment(route[i - 1], route[i], p)).length();
        if (d < best.second)
            best = {i - 1, d};
    }
    return best;
}

} // namespace

bool FlowSplitter::canSplitWith(CreateKind kind)
{
    return kind == CreateKind::Task || kind == CreateKind::IntermediateEvent ||
           kind == CreateKind::Gateway || kind == CreateKind::SubProcess;
}

bool FlowSplitter::canSplitWith(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Task:
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
    case ShapeKind::CallActivity:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::ExclusiveGateway:
    case ShapeKind::InclusiveGateway:
    case ShapeKind::ParallelGateway:
    case ShapeKind::ComplexGateway:
    case ShapeKind::EventBasedGateway:
        return true;
    default:
        return false;
    }
}

NodeId FlowSplitter::flowAt(const QPointF &scenePos, NodeId container) const
{
    const ModelTree *tree = m_scene.tree();
    if (!tree || container == kNoNode)
        return kNoNode;
    const qreal tolerance = kTolerance / qMax<qreal>(m_scene.viewScale(), 0.01);
    const QRectF area(scenePos - QPointF(tolerance, tolerance), QSizeF(2, 2) * tolerance);
    NodeId best = kNoNode;
    qreal bestDistance = tolerance;
    for (QGraphicsItem *item : m_scene.items(area)) {
        if (item->type() != EdgeItem::Type)
            continue;
        const auto *edge = static_cast<const EdgeItem *>(item);
        const NodeId flow = edge->semanticElement();
        if (flow == kNoNode || !bpmn::isSequenceFlow(*tree, flow) ||
            tree->parent(flow) != container)
            continue;
        const qreal d = nearestSegment(edge->spec().waypoints, scenePos).second;
        if (d <= bestDistance) {
            best = edge->diElement();
            bestDistance = d;
        }
    }
    return best;
}

QPointF FlowSplitter::centreOnFlow(NodeId edge, const QPointF &centre) const
{
    const EdgeItem *item = m_scene.edgeItem(edge);
    if (!item)
        return centre;
    const QPolygonF &route = item->spec().waypoints;
    const qsizetype i = nearestSegment(route, centre).first;
    if (i < 0)
        return centre;
    const QPointF a = route[i], b = route[i + 1];
    if (qFuzzyCompare(a.y(), b.y()))
        return {centre.x(), a.y()};
    if (qFuzzyCompare(a.x(), b.x()))
        return {a.x(), centre.y()};
    return nearestOnSegment(a, b, centre);
}

NodeId FlowSplitter::split(NodeId edge, NodeId shape)
{
    BpmnDocument *doc = m_scene.document();
    DiagramEditor *editor = m_scene.editor();
    const ShapeItem *inserted = m_scene.shapeItem(shape);
    if (!doc || !editor || !inserted || !m_scene.edgeItem(edge))
        return kNoNode;
    const ModelTree &t = doc->tree();
    const NodeId flow = m_scene.edgeItem(edge)->semanticElement();
    const NodeId node = inserted->semanticElement();
    const NodeId source = bpmn::sourceOf(t, flow), target = bpmn::targetOf(t, flow);
    const NodeId sourceShape = m_scene.diElementFor(source);
    const NodeId targetShape = m_scene.diElementFor(target);
    if (node == kNoNode || target == kNoNode || node == source || node == target)
        return kNoNode;
    ConnectionMaker &connector = editor->connector();
    doc->reconnectFlow(flow, FlowEnd::Target, node);
    if (sourceShape != kNoNode)
        doc->setWaypoints(edge, connector.routeBetween(sourceShape, shape));
    QList<QPointF> route =
        targetShape != kNoNode ? connector.routeBetween(shape, targetShape) : QList<QPointF>();
    if (route.size() < 2)
        route = {inserted->bounds().center(), inserted->bounds().center()};
    return doc->addSequenceFlow(node, target, route);
}

FlowHighlight::~FlowHighlight()
{
    delete m_item;
}

void FlowHighlight::show(NodeId edge)
{
    const EdgeItem *item = edge != kNoNode ? m_scene.edgeItem(edge) : nullptr;
    m_edge = item ? edge : kNoNode;
    if (!item) {
        if (m_item)
            m_item->hide();
        return;
    }
    if (!m_item) {
        m_item = new QGraphicsPathItem;
        QColor colour = selectionColor();
        colour.setAlpha(140);
        QPen pen(colour, 6);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        m_item->setPen(pen);
        m_item->setZValue(DiagramBuilder::kLabelZ + 30);
        m_item->setAcceptedMouseButtons(Qt::NoButton);
        m_scene.addItem(m_item);
    }
    QPainterPath path;
    path.addPolygon(item->spec().waypoints);
    m_item->setPath(path);
    m_item->show();
}

} // namespace amtsweg

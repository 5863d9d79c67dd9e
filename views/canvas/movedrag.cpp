#include "movedrag.h"

#include "commands/edgefollow.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "flowsplitter.h"
#include "movepreview.h"
#include "snapper.h"

#include <QUndoStack>

namespace amtsweg {

namespace {

/// Above this many moving shapes the drag moves one outline item instead of the elements.
constexpr int kOutlineThreshold = 150;

} // namespace

MoveDrag::MoveDrag(DiagramScene &scene, const QList<NodeId> &selection, NodeId grabbed,
                   const QPointF &start)
    : m_scene(scene), m_set(MoveSet::collect(scene, selection)), m_grabbed(grabbed), m_start(start)
{
    QSet<NodeId> moving;
    for (NodeId di : std::as_const(m_set.shapes)) {
        moving.insert(di);
        if (QGraphicsItem *item = scene.itemFor(di))
            m_shapePos.insert(di, item->pos());
    }
    for (const MoveSet::EndEdge &e : std::as_const(m_set.endEdges))
        if (EdgeItem *item = scene.edgeItem(e.edge))
            m_endEdgePoints.insert(e.edge, item->spec().waypoints);
    if (!m_set.shapes.contains(m_grabbed))
        m_grabbed = m_set.shapes.isEmpty() ? kNoNode : m_set.shapes.front();
    m_snapper = std::make_unique<Snapper>(scene, moving);
    if (const ShapeItem *grabbed = scene.shapeItem(m_grabbed)) {
        // Pools and lanes snap to the grid only.
        const ShapeKind kind = grabbed->spec().kind;
        m_snapper->setNeighbours(kind != ShapeKind::Participant && kind != ShapeKind::Lane);
    }
    if (m_set.shapes.size() > kOutlineThreshold) {
        QList<QRectF> shapes;
        QList<QPolygonF> edges;
        for (NodeId di : std::as_const(m_set.shapes))
            if (const ShapeItem *item = scene.shapeItem(di))
                shapes << item->bounds();
        for (NodeId di : std::as_const(m_set.wholeEdges))
            if (const EdgeItem *item = scene.edgeItem(di))
                edges << item->spec().waypoints;
        m_outline = new MovePreview(std::move(shapes), std::move(edges));
        scene.addItem(m_outline);
        m_outline->setVisible(false);
    }
    // One unconnected flow node may be dropped into a sequence flow of its process.
    const ShapeItem *node = scene.shapeItem(m_grabbed);
    if (node && m_set.shapes.size() == 1 && m_set.endEdges.isEmpty() &&
        m_set.wholeEdges.isEmpty() && FlowSplitter::canSplitWith(node->spec().kind) &&
        node->semanticElement() != kNoNode) {
        m_splitContainer = scene.tree()->parent(node->semanticElement());
        m_flow = std::make_unique<FlowHighlight>(scene);
    }
}

MoveDrag::~MoveDrag()
{
    if (!m_done)
        cancel();
}

void MoveDrag::update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    const bool snap = !(modifiers & Qt::AltModifier);
    QPointF delta = scenePos - m_start;
    const ShapeItem *grabbed = m_scene.shapeItem(m_grabbed);
    if (grabbed && snap)
        delta += m_snapper->snapRect(grabbed->bounds().translated(delta));
    if (m_flow && grabbed) {
        // Over a sequence flow: highlight it and put the node's centre onto it.
        const FlowSplitter splitter(m_scene);
        const NodeId edge = splitter.flowAt(scenePos, m_splitContainer);
        m_flow->show(edge);
        const QPointF centre = grabbed->bounds().center() + delta;
        if (edge != kNoNode)
            delta += splitter.centreOnFlow(edge, centre) - centre;
    }
    if (delta == m_delta)
        return;
    apply(delta);
}

void MoveDrag::apply(const QPointF &delta)
{
    m_delta = delta;
    if (m_outline) {
        m_outline->setPos(delta);
        m_outline->setVisible(!delta.isNull());
        applyEndEdges(delta);
        return;
    }
    for (auto it = m_shapePos.cbegin(); it != m_shapePos.cend(); ++it) {
        if (QGraphicsItem *item = m_scene.itemFor(it.key()))
            item->setPos(it.value() + delta);
        if (QGraphicsItem *label = m_scene.labelFor(it.key()))
            label->setPos(delta);
    }
    for (NodeId edge : std::as_const(m_set.wholeEdges)) {
        if (QGraphicsItem *item = m_scene.itemFor(edge))
            item->setPos(delta);
        if (QGraphicsItem *label = m_scene.labelFor(edge))
            label->setPos(delta);
    }
    applyEndEdges(delta);
}

void MoveDrag::applyEndEdges(const QPointF &delta)
{
    for (const MoveSet::EndEdge &e : std::as_const(m_set.endEdges)) {
        EdgeItem *item = m_scene.edgeItem(e.edge);
        const QPolygonF points = m_endEdgePoints.value(e.edge);
        if (!item || points.isEmpty())
            continue;
        // The route the command will give it.
        const QList<QPointF> route = edgefollow::follow(
            QList<QPointF>(points.begin(), points.end()), e.source, e.target, delta);
        item->setPreviewWaypoints(QPolygonF(route));
    }
}

void MoveDrag::restore()
{
    apply(QPointF());
    for (auto it = m_endEdgePoints.cbegin(); it != m_endEdgePoints.cend(); ++it)
        if (EdgeItem *item = m_scene.edgeItem(it.key()))
            item->setPreviewWaypoints(it.value());
}

void MoveDrag::finish()
{
    if (m_done)
        return;
    m_done = true;
    const QPointF delta = m_delta;
    const NodeId flow = flowToSplit();
    restore();
    removeOutline();
    m_flow.reset();
    DiagramEditor *editor = m_scene.editor();
    if (delta.isNull() || !editor)
        return;
    if (flow == kNoNode) {
        editor->moveShapes(m_set, delta);
        return;
    }
    QUndoStack *undo = m_scene.document()->undoStack();
    undo->beginMacro(FlowSplitter::tr("Insert into flow"));
    editor->moveShapes(m_set, delta);
    FlowSplitter(m_scene).split(flow, m_grabbed);
    undo->endMacro();
}

NodeId MoveDrag::flowToSplit() const
{
    return m_flow ? m_flow->edge() : kNoNode;
}

void MoveDrag::cancel()
{
    if (m_done)
        return;
    m_done = true;
    restore();
    removeOutline();
    m_flow.reset();
}

void MoveDrag::removeOutline()
{
    delete m_outline;
    m_outline = nullptr;
}

} // namespace amtsweg

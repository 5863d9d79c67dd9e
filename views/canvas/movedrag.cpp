#include "movedrag.h"

#include "bpmn/boundaryrules.h"
#include "bpmn/elements.h"
#include "commands/attachboundaryeventcommand.h"
#include "commands/detachboundaryeventcommand.h"
#include "commands/edgefollow.h"
#include "commands/movetocontainercommand.h"
#include "commands/undomacro.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "drophighlight.h"
#include "flowsplitter.h"
#include "movepreview.h"
#include "snapper.h"

#include <QUndoStack>

#include <optional>

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
    m_finder = std::make_unique<DropFinder>(scene, moving);
    findCandidates(selection);
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

void MoveDrag::findCandidates(const QList<NodeId> &selection)
{
    const ModelTree &t = *m_scene.tree();
    QList<NodeId> selected;
    for (NodeId di : selection) {
        const ShapeItem *item = m_scene.shapeItem(di);
        const NodeId semantic = item ? item->semanticElement() : kNoNode;
        if (bpmn::isParticipant(t, semantic) || bpmn::isLane(t, semantic))
            return; // pools and lanes move on the canvas, not into containers
        if (bpmn::isFlowNode(t, semantic))
            selected << semantic;
    }
    QSet<NodeId> moving;
    for (NodeId di : std::as_const(m_set.shapes))
        if (const ShapeItem *item = m_scene.shapeItem(di))
            moving.insert(item->semanticElement());
    // Content of a moved sub-process and boundary events go along with their parent or host.
    for (NodeId semantic : std::as_const(selected))
        if (!bpmn::isBoundaryEvent(t, semantic) && !moving.contains(t.parent(semantic)))
            m_candidates.push_back(semantic);
    if (m_set.shapes.size() != 1 || !m_scene.shapeItem(m_set.shapes.front()))
        return;
    const NodeId single = m_scene.shapeItem(m_set.shapes.front())->semanticElement();
    if (bpmn::isBoundaryEvent(t, single) || t.is(single, "intermediateCatchEvent") ||
        t.is(single, "intermediateThrowEvent") || bpmn::isStartEvent(t, single) ||
        bpmn::isEndEvent(t, single))
        m_event = single;
    if (bpmn::isBoundaryEvent(t, single))
        m_candidates = {single}; // detaching may change its container
}

bool MoveDrag::updateHost(QPointF &delta)
{
    const ShapeItem *grabbed = m_scene.shapeItem(m_grabbed);
    const NodeId host = m_event != kNoNode && grabbed
                            ? m_finder->hostAt(grabbed->bounds().center() + delta)
                            : kNoNode;
    const ShapeItem *hostItem = m_scene.shapeItem(host);
    if (!hostItem)
        return false;
    const ModelTree &t = *m_scene.tree();
    const bool allowed = bpmn::canBeAttached(t, m_event) &&
                         bpmn::canHostBoundaryEvents(t, hostItem->semanticElement());
    if (allowed) {
        const QPointF centre = grabbed->bounds().center() + delta;
        delta += DropFinder::ontoBorder(hostItem->bounds(), centre) - centre;
        m_host = host;
    }
    m_refused = !allowed;
    m_highlight->show(host, allowed);
    return true;
}

void MoveDrag::updateContainer(const QPointF &scenePos)
{
    const ModelTree &t = *m_scene.tree();
    m_target = m_finder->containerAt(scenePos);
    if (!bpmn::isFlowElementsContainer(t, m_target.container))
        m_target = {};
    // A boundary event bpmn.io keeps attached cannot leave its host.
    m_refused = bpmn::isBoundaryEvent(t, m_event) && !bpmn::canBeDetached(t, m_event);
    m_highlight->show(m_target.shape, !m_refused);
}

void MoveDrag::update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    const bool snap = !(modifiers & Qt::AltModifier);
    QPointF delta = scenePos - m_start;
    const ShapeItem *grabbed = m_scene.shapeItem(m_grabbed);
    if (grabbed && snap)
        delta += m_snapper->snapRect(grabbed->bounds().translated(delta));
    m_host = kNoNode;
    m_refused = false;
    m_target = {};
    if (!m_highlight)
        m_highlight = std::make_unique<DropHighlight>(m_scene);
    const bool overBorder = updateHost(delta);
    if (!overBorder && !m_candidates.empty())
        updateContainer(scenePos);
    else if (!overBorder)
        m_highlight->show(kNoNode);
    if (m_flow && grabbed && !overBorder) {
        // Over a sequence flow: highlight it and put the node's centre onto it.
        const FlowSplitter splitter(m_scene);
        const NodeId edge =
            splitter.flowAt(scenePos, m_target.valid() ? m_target.container : m_splitContainer);
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

QUndoCommand *MoveDrag::structuralCommand() const
{
    BpmnDocument *doc = m_scene.document();
    const ModelTree &t = *m_scene.tree();
    const NodeId plane = m_scene.plane();
    if (const ShapeItem *host = m_scene.shapeItem(m_host)) {
        const NodeId hostNode = host->semanticElement();
        if (bpmn::isBoundaryEvent(t, m_event) &&
            t.resolveRef(t.attr(m_event, t.known().attachedToRef)) == hostNode)
            return nullptr; // along its own host's border: a move
        return new AttachBoundaryEventCommand(doc, m_event, hostNode, plane);
    }
    if (bpmn::isBoundaryEvent(t, m_event))
        return new DetachBoundaryEventCommand(doc, m_event, m_target.container, plane);
    if (!m_target.valid())
        return nullptr;
    for (NodeId node : m_candidates)
        if (t.parent(node) != m_target.container)
            return new MoveToContainerCommand(
                doc, std::vector<NodeId>(m_candidates.begin(), m_candidates.end()),
                m_target.container, plane);
    return nullptr;
}

void MoveDrag::finish()
{
    if (m_done)
        return;
    m_done = true;
    const QPointF delta = m_delta;
    const NodeId flow = m_refused ? kNoNode : flowToSplit();
    restore();
    removeOutline();
    m_flow.reset();
    m_highlight.reset();
    DiagramEditor *editor = m_scene.editor();
    if (delta.isNull() || !editor || m_refused)
        return;
    QUndoCommand *command = structuralCommand();
    BpmnDocument *doc = m_scene.document();
    QUndoStack *undo = doc->undoStack();
    std::optional<UndoMacro> step;
    if (flow != kNoNode)
        step.emplace(undo, FlowSplitter::tr("Insert into flow"));
    if (command) {
        // The drag's geometry runs first, as a child of the structural change.
        m_set.createCommand(doc, delta, command);
        doc->push(command);
    } else {
        editor->moveShapes(m_set, delta);
    }
    if (flow != kNoNode)
        FlowSplitter(m_scene).split(flow, m_grabbed);
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
    m_highlight.reset();
}

void MoveDrag::removeOutline()
{
    delete m_outline;
    m_outline = nullptr;
}

} // namespace amtsweg

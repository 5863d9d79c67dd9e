#include "elementcreator.h"
#include "flowsplitter.h"

#include "bpmn/boundaryrules.h"
#include "bpmn/elements.h"
#include "commands/addelementcommand.h"
#include "commands/insertelementscommand.h"
#include "commands/undomacro.h"
#include "connectionmaker.h"
#include "di/diagraminfo.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "poolcreator.h"
#include "snapper.h"

#include <QUndoStack>

#include <optional>

namespace amtsweg {
namespace {

/// Horizontal gap between a shape and the one appended to it.
constexpr qreal kAppendGap = 50;

/// FIM mode: start events are message start events, sub-processes are collapsed (RAG groups),
/// as the FIM-BPMN profile has them.
bool madeFimSymbol(CreateKind kind, const DiagramScene &scene)
{
    return scene.isFimMode() && (kind == CreateKind::StartEvent || kind == CreateKind::SubProcess);
}

void completeFimSymbol(CreateKind kind, DiagramScene &scene, NodeId element)
{
    BpmnDocument &doc = *scene.document();
    ModelTree &t = doc.nodeFactory();
    if (kind == CreateKind::StartEvent)
        doc.push(new InsertElementsCommand(
            &doc, ElementCreator::tr("Add message definition"),
            {{element, bpmn::createBpmnElement(t, "messageEventDefinition")}}));
    else if (const NodeId shape = scene.diElementFor(element))
        doc.push(new InsertElementsCommand(&doc, ElementCreator::tr("Collapse sub-process"), {},
                                           {{shape, t.known().isExpanded, "false"}}));
}

} // namespace

ElementCreator::ElementCreator(DiagramScene &scene) : m_scene(scene) {}

QSizeF ElementCreator::defaultSize(CreateKind kind)
{
    switch (kind) {
    case CreateKind::Task:
        return {100, 80};
    case CreateKind::StartEvent:
    case CreateKind::IntermediateEvent:
    case CreateKind::EndEvent:
        return {36, 36};
    case CreateKind::Gateway:
    case CreateKind::DataStore:
        return {50, 50};
    case CreateKind::SubProcess:
        return {350, 200};
    case CreateKind::DataObject:
        return {36, 50};
    case CreateKind::TextAnnotation:
        return {100, 30};
    case CreateKind::Pool:
        return {600, 250};
    case CreateKind::VerticalPool:
        return {250, 600};
    case CreateKind::Lane:
        return {570, 120};
    }
    return {100, 80};
}

std::string_view ElementCreator::localName(CreateKind kind)
{
    switch (kind) {
    case CreateKind::Task:
        return "task";
    case CreateKind::StartEvent:
        return "startEvent";
    case CreateKind::IntermediateEvent:
        return "intermediateThrowEvent";
    case CreateKind::EndEvent:
        return "endEvent";
    case CreateKind::Gateway:
        return "exclusiveGateway";
    case CreateKind::SubProcess:
        return "subProcess";
    case CreateKind::DataObject:
        return "dataObjectReference";
    case CreateKind::DataStore:
        return "dataStoreReference";
    case CreateKind::TextAnnotation:
        return "textAnnotation";
    case CreateKind::Pool:
    case CreateKind::VerticalPool:
        return "participant";
    case CreateKind::Lane:
        return "lane";
    }
    return "task";
}

QString ElementCreator::displayName(CreateKind kind)
{
    switch (kind) {
    case CreateKind::Task:
        return tr("Task");
    case CreateKind::StartEvent:
        return tr("Start event");
    case CreateKind::IntermediateEvent:
        return tr("Intermediate event");
    case CreateKind::EndEvent:
        return tr("End event");
    case CreateKind::Gateway:
        return tr("Gateway");
    case CreateKind::SubProcess:
        return tr("Sub-process");
    case CreateKind::DataObject:
        return tr("Data object");
    case CreateKind::DataStore:
        return tr("Data store");
    case CreateKind::TextAnnotation:
        return tr("Text annotation");
    case CreateKind::Pool:
        return tr("Pool");
    case CreateKind::VerticalPool:
        return tr("Vertical pool");
    case CreateKind::Lane:
        return tr("Lane");
    }
    return {};
}

ElementCreator::Placement ElementCreator::placementAt(CreateKind kind, const QPointF &centre) const
{
    const Placement p = DropFinder(m_scene).containerAt(centre);
    if (bpmn::isCollaboration(*m_scene.tree(), p.container) && kind != CreateKind::TextAnnotation)
        return {}; // flow elements go into pools
    return p;
}

NodeId ElementCreator::hostAt(CreateKind kind, const QPointF &centre) const
{
    return kind == CreateKind::IntermediateEvent ? DropFinder(m_scene).hostAt(centre) : kNoNode;
}

bool ElementCreator::canHost(NodeId hostShape) const
{
    const ShapeItem *host = m_scene.shapeItem(hostShape);
    return host && bpmn::canHostBoundaryEvents(*m_scene.tree(), host->semanticElement());
}

QRectF ElementCreator::boundsAt(CreateKind kind, const QPointF &centre) const
{
    const QSizeF size = defaultSize(kind);
    QRectF r(centre - QPointF(size.width() / 2, size.height() / 2), size);
    if (const ShapeItem *host = m_scene.shapeItem(hostAt(kind, centre))) {
        r.moveCenter(DropFinder::ontoBorder(host->bounds(), centre));
        return r;
    }
    r.translate(Snapper(m_scene).snapRect(r));
    if (const NodeId flow = flowToSplit(kind, centre))
        r.moveCenter(FlowSplitter(m_scene).centreOnFlow(flow, r.center()));
    return r;
}

NodeId ElementCreator::flowToSplit(CreateKind kind, const QPointF &centre) const
{
    if (!FlowSplitter::canSplitWith(kind) || hostAt(kind, centre) != kNoNode)
        return kNoNode;
    return FlowSplitter(m_scene).flowAt(centre, placementAt(kind, centre).container);
}

NodeId ElementCreator::create(CreateKind kind, const QPointF &centre)
{
    if (kind == CreateKind::Pool || kind == CreateKind::VerticalPool || kind == CreateKind::Lane) {
        PoolCreator pools(m_scene);
        return kind == CreateKind::Lane ? pools.addLaneAt(centre)
                                        : pools.addPool(centre, kind == CreateKind::VerticalPool);
    }
    if (const NodeId host = hostAt(kind, centre))
        return canHost(host) ? createBoundaryEvent(host, boundsAt(kind, centre)) : kNoNode;
    const Placement placement = placementAt(kind, centre);
    if (!placement.valid())
        return kNoNode;
    const NodeId flow = flowToSplit(kind, centre);
    if (flow == kNoNode)
        return createInContainer(kind, boundsAt(kind, centre), placement);
    BpmnDocument &doc = *m_scene.document();
    const UndoMacro step(doc.undoStack(), tr("Insert %1 into flow").arg(displayName(kind)));
    const NodeId shape = createInContainer(kind, boundsAt(kind, centre), placement);
    if (shape != kNoNode)
        FlowSplitter(m_scene).split(flow, shape);
    return shape;
}

NodeId ElementCreator::createInContainer(CreateKind kind, const QRectF &bounds,
                                         const Placement &placement)
{
    BpmnDocument &doc = *m_scene.document();
    ModelTree &t = doc.nodeFactory();
    const std::string_view local = localName(kind);
    const NodeId plane = m_scene.plane();
    NodeId element = kNoNode;
    switch (kind) {
    case CreateKind::TextAnnotation: {
        element = bpmn::createBpmnElement(t, local);
        doc.push(new AddElementCommand(&doc, placement.container, element, plane,
                                       di::createShape(t, t.id(element), bounds)));
        break;
    }
    case CreateKind::DataObject: {
        if (!bpmn::isFlowElementsContainer(t, placement.container))
            return kNoNode;
        const NodeId object = bpmn::createBpmnElement(t, "dataObject");
        element = bpmn::createBpmnElement(t, local);
        t.setAttribute(element, bpmn::attributeName(t, "dataObjectRef"), t.id(object));
        std::vector<InsertElementsCommand::Insertion> inserts{
            {placement.container, object},
            {placement.container, element},
            {plane, di::createShape(t, t.id(element), bounds)}};
        doc.push(new InsertElementsCommand(&doc, tr("Add data object"), std::move(inserts)));
        break;
    }
    default: {
        const bool fim = madeFimSymbol(kind, m_scene);
        QRectF r = bounds;
        if (fim && kind == CreateKind::SubProcess) { // collapsed: the size of a task
            r.setSize(defaultSize(CreateKind::Task));
            r.moveCenter(bounds.center());
        }
        std::optional<UndoMacro> step;
        if (fim)
            step.emplace(doc.undoStack(), tr("Add %1").arg(displayName(kind)));
        element = doc.addFlowNode(placement.container, local, r, placement.lane);
        if (fim && element != kNoNode)
            completeFimSymbol(kind, m_scene, element);
        break;
    }
    }
    return element != kNoNode ? m_scene.diElementFor(element) : kNoNode;
}

NodeId ElementCreator::createBoundaryEvent(NodeId hostShape, const QRectF &bounds)
{
    BpmnDocument &doc = *m_scene.document();
    ModelTree &t = doc.nodeFactory();
    const NodeId host = m_scene.shapeItem(hostShape)->semanticElement();
    const NodeId event = bpmn::createBpmnElement(t, "boundaryEvent");
    t.setAttribute(event, t.known().attachedToRef, t.id(host));
    const NodeId shape = di::createShape(t, t.id(event), bounds);
    doc.push(new AddElementCommand(&doc, t.parent(host), event, m_scene.plane(), shape,
                                   bpmn::laneOf(t, host)));
    return m_scene.diElementFor(event);
}

bool ElementCreator::isFree(const QRectF &rect) const
{
    for (QGraphicsItem *item : m_scene.items(rect.adjusted(-10, -10, 10, 10))) {
        if (item->type() != ShapeItem::Type)
            continue;
        const auto *shape = static_cast<const ShapeItem *>(item);
        if (!shape->isContainer())
            return false;
    }
    return true;
}

bool ElementCreator::inVerticalPool(NodeId shape) const
{
    const ShapeItem *item = m_scene.shapeItem(shape);
    const ModelTree &t = *m_scene.tree();
    const NodeId participant =
        item ? bpmn::participantOf(t, bpmn::processOf(t, item->semanticElement())) : kNoNode;
    const ShapeItem *pool = m_scene.shapeItem(m_scene.diElementFor(participant));
    return pool && !pool->spec().isHorizontal;
}

QRectF ElementCreator::appendBounds(NodeId sourceShape, CreateKind kind) const
{
    const ShapeItem *source = m_scene.shapeItem(sourceShape);
    if (!source)
        return {};
    const QRectF s = source->bounds();
    const QSizeF size = defaultSize(kind);
    // The flow runs along the pool: to the right, or downwards in a vertical pool (FIM).
    const bool down = inVerticalPool(sourceShape);
    QRectF r(QPointF(), size);
    if (down)
        r.moveCenter(
            {s.center().x(), Snapper::toGrid(s.bottom() + kAppendGap + size.height() / 2)});
    else
        r.moveCenter({Snapper::toGrid(s.right() + kAppendGap + size.width() / 2), s.center().y()});
    // Beside the previous appends when the place is taken (bpmn.io stacks branches).
    const qreal step =
        down ? qMax<qreal>(size.width(), 100) + 30 : qMax<qreal>(size.height(), 80) + 30;
    for (int i = 0; i < 12 && !isFree(r); ++i)
        r.translate(down ? step : 0, down ? 0 : step);
    return r;
}

NodeId ElementCreator::append(NodeId sourceShape, CreateKind kind)
{
    const ShapeItem *source = m_scene.shapeItem(sourceShape);
    if (!source || kind == CreateKind::Pool || kind == CreateKind::VerticalPool ||
        kind == CreateKind::Lane)
        return kNoNode;
    const QRectF bounds = appendBounds(sourceShape, kind);
    const ModelTree &t = *m_scene.tree();
    Placement placement = placementAt(kind, bounds.center());
    const NodeId sourceContainer = t.parent(source->semanticElement());
    if (placement.container != sourceContainer) {
        placement.container = sourceContainer; // stay in the source's process or sub-process
        placement.lane = bpmn::laneOf(t, source->semanticElement());
    }
    if (!placement.valid())
        return kNoNode;
    BpmnDocument &doc = *m_scene.document();
    const UndoMacro step(doc.undoStack(), tr("Append %1").arg(displayName(kind)));
    const NodeId shape = createInContainer(kind, bounds, placement);
    if (shape != kNoNode && m_scene.editor())
        m_scene.editor()->connector().connect(sourceShape, shape);
    return shape;
}

} // namespace amtsweg

#include "poolcreator.h"

#include "bpmn/elements.h"
#include "commands/addlanecommand.h"
#include "commands/insertelementscommand.h"
#include "di/diagraminfo.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "snapper.h"

#include <QUndoStack>

namespace amtsweg {
namespace {

constexpr qreal kPoolWidth = 600;
constexpr qreal kPoolHeight = 250;
/// Room around existing content when a process diagram gets its first pool.
constexpr qreal kMargin = 30;
constexpr qreal kHeader = 30;

} // namespace

PoolCreator::PoolCreator(DiagramScene &scene) : m_scene(scene) {}

NodeId PoolCreator::addPool(const QPointF &centre, bool vertical)
{
    vertical = vertical || m_scene.isFimMode();
    BpmnDocument &doc = *m_scene.document();
    ModelTree &t = doc.nodeFactory();
    const NodeId plane = m_scene.plane();
    const NodeId root = di::semanticOf(t, plane);
    const NodeId definitions = t.root();
    const QSizeF size =
        vertical ? QSizeF(kPoolHeight, kPoolWidth) : QSizeF(kPoolWidth, kPoolHeight);
    QRectF bounds(centre - QPointF(size.width() / 2, size.height() / 2), size);
    bounds.translate(Snapper(m_scene).snapRect(bounds));
    std::vector<InsertElementsCommand::Insertion> inserts;
    std::vector<InsertElementsCommand::AttributeChange> attributes;
    const NodeId participant = bpmn::createBpmnElement(t, "participant");
    if (bpmn::isCollaboration(t, root)) {
        const NodeId process = bpmn::createBpmnElement(t, "process");
        t.setAttribute(process, bpmn::attributeName(t, "isExecutable"), "false");
        t.setAttribute(participant, t.known().processRef, t.id(process));
        inserts.push_back({definitions, process});
        inserts.push_back({root, participant});
    } else if (bpmn::isProcess(t, root)) {
        // The diagram's process gets the pool; the plane then shows a collaboration.
        QRectF content;
        for (NodeId di : m_scene.diElements())
            if (QGraphicsItem *item = m_scene.itemFor(di))
                content |= item->type() == ShapeItem::Type
                               ? static_cast<ShapeItem *>(item)->bounds()
                               : item->sceneBoundingRect();
        if (!content.isEmpty()) {
            bounds = vertical ? content.adjusted(-kMargin, -kMargin - kHeader, kMargin, kMargin)
                              : content.adjusted(-kMargin - kHeader, -kMargin, kMargin, kMargin);
            bounds.setWidth(qMax(bounds.width(), size.width()));
            bounds.setHeight(qMax(bounds.height(), size.height()));
        }
        const NodeId collaboration = bpmn::createBpmnElement(t, "collaboration");
        t.setAttribute(participant, t.known().processRef, t.id(root));
        t.insert(collaboration, participant);
        inserts.push_back({definitions, collaboration});
        attributes.push_back({plane, t.known().bpmnElement, std::string(t.id(collaboration))});
    } else {
        return kNoNode;
    }
    const NodeId shape = di::createShape(t, t.id(participant), bounds);
    t.setAttribute(shape, t.known().isHorizontal, vertical ? "false" : "true");
    inserts.push_back({plane, shape});
    doc.push(
        new InsertElementsCommand(&doc, tr("Add pool"), std::move(inserts), std::move(attributes)));
    return m_scene.diElementFor(participant);
}

NodeId PoolCreator::addLaneAt(const QPointF &scenePos)
{
    NodeId pool = kNoNode;
    for (QGraphicsItem *item : m_scene.items(scenePos)) {
        if (item->type() != ShapeItem::Type)
            continue;
        const ShapeKind kind = static_cast<ShapeItem *>(item)->spec().kind;
        if (kind == ShapeKind::Lane)
            return addLane(static_cast<ShapeItem *>(item)->diElement(), true);
        if (kind == ShapeKind::Participant && pool == kNoNode)
            pool = static_cast<ShapeItem *>(item)->diElement();
    }
    return pool != kNoNode ? addLane(pool, true) : kNoNode;
}

NodeId PoolCreator::addLane(NodeId targetShape, bool below)
{
    const ShapeItem *item = m_scene.shapeItem(targetShape);
    BpmnDocument *doc = m_scene.document();
    if (!item || !doc || item->semanticElement() == kNoNode)
        return kNoNode;
    auto *command = new AddLaneCommand(doc, item->semanticElement(), below, m_scene.plane());
    const int before = doc->undoStack()->index();
    doc->push(command); // the stack owns it; deleted right away when it changed nothing
    if (doc->undoStack()->index() == before)
        return kNoNode;
    return m_scene.diElementFor(command->lane());
}

} // namespace amtsweg

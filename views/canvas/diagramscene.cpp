#include "diagramscene.h"

#include "diagramitems.h"
#include "notation/diagrambuilder.h"

namespace amtsweg {

namespace {

constexpr qreal kSceneMargin = 200;

} // namespace

DiagramScene::DiagramScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setDiagram(const ModelTree *tree, NodeId diagramOrPlane)
{
    clearDiagram();
    m_tree = tree;
    if (!m_tree)
        return;
    const DiagramBuilder builder(*m_tree);
    m_plane = builder.planeOf(diagramOrPlane);
    rebuild();
}

void DiagramScene::clearDiagram()
{
    clear(); // deletes all items
    m_items.clear();
    m_labels.clear();
    m_diBySemantic.clear();
    m_plane = kNoNode;
    m_tree = nullptr;
    setSceneRect(QRectF());
}

void DiagramScene::rebuild()
{
    clear();
    m_items.clear();
    m_labels.clear();
    m_diBySemantic.clear();
    if (!m_tree || m_plane == kNoNode)
        return;
    const DiagramContent content = DiagramBuilder(*m_tree).build(m_plane);
    m_items.reserve(qsizetype(content.shapes.size() + content.edges.size()));
    for (const ShapeSpec &s : content.shapes) {
        auto *item = new ShapeItem(s);
        addItem(item);
        track(s.diElement, item);
        syncLabel(s.diElement, item);
    }
    for (const EdgeSpec &e : content.edges) {
        auto *item = new EdgeItem(e);
        addItem(item);
        track(e.diElement, item);
        syncLabel(e.diElement, item);
    }
    setSceneRect(
        itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

QGraphicsItem *DiagramScene::labelFor(NodeId diElement) const
{
    return m_labels.value(diElement);
}

QRectF DiagramScene::contentRect() const
{
    return itemsBoundingRect();
}

void DiagramScene::updateItem(NodeId node)
{
    if (!m_tree || m_plane == kNoNode || !m_tree->isValid(node))
        return;
    const DiagramBuilder builder(*m_tree);
    // Find the DI element: the node itself, a DI ancestor (Bounds, waypoint, label), or the DI
    // element drawing the node or one of its semantic ancestors (e.g. a condition expression).
    NodeId di = kNoNode;
    for (NodeId n = node; n != kNoNode && m_tree->isElement(n); n = m_tree->parent(n)) {
        if (builder.isShape(n) || builder.isEdge(n)) {
            di = n;
            break;
        }
        if (n == m_plane)
            return;
        if (NodeId found = m_diBySemantic.value(n, kNoNode)) {
            di = found;
            break;
        }
    }
    if (di == kNoNode)
        return;
    const bool inPlane = m_tree->isAttached(di) && m_tree->parent(di) == m_plane;
    if (!inPlane) {
        removeElement(di);
        return;
    }
    QGraphicsItem *item = m_items.value(di);
    if (!item) {
        addElement(di);
        return;
    }
    if (item->type() == ShapeItem::Type)
        static_cast<ShapeItem *>(item)->setSpec(builder.buildShape(di));
    else
        static_cast<EdgeItem *>(item)->setSpec(builder.buildEdge(di));
    track(di, item);
    syncLabel(di, item);
    growSceneRect(item->sceneBoundingRect());
}

void DiagramScene::addElement(NodeId di)
{
    const DiagramBuilder builder(*m_tree);
    QGraphicsItem *item = nullptr;
    if (builder.isShape(di))
        item = new ShapeItem(builder.buildShape(di));
    else if (builder.isEdge(di))
        item = new EdgeItem(builder.buildEdge(di));
    if (!item)
        return;
    addItem(item);
    track(di, item);
    syncLabel(di, item);
    growSceneRect(item->sceneBoundingRect());
}

void DiagramScene::track(NodeId di, QGraphicsItem *item)
{
    m_items.insert(di, item);
    const NodeId semantic = item->type() == ShapeItem::Type
                                ? static_cast<ShapeItem *>(item)->semanticElement()
                                : static_cast<EdgeItem *>(item)->semanticElement();
    if (semantic != kNoNode)
        m_diBySemantic.insert(semantic, di);
}

void DiagramScene::removeElement(NodeId di)
{
    for (auto it = m_diBySemantic.begin(); it != m_diBySemantic.end();) {
        if (it.value() == di)
            it = m_diBySemantic.erase(it);
        else
            ++it;
    }
    delete m_labels.take(di);
    delete m_items.take(di);
}

void DiagramScene::syncLabel(NodeId di, QGraphicsItem *owner)
{
    LabelItem *label = m_labels.value(di);
    if (!label) {
        label = new LabelItem(owner);
        if (label->boundingRect().isEmpty()) {
            delete label;
            return;
        }
        label->setZValue(DiagramBuilder::kLabelZ);
        addItem(label);
        m_labels.insert(di, label);
        return;
    }
    if (!label->refresh())
        delete m_labels.take(di);
}

void DiagramScene::growSceneRect(const QRectF &r)
{
    const QRectF current = sceneRect();
    if (!current.contains(r))
        setSceneRect(
            current.united(r.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin)));
}

} // namespace amtsweg

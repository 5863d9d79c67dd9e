#include "diagramscene.h"

#include "alignactions.h"
#include "canvastool.h"
#include "connecttool.h"
#include "contextpad.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "document.h"
#include "edgeindex.h"
#include "hittest.h"
#include "labeleditor.h"
#include "laneactions.h"
#include "notation/diagrambuilder.h"
#include "selectionhandles.h"
#include "shapealigner.h"
#include "tools.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

namespace amtsweg {

namespace {

constexpr qreal kSceneMargin = 200;

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent), m_edges(std::make_unique<EdgeIndex>())
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

DiagramScene::~DiagramScene()
{
    // Tools and overlays refer to the scene; drop them before the items go.
    m_tool.reset();
    m_editor.reset();
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void DiagramScene::setDiagram(const ModelTree *tree, NodeId diagramOrPlane)
{
    clearDiagram();
    m_tree = tree;
    if (!m_tree)
        return;
    m_plane = DiagramBuilder(*m_tree).planeOf(diagramOrPlane);
    rebuild();
}

void DiagramScene::setDocument(BpmnDocument *document, NodeId diagramOrPlane)
{
    clearDiagram();
    if (!document)
        return;
    m_document = document;
    m_tree = &document->tree();
    m_plane = DiagramBuilder(*m_tree).planeOf(diagramOrPlane);
    const NodeId diagram = m_plane != kNoNode ? m_tree->parent(m_plane) : kNoNode;
    m_diagramId = diagram != kNoNode ? std::string(m_tree->id(diagram)) : std::string();
    m_editor = std::make_unique<DiagramEditor>(*this);
    connectDocument();
    rebuild();
    setToolMode(ToolMode::Select);
}

void DiagramScene::clearDiagram()
{
    if (m_tool)
        m_tool->cancel();
    m_tool.reset();
    m_editor.reset();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
    removeAllItems();
    m_plane = kNoNode;
    m_tree = nullptr;
    m_diagramId.clear();
    setSceneRect(QRectF());
}

void DiagramScene::connectDocument()
{
    BpmnDocument *doc = m_document;
    connect(doc, &BpmnDocument::geometryChanged, this, &DiagramScene::updateItem);
    connect(doc, &BpmnDocument::elementChanged, this, &DiagramScene::onElementChanged);
    connect(doc, &BpmnDocument::elementAdded, this, &DiagramScene::onElementAdded);
    connect(doc, &BpmnDocument::elementRemoved, this, &DiagramScene::onElementRemoved);
    connect(doc, &BpmnDocument::reset, this, &DiagramScene::onReset);
    connect(doc, &QObject::destroyed, this, [this] {
        m_document = nullptr; // gone: nothing to disconnect from
        clearDiagram();
    });
}

void DiagramScene::onReset()
{
    if (m_tool)
        m_tool->cancel();
    m_tree = &m_document->tree();
    const DiagramBuilder builder(*m_tree);
    NodeId diagram = m_diagramId.empty() ? kNoNode : m_tree->byId(m_diagramId);
    if (diagram == kNoNode || builder.planeOf(diagram) == kNoNode)
        diagram = builder.findDiagram({});
    m_plane = builder.planeOf(diagram);
    m_diagramId = diagram != kNoNode ? std::string(m_tree->id(diagram)) : std::string();
    rebuild();
}

void DiagramScene::onElementChanged(NodeId element, NameId property)
{
    updateItem(element);
    if (!m_tree->isValid(element) || !m_tree->isElement(element))
        return;
    const NameTable::Known &k = m_tree->known();
    // Flows draw their source's default marker; an edge's ends may have changed.
    if (property == k.default_) {
        for (NodeId edge : m_edges->edgesAt(element))
            updateItem(edge);
    }
    // A lane's or pool's name, a process reference: the items drawing them.
    if (property == k.processRef || property == k.name)
        if (const NodeId di = m_diBySemantic.value(element))
            updateItem(di);
}

void DiagramScene::onElementAdded(NodeId element)
{
    if (!m_tree->isValid(element) || !m_tree->isElement(element))
        return;
    if (m_tree->parent(element) == m_plane) {
        updateItem(element);
        return;
    }
    // A semantic element came (back): shapes drawing it, or content of a sub-process.
    if (const NodeId di = m_diBySemantic.value(element))
        updateItem(di);
}

void DiagramScene::onElementRemoved(NodeId element)
{
    if (m_plane != kNoNode && !m_tree->isAttached(m_plane)) {
        removeAllItems();
        return;
    }
    if (m_items.contains(element)) {
        removeElement(element);
        return;
    }
    if (const NodeId di = m_diBySemantic.value(element))
        updateItem(di);
}

void DiagramScene::removeAllItems()
{
    if (m_labelEditor)
        m_labelEditor->cancel();
    m_items.clear();
    m_labels.clear();
    m_diBySemantic.clear();
    m_edges->clear();
    m_handles = nullptr;
    m_pad = nullptr;
    m_labelEditor = nullptr;
    m_decorationsVisible = true;
    clear(); // deletes all items, overlays included
}

void DiagramScene::rebuild()
{
    if (m_tool)
        m_tool->cancel();
    removeAllItems();
    if (m_document) {
        m_handles = new SelectionHandles(*this);
        addItem(m_handles);
        m_pad = new ContextPad(*this);
        addItem(m_pad);
        m_labelEditor = new LabelEditor(*this);
        addItem(m_labelEditor);
    }
    if (!m_tree || m_plane == kNoNode)
        return;
    const DiagramContent content = builder().build(m_plane);
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
    setSceneRect(contentRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

ShapeItem *DiagramScene::shapeItem(NodeId diElement) const
{
    QGraphicsItem *item = m_items.value(diElement);
    return item && item->type() == ShapeItem::Type ? static_cast<ShapeItem *>(item) : nullptr;
}

EdgeItem *DiagramScene::edgeItem(NodeId diElement) const
{
    QGraphicsItem *item = m_items.value(diElement);
    return item && item->type() == EdgeItem::Type ? static_cast<EdgeItem *>(item) : nullptr;
}

DiagramBuilder DiagramScene::builder() const
{
    DiagramBuilder builder(*m_tree);
    builder.setLabelScale(m_labelScale);
    return builder;
}

void DiagramScene::setLabelScale(qreal scale)
{
    if (scale <= 0 || scale == m_labelScale)
        return;
    m_labelScale = scale;
    rebuild();
}

QGraphicsItem *DiagramScene::labelFor(NodeId diElement) const
{
    return m_labels.value(diElement);
}

QRectF DiagramScene::contentRect() const
{
    QRectF r;
    for (QGraphicsItem *item : m_items)
        r |= item->sceneBoundingRect();
    for (LabelItem *label : m_labels)
        r |= label->sceneBoundingRect();
    return r;
}

void DiagramScene::updateItem(NodeId node)
{
    if (!m_tree || m_plane == kNoNode || !m_tree->isValid(node))
        return;
    const DiagramBuilder builder = this->builder();
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
    if (item->isSelected() && m_handles)
        m_handles->refresh();
    if (item->isSelected() && m_pad && m_pad->isVisible())
        m_pad->scheduleRefresh(); // the pad follows a selection that a command moved
}

void DiagramScene::addElement(NodeId di)
{
    const DiagramBuilder builder = this->builder();
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
    NodeId semantic = kNoNode;
    if (item->type() == ShapeItem::Type) {
        semantic = static_cast<ShapeItem *>(item)->semanticElement();
    } else {
        semantic = static_cast<EdgeItem *>(item)->semanticElement();
        m_edges->setEdge(*m_tree, di, semantic);
    }
    if (semantic != kNoNode)
        m_diBySemantic.insert(semantic, di);
}

void DiagramScene::removeElement(NodeId di)
{
    QGraphicsItem *item = m_items.take(di);
    if (!item)
        return;
    const NodeId semantic = item->type() == ShapeItem::Type
                                ? static_cast<ShapeItem *>(item)->semanticElement()
                                : static_cast<EdgeItem *>(item)->semanticElement();
    if (semantic != kNoNode && m_diBySemantic.value(semantic) == di)
        m_diBySemantic.remove(semantic);
    m_edges->removeEdge(di);
    if (m_labelEditor && m_labelEditor->target() == di)
        m_labelEditor->cancel();
    delete m_labels.take(di);
    delete item;
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

QList<NodeId> DiagramScene::selectedElements() const
{
    QList<NodeId> result;
    for (QGraphicsItem *item : selectedItems())
        if (const NodeId di = diElementOfItem(item); di && item->type() != LabelItem::Type)
            result << di;
    return result;
}

void DiagramScene::selectElements(const QList<NodeId> &diElements, bool add)
{
    QSignalBlocker blocker(this);
    if (!add)
        clearSelection();
    for (NodeId di : diElements)
        if (QGraphicsItem *item = m_items.value(di))
            item->setSelected(true);
    blocker.unblock();
    Q_EMIT selectionChanged(); // once, for the whole change (also reaches onSelectionChanged)
}

void DiagramScene::onSelectionChanged()
{
    if (m_handles)
        m_handles->refresh();
    if (m_pad)
        m_pad->refresh();
}

qreal DiagramScene::viewScale() const
{
    const QList<QGraphicsView *> all = views();
    return all.isEmpty() ? 1.0 : qMax(0.01, all.front()->transform().m11());
}

void DiagramScene::setToolMode(ToolMode mode, CreateKind kind)
{
    if (m_tool)
        m_tool->cancel();
    m_toolMode = mode;
    m_createKind = kind;
    m_tool = m_document ? makeTool(*this, mode, kind) : nullptr;
    for (QGraphicsView *view : views())
        view->viewport()->setCursor(mode == ToolMode::Select ? Qt::ArrowCursor
                                    : mode == ToolMode::Hand ? Qt::OpenHandCursor
                                                             : Qt::CrossCursor);
    Q_EMIT toolModeChanged(mode, kind);
}

bool DiagramScene::editLabel(NodeId diElement)
{
    return m_labelEditor && m_labelEditor->start(diElement);
}

void DiagramScene::setFimMode(bool on)
{
    if (on == m_fimMode)
        return;
    m_fimMode = on;
    if (m_pad)
        m_pad->refresh();
    Q_EMIT fimModeChanged(on);
}

void DiagramScene::setDecorationsVisible(bool visible)
{
    if (visible == m_decorationsVisible)
        return;
    m_decorationsVisible = visible;
    if (m_handles)
        m_handles->setVisible(visible);
    if (m_pad)
        visible ? m_pad->refresh() : m_pad->setVisible(false);
    if (visible && m_handles)
        m_handles->refresh();
}

void DiagramScene::startConnection(NodeId sourceShape)
{
    if (m_toolMode != ToolMode::Connect)
        setToolMode(ToolMode::Connect);
    if (auto *tool = dynamic_cast<ConnectTool *>(m_tool.get()))
        tool->startFrom(sourceShape);
}

bool DiagramScene::isEditingLabel() const
{
    return m_labelEditor && m_labelEditor->isActive();
}

bool DiagramScene::isOverlayEvent(QGraphicsSceneMouseEvent *event) const
{
    if (m_pad && m_pad->isVisible() && m_pad->hitTest(event->scenePos(), event->widget()))
        return true;
    return isEditingLabel() && m_labelEditor->sceneBoundingRect().contains(event->scenePos());
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isEditable() || isOverlayEvent(event)) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    if (isEditingLabel())
        m_labelEditor->commit(); // a click outside commits
    m_tool->mousePress(event);
    event->accept();
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isEditable() || mouseGrabberItem()) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    if (event->buttons() == Qt::NoButton)
        QGraphicsScene::mouseMoveEvent(event); // hover events: the context pad's tooltips
    m_tool->mouseMove(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isEditable() || mouseGrabberItem()) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    m_tool->mouseRelease(event);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isEditable() || isOverlayEvent(event)) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    m_tool->mouseDoubleClick(event);
    event->accept();
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (!isEditable() || isEditingLabel()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_tool->keyPress(event) || m_editor->handleKey(event)) {
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

QMenu *DiagramScene::createContextMenu(QWidget *parent)
{
    if (!isEditable())
        return nullptr;
    const QList<NodeId> selected = selectedElements();
    LaneActions lanes(*this);
    if (selected.size() == 1 && lanes.isPoolOrLane(selected.front())) {
        auto *menu = new QMenu(parent);
        lanes.addToMenu(menu, selected.front());
        return menu;
    }
    if (ShapeAligner(*this).alignableShapes().size() < 2)
        return nullptr;
    auto *menu = new QMenu(parent);
    QPointer<DiagramScene> self(this);
    addAlignActions(menu, [self]() -> DiagramScene * { return self.data(); });
    return menu;
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // A right click on an element outside the selection selects it, as in file managers.
    if (isEditable()) {
        const NodeId hit = hitTest(*this, event->scenePos()).diElement;
        if (hit != kNoNode && !selectedElements().contains(hit))
            selectElements({hit});
    }
    // The menu runs its own event loop: the view (the menu's parent) or this scene may be
    // gone when it returns, so only the guarded menu is touched afterwards.
    QPointer<QMenu> menu = createContextMenu(event->widget());
    if (!menu) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    event->accept();
    menu->exec(event->screenPos());
    delete menu.data();
}

} // namespace amtsweg

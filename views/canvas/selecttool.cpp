#include "selecttool.h"

#include "contextpad.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "edgedrag.h"
#include "hittest.h"
#include "movedrag.h"
#include "notation/diagrambuilder.h"
#include "resizedrag.h"
#include "selectionhandles.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

#include <algorithm>

namespace amtsweg {
namespace {

/// Mouse travel (screen px) before a press becomes a drag.
constexpr int kDragThreshold = 3;

bool isToggle(Qt::KeyboardModifiers mods)
{
    return mods & (Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

SelectTool::SelectTool(DiagramScene &scene) : CanvasTool(scene) {}

SelectTool::~SelectTool()
{
    cancel();
}

void SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    reset();
    m_pressPos = event->scenePos();
    m_pressScreen = event->screenPos();
    m_state = State::Pressed;
    m_toggled = false;

    // Handles of the selected element come first.
    if (SelectionHandles *handles = m_scene.selectionHandles()) {
        const SelectionHandles::Handle h = handles->handleAt(m_pressPos);
        if (h.kind == SelectionHandles::Kind::Resize) {
            m_drag = std::make_unique<ResizeDrag>(m_scene, handles->target(), h.index);
        } else if (h.kind != SelectionHandles::Kind::None) {
            m_drag = std::make_unique<EdgeDrag>(m_scene, handles->target(), h);
        }
        if (m_drag) {
            m_pressed = handles->target();
            return;
        }
    }

    const Hit hit = hitTest(m_scene, m_pressPos);
    m_pressed = hit.diElement;
    m_pressedInterior = hit.interior;
    if (m_pressed == kNoNode || m_pressedInterior)
        return; // a click selects the container (or nothing) on release; a drag rubber-bands
    QGraphicsItem *item = m_scene.itemFor(m_pressed);
    if (isToggle(event->modifiers())) {
        item->setSelected(!item->isSelected());
        m_toggled = true;
    } else if (!item->isSelected()) {
        m_scene.selectElements({m_pressed});
    }
}

void SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    switch (m_state) {
    case State::Pressed:
        if ((event->screenPos() - m_pressScreen).manhattanLength() < kDragThreshold &&
            QLineF(event->scenePos(), m_pressPos).length() * m_scene.viewScale() < kDragThreshold)
            return;
        startDrag(event);
        if (m_state == State::Dragging && m_drag)
            m_drag->update(event->scenePos(), event->modifiers());
        else if (m_state == State::RubberBand)
            updateRubberBand(event->scenePos());
        return;
    case State::Dragging:
        if (m_drag)
            m_drag->update(event->scenePos(), event->modifiers());
        return;
    case State::RubberBand:
        updateRubberBand(event->scenePos());
        return;
    case State::Idle:
        return;
    }
}

void SelectTool::startDrag(QGraphicsSceneMouseEvent *event)
{
    if (m_drag) {
        m_state = State::Dragging;
        if (!dynamic_cast<EdgeDrag *>(m_drag.get()) && !dynamic_cast<ResizeDrag *>(m_drag.get()))
            m_scene.setDecorationsVisible(false);
        else if (ContextPad *pad = m_scene.contextPad())
            pad->setVisible(false);
        return;
    }
    if (m_pressed == kNoNode || m_pressedInterior) {
        m_state = State::RubberBand;
        m_band = new QGraphicsRectItem;
        QColor fill = selectionColor();
        fill.setAlpha(30);
        m_band->setBrush(fill);
        QPen pen(selectionColor(), 0);
        pen.setStyle(Qt::DashLine);
        m_band->setPen(pen);
        m_band->setZValue(DiagramBuilder::kLabelZ + 40);
        m_scene.addItem(m_band);
        return;
    }
    QGraphicsItem *item = m_scene.itemFor(m_pressed);
    if (!item || !item->isSelected() || m_scene.edgeItem(m_pressed)) {
        m_state = State::Idle; // edges move through their handles, not as a whole
        return;
    }
    Q_UNUSED(event);
    auto move =
        std::make_unique<MoveDrag>(m_scene, m_scene.selectedElements(), m_pressed, m_pressPos);
    if (move->isEmpty()) {
        m_state = State::Idle;
        return;
    }
    m_drag = std::move(move);
    m_state = State::Dragging;
    m_scene.setDecorationsVisible(false);
}

void SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    switch (m_state) {
    case State::Dragging:
        if (m_drag) {
            std::unique_ptr<DragInteraction> drag = std::move(m_drag);
            drag->finish();
        }
        break;
    case State::RubberBand:
        finishRubberBand(isToggle(event->modifiers()));
        break;
    case State::Pressed:
        // A click without a drag.
        if (m_drag) {
            m_drag->cancel();
            m_drag.reset();
        } else if (m_pressed != kNoNode && m_pressedInterior) {
            if (isToggle(event->modifiers())) {
                QGraphicsItem *item = m_scene.itemFor(m_pressed);
                item->setSelected(!item->isSelected());
            } else {
                m_scene.selectElements({m_pressed});
            }
        } else if (m_pressed == kNoNode) {
            if (!isToggle(event->modifiers()))
                m_scene.clearSelection();
        } else if (!m_toggled && !isToggle(event->modifiers())) {
            m_scene.selectElements({m_pressed}); // a click in a multi-selection picks one
        }
        break;
    case State::Idle:
        break;
    }
    reset();
}

void SelectTool::mouseDoubleClick(QGraphicsSceneMouseEvent *event)
{
    const Hit hit = hitTest(m_scene, event->scenePos());
    if (hit.diElement == kNoNode)
        return;
    m_scene.selectElements({hit.diElement});
    m_scene.editLabel(hit.diElement);
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || m_state == State::Idle)
        return false;
    cancel();
    return true;
}

void SelectTool::cancel()
{
    if (m_drag)
        m_drag->cancel();
    reset();
}

void SelectTool::reset()
{
    m_drag.reset();
    m_scene.setDecorationsVisible(true);
    if (ContextPad *pad = m_scene.contextPad())
        pad->refresh();
    delete m_band;
    m_band = nullptr;
    m_state = State::Idle;
    m_pressed = kNoNode;
    m_pressedInterior = false;
}

void SelectTool::updateRubberBand(const QPointF &scenePos)
{
    if (m_band)
        m_band->setRect(QRectF(m_pressPos, scenePos).normalized());
}

void SelectTool::finishRubberBand(bool add)
{
    if (!m_band)
        return;
    const QRectF area = m_band->rect();
    QList<NodeId> inside;
    for (QGraphicsItem *item : m_scene.items(area, Qt::IntersectsItemBoundingRect)) {
        NodeId di = kNoNode;
        if (item->type() == ShapeItem::Type) {
            const auto *shape = static_cast<ShapeItem *>(item);
            if (area.contains(shape->bounds()))
                di = shape->diElement();
        } else if (item->type() == EdgeItem::Type) {
            const auto *edge = static_cast<EdgeItem *>(item);
            const QPolygonF &points = edge->spec().waypoints;
            if (!points.isEmpty() &&
                std::all_of(points.begin(), points.end(),
                            [&](const QPointF &p) { return area.contains(p); }))
                di = edge->diElement();
        }
        if (di != kNoNode)
            inside << di;
    }
    m_scene.selectElements(inside, add);
}

} // namespace amtsweg

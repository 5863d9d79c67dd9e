#pragma once
// SelectTool: click selects (Ctrl/Shift-click toggles), a drag on an element moves the
// selection, a drag on empty canvas or inside a pool or lane draws a rubber band, a drag on a
// handle resizes or edits the route, a double-click edits the label.

#include "bpmn/modeltree.h"
#include "canvastool.h"

#include <QPointF>

#include <memory>

class QGraphicsRectItem;

namespace amtsweg {

class DragInteraction;

class SelectTool : public CanvasTool
{
public:
    explicit SelectTool(DiagramScene &scene);
    ~SelectTool() override;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClick(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void cancel() override;

private:
    enum class State { Idle, Pressed, Dragging, RubberBand };
    void startDrag(QGraphicsSceneMouseEvent *event);
    void updateRubberBand(const QPointF &scenePos);
    void finishRubberBand(bool add);
    void reset();

    State m_state = State::Idle;
    QPointF m_pressPos;
    QPoint m_pressScreen;
    NodeId m_pressed = kNoNode;     ///< element under the press (kNoNode: canvas)
    bool m_pressedInterior = false; ///< press inside a pool or lane
    bool m_toggled = false;         ///< Ctrl-click changed the selection already
    std::unique_ptr<DragInteraction> m_drag;
    QGraphicsRectItem *m_band = nullptr;
};

} // namespace amtsweg

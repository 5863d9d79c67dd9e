#pragma once
// ConnectTool: press on a source element, drag (or click, then click again) to a target; the
// allowed connection (sequence flow, message flow, association, data association) is created
// with an orthogonal route. A preview line follows the mouse.

#include "bpmn/modeltree.h"
#include "canvastool.h"

#include <QPointF>

class QGraphicsPathItem;

namespace amtsweg {

class ConnectTool : public CanvasTool
{
public:
    explicit ConnectTool(DiagramScene &scene);
    ~ConnectTool() override;

    /// Starts a connection from `sourceShape` (the context pad's connect entry).
    void startFrom(NodeId sourceShape);

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void cancel() override;

private:
    void updatePreview(const QPointF &scenePos);
    /// Connects to the shape under `scenePos`; true when a connection was made.
    bool finishAt(const QPointF &scenePos);

    NodeId m_source = 0;
    QPointF m_pressPos;
    bool m_dragged = false;
    QGraphicsPathItem *m_preview = nullptr;
};

} // namespace amtsweg

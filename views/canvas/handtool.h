#pragma once
// HandTool: dragging pans the view (H).

#include "canvastool.h"

#include <QPoint>

namespace amtsweg {

class HandTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override { m_dragging = false; }

private:
    bool m_dragging = false;
    QPoint m_last;
};

} // namespace amtsweg

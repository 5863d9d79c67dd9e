#pragma once
// CreateTool: places a new element of a CreateKind (palette). A ghost of the shape follows the
// mouse; a click, or a press-drag-release, creates it there (snapped), selects it and returns
// to the select tool.

#include "canvastool.h"
#include "toolmode.h"

#include <QPointF>

class QGraphicsRectItem;

namespace amtsweg {

class CreateTool : public CanvasTool
{
public:
    CreateTool(DiagramScene &scene, CreateKind kind);
    ~CreateTool() override;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void cancel() override;

private:
    void showGhost(const QPointF &centre);

    CreateKind m_kind;
    QGraphicsRectItem *m_ghost = nullptr;
    bool m_pressed = false;
};

} // namespace amtsweg

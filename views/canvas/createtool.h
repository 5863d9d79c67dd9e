#pragma once
// CreateTool: places a new element of a CreateKind (palette). A ghost of the shape follows the
// mouse (a sequence flow it would be inserted into is highlighted); a click, or a
// press-drag-release, creates it there (snapped), selects it and returns to the select tool.

#include "canvastool.h"
#include "toolmode.h"

#include <QPointF>

#include <memory>

class QGraphicsRectItem;

namespace amtsweg {

class FlowHighlight;

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
    std::unique_ptr<FlowHighlight> m_flow; ///< the sequence flow the element would split
    bool m_pressed = false;
};

} // namespace amtsweg

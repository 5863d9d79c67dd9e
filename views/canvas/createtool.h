#pragma once
// CreateTool: places a new element of a CreateKind (palette). A preview follows the mouse (the
// ghost of the shape, the sequence flow it would split, the container or the activity border
// it lands on); a click, or a press-drag-release, creates it there (snapped), selects it and
// returns to the select tool.

#include "canvastool.h"
#include "toolmode.h"

#include <QPointF>

#include <memory>

namespace amtsweg {

class CreatePreview;

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
    void showPreview(const QPointF &centre);

    CreateKind m_kind;
    std::unique_ptr<CreatePreview> m_preview;
    bool m_pressed = false;
};

} // namespace amtsweg

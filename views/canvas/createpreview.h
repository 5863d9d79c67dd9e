#pragma once
// CreatePreview: what placing a new element of a CreateKind would do, shown while the mouse
// hovers (create tool) or a palette entry is dragged over the canvas: a ghost of the shape,
// the sequence flow it would split, the container that takes it or the activity it would
// attach to as a boundary event (red where the drop is refused). Removed with this object.

#include "toolmode.h"

#include <QPointF>

#include <memory>

class QGraphicsRectItem;

namespace amtsweg {

class DiagramScene;
class DropHighlight;
class FlowHighlight;

class CreatePreview
{
public:
    CreatePreview(DiagramScene &scene, CreateKind kind);
    ~CreatePreview();
    CreatePreview(const CreatePreview &) = delete;
    CreatePreview &operator=(const CreatePreview &) = delete;

    /// Shows the preview for an element centred at `centre`.
    void show(const QPointF &centre);

private:
    DiagramScene &m_scene;
    CreateKind m_kind;
    QGraphicsRectItem *m_ghost = nullptr;
    std::unique_ptr<FlowHighlight> m_flow;
    std::unique_ptr<DropHighlight> m_target;
};

} // namespace amtsweg

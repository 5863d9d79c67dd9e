#pragma once
// ResizeDrag: dragging a corner handle of a shape. Previews the new bounds (and, for lanes and
// pools, those of the neighbours that resize along); finish() resizes in one command.

#include "bpmn/modeltree.h"
#include "draginteraction.h"

#include <QList>
#include <QPair>
#include <QRectF>

namespace amtsweg {

class DiagramScene;

class ResizeDrag : public DragInteraction
{
public:
    /// `corner`: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left.
    ResizeDrag(DiagramScene &scene, NodeId shape, int corner);
    ~ResizeDrag() override;

    void update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish() override;
    void cancel() override;

    QRectF bounds() const { return m_bounds; }
    /// The smallest size a shape of this kind may get.
    static QSizeF minimumSize(const DiagramScene &scene, NodeId shape);

private:
    void preview(const QList<QPair<NodeId, QRectF>> &plan);
    void restore();

    DiagramScene &m_scene;
    NodeId m_shape;
    int m_corner;
    QRectF m_original;
    QRectF m_bounds;
    QSizeF m_min;
    QList<NodeId> m_previewed;
    bool m_done = false;
};

} // namespace amtsweg

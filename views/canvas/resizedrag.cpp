#include "resizedrag.h"

#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "laneresizer.h"
#include "selectionhandles.h"
#include "snapper.h"

namespace amtsweg {

ResizeDrag::ResizeDrag(DiagramScene &scene, NodeId shape, int corner)
    : m_scene(scene), m_shape(shape), m_corner(corner), m_min(minimumSize(scene, shape))
{
    if (const ShapeItem *item = scene.shapeItem(shape))
        m_original = m_bounds = item->bounds();
}

ResizeDrag::~ResizeDrag()
{
    if (!m_done)
        cancel();
}

QSizeF ResizeDrag::minimumSize(const DiagramScene &scene, NodeId shape)
{
    const ShapeItem *item = scene.shapeItem(shape);
    if (!item)
        return {20, 20};
    switch (item->spec().kind) {
    case ShapeKind::Participant:
        return {300, 60};
    case ShapeKind::Lane:
        return {270, 60};
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
        return item->spec().isExpanded ? QSizeF(140, 120) : QSizeF(50, 40);
    case ShapeKind::TextAnnotation:
        return {50, 30};
    case ShapeKind::Group:
        return {50, 50};
    default:
        return {50, 40};
    }
}

void ResizeDrag::update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (m_original.isEmpty())
        return;
    QPointF p = scenePos;
    if (!(modifiers & Qt::AltModifier))
        p = QPointF(Snapper::toGrid(p.x()), Snapper::toGrid(p.y()));
    QRectF r = m_original;
    const bool left = m_corner == 0 || m_corner == 3;
    const bool top = m_corner == 0 || m_corner == 1;
    if (left)
        r.setLeft(qMin(p.x(), r.right() - m_min.width()));
    else
        r.setRight(qMax(p.x(), r.left() + m_min.width()));
    if (top)
        r.setTop(qMin(p.y(), r.bottom() - m_min.height()));
    else
        r.setBottom(qMax(p.y(), r.top() + m_min.height()));
    if (r == m_bounds)
        return;
    m_bounds = r;
    LaneResizer resizer(m_scene);
    QList<QPair<NodeId, QRectF>> plan = resizer.plan(m_shape, r);
    if (plan.isEmpty())
        plan << qMakePair(m_shape, r);
    preview(plan);
}

void ResizeDrag::preview(const QList<QPair<NodeId, QRectF>> &plan)
{
    for (const auto &[shape, rect] : plan) {
        if (ShapeItem *item = m_scene.shapeItem(shape)) {
            item->setPreviewBounds(rect);
            if (!m_previewed.contains(shape))
                m_previewed << shape;
        }
    }
    if (SelectionHandles *handles = m_scene.selectionHandles())
        handles->refresh();
}

void ResizeDrag::restore()
{
    for (NodeId shape : std::as_const(m_previewed))
        m_scene.updateItem(shape);
    m_previewed.clear();
}

void ResizeDrag::finish()
{
    if (m_done)
        return;
    m_done = true;
    restore();
    if (m_bounds != m_original && !m_original.isEmpty() && m_scene.editor())
        m_scene.editor()->resizeShape(m_shape, m_bounds);
}

void ResizeDrag::cancel()
{
    if (m_done)
        return;
    m_done = true;
    restore();
    if (SelectionHandles *handles = m_scene.selectionHandles())
        handles->refresh();
}

} // namespace amtsweg

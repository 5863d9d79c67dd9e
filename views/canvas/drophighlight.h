#pragma once
// DropHighlight: marks the shape a dragged or new element would be dropped into while the
// mouse hovers (bpmn.io's drop marker): the pool, lane or sub-process that takes it, the
// activity an event would attach to, in red where the drop is refused. Removed with this
// object; never model data.

#include "bpmn/modeltree.h"

#include <QGraphicsPathItem>

namespace amtsweg {

class DiagramScene;

/// The scene item of a DropHighlight (found by type in tests).
class DropHighlightItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 24 };
    int type() const override { return Type; }

    NodeId target = kNoNode; ///< the marked shape
    bool allowed = true;
};

class DropHighlight
{
public:
    explicit DropHighlight(DiagramScene &scene) : m_scene(scene) {}
    ~DropHighlight();
    DropHighlight(const DropHighlight &) = delete;
    DropHighlight &operator=(const DropHighlight &) = delete;

    /// Marks the shape `shape` (kNoNode hides the mark); red when `allowed` is false.
    void show(NodeId shape, bool allowed = true);
    NodeId shape() const { return m_item && m_item->isVisible() ? m_item->target : kNoNode; }

private:
    DiagramScene &m_scene;
    DropHighlightItem *m_item = nullptr;
};

} // namespace amtsweg

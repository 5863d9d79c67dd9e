#pragma once
// Hit testing on the canvas: which element is under a scene position (labels stand for their
// element), and whether a press lands inside a pool or lane (where dragging draws a rubber band)
// or on its header or border (where it grabs the pool or lane).

#include "bpmn/modeltree.h"

#include <QPointF>

namespace amtsweg {

class DiagramScene;
class ShapeItem;

struct Hit
{
    NodeId diElement = kNoNode; ///< the topmost shape or edge, kNoNode on empty canvas
    bool interior = false;      ///< inside a pool or lane, off its header and border
    bool isEdge = false;
};

/// The element under `scenePos`; `ignore` is skipped (e.g. the element being dragged).
Hit hitTest(const DiagramScene &scene, const QPointF &scenePos, NodeId ignore = kNoNode);

/// The innermost shape under `scenePos` that can hold new elements or flow ends (any shape
/// but labels and edges), skipping `ignore`; nullptr on empty canvas.
ShapeItem *shapeAt(const DiagramScene &scene, const QPointF &scenePos, NodeId ignore = kNoNode);

} // namespace amtsweg

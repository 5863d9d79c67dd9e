#pragma once
// LaneResizer: what else changes when a lane or a pool with lanes is resized. Lanes fill their
// pool without gaps: moving a lane's border moves the neighbouring lane's border (or the
// pool's, for the outermost lane), nested lanes follow their parent's borders, and all lanes
// share the pool's extent along the pool. Works for horizontal and vertical pools.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>

namespace amtsweg {

class DiagramScene;

class LaneResizer
{
public:
    explicit LaneResizer(const DiagramScene &scene);

    /// The new bounds of every shape that changes when `shape` (a lane, or a pool with lanes)
    /// gets `bounds`; empty when `shape` is neither.
    QList<QPair<NodeId, QRectF>> plan(NodeId shape, const QRectF &bounds);
    /// Resizes through one ResizeLanesCommand; false when `shape` is not a lane or a pool with
    /// lanes (the caller resizes it alone).
    bool resize(NodeId shape, const QRectF &bounds);

private:
    /// Lanes directly inside a pool (its process's lane set) or a lane (its child lane set),
    /// with a shape in the plane, in order along the pool's cross axis.
    QList<NodeId> childLanes(NodeId container) const;
    void setCrossEdge(NodeId semantic, bool low, qreal value);
    void propagateDown(NodeId semantic, bool low, qreal value);
    QRectF get(NodeId semantic) const;
    void put(NodeId semantic, const QRectF &r);

    const DiagramScene &m_scene;
    const ModelTree &m_tree;
    bool m_horizontal = true;
    NodeId m_pool = kNoNode;
    QHash<NodeId, QRectF> m_rects;  ///< semantic -> bounds, transposed for vertical pools
    QHash<NodeId, NodeId> m_parent; ///< lane -> pool or parent lane
};

} // namespace amtsweg

#pragma once
// PoolCreator: pools and lanes. A pool dropped on a process diagram becomes the pool of that
// process (the diagram turns into a collaboration); on a collaboration it brings its own empty
// process. Lanes are added above or below a lane, or to a pool (its content then goes into
// the first lane); the pool grows and what lies beyond moves along. In FIM mode pools are
// created vertical.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QPointF>

namespace amtsweg {

class DiagramScene;

class PoolCreator
{
    Q_DECLARE_TR_FUNCTIONS(PoolCreator)

public:
    explicit PoolCreator(DiagramScene &scene);

    /// Adds a horizontal (or vertical) pool centred near `centre`; returns its shape, or
    /// kNoNode. In FIM mode every new pool is vertical (FIM pools read top to bottom).
    NodeId addPool(const QPointF &centre, bool vertical = false);
    /// Adds a lane below the lane (or at the bottom of the pool) under `scenePos`; returns the
    /// new lane's shape, or kNoNode when there is no pool there.
    NodeId addLaneAt(const QPointF &scenePos);
    /// Adds a lane above or below `target` (a pool's or lane's shape); returns its shape.
    NodeId addLane(NodeId targetShape, bool below);

private:
    DiagramScene &m_scene;
};

} // namespace amtsweg

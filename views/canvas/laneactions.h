#pragma once
// LaneActions: the lane edits of a pool or lane, shared by the context pad and the canvas
// context menu: add a lane above or below, divide into two or three lanes (bpmn.io's "Divide
// into two/three lanes"), delete a lane (its neighbours take its space). Each is one undo step.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QList>

class QMenu;

namespace amtsweg {

class DiagramScene;

class LaneActions
{
    Q_DECLARE_TR_FUNCTIONS(LaneActions)

public:
    explicit LaneActions(DiagramScene &scene);

    /// Whether `shape` draws a pool (participant) or a lane.
    bool isPoolOrLane(NodeId shape) const;
    /// Whether the pool or lane of `shape` has fewer than `count` lanes directly inside, so
    /// that dividing it into `count` lanes changes it.
    bool canSplit(NodeId shape, int count) const;
    /// Divides the pool or lane of `shape` into `count` lanes; returns their shapes (empty
    /// when nothing changed).
    QList<NodeId> split(NodeId shape, int count);
    /// Deletes the lane of `shape`; its neighbours take its space.
    void remove(NodeId shape);
    /// Adds the entries for `shape` (a pool or lane) to `menu`; they act on the scene when
    /// triggered, if it still exists.
    void addToMenu(QMenu *menu, NodeId shape);

private:
    NodeId semanticOf(NodeId shape) const;

    DiagramScene &m_scene;
};

} // namespace amtsweg

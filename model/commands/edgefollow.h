#pragma once
// Keeping routes orthogonal when one end of an edge moves (a shape dragged away from the other
// end): the corner next to the moved end follows it, and a straight line that no longer is
// becomes a route with two bends, the way bpmn.io lays connections out after a move. Shared by
// the move command and the canvas preview, so that what the drag shows is what is committed.

#include "bpmn/modeltree.h"

#include <QList>
#include <QPointF>

#include <vector>

namespace amtsweg::edgefollow {

/// An edge with one end on a moved shape.
struct FollowingEdge
{
    NodeId edge = kNoNode;
    bool source = false; ///< the first waypoint moves
    bool target = false; ///< the last waypoint moves
};

/// The route after its source and/or target end moved by `delta`, from the route before.
/// Orthogonal routes stay orthogonal; others only get the moved end shifted.
QList<QPointF> follow(const QList<QPointF> &before, bool source, bool target, const QPointF &delta);

} // namespace amtsweg::edgefollow

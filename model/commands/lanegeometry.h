#pragma once
// Lane geometry shared by the lane commands: lanes of a pool or lane in order across the pool,
// and moving a lane's border together with the nested lanes that share it. Computations work
// in "along/across" coordinates: x along the pool, y across it (a vertical pool's rectangles
// are transposed).

#include "commands/treeedit.h"

#include <QRectF>

#include <optional>
#include <vector>

namespace amtsweg::lanegeometry {

/// `r` in along/across coordinates (transposed when the pool is vertical), and back.
QRectF alongAcross(const QRectF &r, bool horizontal);

/// Width of a pool's or a parent lane's name strip, where its lanes begin (bpmn.io's
/// LANE_INDENTATION).
inline constexpr qreal kHeader = 30;

/// The process (for a participant) or the lane itself (for a lane) that holds lane sets.
NodeId laneHolder(const ModelTree &tree, NodeId participantOrLane);
/// The lanes of the lane sets directly under `holder` (a process, or a lane's childLaneSet),
/// in document order.
std::vector<NodeId> childLanes(const ModelTree &tree, NodeId holder);
/// Whether the pool drawing `participantOrLane` in `plane` is horizontal (its own shape's
/// isHorizontal when the pool has no shape there); true when unknown.
bool isHorizontal(const ModelTree &tree, NodeId participantOrLane, NodeId plane);

/// A lane with its shape in one plane and its bounds in along/across coordinates.
struct PlacedLane
{
    NodeId lane = kNoNode;
    NodeId shape = kNoNode;
    QRectF rect;
};
/// The lanes of `holder` that have a shape with bounds in `plane`, sorted across the pool.
std::vector<PlacedLane> placedLanes(const ModelTree &tree, NodeId holder, NodeId plane,
                                    bool horizontal);
/// The bounds of `semantic`'s shape in `plane`, in along/across coordinates.
std::optional<QRectF> placedRect(const ModelTree &tree, NodeId semantic, NodeId plane,
                                 bool horizontal);

/// Moves the top (`top`) or bottom border (across the pool) of `lane` to `value`, and the same
/// border of its outermost nested lanes on that side, recursively.
void moveBorder(ModelTree &tree, TreeEdit &edit, NodeId lane, NodeId plane, bool horizontal,
                bool top, qreal value);

/// Sets the bounds of `semantic`'s shape in `plane` to `rect` (along/across coordinates) and
/// maps the bounds of its nested lanes linearly from the old to the new extent across.
void placeWithNested(ModelTree &tree, TreeEdit &edit, NodeId semantic, NodeId plane,
                     bool horizontal, const QRectF &rect);

} // namespace amtsweg::lanegeometry

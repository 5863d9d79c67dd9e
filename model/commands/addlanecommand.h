#pragma once
// AddLaneCommand: adds a lane to a pool, above or below a lane, in one step.

#include "commands/documentcommand.h"

namespace amtsweg {

/// Adds a lane of `size` (its thickness across the pool) in `plane`:
/// - `target` a participant without lanes: a lane set (when missing) with a first lane
///   covering the pool's content and the new lane above or below it; the pool grows;
/// - `target` a lane: the new lane next to it in the same lane set, above or below (a
///   participant with lanes stands for its first or last lane);
/// everything of the pool beyond the new lane's place (lanes, shapes, waypoints, labels) moves
/// away by `size`, the pool and enclosing lanes grow, and the lanes' <flowNodeRef>s are
/// synced with the geometry. Horizontal and vertical pools.
class AddLaneCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLaneCommand)

public:
    AddLaneCommand(BpmnDocument *document, NodeId target, bool below, NodeId plane,
                   qreal size = 120, QUndoCommand *parent = nullptr);

    /// The new lane (after the first redo), or kNoNode.
    NodeId lane() const { return m_lane; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    /// Moves everything of the pool at or beyond `line` (cross axis) by m_size and grows
    /// what spans the line.
    void makeRoom(ModelTree &tree, TreeEdit &edit, NodeId participant, NodeId process, qreal line,
                  bool horizontal);

    NodeId m_target;
    bool m_below;
    NodeId m_plane;
    qreal m_size;
    NodeId m_lane = kNoNode;
    NodeId m_anchor = kNoNode; ///< the lane the new one goes next to (its parents grow)
};

} // namespace amtsweg

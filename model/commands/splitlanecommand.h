#pragma once
// SplitLaneCommand: divides a lane or a pool into two or three lanes in one step (bpmn.io's
// "Divide into two lanes" / "Divide into three lanes").

#include "commands/documentcommand.h"

#include <vector>

namespace amtsweg {

/// Divides `target` (a lane, or a participant) as drawn in `plane` into `count` lanes nested
/// in it: the space right of its name strip is shared by `count` lanes of equal thickness
/// across the pool (the last takes the rounding rest). Lanes it already has become the first
/// ones (their own nested lanes scaled along), new lanes (in the lane's childLaneSet or the
/// process's laneSet, created when missing) fill the rest. The target keeps its bounds, and
/// the flow nodes drawn in it are listed in the lanes that now cover them. Nothing happens
/// when it already has more than `count` lanes. Horizontal and vertical pools.
class SplitLaneCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitLaneCommand)

public:
    SplitLaneCommand(BpmnDocument *document, NodeId target, int count, NodeId plane,
                     QUndoCommand *parent = nullptr);

    /// The `count` lanes inside the target after the first redo, in order across the pool.
    const std::vector<NodeId> &lanes() const { return m_lanes; }

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    /// The lane set under `holder` that new lanes go into (created when missing).
    NodeId laneSet(ModelTree &tree, TreeEdit &edit, NodeId holder) const;

    NodeId m_target;
    int m_count;
    NodeId m_plane;
    std::vector<NodeId> m_lanes;
};

} // namespace amtsweg

#pragma once
// Keeping lane membership (<flowNodeRef>) in sync with the diagram, for commands that change
// lane or shape geometry: a flow node belongs to every lane whose bounds contain its centre,
// as bpmn.io keeps it (a centre on the border between two lanes counts for the lower or right
// one only).

#include "commands/treeedit.h"

#include <QRectF>

#include <vector>

namespace amtsweg::lanerefs {

/// Rewrites the <flowNodeRef>s of the lanes of `process` from the shapes in `plane`: flow nodes
/// (direct children of the process) whose shape centre lies in a lane's bounds are listed in
/// it, others that have a shape in the plane are taken out. References to nodes without a shape
/// in the plane stay. Nothing happens when the process has no lanes with bounds.
void sync(ModelTree &tree, TreeEdit &edit, NodeId process, NodeId plane);
/// The same for some flow nodes of `process` only (the ones a command moved); cheaper than
/// sync() for a few nodes in a large process.
void syncNodes(ModelTree &tree, TreeEdit &edit, NodeId process, NodeId plane,
               const std::vector<NodeId> &nodes);
/// The shape drawing `semantic` in `plane` (tries the usual "<id>_di" first), or kNoNode.
NodeId shapeIn(const ModelTree &tree, NodeId semantic, NodeId plane);

/// Sets the dc:Bounds of a shape (creating them when missing); recorded as its geometry change.
void setBounds(ModelTree &tree, TreeEdit &edit, NodeId shape, const QRectF &bounds);

} // namespace amtsweg::lanerefs

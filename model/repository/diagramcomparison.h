#pragma once
// The diagram part of ModelComparison: how the shapes and edges that draw one semantic element
// differ between two versions (bounds, waypoints, label bounds, in how many diagrams).

#include "modelcomparison.h"

#include <vector>

namespace amtsweg {

/// What moved between `before` (the BPMNShapes/BPMNEdges of an element in `older`, in document
/// order) and `after` (those of the same element in `newer`), paired by position: "position",
/// "size", "waypoints", "label", or "diagram" (drawn in more or fewer diagrams, or as another
/// kind of DI element). Each property once; empty when nothing moved.
std::vector<PropertyChange> diagramChanges(const ModelTree &older,
                                           const std::vector<NodeId> &before,
                                           const ModelTree &newer,
                                           const std::vector<NodeId> &after);

} // namespace amtsweg

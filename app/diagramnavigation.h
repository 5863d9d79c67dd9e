#pragma once
// Which diagrams of a model get a tab, and how the planes of collapsed sub-processes
// (drill-down: a BPMNPlane whose bpmnElement is the sub-process) hang below them.

#include "bpmn/modeltree.h"

#include <optional>
#include <vector>

namespace amtsweg::navigation {

/// The plane drawing the inside of a sub-process, or kNoNode.
NodeId subProcessPlane(const ModelTree &tree, NodeId subProcess);
/// The diagrams shown in tabs, in document order: all except the planes of sub-processes that
/// are drawn in another plane (those are reached by drilling down).
std::vector<NodeId> tabDiagrams(const ModelTree &tree);
/// The planes from `rootPlane` (excluded) down to `target` (included) through the
/// sub-processes drawn on the way; empty when they are the same plane, nullopt when `target`
/// cannot be reached from `rootPlane`.
std::optional<std::vector<NodeId>> planePath(const ModelTree &tree, NodeId rootPlane,
                                             NodeId target);

} // namespace amtsweg::navigation

#pragma once
// The canvas tools behind ToolMode.

#include "toolmode.h"

#include <memory>

namespace amtsweg {

class CanvasTool;
class DiagramScene;

/// A new tool of `mode` (CreateKind for ToolMode::Create) on `scene`.
std::unique_ptr<CanvasTool> makeTool(DiagramScene &scene, ToolMode mode, CreateKind kind);

} // namespace amtsweg

#include "tools.h"

#include "connecttool.h"
#include "createtool.h"
#include "handtool.h"
#include "selecttool.h"

namespace amtsweg {

std::unique_ptr<CanvasTool> makeTool(DiagramScene &scene, ToolMode mode, CreateKind kind)
{
    switch (mode) {
    case ToolMode::Hand:
        return std::make_unique<HandTool>(scene);
    case ToolMode::Connect:
        return std::make_unique<ConnectTool>(scene);
    case ToolMode::Create:
        return std::make_unique<CreateTool>(scene, kind);
    case ToolMode::Select:
        break;
    }
    return std::make_unique<SelectTool>(scene);
}

} // namespace amtsweg

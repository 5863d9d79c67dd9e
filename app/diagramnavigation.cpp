#include "diagramnavigation.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"

namespace amtsweg::navigation {
namespace {

constexpr int kMaxDepth = 32; // guards against planes that draw each other

std::optional<std::vector<NodeId>> pathFrom(const ModelTree &tree, NodeId rootPlane, NodeId target,
                                            int depth)
{
    if (target == rootPlane)
        return std::vector<NodeId>();
    if (depth > kMaxDepth || target == kNoNode)
        return std::nullopt;
    const NodeId subProcess = di::semanticOf(tree, target);
    if (!bpmn::isSubProcess(tree, subProcess))
        return std::nullopt;
    for (NodeId shape : di::diagramElementsOf(tree, subProcess)) {
        const NodeId outer = di::enclosingPlane(tree, shape);
        if (outer == target || outer == kNoNode)
            continue;
        if (auto path = pathFrom(tree, rootPlane, outer, depth + 1)) {
            path->push_back(target);
            return path;
        }
    }
    return std::nullopt;
}

} // namespace

NodeId subProcessPlane(const ModelTree &tree, NodeId subProcess)
{
    if (!bpmn::isSubProcess(tree, subProcess))
        return kNoNode;
    for (NodeId plane : di::planes(tree))
        if (di::semanticOf(tree, plane) == subProcess)
            return plane;
    return kNoNode;
}

std::vector<NodeId> tabDiagrams(const ModelTree &tree)
{
    const std::vector<NodeId> all = di::diagrams(tree);
    std::vector<NodeId> shown;
    for (NodeId diagram : all) {
        const NodeId plane = di::planeOf(tree, diagram);
        const NodeId element = di::semanticOf(tree, plane);
        bool drawnElsewhere = false;
        if (bpmn::isSubProcess(tree, element))
            for (NodeId shape : di::diagramElementsOf(tree, element))
                drawnElsewhere = drawnElsewhere || di::enclosingPlane(tree, shape) != plane;
        if (!drawnElsewhere)
            shown.push_back(diagram);
    }
    return shown.empty() ? all : shown;
}

std::optional<std::vector<NodeId>> planePath(const ModelTree &tree, NodeId rootPlane, NodeId target)
{
    return pathFrom(tree, rootPlane, target, 0);
}

} // namespace amtsweg::navigation

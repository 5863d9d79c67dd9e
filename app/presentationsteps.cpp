#include "presentationsteps.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramnavigation.h"
#include "export/handoutdocument.h"
#include "panels/elementlabels.h"

#include <unordered_set>

namespace amtsweg {
namespace {

constexpr int kMaxDepth = 32; // guards against planes that draw each other

void addPlane(const ModelTree &tree, NodeId diagram, NodeId plane, int depth,
              std::unordered_set<NodeId> &seen, std::vector<PresentationStep> &steps)
{
    if (plane == kNoNode || depth > kMaxDepth || !seen.insert(plane).second)
        return;
    steps.push_back({diagram, plane, depth});
    for (NodeId child = tree.firstChild(plane); child != kNoNode; child = tree.next(child)) {
        if (!di::isShape(tree, child))
            continue;
        const NodeId inner = navigation::subProcessPlane(tree, di::semanticOf(tree, child));
        if (inner != kNoNode && inner != plane)
            addPlane(tree, diagram, inner, depth + 1, seen, steps);
    }
}

} // namespace

std::vector<PresentationStep> presentationSteps(const ModelTree &tree)
{
    std::vector<PresentationStep> steps;
    std::unordered_set<NodeId> seen;
    for (NodeId diagram : navigation::tabDiagrams(tree))
        addPlane(tree, diagram, di::planeOf(tree, diagram), 0, seen, steps);
    return steps;
}

QString presentationStepTitle(const ModelTree &tree, const PresentationStep &step)
{
    if (step.depth == 0 && step.diagram != kNoNode)
        if (const QString name = toQString(tree.attr(step.diagram, tree.known().name)).simplified();
            !name.isEmpty())
            return name;
    const NodeId element = di::semanticOf(tree, step.plane);
    // An unnamed collaboration or process on a tab's plane: the model's name (the Steckbrief's).
    if (step.depth == 0 && (element == kNoNode || bpmn::name(tree, element).empty()))
        return HandoutDocument::modelName(tree);
    return elementDisplayName(tree, element);
}

} // namespace amtsweg

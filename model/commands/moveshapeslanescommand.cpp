#include "commands/moveshapeslanescommand.h"

#include "bpmn/elements.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"

#include <algorithm>

namespace amtsweg {

MoveShapesLanesCommand::MoveShapesLanesCommand(BpmnDocument *document,
                                               std::vector<NodeId> diElements, const QPointF &delta,
                                               QUndoCommand *parent)
    : MoveShapesCommand(document, diElements, delta, parent), m_shapes(std::move(diElements))
{
}

void MoveShapesLanesCommand::build(ModelTree &tree, TreeEdit &edit)
{
    MoveShapesCommand::build(tree, edit);
    if (edit.isEmpty())
        return;
    std::vector<std::pair<NodeId, NodeId>> done; // (process, plane)
    for (NodeId shape : m_shapes) {
        if (!di::isShape(tree, shape) || !tree.isAttached(shape))
            continue;
        const NodeId semantic = di::semanticOf(tree, shape);
        if (semantic == kNoNode || !bpmn::isFlowNode(tree, semantic) ||
            !bpmn::isProcess(tree, tree.parent(semantic)))
            continue;
        const std::pair<NodeId, NodeId> key{tree.parent(semantic), tree.parent(shape)};
        if (std::find(done.begin(), done.end(), key) != done.end())
            continue;
        done.push_back(key);
        lanerefs::sync(tree, edit, key.first, key.second);
    }
}

} // namespace amtsweg

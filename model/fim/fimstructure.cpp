#include "fim/fimstructure.h"

#include "bpmn/elements.h"

namespace amtsweg::fim {

std::vector<NodeId> administrationProcesses(const ModelTree &tree)
{
    std::vector<NodeId> result;
    if (tree.root() == kNoNode)
        return result;
    for (NodeId p : bpmn::childElements(tree, tree.root(), "process"))
        for (NodeId c : bpmn::childElements(tree, p))
            if (bpmn::isFlowNode(tree, c)) {
                result.push_back(p);
                break;
            }
    return result;
}

NodeId poolOf(const ModelTree &tree, NodeId n)
{
    if (n == kNoNode)
        return kNoNode;
    return bpmn::isParticipant(tree, n) ? n : bpmn::participantOf(tree, bpmn::processOf(tree, n));
}

QString nameOf(const ModelTree &tree, NodeId n)
{
    const std::string_view name = bpmn::name(tree, n);
    return QString::fromUtf8(name.data(), qsizetype(name.size())).simplified();
}

QString quoted(const ModelTree &tree, NodeId n)
{
    QString text = nameOf(tree, n);
    if (text.isEmpty()) {
        const std::string_view id = tree.id(n);
        text = QString::fromUtf8(id.data(), qsizetype(id.size()));
    }
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace amtsweg::fim

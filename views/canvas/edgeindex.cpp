#include "edgeindex.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"

namespace amtsweg {
namespace {

/// The semantic element of the shape an edge names in sourceElement/targetElement.
NodeId diEnd(const ModelTree &tree, NodeId edge, NameId attribute)
{
    const auto ref = tree.attribute(edge, attribute);
    const NodeId shape = ref ? tree.resolveRef(*ref) : kNoNode;
    return shape != kNoNode ? di::semanticOf(tree, shape) : kNoNode;
}

} // namespace

EdgeIndex::Ends EdgeIndex::endsOf(const ModelTree &tree, NodeId edge, NodeId flow)
{
    Ends ends;
    const NameTable::Known &k = tree.known();
    ends.source = diEnd(tree, edge, k.sourceElement);
    ends.target = diEnd(tree, edge, k.targetElement);
    if (flow == kNoNode || !tree.isAttached(flow))
        return ends;
    if (bpmn::isDataAssociation(tree, flow)) {
        // Inside an activity: input associations end there, output ones start there.
        const NodeId activity = tree.parent(flow);
        const bool input = tree.localName(flow) == "dataInputAssociation";
        const NodeId ref = tree.firstChildElement(flow, input ? "sourceRef" : "targetRef");
        const NodeId data = ref != kNoNode ? tree.resolveRef(tree.text(ref)) : kNoNode;
        if (ends.source == kNoNode)
            ends.source = input ? data : activity;
        if (ends.target == kNoNode)
            ends.target = input ? activity : data;
        return ends;
    }
    if (ends.source == kNoNode)
        ends.source = bpmn::sourceOf(tree, flow);
    if (ends.target == kNoNode)
        ends.target = bpmn::targetOf(tree, flow);
    return ends;
}

void EdgeIndex::clear()
{
    m_ends.clear();
    m_bySemantic.clear();
}

void EdgeIndex::setEdge(const ModelTree &tree, NodeId edge, NodeId flow)
{
    removeEdge(edge);
    Ends ends = endsOf(tree, edge, flow);
    m_ends.insert(edge, ends);
    if (ends.source != kNoNode)
        m_bySemantic.insert(ends.source, edge);
    if (ends.target != kNoNode && ends.target != ends.source)
        m_bySemantic.insert(ends.target, edge);
}

void EdgeIndex::removeEdge(NodeId edge)
{
    const auto it = m_ends.constFind(edge);
    if (it == m_ends.constEnd())
        return;
    m_bySemantic.remove(it->source, edge);
    m_bySemantic.remove(it->target, edge);
    m_ends.erase(it);
}

} // namespace amtsweg

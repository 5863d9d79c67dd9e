#include "commands/addelementcommand.h"

#include "bpmn/elements.h"
#include "document.h"

namespace amtsweg {
namespace {

/// Adds a reference child (<outgoing>, <incoming>, <flowNodeRef>) to `owner` unless present.
void addReference(ModelTree &tree, TreeEdit &edit, NodeId owner, std::string_view childName,
                  NodeId target)
{
    if (owner == kNoNode || !tree.isAttached(owner) ||
        bpmn::referenceChild(tree, owner, childName, target) != kNoNode)
        return;
    const NodeId ref = bpmn::createReference(tree, childName, tree.id(target));
    edit.insert(tree, owner, ref, bpmn::schemaInsertBefore(tree, owner, ref),
                ChangeNote::ofProperty(owner, tree.nameId(ref)));
}

} // namespace

AddElementCommand::AddElementCommand(BpmnDocument *document, NodeId parent, NodeId element,
                                     NodeId plane, NodeId diElement, NodeId lane,
                                     QUndoCommand *parentCommand)
    : DocumentCommand(document, QString(), parentCommand), m_parent(parent), m_element(element),
      m_plane(plane), m_diElement(diElement), m_lane(lane)
{
    const ModelTree &tree = document->tree();
    const NodeId shown = element != kNoNode ? element : diElement;
    setText(shown != kNoNode
                ? tr("Add %1").arg(QString::fromUtf8(tree.localName(shown).data(),
                                                     qsizetype(tree.localName(shown).size())))
                : tr("Add element"));
}

void AddElementCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (m_element != kNoNode && m_parent != kNoNode && !tree.isAttached(m_element) &&
        tree.isAttached(m_parent)) {
        edit.insert(tree, m_parent, m_element, bpmn::schemaInsertBefore(tree, m_parent, m_element),
                    ChangeNote::ofStructure());
        if (bpmn::isSequenceFlow(tree, m_element)) {
            addReference(tree, edit, bpmn::sourceOf(tree, m_element), "outgoing", m_element);
            addReference(tree, edit, bpmn::targetOf(tree, m_element), "incoming", m_element);
        }
        if (m_lane != kNoNode && bpmn::isFlowNode(tree, m_element))
            addReference(tree, edit, m_lane, "flowNodeRef", m_element);
    }
    if (m_diElement != kNoNode && m_plane != kNoNode && !tree.isAttached(m_diElement) &&
        tree.isAttached(m_plane))
        edit.insert(tree, m_plane, m_diElement,
                    bpmn::schemaInsertBefore(tree, m_plane, m_diElement),
                    ChangeNote::ofStructure());
}

} // namespace amtsweg

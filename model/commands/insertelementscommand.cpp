#include "commands/insertelementscommand.h"

#include "bpmn/elements.h"
#include "document.h"

namespace amtsweg {
namespace {

/// True for simple-content reference children such as <incoming> or <flowNodeRef>.
bool isReferenceChild(const ModelTree &tree, NodeId parent, NodeId child)
{
    if (tree.ns(child) != schema::Ns::Model || tree.firstChild(child) == kNoNode)
        return false;
    const schema::Schema &s = schema::Schema::instance();
    const int slot = bpmn::childSlotOf(tree, parent, child);
    if (slot < 0)
        return false;
    const schema::ValueKind kind = s.allChildren(tree.type(parent))[std::size_t(slot)]->kind;
    return kind == schema::ValueKind::IdRef || kind == schema::ValueKind::QNameRef;
}

} // namespace

InsertElementsCommand::InsertElementsCommand(BpmnDocument *document, const QString &text,
                                             std::vector<Insertion> insertions,
                                             std::vector<AttributeChange> attributes,
                                             QUndoCommand *parent)
    : DocumentCommand(document, text, parent), m_insertions(std::move(insertions)),
      m_attributes(std::move(attributes))
{
}

void InsertElementsCommand::build(ModelTree &tree, TreeEdit &edit)
{
    for (const AttributeChange &a : m_attributes)
        if (a.node != kNoNode && tree.isAttached(a.node))
            edit.setAttribute(tree, a.node, a.name, a.value,
                              ChangeNote::ofProperty(a.node, a.name));
    for (const Insertion &i : m_insertions) {
        if (i.parent == kNoNode || i.node == kNoNode || !tree.isAttached(i.parent) ||
            tree.isAttached(i.node) || tree.parent(i.node) != kNoNode)
            continue;
        const ChangeNote note = isReferenceChild(tree, i.parent, i.node)
                                    ? ChangeNote::ofProperty(i.parent, tree.nameId(i.node))
                                    : ChangeNote::ofStructure();
        edit.insert(tree, i.parent, i.node, bpmn::schemaInsertBefore(tree, i.parent, i.node), note);
    }
}

} // namespace amtsweg

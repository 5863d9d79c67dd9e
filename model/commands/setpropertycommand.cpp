#include "commands/setpropertycommand.h"

#include "bpmn/elements.h"
#include "document.h"

#include <string>

namespace amtsweg {
namespace {

QString displayName(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// `value` with the id part of an optional "prefix:" replaced.
std::string replaceId(std::string_view value, std::string_view newId)
{
    const auto colon = value.find(':');
    std::string result(colon == std::string_view::npos ? std::string_view()
                                                       : value.substr(0, colon + 1));
    result.append(newId);
    return result;
}

} // namespace

SetPropertyCommand::SetPropertyCommand(BpmnDocument *document, NodeId element, NameId property,
                                       std::optional<std::string_view> value, QUndoCommand *parent)
    : DocumentCommand(document, QString(), parent), m_element(element), m_property(property),
      m_mode(modeFor(document->tree(), element, property))
{
    if (value)
        m_value = std::string(*value);
    const ModelTree &tree = document->tree();
    setText(m_mode == Mode::OwnText
                ? tr("Change text")
                : tr("Change %1").arg(displayName(tree.names()[property].local)));
}

SetPropertyCommand::Mode SetPropertyCommand::modeFor(const ModelTree &tree, NodeId element,
                                                     NameId property)
{
    if (property == kTextProperty)
        return Mode::OwnText;
    const QualifiedName &q = tree.names()[property];
    if (q.ns != schema::Ns::None && !q.isNamespaceDeclaration && tree.isValid(element) &&
        tree.isElement(element)) {
        const schema::TypeId type = tree.type(element);
        if (type != schema::kNoType)
            for (const schema::ChildInfo *slot : schema::Schema::instance().allChildren(type))
                if (slot->ns == q.ns && q.local == slot->name)
                    return Mode::ChildText;
    }
    return Mode::Attribute;
}

std::optional<std::string> SetPropertyCommand::currentValue(const ModelTree &tree) const
{
    switch (m_mode) {
    case Mode::Attribute:
        if (const auto v = tree.attribute(m_element, m_property))
            return std::string(*v);
        return std::nullopt;
    case Mode::ChildText: {
        const QualifiedName &q = tree.names()[m_property];
        const NodeId child = tree.childElement(m_element, q.ns, q.local);
        if (child == kNoNode)
            return std::nullopt;
        std::string text = tree.text(child);
        return text.empty() ? std::nullopt : std::optional<std::string>(std::move(text));
    }
    case Mode::OwnText:
        return tree.text(m_element);
    }
    return std::nullopt;
}

void SetPropertyCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (m_element == kNoNode || !tree.isValid(m_element) || !tree.isElement(m_element) ||
        !tree.isAttached(m_element))
        return;
    m_oldValue = currentValue(tree);
    const ChangeNote note = ChangeNote::ofProperty(m_element, m_property);
    switch (m_mode) {
    case Mode::Attribute: {
        const bool isId = m_property == tree.known().id;
        if (!m_value) {
            edit.removeAttribute(tree, m_element, m_property, note);
            return;
        }
        if (isId && m_oldValue && *m_oldValue != *m_value) {
            if (m_value->empty() || tree.byId(*m_value) != kNoNode)
                return; // would make a duplicate or empty id
            const std::string oldId = *m_oldValue;
            rewriteReferences(tree, edit, oldId, *m_value);
        }
        edit.setAttribute(tree, m_element, m_property, *m_value, note);
        return;
    }
    case Mode::ChildText: {
        const QualifiedName &q = tree.names()[m_property];
        NodeId child = tree.childElement(m_element, q.ns, q.local);
        if (!m_value || m_value->empty()) {
            if (child != kNoNode)
                edit.detach(tree, child, note);
            return;
        }
        if (child == kNoNode) {
            child = tree.createElement(m_property);
            tree.insert(child, tree.createCharacterData(NodeKind::Text, *m_value));
            edit.insert(tree, m_element, child, bpmn::schemaInsertBefore(tree, m_element, child),
                        note);
            return;
        }
        edit.setText(tree, child, *m_value, note);
        return;
    }
    case Mode::OwnText:
        edit.setText(tree, m_element, m_value.value_or(std::string()), note);
        return;
    }
}

void SetPropertyCommand::rewriteReferences(ModelTree &tree, TreeEdit &edit, std::string_view oldId,
                                           std::string_view newId)
{
    for (const bpmn::Reference &r : bpmn::collectReferences(tree)) {
        if (r.to != m_element)
            continue;
        if (r.child != kNoNode) {
            const std::string text = tree.text(r.child);
            const auto tokens = bpmn::splitList(text);
            if (!tokens.empty())
                edit.setText(tree, r.child, replaceId(tokens.front(), newId),
                             ChangeNote::ofProperty(r.from, tree.nameId(r.child)));
            continue;
        }
        const std::string_view value = tree.attr(r.from, r.attribute);
        std::string rewritten;
        if (r.inList) {
            for (std::string_view token : bpmn::splitList(value)) {
                if (!rewritten.empty())
                    rewritten.push_back(' ');
                const auto colon = token.find(':');
                const std::string_view bare =
                    colon == std::string_view::npos ? token : token.substr(colon + 1);
                rewritten.append(bare == oldId ? replaceId(token, newId) : std::string(token));
            }
        } else {
            rewritten = replaceId(value, newId);
        }
        edit.setAttribute(tree, r.from, r.attribute, rewritten,
                          ChangeNote::ofProperty(r.from, r.attribute));
    }
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetPropertyCommand *>(other);
    if (!o || o->document() != document() || o->m_element != m_element ||
        o->m_property != m_property || !isBuilt() || !o->isBuilt() || o->isObsolete())
        return false;
    absorb(*const_cast<SetPropertyCommand *>(o));
    m_value = o->m_value;
    if (currentValue(document()->tree()) == m_oldValue)
        revertAndDrop();
    return true;
}

} // namespace amtsweg

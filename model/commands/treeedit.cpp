#include "commands/treeedit.h"

#include <algorithm>
#include <unordered_set>

namespace amtsweg {

void TreeEdit::insert(ModelTree &tree, NodeId parent, NodeId n, NodeId before, ChangeNote note)
{
    Op op = makeOp(OpKind::Insert, n, parent, before);
    op.note = note;
    apply(tree, op, true);
    m_ops.push_back(op);
}

void TreeEdit::detach(ModelTree &tree, NodeId n, ChangeNote note)
{
    if (tree.parent(n) == kNoNode)
        return;
    Op op = makeOp(OpKind::Detach, n, tree.parent(n), tree.next(n));
    op.note = note;
    apply(tree, op, true);
    m_ops.push_back(op);
}

void TreeEdit::setAttribute(ModelTree &tree, NodeId n, NameId name, std::string_view value,
                            ChangeNote note)
{
    Op op = makeOp(OpKind::SetAttribute, n);
    op.name = name;
    op.note = note;
    const auto attrs = tree.attributes(n);
    for (std::uint32_t i = 0; i < attrs.size(); ++i)
        if (attrs[i].name == name) {
            if (attrs[i].value == value)
                return;
            op.oldValue = attrs[i].value;
            op.index = i;
        }
    if (!op.oldValue)
        op.index = static_cast<std::uint32_t>(attrs.size());
    tree.setAttribute(n, name, value);
    op.newValue = tree.attribute(n, name); // the arena copy
    m_ops.push_back(op);
}

void TreeEdit::removeAttribute(ModelTree &tree, NodeId n, NameId name, ChangeNote note)
{
    const auto attrs = tree.attributes(n);
    for (std::uint32_t i = 0; i < attrs.size(); ++i)
        if (attrs[i].name == name) {
            Op op = makeOp(OpKind::RemoveAttribute, n);
            op.name = name;
            op.oldValue = attrs[i].value;
            op.index = i;
            op.note = note;
            tree.removeAttribute(n, name);
            m_ops.push_back(op);
            return;
        }
}

void TreeEdit::setText(ModelTree &tree, NodeId n, std::string_view text, ChangeNote note)
{
    if (tree.text(n) == text)
        return;
    std::vector<NodeId> old;
    for (NodeId c = tree.firstChild(n); c != kNoNode; c = tree.next(c))
        if (tree.kind(c) == NodeKind::Text || tree.kind(c) == NodeKind::CData)
            old.push_back(c);
    // The new text node takes the place of the first old one (or leads the content).
    bool noted = false;
    if (!text.empty()) {
        const NodeId before = old.empty() ? tree.firstChild(n) : old.front();
        insert(tree, n, tree.createCharacterData(NodeKind::Text, text), before, note);
        noted = true;
    }
    for (NodeId c : old) {
        detach(tree, c, noted ? ChangeNote::nothing() : note);
        noted = true;
    }
}

void TreeEdit::putAttribute(ModelTree &tree, NodeId n, NameId name, std::string_view value,
                            std::uint32_t index)
{
    // setAttribute appends new attributes; to put one back at its old index, take the ones
    // after that index off and append them again behind it.
    const auto attrs = tree.attributes(n);
    if (index >= attrs.size()) {
        tree.setAttribute(n, name, value);
        return;
    }
    const std::vector<Attribute> tail(attrs.begin() + index, attrs.end());
    for (const Attribute &a : tail)
        tree.removeAttribute(n, a.name);
    tree.setAttribute(n, name, value);
    for (const Attribute &a : tail)
        tree.setAttribute(n, a.name, a.value);
}

void TreeEdit::apply(ModelTree &tree, const Op &op, bool forward)
{
    switch (op.kind) {
    case OpKind::Insert:
    case OpKind::Detach:
        if ((op.kind == OpKind::Insert) == forward)
            tree.insert(op.parent, op.node, op.before);
        else
            tree.detach(op.node);
        return;
    case OpKind::SetAttribute:
    case OpKind::RemoveAttribute: {
        const auto &value = forward ? op.newValue : op.oldValue;
        if (!value)
            tree.removeAttribute(op.node, op.name);
        else if (!forward && op.kind == OpKind::RemoveAttribute)
            putAttribute(tree, op.node, op.name, *value, op.index);
        else
            tree.setAttribute(op.node, op.name, *value); // in place, or appended when new
        return;
    }
    }
}

void TreeEdit::undo(ModelTree &tree) const
{
    for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it)
        apply(tree, *it, false);
}

void TreeEdit::redo(ModelTree &tree) const
{
    for (const Op &op : m_ops)
        apply(tree, op, true);
}

void TreeEdit::rollback(ModelTree &tree)
{
    undo(tree);
    m_ops.clear();
}

void TreeEdit::append(TreeEdit &&other)
{
    m_ops.insert(m_ops.end(), other.m_ops.begin(), other.m_ops.end());
    other.m_ops.clear();
}

std::vector<Change> TreeEdit::changes(bool undo) const
{
    std::vector<Change> result;
    // Changed/Geometry notes repeat (four Bounds attributes, many waypoints): keep the first.
    std::unordered_set<std::uint64_t> seen;
    auto add = [&](const Op &op, bool forward) {
        const ChangeNote &note = op.note;
        switch (note.kind) {
        case ChangeNote::Kind::None:
            return;
        case ChangeNote::Kind::Structure: {
            const bool attaches = (op.kind == OpKind::Insert) == forward;
            result.push_back({attaches ? Change::Kind::Added : Change::Kind::Removed, op.node, 0});
            return;
        }
        case ChangeNote::Kind::Property:
        case ChangeNote::Kind::Geometry: {
            const bool geometry = note.kind == ChangeNote::Kind::Geometry;
            // Property NameIds are far below 2^31: the top bit tells geometry notes apart.
            const std::uint64_t key =
                (std::uint64_t(note.node) << 32) | (geometry ? 0x80000000u : note.property);
            if (seen.insert(key).second)
                result.push_back({geometry ? Change::Kind::Geometry : Change::Kind::Changed,
                                  note.node, geometry ? 0 : note.property});
            return;
        }
        }
    };
    if (undo)
        for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it)
            add(*it, false);
    else
        for (const Op &op : m_ops)
            add(op, true);
    return result;
}

} // namespace amtsweg

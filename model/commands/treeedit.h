#pragma once
// TreeEdit: a record of primitive ModelTree changes (insert, detach, attribute set/remove) that
// applies them as they are recorded and can then be undone and redone exactly: nodes go back
// to the same parent and sibling position, attributes to the same place in the attribute
// order, and text nodes are the same nodes. Each change carries the notification the document
// emits for it.

#include "bpmn/modeltree.h"

#include <optional>
#include <vector>

namespace amtsweg {

/// What a recorded change means for views; the document turns it into a signal.
struct ChangeNote
{
    enum class Kind : std::uint8_t {
        None,      ///< no signal (covered by another note of the same command)
        Structure, ///< elementAdded / elementRemoved of the inserted or detached node
        Property,  ///< elementChanged(node, property)
        Geometry,  ///< geometryChanged(node): node is a BPMNShape / BPMNEdge
    };
    Kind kind = Kind::None;
    NodeId node = kNoNode;
    NameId property = 0;

    static ChangeNote ofStructure() { return {Kind::Structure, kNoNode, 0}; }
    static ChangeNote ofProperty(NodeId n, NameId p) { return {Kind::Property, n, p}; }
    static ChangeNote ofGeometry(NodeId diElement) { return {Kind::Geometry, diElement, 0}; }
    static ChangeNote nothing() { return {}; }
};

/// One signal to emit, in the direction the edit was applied.
struct Change
{
    enum class Kind : std::uint8_t { Added, Removed, Changed, Geometry };
    Kind kind;
    NodeId node;
    NameId property;
    bool operator==(const Change &) const = default;
};

class TreeEdit
{
public:
    /// Links detached `n` under `parent` before `before` (kNoNode: last). A Structure note
    /// means elementAdded(n).
    void insert(ModelTree &tree, NodeId parent, NodeId n, NodeId before, ChangeNote note);
    /// Unlinks attached `n`. A Structure note means elementRemoved(n).
    void detach(ModelTree &tree, NodeId n, ChangeNote note);
    /// Sets an attribute (in place when present, else appended). No-op when unchanged.
    void setAttribute(ModelTree &tree, NodeId n, NameId name, std::string_view value,
                      ChangeNote note);
    /// Removes an attribute when present.
    void removeAttribute(ModelTree &tree, NodeId n, NameId name, ChangeNote note);
    /// Replaces the text/CDATA children of an element by one text node (none for empty text)
    /// at the place of the first old one. No-op when the text is unchanged.
    void setText(ModelTree &tree, NodeId n, std::string_view text, ChangeNote note);

    /// Reverts all recorded changes, last first.
    void undo(ModelTree &tree) const;
    /// Applies all recorded changes again, first first (after undo()).
    void redo(ModelTree &tree) const;
    /// Reverts the changes and forgets them.
    void rollback(ModelTree &tree);

    bool isEmpty() const { return m_ops.empty(); }
    /// Appends another record (applied after this one).
    void append(TreeEdit &&other);
    /// The signals for applying the record forward (redo) or backward (undo), in the order
    /// of application, duplicates of Changed/Geometry dropped.
    std::vector<Change> changes(bool undo) const;

private:
    enum class OpKind : std::uint8_t { Insert, Detach, SetAttribute, RemoveAttribute };
    struct Op
    {
        OpKind kind = OpKind::Insert;
        NodeId node = kNoNode;
        NodeId parent = kNoNode;                  ///< insert/detach: where
        NodeId before = kNoNode;                  ///< insert/detach: the next sibling at that time
        NameId name = 0;                          ///< attribute ops
        std::optional<std::string_view> oldValue; ///< attribute ops: value before (arena)
        std::optional<std::string_view> newValue; ///< attribute ops: value after (arena)
        std::uint32_t index = 0;                  ///< attribute ops: position before
        ChangeNote note;
    };
    static Op makeOp(OpKind kind, NodeId node, NodeId parent = kNoNode, NodeId before = kNoNode)
    {
        Op op;
        op.kind = kind;
        op.node = node;
        op.parent = parent;
        op.before = before;
        return op;
    }
    static void apply(ModelTree &tree, const Op &op, bool forward);
    static void putAttribute(ModelTree &tree, NodeId n, NameId name, std::string_view value,
                             std::uint32_t index);

    std::vector<Op> m_ops;
};

} // namespace amtsweg

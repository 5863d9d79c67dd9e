#pragma once
// ModelTree: the whole content of a BPMN file as compact generic nodes (the way bpmn-moddle
// keeps it), so that everything Amtsweg does not understand survives by default. Elements
// know their schema type; typed accessors live in elements.h and di/diagraminfo.h.
//
// Storage: one vector of fixed-size nodes linked by index, attributes in one shared vector,
// strings in an append-only arena. Removing a node only unlinks it (undo links it back), so
// NodeIds stay valid for the tree's lifetime.

#include "bpmnschema.h"
#include "nametable.h"
#include "stringarena.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amtsweg {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0;

enum class NodeKind : std::uint8_t { Document, Element, Text, CData, Comment, Instruction };

struct Attribute
{
    NameId name;
    std::string_view value;
};

class ModelTree
{
public:
    ModelTree();
    ModelTree(const ModelTree &) = delete;
    ModelTree &operator=(const ModelTree &) = delete;

    NameTable &names() { return m_names; }
    const NameTable &names() const { return m_names; }
    const NameTable::Known &known() const { return m_names.known(); }
    std::string_view store(std::string_view s) { return m_strings.store(s); }

    /// The document node (holds the root element plus comments/instructions around it).
    NodeId documentNode() const { return 1; }
    /// The root element (bpmn:definitions in a BPMN file), or kNoNode.
    NodeId root() const;

    // ---- reading
    bool isValid(NodeId n) const { return n > 0 && n < m_nodes.size(); }
    NodeKind kind(NodeId n) const { return m_nodes[n].kind; }
    bool isElement(NodeId n) const { return m_nodes[n].kind == NodeKind::Element; }
    NameId nameId(NodeId n) const { return m_nodes[n].name; }
    const QualifiedName &qname(NodeId n) const { return m_names[m_nodes[n].name]; }
    std::string_view localName(NodeId n) const { return qname(n).local; }
    schema::Ns ns(NodeId n) const { return qname(n).ns; }
    /// True for an element of the BPMN model namespace with this local name.
    bool is(NodeId n, std::string_view bpmnLocalName) const;
    /// Schema type of an element (xsi:type honoured), or schema::kNoType when foreign/unknown.
    schema::TypeId type(NodeId n) const { return m_nodes[n].type; }
    /// True when the element's type is or derives from `typeName` ("tFlowNode").
    bool isA(NodeId n, std::string_view typeName) const;
    std::uint32_t line(NodeId n) const { return m_nodes[n].line; }

    NodeId parent(NodeId n) const { return m_nodes[n].parent; }
    NodeId firstChild(NodeId n) const { return m_nodes[n].firstChild; }
    NodeId lastChild(NodeId n) const { return m_nodes[n].lastChild; }
    NodeId next(NodeId n) const { return m_nodes[n].next; }
    NodeId prev(NodeId n) const { return m_nodes[n].prev; }
    /// First child element, optionally of a given BPMN-namespace local name.
    NodeId firstChildElement(NodeId n, std::string_view local = {}) const;
    NodeId nextSiblingElement(NodeId n, std::string_view local = {}) const;
    /// Child elements with a given namespace and local name.
    NodeId childElement(NodeId n, schema::Ns ns, std::string_view local) const;
    /// True when `n` is `ancestor` or lies below it.
    bool isInside(NodeId n, NodeId ancestor) const;
    /// False for nodes removed from the tree (undo may bring them back).
    bool isAttached(NodeId n) const;

    std::span<const Attribute> attributes(NodeId n) const;
    std::optional<std::string_view> attribute(NodeId n, NameId name) const;
    /// Attribute value or empty when absent.
    std::string_view attr(NodeId n, NameId name) const;
    std::string_view id(NodeId n) const { return attr(n, known().id); }
    /// For text/comment nodes their text; for elements the concatenated text children.
    std::string text(NodeId n) const;
    std::string_view nodeText(NodeId n) const { return m_nodes[n].text; }

    /// The attached element with this id (the first, when the file has duplicates).
    NodeId byId(std::string_view id) const;
    /// Resolves a reference value: "id", or "prefix:id" as QName references are written.
    NodeId resolveRef(std::string_view value) const;

    std::size_t nodeCount() const { return m_nodes.size() - 1; }
    /// Reserves room for about `nodes` nodes and `attributes` attributes (the reader's hint).
    void reserve(std::size_t nodes, std::size_t attributes);

    /// Approximate heap bytes held by this tree (nodes, attributes, strings, index).
    std::size_t memoryUsage() const;

    // ---- changing (the reader builds with these; BpmnDocument's commands change with them)
    NodeId createElement(NameId name, std::uint32_t line = 0);
    NodeId createCharacterData(NodeKind kind, std::string_view text, std::uint32_t line = 0);
    /// Sets (adds or replaces) an attribute; keeps the attribute order of the file.
    void setAttribute(NodeId n, NameId name, std::string_view value);
    /// For the reader: adds an attribute unless the element has one of that name already
    /// (false then); one pass over the element's attributes instead of two.
    bool addAttribute(NodeId n, NameId name, std::string_view value);
    bool removeAttribute(NodeId n, NameId name);
    /// Replaces all text children of an element by one text node (none for empty text).
    void setText(NodeId n, std::string_view text);
    /// Links a detached node (and its subtree) under `parent` before `before` (kNoNode: last).
    void insert(NodeId parent, NodeId n, NodeId before = kNoNode);
    /// Unlinks `n` and its subtree from the tree; it keeps its children and can be inserted back.
    void detach(NodeId n);
    /// Recomputes an element's schema type (after its name or xsi:type changed).
    void resolveType(NodeId n);
    /// Like insert() but without touching the id index (for the reader, which indexes at the end).
    void appendUnindexed(NodeId parent, NodeId n);
    /// Rebuilds the id index from the attached tree; returns ids seen more than once.
    std::vector<NodeId> rebuildIdIndex();

private:
    struct Node
    {
        NodeId parent = kNoNode, firstChild = kNoNode, lastChild = kNoNode, next = kNoNode,
               prev = kNoNode;
        NameId name = 0;
        std::uint32_t line = 0;
        std::uint32_t attrBegin = 0;
        std::uint16_t attrCount = 0;
        schema::TypeId type = schema::kNoType;
        NodeKind kind = NodeKind::Element;
        std::string_view text; // text, comment and instruction nodes
    };
    void indexSubtree(NodeId n, bool add);
    void resolveLocalType(NodeId n);

    StringArena m_strings;
    NameTable m_names;
    std::vector<Node> m_nodes;
    std::vector<Attribute> m_attributes;
    std::unordered_map<std::string_view, NodeId> m_ids;
};

} // namespace amtsweg

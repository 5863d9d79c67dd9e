#include "modeltree.h"

#include <algorithm>

namespace amtsweg {

ModelTree::ModelTree()
{
    m_nodes.resize(2); // 0: no node; 1: the document node
    m_nodes[1].kind = NodeKind::Document;
}

void ModelTree::reserve(std::size_t nodes, std::size_t attributes)
{
    m_nodes.reserve(nodes);
    m_attributes.reserve(attributes);
}

NodeId ModelTree::root() const
{
    for (NodeId c = m_nodes[1].firstChild; c != kNoNode; c = m_nodes[c].next)
        if (m_nodes[c].kind == NodeKind::Element)
            return c;
    return kNoNode;
}

bool ModelTree::is(NodeId n, std::string_view bpmnLocalName) const
{
    const QualifiedName &q = qname(n);
    return m_nodes[n].kind == NodeKind::Element && q.ns == schema::Ns::Model &&
           q.local == bpmnLocalName;
}

bool ModelTree::isA(NodeId n, std::string_view typeName) const
{
    const schema::TypeId t = m_nodes[n].type;
    return t != schema::kNoType && schema::Schema::instance().isA(t, typeName);
}

NodeId ModelTree::firstChildElement(NodeId n, std::string_view local) const
{
    for (NodeId c = m_nodes[n].firstChild; c != kNoNode; c = m_nodes[c].next)
        if (m_nodes[c].kind == NodeKind::Element && (local.empty() || is(c, local)))
            return c;
    return kNoNode;
}

NodeId ModelTree::nextSiblingElement(NodeId n, std::string_view local) const
{
    for (NodeId c = m_nodes[n].next; c != kNoNode; c = m_nodes[c].next)
        if (m_nodes[c].kind == NodeKind::Element && (local.empty() || is(c, local)))
            return c;
    return kNoNode;
}

NodeId ModelTree::childElement(NodeId n, schema::Ns ns, std::string_view local) const
{
    for (NodeId c = m_nodes[n].firstChild; c != kNoNode; c = m_nodes[c].next) {
        if (m_nodes[c].kind != NodeKind::Element)
            continue;
        const QualifiedName &q = qname(c);
        if (q.ns == ns && q.local == local)
            return c;
    }
    return kNoNode;
}

bool ModelTree::isInside(NodeId n, NodeId ancestor) const
{
    for (; n != kNoNode; n = m_nodes[n].parent)
        if (n == ancestor)
            return true;
    return false;
}

bool ModelTree::isAttached(NodeId n) const
{
    while (n != kNoNode && n != 1)
        n = m_nodes[n].parent;
    return n == 1;
}

std::span<const Attribute> ModelTree::attributes(NodeId n) const
{
    const Node &node = m_nodes[n];
    return {m_attributes.data() + node.attrBegin, node.attrCount};
}

std::optional<std::string_view> ModelTree::attribute(NodeId n, NameId name) const
{
    for (const Attribute &a : attributes(n))
        if (a.name == name)
            return a.value;
    return std::nullopt;
}

std::string_view ModelTree::attr(NodeId n, NameId name) const
{
    for (const Attribute &a : attributes(n))
        if (a.name == name)
            return a.value;
    return {};
}

std::string ModelTree::text(NodeId n) const
{
    const Node &node = m_nodes[n];
    if (node.kind != NodeKind::Element && node.kind != NodeKind::Document)
        return std::string(node.text);
    std::string result;
    for (NodeId c = node.firstChild; c != kNoNode; c = m_nodes[c].next)
        if (m_nodes[c].kind == NodeKind::Text || m_nodes[c].kind == NodeKind::CData)
            result.append(m_nodes[c].text);
    return result;
}

NodeId ModelTree::byId(std::string_view id) const
{
    auto it = m_ids.find(id);
    return it == m_ids.end() ? kNoNode : it->second;
}

NodeId ModelTree::resolveRef(std::string_view value) const
{
    // Trim XML whitespace: simple-content references (<incoming>) may carry line breaks.
    while (!value.empty() && (value.front() == ' ' || value.front() == '\n' ||
                              value.front() == '\t' || value.front() == '\r'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\n' ||
                              value.back() == '\t' || value.back() == '\r'))
        value.remove_suffix(1);
    if (NodeId n = byId(value))
        return n;
    if (auto colon = value.find(':'); colon != std::string_view::npos)
        return byId(value.substr(colon + 1));
    return kNoNode;
}

std::size_t ModelTree::memoryUsage() const
{
    std::size_t bytes = m_nodes.capacity() * sizeof(Node) +
                        m_attributes.capacity() * sizeof(Attribute) +
                        m_strings.bytesReserved();
    // unordered_map: one heap node per entry plus the bucket array.
    bytes += m_ids.size() * (sizeof(std::pair<std::string_view, NodeId>) + 2 * sizeof(void *)) +
             m_ids.bucket_count() * sizeof(void *);
    return bytes;
}

NodeId ModelTree::createElement(NameId name, std::uint32_t line)
{
    Node node;
    node.kind = NodeKind::Element;
    node.name = name;
    node.line = line;
    node.attrBegin = static_cast<std::uint32_t>(m_attributes.size());
    m_nodes.push_back(node);
    const auto id = static_cast<NodeId>(m_nodes.size() - 1);
    resolveType(id);
    return id;
}

NodeId ModelTree::createCharacterData(NodeKind kind, std::string_view text, std::uint32_t line)
{
    Node node;
    node.kind = kind;
    node.line = line;
    node.text = m_strings.store(text);
    m_nodes.push_back(node);
    return static_cast<NodeId>(m_nodes.size() - 1);
}

void ModelTree::setAttribute(NodeId n, NameId name, std::string_view value)
{
    Node &node = m_nodes[n];
    const bool isId = name == known().id;
    const bool indexed = isId && isAttached(n);
    for (std::uint32_t i = node.attrBegin; i < node.attrBegin + node.attrCount; ++i) {
        Attribute &a = m_attributes[i];
        if (a.name != name)
            continue;
        if (a.value == value)
            return;
        if (indexed) {
            auto it = m_ids.find(a.value);
            if (it != m_ids.end() && it->second == n)
                m_ids.erase(it);
        }
        a.value = m_strings.store(value);
        if (indexed)
            m_ids.emplace(a.value, n);
        if (name == known().xsiType)
            resolveType(n);
        return;
    }
    // New attribute: the node's run must end the shared vector; move it there if it does not.
    if (node.attrBegin + node.attrCount != m_attributes.size()) {
        const std::uint32_t newBegin = static_cast<std::uint32_t>(m_attributes.size());
        for (std::uint32_t i = 0; i < node.attrCount; ++i)
            m_attributes.push_back(m_attributes[node.attrBegin + i]);
        node.attrBegin = newBegin;
    }
    m_attributes.push_back({name, m_strings.store(value)});
    ++node.attrCount;
    if (indexed)
        m_ids.emplace(m_attributes.back().value, n);
    if (name == known().xsiType)
        resolveType(n);
}

bool ModelTree::addAttribute(NodeId n, NameId name, std::string_view value)
{
    Node &node = m_nodes[n];
    for (std::uint32_t i = node.attrBegin; i < node.attrBegin + node.attrCount; ++i)
        if (m_attributes[i].name == name)
            return false;
    if (node.attrBegin + node.attrCount != m_attributes.size() || isAttached(n)) {
        setAttribute(n, name, value); // moves the run or updates the id index
        return true;
    }
    m_attributes.push_back({name, m_strings.store(value)});
    ++node.attrCount;
    if (name == known().xsiType)
        resolveType(n);
    return true;
}

bool ModelTree::removeAttribute(NodeId n, NameId name)
{
    Node &node = m_nodes[n];
    auto begin = m_attributes.begin() + node.attrBegin;
    auto end = begin + node.attrCount;
    auto it = std::find_if(begin, end, [name](const Attribute &a) { return a.name == name; });
    if (it == end)
        return false;
    if (name == known().id && isAttached(n)) {
        auto idIt = m_ids.find(it->value);
        if (idIt != m_ids.end() && idIt->second == n)
            m_ids.erase(idIt);
    }
    std::move(it + 1, end, it);
    --node.attrCount;
    if (name == known().xsiType)
        resolveType(n);
    return true;
}

void ModelTree::setText(NodeId n, std::string_view text)
{
    NodeId c = m_nodes[n].firstChild;
    while (c != kNoNode) {
        const NodeId next = m_nodes[c].next;
        if (m_nodes[c].kind == NodeKind::Text || m_nodes[c].kind == NodeKind::CData)
            detach(c);
        c = next;
    }
    if (!text.empty())
        insert(n, createCharacterData(NodeKind::Text, text), m_nodes[n].firstChild);
}

void ModelTree::appendUnindexed(NodeId parent, NodeId n)
{
    Node &p = m_nodes[parent];
    Node &node = m_nodes[n];
    node.parent = parent;
    node.prev = p.lastChild;
    node.next = kNoNode;
    if (p.lastChild != kNoNode)
        m_nodes[p.lastChild].next = n;
    else
        p.firstChild = n;
    p.lastChild = n;
    if (node.type == schema::kNoType && node.kind == NodeKind::Element)
        resolveLocalType(n);
}

void ModelTree::insert(NodeId parent, NodeId n, NodeId before)
{
    if (before == kNoNode) {
        appendUnindexed(parent, n);
    } else {
        Node &node = m_nodes[n];
        node.parent = parent;
        node.next = before;
        node.prev = m_nodes[before].prev;
        if (node.prev != kNoNode)
            m_nodes[node.prev].next = n;
        else
            m_nodes[parent].firstChild = n;
        m_nodes[before].prev = n;
        if (node.type == schema::kNoType && node.kind == NodeKind::Element)
            resolveLocalType(n);
    }
    if (isAttached(parent))
        indexSubtree(n, true);
}

void ModelTree::detach(NodeId n)
{
    Node &node = m_nodes[n];
    if (node.parent == kNoNode)
        return;
    if (isAttached(n))
        indexSubtree(n, false);
    Node &p = m_nodes[node.parent];
    if (node.prev != kNoNode)
        m_nodes[node.prev].next = node.next;
    else
        p.firstChild = node.next;
    if (node.next != kNoNode)
        m_nodes[node.next].prev = node.prev;
    else
        p.lastChild = node.prev;
    node.parent = node.prev = node.next = kNoNode;
}

void ModelTree::resolveType(NodeId n)
{
    Node &node = m_nodes[n];
    node.type = schema::kNoType;
    if (node.kind != NodeKind::Element)
        return;
    const schema::Schema &s = schema::Schema::instance();
    const QualifiedName &q = m_names[node.name];
    if (q.element != schema::kNoElement)
        node.type = s.elementType(q.element);
    if (auto xsiType = attribute(n, known().xsiType)) {
        // xsi:type="tFormalExpression" or "bpmn:tFormalExpression": a type of the model.
        std::string_view t = *xsiType;
        if (auto colon = t.find(':'); colon != std::string_view::npos)
            t = t.substr(colon + 1);
        const schema::TypeId derived = s.type(schema::Ns::Model, t);
        if (derived != schema::kNoType)
            node.type = derived;
    }
}

void ModelTree::resolveLocalType(NodeId n)
{
    // Elements declared inside a type (childLaneSet, ioSpecification's dataInput …) get their
    // type from the parent's content model.
    const QualifiedName &q = m_names[m_nodes[n].name];
    const schema::TypeId parentType = m_nodes[m_nodes[n].parent].type;
    if (q.ns == schema::Ns::None || q.element != schema::kNoElement || parentType == schema::kNoType)
        return;
    const schema::Schema &s = schema::Schema::instance();
    const int slot = s.childSlot(parentType, q.ns, q.local);
    if (slot >= 0)
        m_nodes[n].type = s.childType(parentType, slot);
}

void ModelTree::indexSubtree(NodeId n, bool add)
{
    // Iterative walk: the tree may be deep.
    NodeId c = n;
    while (true) {
        if (m_nodes[c].kind == NodeKind::Element) {
            if (auto id = attribute(c, known().id); id && !id->empty()) {
                if (add) {
                    m_ids.emplace(*id, c);
                } else {
                    auto it = m_ids.find(*id);
                    if (it != m_ids.end() && it->second == c)
                        m_ids.erase(it);
                }
            }
        }
        if (m_nodes[c].firstChild != kNoNode) {
            c = m_nodes[c].firstChild;
            continue;
        }
        while (c != n && m_nodes[c].next == kNoNode)
            c = m_nodes[c].parent;
        if (c == n)
            return;
        c = m_nodes[c].next;
    }
}

std::vector<NodeId> ModelTree::rebuildIdIndex()
{
    m_ids.clear();
    m_ids.reserve(m_nodes.size() / 4);
    std::vector<NodeId> duplicates;
    const NodeId start = documentNode();
    NodeId c = start;
    while (true) {
        if (m_nodes[c].kind == NodeKind::Element) {
            if (auto id = attribute(c, known().id); id && !id->empty())
                if (!m_ids.emplace(*id, c).second)
                    duplicates.push_back(c);
        }
        if (m_nodes[c].firstChild != kNoNode) {
            c = m_nodes[c].firstChild;
            continue;
        }
        while (c != start && m_nodes[c].next == kNoNode)
            c = m_nodes[c].parent;
        if (c == start)
            break;
        c = m_nodes[c].next;
    }
    return duplicates;
}

} // namespace amtsweg

#include "treecopier.h"

#include "bpmn/elements.h"

namespace amtsweg {

TreeCopier::TreeCopier(const ModelTree &from, ModelTree &to) : m_from(from), m_to(to) {}

std::string TreeCopier::prefixFor(std::string_view uri, std::string_view preferred)
{
    const std::string key(uri);
    if (const auto it = m_prefixes.find(key); it != m_prefixes.end())
        return it->second;
    std::string prefix;
    if (const auto declared = bpmn::declaredPrefix(m_to, uri)) {
        prefix = std::string(*declared);
    } else if (uri == schema::uri::xml) {
        prefix = "xml";
    } else {
        // The usual or the source's prefix, unless the target uses it for another namespace.
        auto taken = [&](std::string_view p) {
            const NodeId root = m_to.root();
            if (root != kNoNode)
                for (const Attribute &a : m_to.attributes(root)) {
                    const QualifiedName &q = m_to.names()[a.name];
                    if (q.isNamespaceDeclaration && q.local == p)
                        return true;
                }
            for (const auto &[u, p2] : m_prefixes)
                if (p2 == p)
                    return true;
            return false;
        };
        std::string_view usual = bpmn::prefixFor(m_to, uri);
        prefix = std::string(usual != "ns" ? usual : preferred);
        if (prefix.empty())
            prefix = "ns";
        for (int i = 1; taken(prefix); ++i)
            prefix = std::string(usual != "ns" ? usual : preferred) + std::to_string(i);
        m_declarations.emplace_back(prefix, key);
    }
    m_prefixes.emplace(key, prefix);
    return prefix;
}

NameId TreeCopier::mapName(NameId name)
{
    if (const auto it = m_names.find(name); it != m_names.end())
        return it->second;
    const QualifiedName &q = m_from.names()[name];
    NameId mapped;
    if (q.nsUri.empty() || q.isNamespaceDeclaration)
        mapped = m_to.names().intern(q.nsUri, q.local, q.prefix);
    else
        mapped = m_to.names().intern(q.nsUri, q.local, prefixFor(q.nsUri, q.prefix));
    m_names.emplace(name, mapped);
    return mapped;
}

NodeId TreeCopier::copy(NodeId n)
{
    const NodeKind kind = m_from.kind(n);
    if (kind != NodeKind::Element)
        return m_to.createCharacterData(kind, m_from.nodeText(n));
    const NodeId copy = m_to.createElement(mapName(m_from.nameId(n)));
    for (const Attribute &a : m_from.attributes(n))
        m_to.setAttribute(copy, mapName(a.name), a.value);
    for (NodeId c = m_from.firstChild(n); c != kNoNode; c = m_from.next(c))
        m_to.insert(copy, this->copy(c));
    return copy;
}

void TreeCopier::declareOnRoot()
{
    const NodeId root = m_to.root();
    if (root == kNoNode)
        return;
    for (const auto &[prefix, uri] : m_declarations)
        m_to.setAttribute(root, m_to.names().intern(schema::uri::xmlns, prefix, {}), uri);
    m_declarations.clear();
}

} // namespace amtsweg

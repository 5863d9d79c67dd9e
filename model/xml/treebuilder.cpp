#include "treebuilder.h"

namespace amtsweg {

TreeBuilder::TreeBuilder(ModelTree &tree, const SourceLocator &locator, Diagnostics &diagnostics)
    : m_tree(tree), m_locator(locator), m_diagnostics(diagnostics)
{
    m_bindings.push_back({"xml", schema::uri::xml});
    m_bindings.push_back({"xmlns", schema::uri::xmlns});
}

bool TreeBuilder::isXmlWhitespace(std::string_view text)
{
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    return true;
}

std::string_view TreeBuilder::lookup(std::string_view prefix, bool *found) const
{
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it)
        if (it->prefix == prefix) {
            *found = true;
            return it->uri;
        }
    *found = prefix.empty(); // no default namespace declared: the empty namespace
    return {};
}

NameId TreeBuilder::internName(std::string_view raw, bool isAttribute, int line)
{
    auto &cache = isAttribute ? m_attributeNames : m_elementNames;
    if (auto it = cache.find(raw); it != cache.end())
        return it->second;
    const NameId id = resolveName(raw, isAttribute, line);
    cache.emplace(m_tree.store(raw), id);
    return id;
}

NameId TreeBuilder::resolveName(std::string_view raw, bool isAttribute, int line)
{
    std::string_view prefix, local = raw;
    // Names that are no valid QName (":x", "a:", "a:b:c") are kept whole, in no namespace, so
    // that they are written back exactly as they were read.
    const auto colon = raw.find(':');
    const bool qname = colon != std::string_view::npos && colon > 0 && colon + 1 < raw.size() &&
                       raw.find(':', colon + 1) == std::string_view::npos;
    if (colon != std::string_view::npos && !qname)
        return m_tree.names().intern({}, raw, {});
    if (qname) {
        prefix = raw.substr(0, colon);
        local = raw.substr(colon + 1);
    }
    if (isAttribute) {
        if (prefix.empty() && local == "xmlns")
            return m_tree.names().intern(schema::uri::xmlns, {}, {});
        if (prefix == "xmlns")
            return m_tree.names().intern(schema::uri::xmlns, local, {});
        if (prefix.empty()) // unprefixed attributes are in no namespace
            return m_tree.names().intern({}, local, {});
    }
    bool found = false;
    const std::string_view uri = lookup(prefix, &found);
    if (!found)
        m_diagnostics.push_back(m_locator.make(
            Severity::Warning, line, raw, QStringLiteral("undeclared-prefix"),
            QStringLiteral("namespace prefix '%1' is not declared")
                .arg(QString::fromUtf8(prefix.data(), prefix.size()))));
    return m_tree.names().intern(uri, local, prefix);
}

void TreeBuilder::clearNameCaches()
{
    m_elementNames.clear();
    m_attributeNames.clear();
}

NodeId TreeBuilder::openElement(NodeId parent, std::string_view name,
                                std::span<const RawAttribute> attributes, int line)
{
    // Declarations first: they apply to the element's own name and attributes.
    const std::size_t scope = m_bindings.size();
    for (const RawAttribute &a : attributes) {
        if (a.name == "xmlns")
            m_bindings.push_back({{}, m_tree.store(a.value)});
        else if (a.name.starts_with("xmlns:") && a.name.size() > 6 &&
                 a.name.find(':', 6) == std::string_view::npos)
            m_bindings.push_back({m_tree.store(a.name.substr(6)), m_tree.store(a.value)});
    }
    const bool declares = m_bindings.size() != scope;
    if (declares)
        clearNameCaches();
    if (attributes.size() > std::size_t(kMaxAttributes)) {
        m_diagnostics.push_back(m_locator.make(
            Severity::Error, line, name, QStringLiteral("too-many-attributes"),
            QStringLiteral("element <%1> has %2 attributes; at most %3 are supported")
                .arg(QString::fromUtf8(name.data(), qsizetype(name.size())))
                .arg(attributes.size())
                .arg(kMaxAttributes)));
        m_failed = true;
        m_bindings.resize(scope);
        return kNoNode;
    }
    const NodeId n =
        m_tree.createElement(internName(name, false, line), static_cast<std::uint32_t>(line));
    for (const RawAttribute &a : attributes) {
        if (!m_tree.addAttribute(n, internName(a.name, true, line), a.value))
            m_diagnostics.push_back(m_locator.make(
                Severity::Warning, line, a.name, QStringLiteral("duplicate-attribute"),
                QStringLiteral("attribute '%1' appears twice (namespace aliases); the first "
                               "value is kept")
                    .arg(QString::fromUtf8(a.name.data(), qsizetype(a.name.size())))));
    }
    // (addAttribute resolved the type again if there was an xsi:type)
    m_tree.appendUnindexed(parent, n); // before the children: local types come from the parent
    m_scopes.push_back({scope, declares});
    return n;
}

void TreeBuilder::closeElement()
{
    const Scope scope = m_scopes.back();
    m_scopes.pop_back();
    m_bindings.resize(scope.bindings);
    if (scope.declares)
        clearNameCaches();
}

void TreeBuilder::appendCharacterData(NodeId parent, NodeKind kind, std::string_view text,
                                      int line)
{
    m_tree.appendUnindexed(
        parent, m_tree.createCharacterData(kind, text, static_cast<std::uint32_t>(line)));
}

void TreeBuilder::appendInstruction(NodeId parent, std::string_view content, int line)
{
    if (!(content.starts_with("xml") && (content.size() == 3 || content[3] == ' ')))
        appendCharacterData(parent, NodeKind::Instruction, content, line);
}

} // namespace amtsweg

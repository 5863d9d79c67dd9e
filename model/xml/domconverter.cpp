#include "domconverter.h"

#include <tinyxml2.h>

#include <cstring>

namespace amtsweg {
namespace {

bool isXmlWhitespace(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    return true;
}

} // namespace

DomConverter::DomConverter(ModelTree &tree, const SourceLocator &locator,
                           Diagnostics &diagnostics)
    : m_tree(tree), m_locator(locator), m_diagnostics(diagnostics)
{
    m_bindings.push_back({"xml", schema::uri::xml});
    m_bindings.push_back({"xmlns", schema::uri::xmlns});
}

bool DomConverter::convert(const tinyxml2::XMLDocument &doc)
{
    return convertChildren(doc, m_tree.documentNode()) && !m_failed;
}

std::string_view DomConverter::lookup(std::string_view prefix, bool *found) const
{
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it)
        if (it->prefix == prefix) {
            *found = true;
            return it->uri;
        }
    *found = prefix.empty(); // no default namespace declared: the empty namespace
    return {};
}

NameId DomConverter::internName(std::string_view raw, bool isAttribute, int line)
{
    auto &cache = isAttribute ? m_attributeNames : m_elementNames;
    if (auto it = cache.find(raw); it != cache.end())
        return it->second;
    const NameId id = resolveName(raw, isAttribute, line);
    cache.emplace(m_tree.store(raw), id);
    return id;
}

NameId DomConverter::resolveName(std::string_view raw, bool isAttribute, int line)
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

void DomConverter::convertElement(const tinyxml2::XMLElement &e, NodeId parent)
{
    const int line = e.GetLineNum();
    // Declarations first: they apply to the element's own name and attributes.
    const std::size_t scope = m_bindings.size();
    int count = 0;
    for (const tinyxml2::XMLAttribute *a = e.FirstAttribute(); a; a = a->Next()) {
        ++count;
        const std::string_view name = a->Name();
        if (name == "xmlns")
            m_bindings.push_back({{}, m_tree.store(a->Value())});
        else if (name.starts_with("xmlns:") && name.size() > 6 && name.find(':', 6) == std::string_view::npos)
            m_bindings.push_back({m_tree.store(name.substr(6)), m_tree.store(a->Value())});
    }
    const bool declares = m_bindings.size() != scope;
    if (declares) {
        m_elementNames.clear();
        m_attributeNames.clear();
    }
    if (count > kMaxAttributes) {
        m_diagnostics.push_back(m_locator.make(
            Severity::Error, line, e.Name(), QStringLiteral("too-many-attributes"),
            QStringLiteral("element <%1> has %2 attributes; at most %3 are supported")
                .arg(QString::fromUtf8(e.Name()))
                .arg(count)
                .arg(kMaxAttributes)));
        m_failed = true;
        m_bindings.resize(scope);
        return;
    }
    const NodeId n = m_tree.createElement(internName(e.Name(), false, line),
                                          static_cast<std::uint32_t>(line));
    for (const tinyxml2::XMLAttribute *a = e.FirstAttribute(); a; a = a->Next()) {
        const NameId name = internName(a->Name(), true, line);
        if (m_tree.attribute(n, name)) {
            m_diagnostics.push_back(m_locator.make(
                Severity::Warning, line, a->Name(), QStringLiteral("duplicate-attribute"),
                QStringLiteral("attribute '%1' appears twice (namespace aliases); the first "
                               "value is kept")
                    .arg(QString::fromUtf8(a->Name()))));
            continue;
        }
        m_tree.setAttribute(n, name, a->Value());
    }
    m_tree.resolveType(n); // xsi:type may have come after other attributes
    m_tree.appendUnindexed(parent, n); // before the children: local types come from the parent
    convertChildren(e, n);
    m_bindings.resize(scope);
    if (declares) {
        m_elementNames.clear();
        m_attributeNames.clear();
    }
}

bool DomConverter::convertChildren(const tinyxml2::XMLNode &from, NodeId to)
{
    const bool mixed = [&] {
        for (const tinyxml2::XMLNode *c = from.FirstChild(); c; c = c->NextSibling())
            if (c->ToText() && !isXmlWhitespace(c->Value()))
                return true;
        return false;
    }();
    for (const tinyxml2::XMLNode *c = from.FirstChild(); c && !m_failed; c = c->NextSibling()) {
        const auto line = static_cast<std::uint32_t>(c->GetLineNum());
        if (const tinyxml2::XMLElement *e = c->ToElement()) {
            convertElement(*e, to);
        } else if (const tinyxml2::XMLText *t = c->ToText()) {
            // Indentation between elements is not content; text in mixed content is kept whole.
            if (!mixed && isXmlWhitespace(t->Value()))
                continue;
            if (to == m_tree.documentNode())
                continue;
            m_tree.appendUnindexed(to, m_tree.createCharacterData(
                                           t->CData() ? NodeKind::CData : NodeKind::Text,
                                           t->Value(), line));
        } else if (const tinyxml2::XMLComment *cm = c->ToComment()) {
            m_tree.appendUnindexed(
                to, m_tree.createCharacterData(NodeKind::Comment, cm->Value(), line));
        } else if (const tinyxml2::XMLDeclaration *d = c->ToDeclaration()) {
            // The writer writes its own XML declaration (always UTF-8); other processing
            // instructions are kept.
            const std::string_view value = d->Value();
            if (!(value.starts_with("xml") && (value.size() == 3 || value[3] == ' ')))
                m_tree.appendUnindexed(
                    to, m_tree.createCharacterData(NodeKind::Instruction, value, line));
        } else if (c->ToUnknown()) {
            continue; // <!DOCTYPE …> without entities (those are refused before parsing)
        }
    }
    return !m_failed;
}

} // namespace amtsweg

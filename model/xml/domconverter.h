#pragma once
// Copies a parsed tinyxml2 document into a ModelTree, resolving namespace prefixes to URIs
// (matched by URI, never by prefix) and keeping every element, attribute, text and comment.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"
#include "sourcelocator.h"

#include <unordered_map>

namespace tinyxml2 {
class XMLDocument;
class XMLElement;
class XMLNode;
} // namespace tinyxml2

namespace amtsweg {

class DomConverter
{
public:
    DomConverter(ModelTree &tree, const SourceLocator &locator, Diagnostics &diagnostics);
    /// False (with an error diagnostic) when the content cannot be represented.
    bool convert(const tinyxml2::XMLDocument &doc);

    static constexpr int kMaxAttributes = 10000;

private:
    struct Binding
    {
        std::string_view prefix;
        std::string_view uri;
    };
    bool convertChildren(const tinyxml2::XMLNode &from, NodeId to);
    void convertElement(const tinyxml2::XMLElement &e, NodeId parent);
    std::string_view lookup(std::string_view prefix, bool *found) const;
    NameId internName(std::string_view raw, bool isAttribute, int line);
    NameId resolveName(std::string_view raw, bool isAttribute, int line);

    ModelTree &m_tree;
    const SourceLocator &m_locator;
    Diagnostics &m_diagnostics;
    std::vector<Binding> m_bindings;
    // Raw name ("bpmn:task") → NameId while the namespace bindings stay the same; cleared
    // whenever a declaration comes into or goes out of scope.
    std::unordered_map<std::string_view, NameId> m_elementNames;
    std::unordered_map<std::string_view, NameId> m_attributeNames;
    bool m_failed = false;
};

} // namespace amtsweg

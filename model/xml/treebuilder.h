#pragma once
// TreeBuilder: what the reader does with each parsed element, whichever parser found it:
// namespace prefixes resolved to URIs (matched by URI, never by prefix), names interned,
// attributes kept in file order, comments, text and processing instructions appended.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"
#include "sourcelocator.h"

#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amtsweg {

class TreeBuilder
{
public:
    struct RawAttribute
    {
        std::string_view name;  ///< as written, with its prefix ("bpmndi:x", "xmlns:bpmn")
        std::string_view value; ///< entities and line ends already resolved
    };

    TreeBuilder(ModelTree &tree, const SourceLocator &locator, Diagnostics &diagnostics);

    /// Appends an element under `parent` and opens its namespace scope (close it with
    /// closeElement()); kNoNode with an error diagnostic when it has too many attributes.
    NodeId openElement(NodeId parent, std::string_view name,
                       std::span<const RawAttribute> attributes, int line);
    void closeElement();
    void appendCharacterData(NodeId parent, NodeKind kind, std::string_view text, int line);
    /// A processing instruction's content ("xml version=…" is dropped: the writer writes its
    /// own XML declaration).
    void appendInstruction(NodeId parent, std::string_view content, int line);

    /// True for text made of spaces, tabs and line ends only (indentation, not content).
    static bool isXmlWhitespace(std::string_view text);

    ModelTree &tree() { return m_tree; }
    bool failed() const { return m_failed; }

    static constexpr int kMaxAttributes = 10000;

private:
    struct Binding
    {
        std::string_view prefix;
        std::string_view uri;
    };
    struct Scope
    {
        std::size_t bindings; ///< m_bindings.size() before the element's declarations
        bool declares;
    };
    std::string_view lookup(std::string_view prefix, bool *found) const;
    NameId internName(std::string_view raw, bool isAttribute, int line);
    NameId resolveName(std::string_view raw, bool isAttribute, int line);
    void clearNameCaches();

    ModelTree &m_tree;
    const SourceLocator &m_locator;
    Diagnostics &m_diagnostics;
    std::vector<Binding> m_bindings;
    std::vector<Scope> m_scopes;
    // Raw name ("bpmn:task") → NameId while the namespace bindings stay the same; cleared
    // whenever a declaration comes into or goes out of scope.
    std::unordered_map<std::string_view, NameId> m_elementNames;
    std::unordered_map<std::string_view, NameId> m_attributeNames;
    bool m_failed = false;
};

} // namespace amtsweg

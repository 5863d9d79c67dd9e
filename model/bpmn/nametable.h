#pragma once
// Interned strings and qualified names of one document, so that elements store 4-byte ids
// instead of strings.

#include "bpmnschema.h"
#include "stringarena.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amtsweg {

using NameId = std::uint32_t; ///< interned (namespace URI, local name, prefix)

/// A resolved XML name. `prefix` is the spelling the file used (kept for writing back).
struct QualifiedName
{
    std::string_view nsUri;
    std::string_view local;
    std::string_view prefix;
    schema::Ns ns = schema::Ns::None;          ///< which schema namespace, None when foreign
    schema::ElementId element = schema::kNoElement; ///< schema element, when the name is one
    bool isNamespaceDeclaration = false;       ///< xmlns or xmlns:p
};

class NameTable
{
public:
    NameTable();
    NameTable(const NameTable &) = delete;
    NameTable &operator=(const NameTable &) = delete;

    NameId intern(std::string_view nsUri, std::string_view local, std::string_view prefix = {});
    /// The id of a name interned before, or 0 when it never was.
    NameId find(std::string_view nsUri, std::string_view local, std::string_view prefix = {}) const;
    const QualifiedName &operator[](NameId id) const { return m_names[id]; }
    std::size_t size() const { return m_names.size(); }

    /// Unqualified attribute names used everywhere, interned at construction.
    struct Known
    {
        NameId id, name, sourceRef, targetRef, bpmnElement, processRef, x, y, width, height,
            isHorizontal, isExpanded, isMarkerVisible, isMessageVisible, messageVisibleKind,
            attachedToRef, cancelActivity, isInterrupting, exporter, exporterVersion,
            targetNamespace, default_, calledElement, messageRef, triggeredByEvent,
            labelStyle, sourceElement, targetElement, instantiate, eventGatewayType,
            isCollection, textFormat, xsiType;
    };
    const Known &known() const { return m_known; }

private:
    struct Key
    {
        std::string_view ns, local, prefix;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const noexcept;
    };
    StringArena m_strings;
    std::vector<QualifiedName> m_names;
    std::unordered_map<Key, NameId, KeyHash> m_index;
    Known m_known{};
};

} // namespace amtsweg

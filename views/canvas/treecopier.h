#pragma once
// TreeCopier: deep copies of elements from one ModelTree into another (clipboard documents and
// pastes), with names re-interned in the target and namespace prefixes mapped to the target's
// declarations. Namespaces the target root does not declare yet are collected, so that the
// caller can declare them (directly for a scratch tree, through the paste command for a
// document).

#include "bpmn/modeltree.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace amtsweg {

class TreeCopier
{
public:
    TreeCopier(const ModelTree &from, ModelTree &to);

    /// A detached deep copy of `n` (elements, attributes, text, comments) in the target tree.
    NodeId copy(NodeId n);
    /// (prefix, uri) pairs the copies use that the target root does not declare.
    const std::vector<std::pair<std::string, std::string>> &newDeclarations() const
    {
        return m_declarations;
    }
    /// Declares newDeclarations() on the target root directly (for scratch trees only).
    void declareOnRoot();

private:
    NameId mapName(NameId name);
    std::string prefixFor(std::string_view uri, std::string_view preferred);

    const ModelTree &m_from;
    ModelTree &m_to;
    std::unordered_map<NameId, NameId> m_names;
    std::unordered_map<std::string, std::string> m_prefixes; ///< uri -> prefix in the target
    std::vector<std::pair<std::string, std::string>> m_declarations;
};

} // namespace amtsweg

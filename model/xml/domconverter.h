#pragma once
// Copies a parsed tinyxml2 document into a ModelTree through a TreeBuilder, keeping every
// element, attribute, text and comment. The reader's path for input that DirectParser leaves
// to tinyxml2 (and so for every malformed file: tinyxml2 names the error).

#include "treebuilder.h"

#include <vector>

namespace tinyxml2 {
class XMLDocument;
class XMLElement;
class XMLNode;
} // namespace tinyxml2

namespace amtsweg {

class DomConverter
{
public:
    explicit DomConverter(TreeBuilder &builder);
    /// False (with an error diagnostic) when the content cannot be represented.
    bool convert(const tinyxml2::XMLDocument &doc);

    static constexpr int kMaxAttributes = TreeBuilder::kMaxAttributes;

private:
    bool convertChildren(const tinyxml2::XMLNode &from, NodeId to);
    void convertElement(const tinyxml2::XMLElement &e, NodeId parent);

    TreeBuilder &m_builder;
    std::vector<TreeBuilder::RawAttribute> m_attributes; // reused for every element
};

} // namespace amtsweg

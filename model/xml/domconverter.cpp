#include "domconverter.h"

#include <tinyxml2.h>

namespace amtsweg {
DomConverter::DomConverter(TreeBuilder &builder) : m_builder(builder) {}

bool DomConverter::convert(const tinyxml2::XMLDocument &doc)
{
    return convertChildren(doc, m_builder.tree().documentNode()) && !m_builder.failed();
}

void DomConverter::convertElement(const tinyxml2::XMLElement &e, NodeId parent)
{
    m_attributes.clear();
    for (const tinyxml2::XMLAttribute *a = e.FirstAttribute(); a; a = a->Next())
        m_attributes.push_back({a->Name(), a->Value()});
    const NodeId n = m_builder.openElement(parent, e.Name(), m_attributes, e.GetLineNum());
    if (n == kNoNode)
        return;
    convertChildren(e, n);
    m_builder.closeElement();
}

bool DomConverter::convertChildren(const tinyxml2::XMLNode &from, NodeId to)
{
    const bool mixed = [&] {
        for (const tinyxml2::XMLNode *c = from.FirstChild(); c; c = c->NextSibling())
            if (c->ToText() && !TreeBuilder::isXmlWhitespace(c->Value()))
                return true;
        return false;
    }();
    const NodeId document = m_builder.tree().documentNode();
    for (const tinyxml2::XMLNode *c = from.FirstChild(); c && !m_builder.failed();
         c = c->NextSibling()) {
        const int line = c->GetLineNum();
        if (const tinyxml2::XMLElement *e = c->ToElement()) {
            convertElement(*e, to);
        } else if (const tinyxml2::XMLText *t = c->ToText()) {
            // Indentation between elements is not content; text in mixed content is kept whole.
            if (!mixed && TreeBuilder::isXmlWhitespace(t->Value()))
                continue;
            if (to == document)
                continue;
            m_builder.appendCharacterData(to, t->CData() ? NodeKind::CData : NodeKind::Text,
                                          t->Value(), line);
        } else if (const tinyxml2::XMLComment *cm = c->ToComment()) {
            m_builder.appendCharacterData(to, NodeKind::Comment, cm->Value(), line);
        } else if (const tinyxml2::XMLDeclaration *d = c->ToDeclaration()) {
            m_builder.appendInstruction(to, d->Value(), line);
        } else if (c->ToUnknown()) {
            continue; // <!DOCTYPE …> without entities (those are refused before parsing)
        }
    }
    return !m_builder.failed();
}

} // namespace amtsweg

#pragma once
// Checks made right after reading: what a reader must survive and report (duplicate ids,
// dangling references, DI for missing elements, unknown BPMN elements, missing required
// attributes, bad numbers). They only add warnings; the tree stays as read.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"
#include "sourcelocator.h"

#include <utility>
#include <vector>

namespace amtsweg {

class ReadChecks
{
public:
    ReadChecks(const ModelTree &tree, const SourceLocator &locator, Diagnostics &out);
    void reportDuplicateIds(const std::vector<NodeId> &duplicates);
    void run();

    /// Largest coordinate or size accepted without a warning.
    static constexpr double kMaxCoordinate = 1.0e7;

private:
    void checkElement(NodeId n);
    void checkAttributes(NodeId n);
    void checkAttribute(NodeId n, const schema::AttributeInfo &info, std::string_view value);
    void checkReference(NodeId n, std::string_view what, std::string_view value, bool qname);
    void checkLocalElement(NodeId n);
    bool isFlowNode(NodeId n) const;
    const schema::AttributeInfo *attributeInfo(schema::TypeId type, NameId name);
    struct RequiredAttribute
    {
        const schema::AttributeInfo *info;
        NameId name; ///< 0 when the file never uses that attribute name
    };
    const std::vector<RequiredAttribute> &requiredAttributes(schema::TypeId type);
    bool isExternalQName(NodeId n, std::string_view value) const;
    void warn(NodeId n, std::string_view needle, const char *code, const QString &message);

    const ModelTree &m_tree;
    const SourceLocator &m_locator;
    Diagnostics &m_out;
    std::string_view m_targetNamespace;
    schema::TypeId m_flowNodeType = schema::kNoType;
    std::vector<const schema::AttributeInfo *> m_attributeCache; // [type * names + name]
    std::vector<bool> m_attributeKnown;                          // same index: looked up
    std::vector<std::pair<bool, std::vector<RequiredAttribute>>> m_required;
};

} // namespace amtsweg

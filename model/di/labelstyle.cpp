#include "di/labelstyle.h"

#include "bpmn/bpmnschema.h"
#include "di/diagraminfo.h"

namespace amtsweg::di {
namespace {

bool flag(std::string_view value)
{
    return value == "true" || value == "1";
}

} // namespace

NodeId labelStyleOf(const ModelTree &tree, NodeId diElement)
{
    const NodeId label = labelOf(tree, diElement);
    if (label == kNoNode)
        return kNoNode;
    const std::string_view ref = tree.attr(label, tree.known().labelStyle);
    const NodeId style = ref.empty() ? kNoNode : tree.resolveRef(ref);
    if (style == kNoNode || !tree.isElement(style))
        return kNoNode;
    const QualifiedName &q = tree.qname(style);
    return q.ns == schema::Ns::BpmnDi && q.local == "BPMNLabelStyle" ? style : kNoNode;
}

std::optional<LabelFont> fontOf(const ModelTree &tree, NodeId labelStyle)
{
    const NodeId font =
        labelStyle == kNoNode ? kNoNode : tree.childElement(labelStyle, schema::Ns::Dc, "Font");
    if (font == kNoNode)
        return std::nullopt;
    LabelFont f;
    for (const Attribute &a : tree.attributes(font)) {
        const QualifiedName &q = tree.names()[a.name];
        const std::string_view local = q.nsUri.empty() ? q.local : std::string_view();
        if (local == "name")
            f.name = a.value;
        else if (local == "size")
            f.size = parseNumber(a.value);
        else if (local == "isBold")
            f.isBold = flag(a.value);
        else if (local == "isItalic")
            f.isItalic = flag(a.value);
        else if (local == "isUnderline")
            f.isUnderline = flag(a.value);
        else if (local == "isStrikeThrough")
            f.isStrikeThrough = flag(a.value);
    }
    return f;
}

std::optional<LabelFont> labelFontOf(const ModelTree &tree, NodeId diElement)
{
    return fontOf(tree, labelStyleOf(tree, diElement));
}

} // namespace amtsweg::di

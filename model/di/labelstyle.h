#pragma once
// BPMN DI label styles: a BPMNLabel's labelStyle refers to a bpmndi:BPMNLabelStyle (a child of
// the BPMNDiagram) whose dc:Font says how the label's text is set. The elements stay as read
// (and are written back unchanged); these helpers only read them.

#include "bpmn/modeltree.h"

#include <optional>
#include <string_view>

namespace amtsweg::di {

/// The dc:Font of a label style, as written (unset attributes keep their defaults).
struct LabelFont
{
    std::string_view name;      ///< font family, possibly a CSS-like list ("arial,sans-serif")
    std::optional<double> size; ///< in diagram units, like the DI coordinates
    bool isBold = false;
    bool isItalic = false;
    bool isUnderline = false;
    bool isStrikeThrough = false;
};

/// The BPMNLabelStyle the BPMNLabel of a shape or edge refers to, or kNoNode (no label, no
/// labelStyle, or a reference to something that is not a label style).
NodeId labelStyleOf(const ModelTree &tree, NodeId diElement);
/// The dc:Font of a BPMNLabelStyle; nullopt when it has none.
std::optional<LabelFont> fontOf(const ModelTree &tree, NodeId labelStyle);
/// The font of a shape's or edge's label (labelStyleOf + fontOf); nullopt when unstyled.
std::optional<LabelFont> labelFontOf(const ModelTree &tree, NodeId diElement);

} // namespace amtsweg::di

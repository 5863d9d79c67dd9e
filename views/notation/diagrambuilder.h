#pragma once
// DiagramBuilder: turns one BPMN DI plane of a ModelTree into ShapeSpecs and EdgeSpecs (in DI
// order) for BpmnPainter. Reads DI flags (isExpanded, isHorizontal, isMarkerVisible,
// messageVisibleKind), bounds, waypoints, label bounds, label fonts (BPMNLabelStyle) and
// colours (OMG colour and bpmn.io bioc attributes) and the semantic element each DI element
// draws. Never fails: DI elements
// whose bpmnElement is missing or unknown become placeholders.

#include "bpmn/modeltree.h"
#include "shapespec.h"

#include <string_view>
#include <vector>

namespace amtsweg {

class DiagramBuilder
{
public:
    explicit DiagramBuilder(const ModelTree &tree) : m_tree(tree) {}

    /// Labels (external and inside shapes) in fonts `scale` times their size, styled ones
    /// included (presentation mode); the model is not touched. 1: as the model says.
    void setLabelScale(qreal scale) { m_labelScale = scale; }
    qreal labelScale() const { return m_labelScale; }

    /// All BPMNDiagram elements, in document order.
    std::vector<NodeId> diagrams() const;
    /// The diagram with this id, or the first diagram when `id` is empty; kNoNode when none.
    NodeId findDiagram(std::string_view id) const;
    /// The BPMNPlane of a diagram (a plane is returned as is), or kNoNode.
    NodeId planeOf(NodeId diagramOrPlane) const;

    /// Everything the diagram (or plane) shows.
    DiagramContent build(NodeId diagramOrPlane) const;

    bool isShape(NodeId diElement) const;
    bool isEdge(NodeId diElement) const;
    /// The spec of one BPMNShape / BPMNEdge (for updating a single canvas item).
    ShapeSpec buildShape(NodeId diShape) const;
    EdgeSpec buildEdge(NodeId diEdge) const;

    /// Stacking order: pools < lanes < shapes (nested content above its container) < groups
    /// < flows; labels go above all of them.
    static constexpr qreal kPoolZ = 0;
    static constexpr qreal kLaneZ = 1;
    static constexpr qreal kShapeZ = 10;
    static constexpr qreal kGroupZ = 90;
    static constexpr qreal kEdgeZ = 100;
    static constexpr qreal kLabelZ = 200;

private:
    void readColours(NodeId di, QColor &fill, QColor &stroke, QColor &label) const;
    QRectF labelBounds(NodeId di) const;
    /// The font of the label's BPMNLabelStyle, scaled by the label scale; nullopt when it has
    /// none and the scale is 1.
    std::optional<QFont> labelFont(NodeId di) const;
    QRectF boundsOf(NodeId node) const;

    const ModelTree &m_tree;
    qreal m_labelScale = 1;
};

} // namespace amtsweg

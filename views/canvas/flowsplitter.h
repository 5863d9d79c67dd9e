#pragma once
// FlowSplitter: dropping a flow node on a sequence flow inserts it into the flow (bpmn.io's
// "drop on flow"): the flow ends at the node, a new sequence flow leaves it for the old target,
// both routed orthogonally. FlowHighlight marks the flow under the mouse while a new element
// or a moved node hovers over it.

#include "bpmn/modeltree.h"
#include "notation/shapespec.h"
#include "toolmode.h"

#include <QCoreApplication>
#include <QPointF>

class QGraphicsPathItem;

namespace amtsweg {

class DiagramScene;

class FlowSplitter
{
    Q_DECLARE_TR_FUNCTIONS(FlowSplitter)

public:
    explicit FlowSplitter(DiagramScene &scene) : m_scene(scene) {}

    /// Kinds that can sit inside a flow (they take an incoming and an outgoing flow).
    static bool canSplitWith(CreateKind kind);
    static bool canSplitWith(ShapeKind kind);

    /// The edge of a sequence flow of `container` (a process or sub-process) passing under
    /// `scenePos` (a few screen pixels of tolerance); kNoNode when there is none.
    NodeId flowAt(const QPointF &scenePos, NodeId container) const;
    /// `centre` moved across onto the segment of the edge nearest to it, so that the routes
    /// after the split run straight.
    QPointF centreOnFlow(NodeId edge, const QPointF &centre) const;
    /// Makes the flow of `edge` end at the node of `shape` and adds a sequence flow from that
    /// node to the old target (fresh id); both get orthogonal routes. Pushes several commands:
    /// callers wrap it in a macro with the creation or move of the shape. Returns the new
    /// flow, or kNoNode when nothing was split.
    NodeId split(NodeId edge, NodeId shape);

private:
    DiagramScene &m_scene;
};

/// A highlight over one edge of the scene (removed with this object).
class FlowHighlight
{
public:
    explicit FlowHighlight(DiagramScene &scene) : m_scene(scene) {}
    ~FlowHighlight();
    FlowHighlight(const FlowHighlight &) = delete;
    FlowHighlight &operator=(const FlowHighlight &) = delete;

    /// Highlights `edge`; kNoNode hides the highlight.
    void show(NodeId edge);
    NodeId edge() const { return m_edge; }

private:
    DiagramScene &m_scene;
    QGraphicsPathItem *m_item = nullptr;
    NodeId m_edge = kNoNode;
};

} // namespace amtsweg

#pragma once
// EdgeDrag: dragging a handle of the selected edge: a bendpoint (moves it), a segment middle
// (moves an orthogonal segment sideways, or adds a bendpoint on a slanted one), or an end point
// (reconnects the flow to the shape it is dropped on). One command on release.

#include "draginteraction.h"
#include "selectionhandles.h"

#include <QPolygonF>

namespace amtsweg {

class DiagramScene;

class EdgeDrag : public DragInteraction
{
public:
    EdgeDrag(DiagramScene &scene, NodeId edge, const SelectionHandles::Handle &handle);
    ~EdgeDrag() override;

    void update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish() override;
    void cancel() override;

    /// The route as previewed now.
    const QPolygonF &points() const { return m_points; }

private:
    QPointF snapBendpoint(const QPointF &p, int index) const;
    void restore();

    DiagramScene &m_scene;
    NodeId m_edge;
    SelectionHandles::Handle m_handle;
    QPolygonF m_original;
    QPolygonF m_points;
    int m_index = -1;        ///< the waypoint being dragged (bendpoint, or the added one)
    bool m_vertical = false; ///< segment drags: the segment is vertical (moves in x)
    bool m_done = false;
    bool m_changed = false;
};

} // namespace amtsweg

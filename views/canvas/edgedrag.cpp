#include "edgedrag.h"

#include "commands/reconnectflowcommand.h"
#include "connectionmaker.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "edgeindex.h"
#include "hittest.h"
#include "orthogonalrouter.h"
#include "snapper.h"

#include <cmath>

namespace amtsweg {
namespace {

/// Distance (screen px) within which a bendpoint lines up with its neighbours.
constexpr qreal kAlignPx = 8;

} // namespace

EdgeDrag::EdgeDrag(DiagramScene &scene, NodeId edge, const SelectionHandles::Handle &handle)
    : m_scene(scene), m_edge(edge), m_handle(handle)
{
    if (const EdgeItem *item = scene.edgeItem(edge))
        m_original = m_points = item->spec().waypoints;
    if (m_handle.index < 0 || m_handle.index >= m_original.size())
        m_handle.kind = SelectionHandles::Kind::None;
    switch (m_handle.kind) {
    case SelectionHandles::Kind::Waypoint:
        m_index = m_handle.index;
        break;
    case SelectionHandles::Kind::Segment: {
        const int i = m_handle.index;
        if (i + 1 >= m_original.size()) {
            m_handle.kind = SelectionHandles::Kind::None;
            break;
        }
        const QPointF a = m_original[i], b = m_original[i + 1];
        const bool horizontal = std::abs(a.y() - b.y()) < 0.5;
        m_vertical = std::abs(a.x() - b.x()) < 0.5;
        if (!horizontal && !m_vertical) {
            // A slanted segment: a new bendpoint in its middle follows the mouse.
            m_original.insert(i + 1, (a + b) / 2);
            m_points = m_original;
            m_handle.kind = SelectionHandles::Kind::Waypoint;
            m_index = i + 1;
            break;
        }
        // Keep the ends docked: a first or last segment gets a new corner at the end.
        if (i + 1 == m_original.size() - 1)
            m_original.insert(i + 1, b);
        if (i == 0) {
            m_original.insert(0, a);
            m_handle.index = 1;
        }
        m_points = m_original;
        break;
    }
    default:
        break;
    }
}

EdgeDrag::~EdgeDrag()
{
    if (!m_done)
        cancel();
}

QPointF EdgeDrag::snapBendpoint(const QPointF &p, int index) const
{
    const qreal tolerance = kAlignPx / m_scene.viewScale();
    QPointF r(Snapper::toGrid(p.x()), Snapper::toGrid(p.y()));
    for (int n : {index - 1, index + 1}) {
        if (n < 0 || n >= m_points.size())
            continue;
        if (std::abs(m_points[n].x() - p.x()) <= tolerance)
            r.setX(m_points[n].x());
        if (std::abs(m_points[n].y() - p.y()) <= tolerance)
            r.setY(m_points[n].y());
    }
    return r;
}

void EdgeDrag::update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    EdgeItem *item = m_scene.edgeItem(m_edge);
    if (!item || m_original.size() < 2)
        return;
    const bool snap = !(modifiers & Qt::AltModifier);
    m_points = m_original;
    switch (m_handle.kind) {
    case SelectionHandles::Kind::Waypoint:
        m_points[m_index] = snap ? snapBendpoint(scenePos, m_index) : scenePos;
        break;
    case SelectionHandles::Kind::Segment: {
        const int i = m_handle.index;
        const qreal v = snap ? Snapper::toGrid(m_vertical ? scenePos.x() : scenePos.y())
                             : (m_vertical ? scenePos.x() : scenePos.y());
        for (int k : {i, i + 1})
            m_vertical ? m_points[k].setX(v) : m_points[k].setY(v);
        break;
    }
    case SelectionHandles::Kind::SourceEnd:
        m_points.first() = scenePos;
        break;
    case SelectionHandles::Kind::TargetEnd:
        m_points.last() = scenePos;
        break;
    default:
        return;
    }
    m_changed = true;
    item->setPreviewWaypoints(m_points);
    if (SelectionHandles *handles = m_scene.selectionHandles())
        handles->refresh();
}

void EdgeDrag::restore()
{
    m_scene.updateItem(m_edge);
}

void EdgeDrag::finish()
{
    if (m_done)
        return;
    m_done = true;
    restore();
    DiagramEditor *editor = m_scene.editor();
    if (!m_changed || !editor)
        return;
    const bool source = m_handle.kind == SelectionHandles::Kind::SourceEnd;
    if (source || m_handle.kind == SelectionHandles::Kind::TargetEnd) {
        const QPointF end = source ? m_points.first() : m_points.last();
        const ShapeItem *shape = shapeAt(m_scene, end);
        if (!shape)
            return;
        const EdgeIndex::Ends ends = m_scene.edgeIndex().ends(m_edge);
        const NodeId current = source ? ends.source : ends.target;
        if (shape->semanticElement() == current) {
            // Same element: dock the end where the line from its neighbour meets the shape.
            QList<QPointF> points(m_points.begin(), m_points.end());
            const QPointF neighbour = source ? points[1] : points[points.size() - 2];
            (source ? points.first() : points.last()) =
                routing::borderPoint(shape->bounds(), neighbour);
            editor->setWaypoints(m_edge, points);
            return;
        }
        editor->connector().reconnect(m_edge, source ? FlowEnd::Source : FlowEnd::Target,
                                      shape->diElement());
        return;
    }
    const QList<QPointF> points =
        routing::simplified(QList<QPointF>(m_points.begin(), m_points.end()));
    editor->setWaypoints(m_edge, points);
}

void EdgeDrag::cancel()
{
    if (m_done)
        return;
    m_done = true;
    restore();
}

} // namespace amtsweg

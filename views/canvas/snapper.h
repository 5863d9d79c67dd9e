#pragma once
// Snapper: where a moved or created shape lands. Centres and edges snap to those of nearby
// shapes (within a few screen pixels); otherwise the centre snaps to a 10 px grid, the way
// bpmn.io places shapes.

#include "bpmn/modeltree.h"

#include <QPointF>
#include <QRectF>
#include <QSet>

namespace amtsweg {

class DiagramScene;

class Snapper
{
public:
    static constexpr qreal kGrid = 10;

    /// `excluded`: DI elements that move along (never snap to themselves).
    explicit Snapper(const DiagramScene &scene, QSet<NodeId> excluded = {});

    /// The offset to add to `rect` so that it snaps.
    QPointF snapRect(const QRectF &rect) const;
    /// A point on the grid or on a neighbour's centre line.
    QPointF snapPoint(const QPointF &point) const;
    /// Rounds to the grid.
    static qreal toGrid(qreal v);

    /// Disables snapping (e.g. while Alt is held).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    /// Whether neighbours count (false: the grid only, e.g. for pools).
    void setNeighbours(bool enabled) { m_neighbours = enabled; }

private:
    struct Axis
    {
        qreal best = 0;
        qreal distance = -1;
        void offer(qreal from, qreal to, qreal tolerance);
    };
    QList<QRectF> neighbours(const QRectF &around) const;

    const DiagramScene &m_scene;
    QSet<NodeId> m_excluded;
    qreal m_tolerance;
    bool m_enabled = true;
    bool m_neighbours = true;
};

} // namespace amtsweg

#pragma once
// DropTarget: where a flow node dragged or created at a point lands: the container under the
// point (expanded sub-process, lane, pool, or the diagram's process), skipping the shapes that
// move, and for events the activity whose border they would sit on (bpmn.io's attach).

#include "bpmn/modeltree.h"

#include <QPointF>
#include <QRectF>
#include <QSet>

namespace amtsweg {

class DiagramScene;

/// A semantic container and the shape that shows it.
struct DropTarget
{
    NodeId container = kNoNode; ///< process, sub-process (or the collaboration outside pools)
    NodeId lane = kNoNode;      ///< the innermost lane under the point (processes only)
    NodeId shape = kNoNode;     ///< the innermost container shape (lane, pool, sub-process)
    bool valid() const { return container != kNoNode; }
};

class DropFinder
{
public:
    /// How far (scene units) inside and outside an activity's border an event's centre
    /// attaches (bpmn.io: 15 inside, its hit box about 7.5 outside).
    static constexpr qreal kBorderInside = 15;
    static constexpr qreal kBorderOutside = 8;

    /// Looks at the shapes of `scene`, skipping the DI elements in `ignored` (what moves).
    explicit DropFinder(const DiagramScene &scene, QSet<NodeId> ignored = {});

    /// The container at `point`: a pool or lane stands for its process (invalid when the pool
    /// has none), outside every pool the diagram's own element (process or collaboration).
    DropTarget containerAt(const QPointF &point) const;
    /// The shape of the topmost activity whose border band (kBorderInside, kBorderOutside)
    /// holds `centre`, or kNoNode.
    NodeId hostAt(const QPointF &centre) const;
    /// `centre` moved onto the nearest point of the border of `host`.
    static QPointF ontoBorder(const QRectF &host, const QPointF &centre);

private:
    const DiagramScene &m_scene;
    QSet<NodeId> m_ignored;
};

} // namespace amtsweg

#pragma once
// SelectionHandles: the handles of a single selected element, drawn above everything at a
// constant screen size: corner handles on resizable shapes; on edges the end points (drag to
// reconnect), inner waypoints (drag to move, double-click removes) and segment middles (drag
// moves the segment, or adds a bendpoint on a slanted one).

#include "bpmn/modeltree.h"

#include <QGraphicsItem>
#include <QList>

namespace amtsweg {

class DiagramScene;

class SelectionHandles : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };
    enum class Kind { None, Resize, Waypoint, Segment, SourceEnd, TargetEnd };
    struct Handle
    {
        Kind kind = Kind::None;
        int index = -1; ///< corner (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left),
                        ///< waypoint index, or segment index (between index and index + 1)
        QPointF pos;
    };

    explicit SelectionHandles(DiagramScene &scene);

    /// Follows the scene's selection (and the geometry of the selected item).
    void refresh();
    /// The DI element the handles belong to, or kNoNode.
    NodeId target() const { return m_target; }
    /// The handle under a scene position, Kind::None when there is none.
    Handle handleAt(const QPointF &scenePos) const;
    const QList<Handle> &handles() const { return m_handles; }

    /// True for shapes whose size users change (activities, pools, lanes, annotations, groups).
    static bool isResizable(const QGraphicsItem *item);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramScene &m_scene;
    NodeId m_target = 0;
    QList<Handle> m_handles;
    QRectF m_rect;
};

} // namespace amtsweg

#pragma once
// ContextPad: the small palette next to the single selected element (bpmn.io's context pad):
// append a task, gateway, intermediate or end event (placed to the right, connected), connect,
// replace the type, add a lane above or below and divide into two or three lanes (pools and
// lanes), delete. Drawn at constant screen size; clicks on it go to its entries.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>

namespace amtsweg {

class DiagramScene;

class ContextPad : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ContextPad)

public:
    enum { Type = UserType + 21 };
    enum class Entry {
        AppendTask,
        AppendGateway,
        AppendIntermediateEvent,
        AppendEndEvent,
        AppendAnnotation,
        Connect,
        Replace,
        AddLaneAbove,
        AddLaneBelow,
        DivideIntoTwoLanes,
        DivideIntoThreeLanes,
        Delete,
    };

    explicit ContextPad(DiagramScene &scene);

    /// Follows the selection: shown next to a single selected shape, hidden otherwise.
    void refresh();
    /// The element the pad acts on, or kNoNode.
    NodeId target() const { return m_target; }
    QList<Entry> entries() const { return m_entries; }
    /// Performs an entry for the target (as a click on it does). Replace opens its menu at
    /// `screenPos` when given, else does nothing.
    void trigger(Entry entry, const QPoint *screenPos = nullptr);
    /// True when `scenePos` (seen in `viewport`) lies on an entry.
    bool hitTest(const QPointF &scenePos, const QWidget *viewport) const;
    /// The scene position of an entry's centre (for tests and tooltips).
    QPointF entryScenePos(Entry entry) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int entryAt(const QPointF &local) const;
    QRectF entryRect(int index) const;
    void paintIcon(QPainter *painter, Entry entry, const QRectF &r) const;

    DiagramScene &m_scene;
    NodeId m_target = 0;
    QList<Entry> m_entries;
};

} // namespace amtsweg

#pragma once
// ContextPad: the small palette next to the single selected element (bpmn.io's context pad):
// append a task, gateway, intermediate or end event (placed to the right, connected), connect,
// replace the type, add a lane above or below and divide into two or three lanes (pools and
// lanes), delete. Next to a selection of several elements it offers, as bpmn.io's
// multi-element pad, a menu of the align and distribute actions, and delete. Every entry has a
// tooltip. In FIM mode the append entries are only those of FIM-BPMN symbols. Drawn at constant
// screen size; clicks on it go to its entries.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QImage>
#include <QList>

#include <functional>

class QMenu;

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
        AddLaneLeft,  ///< vertical pools
        AddLaneRight, ///< vertical pools
        DivideIntoTwoLanes,
        DivideIntoThreeLanes,
        Align, ///< several elements: the align and distribute menu
        Delete,
    };

    explicit ContextPad(DiagramScene &scene);

    /// Follows the selection: shown next to a single selected shape or edge, or next to a
    /// selection of several elements; hidden otherwise.
    void refresh();
    /// refresh() once the current event is handled (after a command moved the selection;
    /// many calls make one refresh).
    void scheduleRefresh();
    /// True when the pad acts on a selection of several elements.
    bool isForSelection() const { return m_forSelection; }
    /// The element the pad acts on (kNoNode for several).
    NodeId target() const { return m_target; }
    QList<Entry> entries() const { return m_entries; }
    /// Performs an entry for the target (as a click on it does). Replace and Align open their
    /// menus at `screenPos` when given, else do nothing.
    void trigger(Entry entry, const QPoint *screenPos = nullptr);
    /// True when `scenePos` (seen in `viewport`) lies on an entry.
    bool hitTest(const QPointF &scenePos, const QWidget *viewport) const;
    /// The scene position of an entry's centre (for tests and tooltips).
    QPointF entryScenePos(Entry entry) const;
    /// What an entry does, shown as its tooltip ("Append task", "Divide into two lanes").
    static QString entryToolTip(Entry entry);
    /// An entry's icon as the pad draws it, `size` pixels square (also for tests).
    static QImage icon(Entry entry, int size = 24);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    /// The tooltip follows the entry under the pointer.
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    int entryAt(const QPointF &local) const;
    QRectF entryRect(int index) const;
    static void paintIcon(QPainter *painter, Entry entry, const QRectF &r);
    /// Shows the pad for several selected elements; false when it does not apply.
    bool showForSelection(const QList<NodeId> &selected);
    /// Opens `menu` (deleted on close) at `screenPos`, parented to the scene's view.
    void popup(const std::function<void(QMenu *)> &fill, const QPoint &screenPos);

    DiagramScene &m_scene;
    NodeId m_target = 0;
    bool m_forSelection = false;
    bool m_refreshScheduled = false;
    QList<Entry> m_entries;
};

} // namespace amtsweg

#include "contextpad.h"

#include "alignactions.h"
#include "bpmn/elements.h"
#include "connecttool.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "elementcreator.h"
#include "elementreplacer.h"
#include "fimkinds.h"
#include "laneactions.h"
#include "notation/diagrambuilder.h"
#include "poolcreator.h"
#include "shapealigner.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeySequence>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace amtsweg {
namespace {

constexpr qreal kCell = 24; ///< entry size in screen pixels
constexpr qreal kGap = 8;   ///< distance from the element in screen pixels
constexpr int kColumns = 3;

/// The kind of element an append entry creates.
std::optional<CreateKind> appendedKind(ContextPad::Entry entry)
{
    using Entry = ContextPad::Entry;
    switch (entry) {
    case Entry::AppendTask:
        return CreateKind::Task;
    case Entry::AppendGateway:
        return CreateKind::Gateway;
    case Entry::AppendIntermediateEvent:
        return CreateKind::IntermediateEvent;
    case Entry::AppendEndEvent:
        return CreateKind::EndEvent;
    case Entry::AppendAnnotation:
        return CreateKind::TextAnnotation;
    default:
        return std::nullopt;
    }
}

} // namespace

ContextPad::ContextPad(DiagramScene &scene) : m_scene(scene)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(DiagramBuilder::kLabelZ + 25);
    setAcceptHoverEvents(true);
    setVisible(false);
}

QString ContextPad::entryToolTip(Entry entry)
{
    // The entries that have a key of their own name it, as the palette's tools do.
    const auto withKey = [](const QString &name, QKeySequence key) {
        return tr("%1 (%2)").arg(name, key.toString(QKeySequence::NativeText));
    };
    switch (entry) {
    case Entry::AppendTask:
        return tr("Append task");
    case Entry::AppendGateway:
        return tr("Append gateway");
    case Entry::AppendIntermediateEvent:
        return tr("Append intermediate event");
    case Entry::AppendEndEvent:
        return tr("Append end event");
    case Entry::AppendAnnotation:
        return tr("Add text annotation");
    case Entry::Connect:
        return withKey(tr("Connect to another element"), QKeySequence(Qt::Key_C));
    case Entry::Replace:
        return withKey(tr("Change type"), QKeySequence(Qt::Key_R));
    case Entry::AddLaneAbove:
        return tr("Add lane above");
    case Entry::AddLaneBelow:
        return tr("Add lane below");
    case Entry::AddLaneLeft:
        return tr("Add lane on the left");
    case Entry::AddLaneRight:
        return tr("Add lane on the right");
    case Entry::DivideIntoTwoLanes:
        return tr("Divide into two lanes");
    case Entry::DivideIntoThreeLanes:
        return tr("Divide into three lanes");
    case Entry::Align:
        return tr("Align and distribute");
    case Entry::Delete:
        return withKey(tr("Delete"), QKeySequence(QKeySequence::Delete));
    }
    return {};
}

QImage ContextPad::icon(Entry entry, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = size / kCell;
    painter.scale(scale, scale);
    const QRectF cell = QRectF(0, 0, kCell, kCell).adjusted(1, 1, -1, -1);
    paintIcon(&painter, entry, cell.adjusted(4, 4, -4, -4));
    return image;
}

void ContextPad::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int i = entryAt(event->pos());
    const QString tip = i >= 0 ? entryToolTip(m_entries[i]) : QString();
    if (tip != toolTip())
        setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

void ContextPad::refresh()
{
    prepareGeometryChange();
    m_entries.clear();
    setToolTip(QString()); // the entries under the pointer may change
    m_target = kNoNode;
    m_forSelection = false;
    const QList<NodeId> selected = m_scene.selectedElements();
    const ModelTree *tree = m_scene.tree();
    if (selected.isEmpty() || !tree || m_scene.isEditingLabel() || !m_scene.decorationsVisible() ||
        (selected.size() > 1 && !showForSelection(selected))) {
        setVisible(false);
        return;
    }
    if (m_forSelection)
        return;
    m_target = selected.front();
    const qreal scale = m_scene.viewScale();
    if (const EdgeItem *edge = m_scene.edgeItem(m_target)) {
        const QPolygonF &points = edge->spec().waypoints;
        if (points.isEmpty()) {
            setVisible(false);
            return;
        }
        m_entries = {Entry::Delete};
        setPos(points.back() + QPointF(kGap / scale, kGap / scale));
        setVisible(true);
        return;
    }
    const ShapeItem *shape = m_scene.shapeItem(m_target);
    const NodeId n = shape ? shape->semanticElement() : kNoNode;
    if (!shape || n == kNoNode) {
        m_entries = {Entry::Delete};
    } else if (bpmn::isParticipant(*tree, n) || bpmn::isLane(*tree, n)) {
        if (shape->spec().isHorizontal)
            m_entries = {Entry::AddLaneAbove, Entry::AddLaneBelow};
        else
            m_entries = {Entry::AddLaneLeft, Entry::AddLaneRight};
        const LaneActions lanes(m_scene);
        if (lanes.canSplit(m_target, 2))
            m_entries << Entry::DivideIntoTwoLanes;
        if (lanes.canSplit(m_target, 3))
            m_entries << Entry::DivideIntoThreeLanes;
        if (bpmn::isParticipant(*tree, n))
            m_entries << Entry::Connect << Entry::AppendAnnotation;
        m_entries << Entry::Delete;
    } else if (bpmn::isEndEvent(*tree, n)) {
        m_entries = {Entry::AppendAnnotation, Entry::Connect, Entry::Replace, Entry::Delete};
    } else if (bpmn::isFlowNode(*tree, n)) {
        m_entries = {Entry::AppendTask,
                     Entry::AppendGateway,
                     Entry::AppendIntermediateEvent,
                     Entry::AppendEndEvent,
                     Entry::AppendAnnotation,
                     Entry::Connect,
                     Entry::Replace,
                     Entry::Delete};
    } else {
        m_entries = {Entry::Connect, Entry::Delete};
    }
    if (m_scene.isFimMode()) // FIM mode appends only FIM-BPMN symbols
        m_entries.removeIf([](Entry e) {
            const std::optional<CreateKind> kind = appendedKind(e);
            return kind && !isFimKind(*kind);
        });
    const QRectF b = shape ? shape->bounds() : QRectF();
    setPos(b.topRight() + QPointF(kGap / scale, 0));
    setVisible(true);
}

void ContextPad::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    // The scene may have replaced its pad meanwhile (rebuild): refresh whichever it has.
    DiagramScene *scene = &m_scene;
    QTimer::singleShot(0, scene, [scene] {
        if (ContextPad *pad = scene->contextPad()) {
            pad->m_refreshScheduled = false;
            pad->refresh();
        }
    });
}

bool ContextPad::showForSelection(const QList<NodeId> &selected)
{
    QRectF box;
    for (NodeId n : selected) {
        if (const ShapeItem *shape = m_scene.shapeItem(n))
            box |= shape->bounds();
        else if (const EdgeItem *edge = m_scene.edgeItem(n))
            box |= edge->spec().waypoints.boundingRect();
    }
    if (box.isNull())
        return false;
    m_forSelection = true;
    if (ShapeAligner(m_scene).alignableShapes().size() >= 2)
        m_entries << Entry::Align;
    m_entries << Entry::Delete;
    setPos(box.topRight() + QPointF(kGap / m_scene.viewScale(), 0));
    setVisible(true);
    return true;
}

void ContextPad::popup(const std::function<void(QMenu *)> &fill, const QPoint &screenPos)
{
    auto *menu = new QMenu(m_scene.views().isEmpty() ? nullptr : m_scene.views().front());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fill(menu);
    menu->popup(screenPos);
}

QRectF ContextPad::entryRect(int index) const
{
    return QRectF((index % kColumns) * kCell, (index / kColumns) * kCell, kCell, kCell);
}

QRectF ContextPad::boundingRect() const
{
    const int rows = (int(m_entries.size()) + kColumns - 1) / kColumns;
    return QRectF(0, 0, kColumns * kCell, rows * kCell).adjusted(-2, -2, 2, 2);
}

int ContextPad::entryAt(const QPointF &local) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (entryRect(i).contains(local))
            return i;
    return -1;
}

bool ContextPad::hitTest(const QPointF &scenePos, const QWidget *) const
{
    if (!isVisible())
        return false;
    const QPointF local = (scenePos - pos()) * m_scene.viewScale();
    return entryAt(local) >= 0;
}

QPointF ContextPad::entryScenePos(Entry entry) const
{
    const int i = int(m_entries.indexOf(entry));
    if (i < 0)
        return {};
    return pos() + entryRect(i).center() / m_scene.viewScale();
}

void ContextPad::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int i = entryAt(event->pos());
    if (i < 0) {
        event->ignore();
        return;
    }
    event->accept();
    const QPoint screen = event->screenPos();
    trigger(m_entries[i], &screen);
}

void ContextPad::trigger(Entry entry, const QPoint *screenPos)
{
    DiagramEditor *editor = m_scene.editor();
    const NodeId target = m_target;
    if (editor && m_forSelection) {
        if (entry == Entry::Delete) {
            editor->deleteSelection();
        } else if (entry == Entry::Align && screenPos) {
            QPointer<DiagramScene> scene(&m_scene);
            popup(
                [scene](QMenu *menu) {
                    addAlignActions(menu, [scene]() -> DiagramScene * { return scene.data(); });
                },
                *screenPos);
        }
        return;
    }
    if (!editor || target == kNoNode)
        return;
    auto appendAndSelect = [&](CreateKind kind) {
        const NodeId shape = editor->creator().append(target, kind);
        if (shape != kNoNode)
            m_scene.selectElements({shape});
    };
    if (const std::optional<CreateKind> kind = appendedKind(entry))
        return appendAndSelect(*kind);
    switch (entry) {
    case Entry::AppendTask:
    case Entry::AppendGateway:
    case Entry::AppendIntermediateEvent:
    case Entry::AppendEndEvent:
    case Entry::AppendAnnotation:
        return; // appended above
    case Entry::Connect:
        m_scene.setToolMode(ToolMode::Connect);
        m_scene.startConnection(target);
        return;
    case Entry::Replace: {
        if (!screenPos)
            return;
        popup(
            [this, editor, target](QMenu *menu) {
                for (const ReplaceOption &option : editor->replacer().options(target)) {
                    menu->addAction(option.label, [this, target, option] {
                        if (DiagramEditor *e = m_scene.editor())
                            e->replacer().replace(target, option);
                    });
                }
            },
            *screenPos);
        return;
    }
    case Entry::Align:
        return; // only for several elements
    case Entry::AddLaneAbove:
    case Entry::AddLaneBelow:
    case Entry::AddLaneLeft:
    case Entry::AddLaneRight: { // "below" is across the pool: right in a vertical one
        const bool after = entry == Entry::AddLaneBelow || entry == Entry::AddLaneRight;
        const NodeId lane = PoolCreator(m_scene).addLane(target, after);
        if (lane != kNoNode)
            m_scene.selectElements({lane});
        return;
    }
    case Entry::DivideIntoTwoLanes:
    case Entry::DivideIntoThreeLanes:
        LaneActions(m_scene).split(target, entry == Entry::DivideIntoTwoLanes ? 2 : 3);
        m_scene.selectElements({target}); // as bpmn.io: the divided pool or lane stays selected
        refresh();
        return;
    case Entry::Delete:
        m_scene.selectElements({target});
        editor->deleteSelection();
        return;
    }
}

void ContextPad::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRectF cell = entryRect(i).adjusted(1, 1, -1, -1);
        painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        painter->setBrush(QColor(0xfa, 0xfa, 0xfa));
        painter->drawRoundedRect(cell, 3, 3);
        paintIcon(painter, m_entries[i], cell.adjusted(4, 4, -4, -4));
    }
}

void ContextPad::paintIcon(QPainter *painter, Entry entry, const QRectF &r)
{
    painter->save();
    painter->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
    painter->setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    switch (entry) {
    case Entry::AppendTask:
        painter->drawRoundedRect(r.adjusted(0, 2, 0, -2), 3, 3);
        break;
    case Entry::AppendGateway: {
        const QPolygonF diamond{QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())};
        painter->drawPolygon(diamond);
        break;
    }
    case Entry::AppendIntermediateEvent:
        painter->drawEllipse(r);
        painter->drawEllipse(r.adjusted(2.5, 2.5, -2.5, -2.5));
        break;
    case Entry::AppendEndEvent:
        painter->setPen(QPen(QColor(0x22, 0x22, 0x22), 3));
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case Entry::AppendAnnotation:
        painter->drawPolyline(QPolygonF{QPointF(c.x(), r.top()), QPointF(r.left() + 3, r.top()),
                                        QPointF(r.left() + 3, r.bottom()),
                                        QPointF(c.x(), r.bottom())});
        break;
    case Entry::Connect: {
        painter->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right() - 1, r.top() + 1));
        QPainterPath head;
        head.moveTo(r.right(), r.top());
        head.lineTo(r.right() - 6, r.top() + 1);
        head.lineTo(r.right() - 1, r.top() + 6);
        head.closeSubpath();
        painter->fillPath(head, QColor(0x22, 0x22, 0x22));
        break;
    }
    case Entry::Replace:
        painter->drawArc(r.adjusted(1, 1, -1, -1), 30 * 16, 300 * 16);
        painter->drawLine(QPointF(c.x() + 3, c.y() - 5), QPointF(r.right(), c.y() - 6));
        break;
    case Entry::AddLaneLeft:
    case Entry::AddLaneRight:
        // the horizontal picture turned a quarter clockwise: the name strip comes to the top,
        // "above" to the right
        painter->translate(c);
        painter->rotate(90);
        painter->translate(-c);
        paintIcon(painter, entry == Entry::AddLaneRight ? Entry::AddLaneAbove : Entry::AddLaneBelow,
                  r);
        break;
    case Entry::AddLaneAbove:
    case Entry::AddLaneBelow: {
        // the pool (outline with its name strip) and, above or below it, a new lane: a dark
        // strip with a "+"
        const bool above = entry == Entry::AddLaneAbove;
        const qreal strip = 6;
        const QRectF pool = above ? r.adjusted(0, strip, 0, 0) : r.adjusted(0, 0, 0, -strip);
        const QRectF lane(r.left(), above ? r.top() : r.bottom() - strip, r.width(), strip);
        painter->drawRect(pool);
        painter->drawLine(QPointF(pool.left() + 4, pool.top()),
                          QPointF(pool.left() + 4, pool.bottom()));
        painter->setBrush(QColor(0x22, 0x22, 0x22));
        painter->drawRect(lane);
        painter->setPen(QPen(Qt::white, 1.5));
        const QPointF plus = lane.center();
        painter->drawLine(plus - QPointF(2.5, 0), plus + QPointF(2.5, 0));
        painter->drawLine(plus - QPointF(0, 2), plus + QPointF(0, 2));
        break;
    }
    case Entry::DivideIntoTwoLanes:
    case Entry::DivideIntoThreeLanes: {
        // the pool cut by one or two dividing lines into equal lanes (no new strip)
        painter->drawRect(r);
        painter->drawLine(QPointF(r.left() + 4, r.top()), QPointF(r.left() + 4, r.bottom()));
        const int parts = entry == Entry::DivideIntoTwoLanes ? 2 : 3;
        QPen divider(QColor(0x22, 0x22, 0x22), 1.5, Qt::DashLine, Qt::FlatCap);
        divider.setDashPattern({1.5, 1});
        painter->setPen(divider);
        for (int i = 1; i < parts; ++i) {
            const qreal y = r.top() + r.height() * i / parts;
            painter->drawLine(QPointF(r.left() + 4, y), QPointF(r.right(), y));
        }
        break;
    }
    case Entry::Align: {
        // bars of different lengths against a common left edge
        painter->drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
        painter->setBrush(QColor(0x22, 0x22, 0x22));
        painter->drawRect(QRectF(r.left() + 2, r.top() + 2, r.width() - 3, 4));
        painter->drawRect(QRectF(r.left() + 2, r.bottom() - 6, r.width() * 0.55, 4));
        break;
    }
    case Entry::Delete:
        painter->drawRect(r.adjusted(3, 4, -3, 0));
        painter->drawLine(QPointF(r.left() + 1, r.top() + 2), QPointF(r.right() - 1, r.top() + 2));
        painter->drawLine(QPointF(c.x() - 2, r.top()), QPointF(c.x() + 2, r.top()));
        break;
    }
    painter->restore();
}

} // namespace amtsweg

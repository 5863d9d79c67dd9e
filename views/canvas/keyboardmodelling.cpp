#include "keyboardmodelling.h"

#include "connectionmaker.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"

#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>
#include <cmath>

namespace amtsweg {
namespace {

/// Centres closer than this (scene units) vertically are one row of the reading order.
constexpr qreal kRowTolerance = 30;

struct AppendKey
{
    int key;
    ContextPad::Entry entry;
};

constexpr AppendKey kAppendKeys[] = {
    {Qt::Key_A, ContextPad::Entry::AppendTask},
    {Qt::Key_G, ContextPad::Entry::AppendGateway},
    {Qt::Key_I, ContextPad::Entry::AppendIntermediateEvent},
    {Qt::Key_N, ContextPad::Entry::AppendEndEvent},
    {Qt::Key_T, ContextPad::Entry::AppendAnnotation},
};

/// Where a shape stands in the reading order: containers by their top left corner (before
/// their contents), other shapes by their centre.
QPointF readingPoint(const ShapeItem &shape)
{
    return shape.isContainer() ? shape.bounds().topLeft() : shape.bounds().center();
}

/// The unit vector of an arrow key.
QPointF directionOf(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return {-1, 0};
    case Qt::Key_Right:
        return {1, 0};
    case Qt::Key_Up:
        return {0, -1};
    case Qt::Key_Down:
        return {0, 1};
    default:
        return {};
    }
}

} // namespace

KeyboardModelling::KeyboardModelling(DiagramScene &scene) : m_scene(scene)
{
    scene.installEventFilter(this);
}

bool KeyboardModelling::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_scene || event->type() != QEvent::KeyPress || !m_scene.editor() ||
        m_scene.isEditingLabel())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool backward =
        key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && mods == Qt::ShiftModifier);
    const bool forward = key->key() == Qt::Key_Tab && mods == Qt::NoModifier;
    if (!forward && !backward)
        return false;
    if (!cycleSelection(forward))
        leaveCanvas(forward); // past the end: the focus moves on, as Tab does elsewhere
    event->accept();
    return true;
}

void KeyboardModelling::leaveCanvas(bool forward)
{
    // QGraphicsView would hand an unhandled Tab back to the scene; move the focus ourselves.
    for (QGraphicsView *view : m_scene.views()) {
        if (!view->hasFocus())
            continue;
        QWidget *w = view;
        do {
            w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        } while (w != view && !(w->isVisible() && w->isEnabled() &&
                                (w->focusPolicy() & Qt::TabFocus) && !view->isAncestorOf(w)));
        if (w != view)
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return;
    }
}

bool KeyboardModelling::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (!directionOf(key).isNull() && (mods & Qt::ControlModifier) && !(mods & Qt::AltModifier))
        return moveSelection(key, mods & Qt::ShiftModifier);
    if (key == Qt::Key_A && mods == Qt::ShiftModifier)
        return showAppendMenu();
    if (mods != Qt::NoModifier)
        return false;
    if (key == Qt::Key_K)
        return connectSelection();
    for (const AppendKey &a : kAppendKeys)
        if (a.key == key)
            return append(a.entry);
    return false;
}

QList<NodeId> KeyboardModelling::readingOrder() const
{
    struct Entry
    {
        NodeId shape;
        QPointF at;
    };
    std::vector<Entry> entries;
    for (NodeId di : m_scene.diElements())
        if (const ShapeItem *shape = m_scene.shapeItem(di))
            entries.push_back({di, readingPoint(*shape)});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.at.y() != b.at.y() ? a.at.y() < b.at.y() : a.at.x() < b.at.x();
    });
    // Rows: a shape within kRowTolerance of the row's first one joins it; rows read left to right.
    auto rowStart = entries.begin();
    while (rowStart != entries.end()) {
        auto rowEnd = std::find_if(rowStart, entries.end(), [&](const Entry &e) {
            return e.at.y() > rowStart->at.y() + kRowTolerance;
        });
        std::stable_sort(rowStart, rowEnd,
                         [](const Entry &a, const Entry &b) { return a.at.x() < b.at.x(); });
        rowStart = rowEnd;
    }
    QList<NodeId> order;
    for (const Entry &e : entries)
        order << e.shape;
    return order;
}

NodeId KeyboardModelling::current() const
{
    const QList<NodeId> selected = m_scene.selectedElements();
    if (selected.contains(m_current))
        return m_current;
    return selected.isEmpty() ? kNoNode : selected.front();
}

void KeyboardModelling::select(NodeId diElement, bool extend)
{
    if (!extend || current() == kNoNode)
        m_anchor = diElement;
    else if (!m_scene.selectedElements().contains(m_anchor))
        m_anchor = current();
    m_current = diElement;
    m_scene.selectElements({diElement}, extend);
    reveal(diElement);
}

bool KeyboardModelling::cycleSelection(bool forward)
{
    const QList<NodeId> order = readingOrder();
    if (order.isEmpty())
        return false;
    const qsizetype at = order.indexOf(current());
    qsizetype next = 0;
    if (at < 0)
        next = forward ? 0 : order.size() - 1;
    else
        next = at + (forward ? 1 : -1);
    if (next < 0 || next >= order.size()) {
        m_scene.clearSelection();
        return false;
    }
    select(order[next], false);
    return true;
}

bool KeyboardModelling::moveSelection(int key, bool extend)
{
    const NodeId from = current();
    const ShapeItem *origin = m_scene.shapeItem(from);
    if (!origin)
        return cycleSelection(true); // nothing selected: start at the first shape
    const QPointF direction = directionOf(key);
    const QPointF c = origin->bounds().center();
    NodeId best = kNoNode;
    qreal bestScore = 0;
    for (NodeId di : m_scene.diElements()) {
        const ShapeItem *shape = m_scene.shapeItem(di);
        if (!shape || di == from || shape->isContainer())
            continue;
        const QPointF d = shape->bounds().center() - c;
        const qreal along = d.x() * direction.x() + d.y() * direction.y();
        const qreal across = std::abs(d.x() * direction.y() - d.y() * direction.x());
        if (along <= 1 || across > 2 * along) // behind, or more beside than ahead
            continue;
        const qreal score = along + 2 * across;
        if (best == kNoNode || score < bestScore) {
            best = di;
            bestScore = score;
        }
    }
    if (best == kNoNode)
        return true; // nothing there: the key is still ours (no nudge)
    select(best, extend);
    return true;
}

bool KeyboardModelling::append(ContextPad::Entry entry)
{
    ContextPad *pad = m_scene.contextPad();
    if (!pad || m_scene.selectedElements().size() != 1)
        return false;
    pad->refresh();
    if (pad->isForSelection() || !pad->entries().contains(entry))
        return false;
    const NodeId source = m_scene.selectedElements().front();
    pad->trigger(entry); // appends (one undo step) and selects the new element
    const QList<NodeId> selected = m_scene.selectedElements();
    if (selected.size() != 1 || selected.front() == source)
        return true; // nothing could be appended there
    m_anchor = m_current = selected.front();
    reveal(m_current);
    m_scene.editLabel(m_current);
    return true;
}

bool KeyboardModelling::showAppendMenu()
{
    ContextPad *pad = m_scene.contextPad();
    if (!pad || m_scene.selectedElements().size() != 1 || m_scene.views().isEmpty())
        return false;
    pad->refresh();
    QGraphicsView *view = m_scene.views().front();
    auto *menu = new QMenu(view);
    menu->setObjectName(QStringLiteral("appendMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const AppendKey &a : kAppendKeys) {
        if (pad->isForSelection() || !pad->entries().contains(a.entry))
            continue;
        const QString key = QKeySequence(a.key).toString(QKeySequence::NativeText);
        QAction *action = menu->addAction(QIcon(QPixmap::fromImage(ContextPad::icon(a.entry, 48))),
                                          ContextPad::entryToolTip(a.entry) + QLatin1Char('\t') + key);
        const ContextPad::Entry entry = a.entry;
        connect(action, &QAction::triggered, this, [this, entry] { append(entry); });
    }
    if (menu->isEmpty()) {
        delete menu;
        return false;
    }
    const QGraphicsItem *item = m_scene.itemFor(m_scene.selectedElements().front());
    const QPointF at = pad->isVisible() ? pad->scenePos() : item->sceneBoundingRect().topRight();
    menu->popup(view->viewport()->mapToGlobal(view->mapFromScene(at)));
    menu->setActiveAction(menu->actions().front());
    return true;
}

bool KeyboardModelling::connectSelection()
{
    const QList<NodeId> selected = m_scene.selectedElements();
    DiagramEditor *editor = m_scene.editor();
    if (!editor || selected.size() != 2 || !m_scene.shapeItem(selected[0]) ||
        !m_scene.shapeItem(selected[1]))
        return false;
    // First selected to second; selected otherwise (mouse): in reading order.
    NodeId source = selected[0];
    NodeId target = selected[1];
    if (selected.contains(m_anchor) && selected.contains(m_current) && m_anchor != m_current) {
        source = m_anchor;
        target = m_current;
    } else {
        const QList<NodeId> order = readingOrder();
        if (order.indexOf(source) > order.indexOf(target))
            std::swap(source, target);
    }
    ConnectionMaker &connector = editor->connector();
    if (connector.kindFor(source, target) == ConnectionKind::None)
        std::swap(source, target);
    if (connector.kindFor(source, target) == ConnectionKind::None)
        return true; // not allowed either way: nothing to do, but the key was meant for us
    const NodeId edge = connector.connect(source, target);
    if (edge != kNoNode) {
        m_scene.selectElements({edge}); // E then labels it (a gateway's condition)
        m_anchor = m_current = kNoNode;
    }
    return true;
}

void KeyboardModelling::reveal(NodeId diElement) const
{
    const QGraphicsItem *item = m_scene.itemFor(diElement);
    if (!item)
        return;
    for (QGraphicsView *view : m_scene.views())
        view->ensureVisible(item->sceneBoundingRect(), 40, 40);
}

} // namespace amtsweg

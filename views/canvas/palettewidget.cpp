#include "palettewidget.h"

#include "contextpad.h"
#include "diagrameditor.h"
#include "diagramscene.h"
#include "elementcreator.h"
#include "fimkinds.h"
#include "keyboardmodelling.h"
#include "notation/bpmnpainter.h"

#include <QActionGroup>
#include <QApplication>
#include <QDrag>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QShortcut>
#include <QToolButton>

namespace amtsweg {
namespace {

constexpr int kIcon = 28;

struct ElementEntry
{
    CreateKind kind;
    ShapeKind shape;
    QSizeF size;
};

constexpr ElementEntry kElements[] = {
    {CreateKind::StartEvent, ShapeKind::StartEvent, {36, 36}},
    {CreateKind::IntermediateEvent, ShapeKind::IntermediateThrowEvent, {36, 36}},
    {CreateKind::EndEvent, ShapeKind::EndEvent, {36, 36}},
    {CreateKind::Gateway, ShapeKind::ExclusiveGateway, {50, 50}},
    {CreateKind::Task, ShapeKind::Task, {100, 80}},
    {CreateKind::SubProcess, ShapeKind::SubProcess, {100, 80}},
    {CreateKind::DataObject, ShapeKind::DataObject, {36, 50}},
    {CreateKind::DataStore, ShapeKind::DataStore, {50, 50}},
    {CreateKind::TextAnnotation, ShapeKind::TextAnnotation, {60, 40}},
    {CreateKind::Pool, ShapeKind::Participant, {100, 60}},
    {CreateKind::VerticalPool, ShapeKind::Participant, {60, 100}},
    {CreateKind::Lane, ShapeKind::Lane, {100, 40}},
};

/// A transparent pixmap of kIcon points at device pixel ratio 2 (crisp on high-dpi screens).
QPixmap iconPixmap()
{
    QPixmap pixmap(kIcon * 2, kIcon * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

/// An element entry's icon drawn with the notation painter, so the palette shows the real
/// symbols, in the palette's text colour on its base colour (legible in dark themes too).
QIcon symbolIcon(const ElementEntry &e, const QPalette &colours)
{
    QPixmap pixmap = iconPixmap();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    ShapeSpec spec;
    spec.kind = e.shape;
    spec.isExpanded = e.kind != CreateKind::SubProcess;
    spec.isHorizontal = e.kind != CreateKind::VerticalPool;
    spec.isMarkerVisible = false;
    spec.stroke = colours.color(QPalette::WindowText);
    spec.fill = colours.color(QPalette::Base);
    const QSizeF size = e.size;
    const qreal scale = qMin((kIcon - 4) / size.width(), (kIcon - 4) / size.height());
    painter.translate(kIcon / 2.0, kIcon / 2.0);
    painter.scale(scale, scale);
    spec.bounds = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    BpmnPainter::paintShape(&painter, spec);
    return QIcon(pixmap);
}

/// The hand, select and connect tools' icons, in the palette's text colour.
QIcon toolIcon(ToolMode mode, const QPalette &colours)
{
    const QColor ink = colours.color(QPalette::WindowText);
    QPixmap pixmap = iconPixmap();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 1.5));
    switch (mode) {
    case ToolMode::Hand:
        p.drawEllipse(QRectF(8, 6, 12, 14));
        p.drawLine(QPointF(10, 20), QPointF(10, 24));
        p.drawLine(QPointF(18, 20), QPointF(18, 24));
        break;
    case ToolMode::Select:
        p.setPen(QPen(ink, 1.2, Qt::DashLine));
        p.drawRect(QRectF(5, 5, 18, 18));
        break;
    case ToolMode::Connect:
        p.drawLine(QPointF(5, 23), QPointF(21, 7));
        p.setBrush(ink);
        p.drawPolygon(QPolygonF{QPointF(23, 5), QPointF(16, 7), QPointF(21, 12)});
        break;
    case ToolMode::Create:
        break;
    }
    return QIcon(pixmap);
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QToolBar(tr("Palette"), parent)
{
    setObjectName(QStringLiteral("palette"));
    setIconSize(QSize(kIcon, kIcon));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    addTool(tr("Hand tool"), QStringLiteral("H"), ToolMode::Hand, CreateKind::Task);
    addTool(tr("Select and lasso tool"), QStringLiteral("L"), ToolMode::Select, CreateKind::Task);
    addTool(tr("Connect tool"), QStringLiteral("C"), ToolMode::Connect, CreateKind::Task);
    addSeparator();
    for (const ElementEntry &e : kElements)
        addTool(tr("Create %1").arg(ElementCreator::displayName(e.kind)), QString(),
                ToolMode::Create, e.kind);
    updateIcons();
    actionFor(ToolMode::Select)->setChecked(true);

    auto *focus = new QShortcut(focusShortcut(), parent ? parent : this);
    focus->setContext(parent ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
    connect(focus, &QShortcut::activated, this, &PaletteWidget::focusEntries);
}

void PaletteWidget::updateIcons()
{
    const QPalette colours = palette();
    for (QAction *action : m_group->actions()) {
        const QPoint data = action->data().toPoint();
        if (ToolMode(data.x()) != ToolMode::Create) {
            action->setIcon(toolIcon(ToolMode(data.x()), colours));
            continue;
        }
        for (const ElementEntry &e : kElements)
            if (int(e.kind) == data.y())
                action->setIcon(symbolIcon(e, colours));
    }
}

void PaletteWidget::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

QKeySequence PaletteWidget::focusShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}

QAction *PaletteWidget::addTool(const QString &text, const QString &shortcutHint, ToolMode mode,
                                CreateKind kind)
{
    QAction *action =
        addAction(shortcutHint.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcutHint));
    action->setCheckable(true);
    action->setData(QVariant::fromValue(QPoint(int(mode), int(kind))));
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, mode, kind] {
        if (m_scene)
            m_scene->setToolMode(mode, kind);
        Q_EMIT toolChosen(mode, kind);
    });
    if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action))) {
        button->installEventFilter(this); // drags (element entries) and keys
        button->setAccessibleName(action->text());
    }
    return action;
}

QAction *PaletteWidget::actionFor(ToolMode mode, CreateKind kind) const
{
    for (QAction *action : m_group->actions()) {
        const QPoint data = action->data().toPoint();
        if (data.x() == int(mode) && (mode != ToolMode::Create || data.y() == int(kind)))
            return action;
    }
    return nullptr;
}

void PaletteWidget::setScene(DiagramScene *scene)
{
    disconnect(m_sceneConnection);
    disconnect(m_fimConnection);
    m_scene = scene;
    if (!scene)
        return;
    m_sceneConnection =
        connect(scene, &DiagramScene::toolModeChanged, this, &PaletteWidget::showTool);
    m_fimConnection = connect(scene, &DiagramScene::fimModeChanged, this, &PaletteWidget::setFimMode);
    setFimMode(scene->isFimMode());
    showTool(scene->toolMode(), scene->createKind());
}

void PaletteWidget::setFimMode(bool on)
{
    m_fimMode = on;
    for (QAction *action : m_group->actions()) {
        const QPoint data = action->data().toPoint();
        const bool shown = !on || ToolMode(data.x()) != ToolMode::Create ||
                           isFimKind(CreateKind(data.y()));
        action->setVisible(shown);
        if (!shown && action->isChecked() && m_scene)
            m_scene->setToolMode(ToolMode::Select);
    }
}

QStringList PaletteWidget::visibleEntries() const
{
    QStringList result;
    for (QAction *action : m_group->actions())
        if (action->isVisible())
            result << action->text();
    return result;
}

void PaletteWidget::showTool(ToolMode mode, CreateKind kind)
{
    if (QAction *action = actionFor(mode, kind))
        action->setChecked(true);
}

QList<QToolButton *> PaletteWidget::visibleButtons() const
{
    QList<QToolButton *> buttons;
    for (QAction *action : m_group->actions())
        if (action->isVisible())
            if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action)))
                buttons << button;
    return buttons;
}

void PaletteWidget::focusEntries()
{
    const QList<QToolButton *> buttons = visibleButtons();
    if (buttons.isEmpty())
        return;
    QToolButton *focus = buttons.front();
    for (QToolButton *button : buttons)
        if (button->defaultAction()->isChecked())
            focus = button;
    if (isHidden())
        show();
    focus->setFocus(Qt::ShortcutFocusReason);
}

void PaletteWidget::focusCanvas()
{
    if (m_scene && !m_scene->views().isEmpty())
        m_scene->views().front()->setFocus(Qt::OtherFocusReason);
}

NodeId PaletteWidget::createFromKeyboard(CreateKind kind)
{
    DiagramEditor *editor = m_scene ? m_scene->editor() : nullptr;
    if (!editor)
        return kNoNode;
    NodeId shape = kNoNode;
    // Appended to a selected flow node, as the context pad appends (it knows which can).
    const QList<NodeId> selected = m_scene->selectedElements();
    ContextPad *pad = m_scene->contextPad();
    if (pad && selected.size() == 1 && kind != CreateKind::StartEvent) {
        pad->refresh();
        if (pad->entries().contains(ContextPad::Entry::AppendTask))
            shape = editor->creator().append(selected.front(), kind);
    }
    if (shape == kNoNode) {
        const QGraphicsView *view = m_scene->views().isEmpty() ? nullptr : m_scene->views().front();
        const QPointF centre = view ? view->mapToScene(view->viewport()->rect().center())
                                    : m_scene->sceneRect().center();
        shape = editor->creator().create(kind, centre);
    }
    if (shape == kNoNode)
        return kNoNode;
    m_scene->selectElements({shape});
    editor->keyboard().reveal(shape);
    focusCanvas();
    m_scene->editLabel(shape);
    return shape;
}

bool PaletteWidget::entryKey(QToolButton *button, int key)
{
    const QList<QToolButton *> buttons = visibleButtons();
    const qsizetype at = buttons.indexOf(button);
    if (at < 0)
        return false;
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        buttons[qMax<qsizetype>(0, at - 1)]->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        buttons[qMin(buttons.size() - 1, at + 1)]->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Home:
        buttons.front()->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_End:
        buttons.back()->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Escape:
        focusCanvas();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        const QPoint data = button->defaultAction()->data().toPoint();
        if (ToolMode(data.x()) == ToolMode::Create) {
            createFromKeyboard(CreateKind(data.y()));
        } else {
            button->defaultAction()->trigger();
            focusCanvas();
        }
        return true;
    }
    default:
        return false;
    }
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (!button || !button->defaultAction())
        return QToolBar::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
            entryKey(button, key->key()))
            return true;
    } else if (event->type() == QEvent::MouseButtonPress &&
               ToolMode(button->defaultAction()->data().toPoint().x()) == ToolMode::Create) {
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseMove &&
               ToolMode(button->defaultAction()->data().toPoint().x()) == ToolMode::Create) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->buttons() & Qt::LeftButton) &&
            (mouse->position().toPoint() - m_pressPos).manhattanLength() >=
                QApplication::startDragDistance()) {
            const QPoint data = button->defaultAction()->data().toPoint();
            auto *mime = new QMimeData;
            mime->setData(QString::fromLatin1(kMimeType), QByteArray::number(data.y()));
            auto *drag = new QDrag(button);
            drag->setMimeData(mime);
            drag->setPixmap(button->defaultAction()->icon().pixmap(iconSize()));
            drag->exec(Qt::CopyAction);
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace amtsweg

#include "palettewidget.h"

#include "diagramscene.h"
#include "elementcreator.h"
#include "fimkinds.h"
#include "notation/bpmnpainter.h"

#include <QActionGroup>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

#include <functional>

namespace amtsweg {
namespace {

constexpr int kIcon = 28;

/// An icon drawn with the notation painter, so the palette shows the real symbols.
QIcon symbolIcon(ShapeKind kind, QSizeF size, bool expanded = true, bool vertical = false)
{
    QPixmap pixmap(kIcon * 2, kIcon * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    ShapeSpec spec;
    spec.kind = kind;
    spec.isExpanded = expanded;
    spec.isHorizontal = !vertical;
    spec.isMarkerVisible = false;
    const qreal scale = qMin((kIcon - 4) / size.width(), (kIcon - 4) / size.height());
    painter.translate(kIcon / 2.0, kIcon / 2.0);
    painter.scale(scale, scale);
    spec.bounds = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    BpmnPainter::paintShape(&painter, spec);
    return QIcon(pixmap);
}

QIcon drawnIcon(const std::function<void(QPainter &)> &draw)
{
    QPixmap pixmap(kIcon * 2, kIcon * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1.5));
    draw(painter);
    return QIcon(pixmap);
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QToolBar(tr("Palette"), parent)
{
    setObjectName(QStringLiteral("palette"));
    setIconSize(QSize(kIcon, kIcon));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    addTool(drawnIcon([](QPainter &p) {
                p.drawEllipse(QRectF(8, 6, 12, 14));
                p.drawLine(QPointF(10, 20), QPointF(10, 24));
                p.drawLine(QPointF(18, 20), QPointF(18, 24));
            }),
            tr("Hand tool"), QStringLiteral("H"), ToolMode::Hand, CreateKind::Task);
    addTool(drawnIcon([](QPainter &p) {
                p.setPen(QPen(Qt::black, 1.2, Qt::DashLine));
                p.drawRect(QRectF(5, 5, 18, 18));
            }),
            tr("Select and lasso tool"), QStringLiteral("L"), ToolMode::Select, CreateKind::Task);
    addTool(drawnIcon([](QPainter &p) {
                p.drawLine(QPointF(5, 23), QPointF(21, 7));
                p.setBrush(Qt::black);
                p.drawPolygon(QPolygonF{QPointF(23, 5), QPointF(16, 7), QPointF(21, 12)});
            }),
            tr("Connect tool"), QStringLiteral("C"), ToolMode::Connect, CreateKind::Task);
    addSeparator();
    const struct
    {
        CreateKind kind;
        ShapeKind shape;
        QSizeF size;
    } elements[] = {
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
    for (const auto &e : elements)
        addTool(symbolIcon(e.shape, e.size, e.kind != CreateKind::SubProcess,
                           e.kind == CreateKind::VerticalPool),
                tr("Create %1").arg(ElementCreator::displayName(e.kind)), QString(),
                ToolMode::Create, e.kind);
    actionFor(ToolMode::Select)->setChecked(true);
}

QAction *PaletteWidget::addTool(const QIcon &icon, const QString &text, const QString &shortcutHint,
                                ToolMode mode, CreateKind kind)
{
    QAction *action =
        addAction(icon, shortcutHint.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcutHint));
    action->setCheckable(true);
    action->setData(QVariant::fromValue(QPoint(int(mode), int(kind))));
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, mode, kind] {
        if (m_scene)
            m_scene->setToolMode(mode, kind);
        Q_EMIT toolChosen(mode, kind);
    });
    if (mode == ToolMode::Create)
        if (QWidget *button = widgetForAction(action))
            button->installEventFilter(this);
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

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (!button || !button->defaultAction())
        return QToolBar::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseMove) {
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

#include "elementicons.h"

#include "bpmn/elements.h"
#include "notation/bpmnpainter.h"
#include "notation/elementclassifier.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QPainter>
#include <QPixmap>

namespace amtsweg {
namespace {

constexpr int kIconSize = 32; // drawn at 32 px, shown at 16 px: crisp on high-dpi screens too

/// Icons are drawn in the application's text colour on its base colour, as the panels show
/// them (legible under a dark palette too).
QColor ink()
{
    return QGuiApplication::palette().color(QPalette::Text);
}

QColor paper()
{
    return QGuiApplication::palette().color(QPalette::Base);
}

/// Bounds to draw a symbol in, in icon pixels before scaling, and the scale.
struct Frame
{
    QRectF bounds;
    qreal scale = 1;
};

Frame frameFor(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::StartEvent:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::EndEvent:
    case ShapeKind::BoundaryEvent:
        return {QRectF(2, 2, 36, 36), 0.8};
    case ShapeKind::ExclusiveGateway:
    case ShapeKind::InclusiveGateway:
    case ShapeKind::ParallelGateway:
    case ShapeKind::ComplexGateway:
    case ShapeKind::EventBasedGateway:
        return {QRectF(2, 2, 50, 50), 0.59};
    case ShapeKind::DataObject:
    case ShapeKind::DataInput:
    case ShapeKind::DataOutput:
        return {QRectF(10, 2, 30, 40), 0.72};
    case ShapeKind::DataStore:
        return {QRectF(3, 3, 40, 40), 0.7};
    case ShapeKind::Participant:
    case ShapeKind::Lane:
        return {QRectF(1, 8, 62, 46), 0.5};
    default:
        return {QRectF(2, 8, 60, 46), 0.5};
    }
}

QString cacheKey(const ShapeSpec &s)
{
    return QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8%9")
        .arg(int(s.kind))
        .arg(int(s.taskType))
        .arg(int(s.trigger))
        .arg(int(s.loop))
        .arg(s.isInterrupting)
        .arg(s.isEventSubProcess)
        .arg(s.isExpanded)
        .arg(ink().name(), paper().name());
}

QIcon drawShapeIcon(const ShapeSpec &classified)
{
    ShapeSpec spec = classified;
    spec.name.clear();
    spec.isExpanded = spec.kind == ShapeKind::Participant || spec.kind == ShapeKind::Lane;
    const Frame frame = frameFor(spec.kind);
    spec.bounds = frame.bounds;
    spec.stroke = ink();
    spec.fill = paper();
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(frame.scale, frame.scale);
    BpmnPainter::paintShape(&painter, spec);
    return QIcon(pixmap);
}

QIcon drawFlowIcon(EdgeKind kind)
{
    EdgeSpec spec;
    spec.kind = kind;
    spec.waypoints = QPolygonF({QPointF(4, 28), QPointF(28, 4)});
    spec.stroke = ink();
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    BpmnPainter::paintEdge(&painter, spec);
    return QIcon(pixmap);
}

QIcon drawContainerIcon()
{
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink(), 2));
    painter.setBrush(paper());
    painter.drawRect(QRectF(3, 6, 26, 20));
    painter.drawLine(QPointF(9, 6), QPointF(9, 26));
    painter.drawLine(QPointF(9, 16), QPointF(29, 16));
    return QIcon(pixmap);
}

} // namespace

QIcon elementIcon(const ModelTree &tree, NodeId element)
{
    static QHash<QString, QIcon> cache;
    if (element == kNoNode || !tree.isValid(element) || !tree.isElement(element))
        return {};
    if (bpmn::isProcess(tree, element) || bpmn::isCollaboration(tree, element)) {
        const QString key = QStringLiteral("container/") + ink().name() + paper().name();
        if (!cache.contains(key))
            cache.insert(key, drawContainerIcon());
        return cache.value(key);
    }
    if (bpmn::isConnection(tree, element)) {
        EdgeSpec edge;
        notation::classifyEdge(tree, element, edge);
        const QString key = QStringLiteral("edge/%1/%2").arg(int(edge.kind)).arg(ink().name());
        if (!cache.contains(key))
            cache.insert(key, drawFlowIcon(edge.kind));
        return cache.value(key);
    }
    ShapeSpec spec;
    notation::classifyShape(tree, element, spec);
    const QString key = cacheKey(spec);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QIcon icon = drawShapeIcon(spec);
    cache.insert(key, icon);
    return icon;
}

} // namespace amtsweg

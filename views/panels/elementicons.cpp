#include "elementicons.h"

#include "bpmn/elements.h"
#include "notation/bpmnpainter.h"
#include "notation/elementclassifier.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace amtsweg {
namespace {

constexpr int kIconSize = 32; // drawn at 32 px, shown at 16 px: crisp on high-dpi screens too

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
    return QStringLiteral("%1/%2/%3/%4/%5/%6/%7")
        .arg(int(s.kind))
        .arg(int(s.taskType))
        .arg(int(s.trigger))
        .arg(int(s.loop))
        .arg(s.isInterrupting)
        .arg(s.isEventSubProcess)
        .arg(s.isExpanded);
}

QIcon drawShapeIcon(const ShapeSpec &classified)
{
    ShapeSpec spec = classified;
    spec.name.clear();
    spec.isExpanded = spec.kind == ShapeKind::Participant || spec.kind == ShapeKind::Lane;
    const Frame frame = frameFor(spec.kind);
    spec.bounds = frame.bounds;
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
    painter.setPen(QPen(QColor(0x22, 0x24, 0x2a), 2));
    painter.setBrush(Qt::white);
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
        const QString key = QStringLiteral("container");
        if (!cache.contains(key))
            cache.insert(key, drawContainerIcon());
        return cache.value(key);
    }
    if (bpmn::isConnection(tree, element)) {
        EdgeSpec edge;
        notation::classifyEdge(tree, element, edge);
        const QString key = QStringLiteral("edge/%1").arg(int(edge.kind));
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

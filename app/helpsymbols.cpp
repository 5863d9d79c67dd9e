#include "helpsymbols.h"

#include "notation/bpmnpainter.h"

#include <QPainter>

#include <functional>
#include <map>

namespace amtsweg {
namespace {

constexpr qreal kMaxWidth = 150;
constexpr qreal kMaxHeight = 64;
constexpr int kMargin = 4;

ShapeSpec shape(ShapeKind kind, QSizeF size)
{
    ShapeSpec spec;
    spec.kind = kind;
    spec.bounds = QRectF(QPointF(0, 0), size);
    return spec;
}

ShapeSpec event(ShapeKind kind, EventTrigger trigger = EventTrigger::None)
{
    ShapeSpec spec = shape(kind, {36, 36});
    spec.trigger = trigger;
    return spec;
}

ShapeSpec task(TaskType type = TaskType::None)
{
    ShapeSpec spec = shape(ShapeKind::Task, {100, 80});
    spec.taskType = type;
    return spec;
}

/// A collapsed activity (sub-process, call activity), optionally with a FIM group's type.
ShapeSpec collapsed(ShapeKind kind, const QString &ragType = {})
{
    ShapeSpec spec = shape(kind, {100, 80});
    spec.isExpanded = false;
    spec.ragType = ragType;
    return spec;
}

EdgeSpec edge(EdgeKind kind, bool isDefault = false, bool isConditional = false)
{
    EdgeSpec spec;
    spec.kind = kind;
    spec.isDefault = isDefault;
    spec.isConditional = isConditional;
    spec.waypoints = QPolygonF{QPointF(0, 10), QPointF(110, 10)};
    return spec;
}

using Shapes = std::map<QString, std::function<ShapeSpec()>>;
using Edges = std::map<QString, std::function<EdgeSpec()>>;

const Shapes &shapes()
{
    static const Shapes all = {
        {QStringLiteral("start-event"), [] { return event(ShapeKind::StartEvent); }},
        {QStringLiteral("message-start-event"),
         [] { return event(ShapeKind::StartEvent, EventTrigger::Message); }},
        {QStringLiteral("timer-start-event"),
         [] { return event(ShapeKind::StartEvent, EventTrigger::Timer); }},
        {QStringLiteral("intermediate-event"), [] { return event(ShapeKind::IntermediateThrowEvent); }},
        {QStringLiteral("message-catch-event"),
         [] { return event(ShapeKind::IntermediateCatchEvent, EventTrigger::Message); }},
        {QStringLiteral("message-throw-event"),
         [] { return event(ShapeKind::IntermediateThrowEvent, EventTrigger::Message); }},
        {QStringLiteral("timer-event"),
         [] { return event(ShapeKind::IntermediateCatchEvent, EventTrigger::Timer); }},
        {QStringLiteral("timer-boundary-event"),
         [] { return event(ShapeKind::BoundaryEvent, EventTrigger::Timer); }},
        {QStringLiteral("end-event"), [] { return event(ShapeKind::EndEvent); }},
        {QStringLiteral("message-end-event"),
         [] { return event(ShapeKind::EndEvent, EventTrigger::Message); }},
        {QStringLiteral("error-end-event"),
         [] { return event(ShapeKind::EndEvent, EventTrigger::Error); }},
        {QStringLiteral("terminate-end-event"),
         [] { return event(ShapeKind::EndEvent, EventTrigger::Terminate); }},
        {QStringLiteral("exclusive-gateway"),
         [] { return shape(ShapeKind::ExclusiveGateway, {50, 50}); }},
        {QStringLiteral("parallel-gateway"),
         [] { return shape(ShapeKind::ParallelGateway, {50, 50}); }},
        {QStringLiteral("inclusive-gateway"),
         [] { return shape(ShapeKind::InclusiveGateway, {50, 50}); }},
        {QStringLiteral("event-based-gateway"),
         [] { return shape(ShapeKind::EventBasedGateway, {50, 50}); }},
        {QStringLiteral("task"), [] { return task(); }},
        {QStringLiteral("user-task"), [] { return task(TaskType::User); }},
        {QStringLiteral("manual-task"), [] { return task(TaskType::Manual); }},
        {QStringLiteral("service-task"), [] { return task(TaskType::Service); }},
        {QStringLiteral("send-task"), [] { return task(TaskType::Send); }},
        {QStringLiteral("receive-task"), [] { return task(TaskType::Receive); }},
        {QStringLiteral("script-task"), [] { return task(TaskType::Script); }},
        {QStringLiteral("business-rule-task"), [] { return task(TaskType::BusinessRule); }},
        {QStringLiteral("sub-process"), [] { return collapsed(ShapeKind::SubProcess); }},
        {QStringLiteral("rag-sub-process"),
         [] { return collapsed(ShapeKind::SubProcess, QStringLiteral("3")); }},
        {QStringLiteral("call-activity"), [] { return collapsed(ShapeKind::CallActivity); }},
        {QStringLiteral("data-object"), [] { return shape(ShapeKind::DataObject, {36, 50}); }},
        {QStringLiteral("data-store"), [] { return shape(ShapeKind::DataStore, {50, 50}); }},
        {QStringLiteral("text-annotation"),
         [] { return shape(ShapeKind::TextAnnotation, {100, 40}); }},
        // Pool and lane drawn unscaled: at half size their 1.5 px outline fades to grey.
        {QStringLiteral("pool"), [] { return shape(ShapeKind::Participant, {150, 60}); }},
        {QStringLiteral("vertical-pool"),
         [] {
             ShapeSpec spec = shape(ShapeKind::Participant, {120, 64});
             spec.isHorizontal = false;
             return spec;
         }},
        {QStringLiteral("lane"), [] { return shape(ShapeKind::Lane, {150, 40}); }},
    };
    return all;
}

const Edges &edges()
{
    static const Edges all = {
        {QStringLiteral("sequence-flow"), [] { return edge(EdgeKind::SequenceFlow); }},
        {QStringLiteral("default-flow"), [] { return edge(EdgeKind::SequenceFlow, true); }},
        {QStringLiteral("conditional-flow"),
         [] { return edge(EdgeKind::SequenceFlow, false, true); }},
        {QStringLiteral("message-flow"), [] { return edge(EdgeKind::MessageFlow); }},
        {QStringLiteral("association"), [] { return edge(EdgeKind::Association); }},
        {QStringLiteral("data-association"), [] { return edge(EdgeKind::DataInputAssociation); }},
    };
    return all;
}

QImage canvas(QSizeF size, qreal scale)
{
    QImage image(QSize(qCeil(size.width() * scale) + 2 * kMargin,
                       qCeil(size.height() * scale) + 2 * kMargin),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white); // the canvas's paper, also under a dark palette
    return image;
}

} // namespace

QStringList HelpSymbols::names()
{
    QStringList all;
    for (const auto &[name, make] : shapes())
        all << name;
    for (const auto &[name, make] : edges())
        all << name;
    return all;
}

QImage HelpSymbols::image(const QString &name)
{
    if (const auto found = shapes().find(name); found != shapes().end()) {
        const ShapeSpec spec = found->second();
        const QSizeF size = spec.bounds.size();
        const qreal scale = qMin(1.0, qMin(kMaxWidth / size.width(), kMaxHeight / size.height()));
        QImage image = canvas(size, scale);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(kMargin, kMargin);
        painter.scale(scale, scale);
        BpmnPainter::paintShape(&painter, spec);
        return image;
    }
    if (const auto found = edges().find(name); found != edges().end()) {
        const EdgeSpec spec = found->second();
        QImage image = canvas(QSizeF(110, 20), 1.0);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(kMargin, kMargin);
        BpmnPainter::paintEdge(&painter, spec);
        return image;
    }
    return {};
}

} // namespace amtsweg

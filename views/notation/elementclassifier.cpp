#include "elementclassifier.h"

#include "bpmn/bpmnschema.h"

#include <unordered_map>

namespace amtsweg::notation {

namespace {

struct ShapeClass
{
    ShapeKind kind;
    TaskType taskType = TaskType::None;
};

const std::unordered_map<std::string_view, ShapeClass> &shapeClasses()
{
    static const std::unordered_map<std::string_view, ShapeClass> table = {
        {"tTask", {ShapeKind::Task}},
        {"tUserTask", {ShapeKind::Task, TaskType::User}},
        {"tManualTask", {ShapeKind::Task, TaskType::Manual}},
        {"tServiceTask", {ShapeKind::Task, TaskType::Service}},
        {"tScriptTask", {ShapeKind::Task, TaskType::Script}},
        {"tBusinessRuleTask", {ShapeKind::Task, TaskType::BusinessRule}},
        {"tSendTask", {ShapeKind::Task, TaskType::Send}},
        {"tReceiveTask", {ShapeKind::Task, TaskType::Receive}},
        {"tSubProcess", {ShapeKind::SubProcess}},
        {"tAdHocSubProcess", {ShapeKind::SubProcess}},
        {"tTransaction", {ShapeKind::Transaction}},
        {"tCallActivity", {ShapeKind::CallActivity}},
        {"tStartEvent", {ShapeKind::StartEvent}},
        {"tIntermediateCatchEvent", {ShapeKind::IntermediateCatchEvent}},
        {"tIntermediateThrowEvent", {ShapeKind::IntermediateThrowEvent}},
        {"tImplicitThrowEvent", {ShapeKind::IntermediateThrowEvent}},
        {"tEndEvent", {ShapeKind::EndEvent}},
        {"tBoundaryEvent", {ShapeKind::BoundaryEvent}},
        {"tExclusiveGateway", {ShapeKind::ExclusiveGateway}},
        {"tInclusiveGateway", {ShapeKind::InclusiveGateway}},
        {"tParallelGateway", {ShapeKind::ParallelGateway}},
        {"tComplexGateway", {ShapeKind::ComplexGateway}},
        {"tEventBasedGateway", {ShapeKind::EventBasedGateway}},
        {"tDataObject", {ShapeKind::DataObject}},
        {"tDataObjectReference", {ShapeKind::DataObject}},
        {"tDataInput", {ShapeKind::DataInput}},
        {"tDataOutput", {ShapeKind::DataOutput}},
        {"tDataStore", {ShapeKind::DataStore}},
        {"tDataStoreReference", {ShapeKind::DataStore}},
        {"tMessage", {ShapeKind::Message}},
        {"tTextAnnotation", {ShapeKind::TextAnnotation}},
        {"tGroup", {ShapeKind::Group}},
        {"tParticipant", {ShapeKind::Participant}},
        {"tLane", {ShapeKind::Lane}},
        {"tConversation", {ShapeKind::Conversation}},
        {"tSubConversation", {ShapeKind::Conversation}},
        {"tCallConversation", {ShapeKind::Conversation}},
    };
    return table;
}

const std::unordered_map<std::string_view, EventTrigger> &triggers()
{
    static const std::unordered_map<std::string_view, EventTrigger> table = {
        {"tMessageEventDefinition", EventTrigger::Message},
        {"tTimerEventDefinition", EventTrigger::Timer},
        {"tEscalationEventDefinition", EventTrigger::Escalation},
        {"tConditionalEventDefinition", EventTrigger::Conditional},
        {"tLinkEventDefinition", EventTrigger::Link},
        {"tErrorEventDefinition", EventTrigger::Error},
        {"tCancelEventDefinition", EventTrigger::Cancel},
        {"tCompensateEventDefinition", EventTrigger::Compensation},
        {"tSignalEventDefinition", EventTrigger::Signal},
        {"tTerminateEventDefinition", EventTrigger::Terminate},
    };
    return table;
}

const std::unordered_map<std::string_view, TaskType> &globalTasks()
{
    static const std::unordered_map<std::string_view, TaskType> table = {
        {"tGlobalTask", TaskType::None},
        {"tGlobalUserTask", TaskType::User},
        {"tGlobalManualTask", TaskType::Manual},
        {"tGlobalScriptTask", TaskType::Script},
        {"tGlobalBusinessRuleTask", TaskType::BusinessRule},
    };
    return table;
}

EventTrigger triggerOf(const ModelTree &tree, NodeId event)
{
    int count = 0;
    EventTrigger trigger = EventTrigger::None;
    auto consider = [&](NodeId definition) {
        if (definition == kNoNode || !tree.isA(definition, "tEventDefinition"))
            return;
        ++count;
        const auto it = triggers().find(typeName(tree, definition));
        trigger = it == triggers().end() ? EventTrigger::None : it->second;
    };
    for (NodeId c = tree.firstChildElement(event); c != kNoNode; c = tree.nextSiblingElement(c)) {
        if (tree.is(c, "eventDefinitionRef"))
            consider(tree.resolveRef(tree.text(c)));
        else
            consider(c);
    }
    if (count > 1)
        return booleanAttribute(tree, event, "parallelMultiple", false)
                   ? EventTrigger::ParallelMultiple
                   : EventTrigger::Multiple;
    return trigger;
}

LoopKind loopOf(const ModelTree &tree, NodeId activity)
{
    for (NodeId c = tree.firstChildElement(activity); c != kNoNode;
         c = tree.nextSiblingElement(c)) {
        if (tree.isA(c, "tMultiInstanceLoopCharacteristics"))
            return booleanAttribute(tree, c, "isSequential", false)
                       ? LoopKind::SequentialMultiInstance
                       : LoopKind::ParallelMultiInstance;
        if (tree.isA(c, "tStandardLoopCharacteristics"))
            return LoopKind::Standard;
    }
    return LoopKind::None;
}

QString dataName(const ModelTree &tree, NodeId n, std::string_view refAttribute)
{
    QString name = toQString(tree.attr(n, tree.known().name));
    if (name.isEmpty() && !refAttribute.empty())
        if (NodeId target = tree.resolveRef(plainAttribute(tree, n, refAttribute)))
            name = toQString(tree.attr(target, tree.known().name));
    if (NodeId state = tree.firstChildElement(n, "dataState")) {
        const QString stateName = toQString(tree.attr(state, tree.known().name));
        const QString bracketed = QLatin1Char('[') + stateName + QLatin1Char(']');
        if (!stateName.isEmpty() && !name.contains(bracketed)) // some tools put it in the name
            name += (name.isEmpty() ? QStringLiteral("[") : QStringLiteral("\n[")) + stateName +
                    QLatin1Char(']');
    }
    return name;
}

void classifyActivity(const ModelTree &tree, NodeId n, ShapeSpec &spec)
{
    spec.loop = loopOf(tree, n);
    spec.isForCompensation = booleanAttribute(tree, n, "isForCompensation", false);
    const std::string_view type = typeName(tree, n);
    spec.isAdHoc = type == "tAdHocSubProcess";
    spec.isEventSubProcess =
        spec.kind == ShapeKind::SubProcess && booleanAttribute(tree, n, "triggeredByEvent", false);
    if (spec.isEventSubProcess) { // its start event's trigger, shown when collapsed
        for (NodeId c = tree.firstChildElement(n); c != kNoNode; c = tree.nextSiblingElement(c)) {
            if (tree.isA(c, "tStartEvent")) {
                spec.trigger = triggerOf(tree, c);
                spec.isInterrupting = booleanAttribute(tree, c, "isInterrupting", true);
                break;
            }
        }
    }
    if (spec.taskType == TaskType::Receive)
        spec.instantiate = booleanAttribute(tree, n, "instantiate", false);
    if (spec.kind == ShapeKind::CallActivity) {
        const NodeId called = tree.resolveRef(tree.attr(n, tree.known().calledElement));
        if (called != kNoNode) {
            const auto it = globalTasks().find(typeName(tree, called));
            if (it != globalTasks().end()) {
                spec.callsGlobalTask = true;
                spec.taskType = it->second;
            }
        }
    }
}

void classifyEvent(const ModelTree &tree, NodeId n, ShapeSpec &spec)
{
    spec.trigger = triggerOf(tree, n);
    if (spec.kind == ShapeKind::BoundaryEvent)
        spec.isInterrupting = booleanAttribute(tree, n, "cancelActivity", true);
    else if (spec.kind == ShapeKind::StartEvent)
        spec.isInterrupting = booleanAttribute(tree, n, "isInterrupting", true);
}

} // namespace

std::string_view plainAttribute(const ModelTree &tree, NodeId n, std::string_view local)
{
    for (const Attribute &a : tree.attributes(n)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.nsUri.empty() && q.local == local)
            return a.value;
    }
    return {};
}

bool booleanAttribute(const ModelTree &tree, NodeId n, std::string_view local, bool fallback)
{
    const std::string_view v = plainAttribute(tree, n, local);
    if (v == "true" || v == "1")
        return true;
    if (v == "false" || v == "0")
        return false;
    return fallback;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string_view typeName(const ModelTree &tree, NodeId n)
{
    const schema::TypeId t = tree.type(n);
    if (t == schema::kNoType)
        return {};
    return schema::Schema::instance().typeInfo(t).name;
}

void classifyShape(const ModelTree &tree, NodeId n, ShapeSpec &spec)
{
    const auto it = shapeClasses().find(typeName(tree, n));
    if (it == shapeClasses().end()) {
        spec.kind = ShapeKind::Placeholder;
        spec.name = toQString(tree.attr(n, tree.known().name));
        if (spec.name.isEmpty())
            spec.name = toQString(tree.localName(n));
        return;
    }
    spec.kind = it->second.kind;
    spec.taskType = it->second.taskType;
    spec.name = toQString(tree.attr(n, tree.known().name));
    switch (spec.kind) {
    case ShapeKind::Task:
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
    case ShapeKind::CallActivity:
        classifyActivity(tree, n, spec);
        break;
    case ShapeKind::StartEvent:
    case ShapeKind::IntermediateCatchEvent:
    case ShapeKind::IntermediateThrowEvent:
    case ShapeKind::EndEvent:
    case ShapeKind::BoundaryEvent:
        classifyEvent(tree, n, spec);
        break;
    case ShapeKind::EventBasedGateway:
        if (booleanAttribute(tree, n, "instantiate", false))
            spec.eventGateway = tree.attr(n, tree.known().eventGatewayType) == "Parallel"
                                    ? EventGatewayKind::ParallelInstantiate
                                    : EventGatewayKind::ExclusiveInstantiate;
        break;
    case ShapeKind::DataObject:
        if (typeName(tree, n) == "tDataObjectReference") {
            spec.name = dataName(tree, n, "dataObjectRef");
            const NodeId object = tree.resolveRef(plainAttribute(tree, n, "dataObjectRef"));
            spec.isCollection =
                object != kNoNode && booleanAttribute(tree, object, "isCollection", false);
        } else {
            spec.name = dataName(tree, n, {});
            spec.isCollection = booleanAttribute(tree, n, "isCollection", false);
        }
        break;
    case ShapeKind::DataInput:
    case ShapeKind::DataOutput:
        spec.name = dataName(tree, n, {});
        spec.isCollection = booleanAttribute(tree, n, "isCollection", false);
        break;
    case ShapeKind::DataStore:
        spec.name = dataName(tree, n, "dataStoreRef");
        break;
    case ShapeKind::TextAnnotation:
        if (NodeId text = tree.firstChildElement(n, "text"))
            spec.name = toQString(tree.text(text));
        break;
    case ShapeKind::Group:
        if (NodeId value = tree.resolveRef(plainAttribute(tree, n, "categoryValueRef")))
            spec.name = toQString(plainAttribute(tree, value, "value"));
        break;
    case ShapeKind::Participant:
        spec.isExpanded = !tree.attr(n, tree.known().processRef).empty();
        if (NodeId m = tree.firstChildElement(n, "participantMultiplicity")) {
            const std::string_view max = plainAttribute(tree, m, "maximum"); // default 1
            spec.isMultiParticipant = !max.empty() && max != "1" && max != "0";
        }
        break;
    default:
        break;
    }
}

void classifyEdge(const ModelTree &tree, NodeId n, EdgeSpec &spec)
{
    const std::string_view type = typeName(tree, n);
    spec.name = toQString(tree.attr(n, tree.known().name));
    if (type == "tSequenceFlow") {
        spec.kind = EdgeKind::SequenceFlow;
        const NodeId source = tree.resolveRef(tree.attr(n, tree.known().sourceRef));
        if (source != kNoNode) {
            const std::string_view id = tree.id(n);
            spec.isDefault = !id.empty() && tree.attr(source, tree.known().default_) == id;
            spec.isConditional = tree.firstChildElement(n, "conditionExpression") != kNoNode &&
                                 tree.isA(source, "tActivity");
        }
    } else if (type == "tMessageFlow") {
        spec.kind = EdgeKind::MessageFlow;
    } else if (type == "tAssociation") {
        spec.kind = EdgeKind::Association;
        const std::string_view direction = plainAttribute(tree, n, "associationDirection");
        spec.direction = direction == "One"    ? AssociationDirection::One
                         : direction == "Both" ? AssociationDirection::Both
                                               : AssociationDirection::None;
    } else if (type == "tDataInputAssociation") {
        spec.kind = EdgeKind::DataInputAssociation;
    } else if (type == "tDataOutputAssociation") {
        spec.kind = EdgeKind::DataOutputAssociation;
    } else if (type == "tConversationLink") {
        spec.kind = EdgeKind::ConversationLink;
    } else {
        spec.kind = EdgeKind::Placeholder;
    }
}

int subProcessDepth(const ModelTree &tree, NodeId n)
{
    int depth = 0;
    for (NodeId p = tree.parent(n); p != kNoNode && tree.isElement(p); p = tree.parent(p))
        if (tree.isA(p, "tSubProcess"))
            ++depth;
    return depth;
}

int laneDepth(const ModelTree &tree, NodeId lane)
{
    int depth = 0;
    for (NodeId p = tree.parent(lane); p != kNoNode && tree.isElement(p); p = tree.parent(p))
        if (tree.isA(p, "tLane"))
            ++depth;
    return depth;
}

} // namespace amtsweg::notation

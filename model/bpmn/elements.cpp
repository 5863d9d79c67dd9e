#include "bpmn/elements.h"

#include <QRandomGenerator>

namespace amtsweg::bpmn {
namespace {

using schema::Ns;
using schema::Schema;
using schema::TypeId;

/// Type ids of the BPMN types the predicates test, looked up once.
struct Types
{
    TypeId definitions, process, collaboration, participant, laneSet, lane, flowElement, flowNode,
        activity, task, subProcess, callActivity, event, startEvent, endEvent, boundaryEvent,
        gateway, sequenceFlow, messageFlow, association, dataAssociation, artifact, textAnnotation,
        group, dataObjectReference, dataStoreReference, flowElementsContainer;

    static const Types &get()
    {
        static const Types types = [] {
            const Schema &s = Schema::instance();
            auto t = [&s](std::string_view name) { return s.type(Ns::Model, name); };
            Types r{};
            r.definitions = t("tDefinitions");
            r.process = t("tProcess");
            r.collaboration = t("tCollaboration");
            r.participant = t("tParticipant");
            r.laneSet = t("tLaneSet");
            r.lane = t("tLane");
            r.flowElement = t("tFlowElement");
            r.flowNode = t("tFlowNode");
            r.activity = t("tActivity");
            r.task = t("tTask");
            r.subProcess = t("tSubProcess");
            r.callActivity = t("tCallActivity");
            r.event = t("tEvent");
            r.startEvent = t("tStartEvent");
            r.endEvent = t("tEndEvent");
            r.boundaryEvent = t("tBoundaryEvent");
            r.gateway = t("tGateway");
            r.sequenceFlow = t("tSequenceFlow");
            r.messageFlow = t("tMessageFlow");
            r.association = t("tAssociation");
            r.dataAssociation = t("tDataAssociation");
            r.artifact = t("tArtifact");
            r.textAnnotation = t("tTextAnnotation");
            r.group = t("tGroup");
            r.dataObjectReference = t("tDataObjectReference");
            r.dataStoreReference = t("tDataStoreReference");
            return r;
        }();
        return types;
    }
};

bool typeIs(const ModelTree &tree, NodeId n, TypeId base)
{
    if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n))
        return false;
    const TypeId t = tree.type(n);
    return t != schema::kNoType && base != schema::kNoType && Schema::instance().isA(t, base);
}

std::string_view trimmed(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Depth-first walk over the elements below `top` (not `top` itself).
template <typename F> void forEachDescendant(const ModelTree &tree, NodeId top, F &&f)
{
    NodeId c = tree.firstChild(top);
    while (c != kNoNode) {
        if (tree.isElement(c))
            f(c);
        if (tree.firstChild(c) != kNoNode) {
            c = tree.firstChild(c);
            continue;
        }
        while (c != top && tree.next(c) == kNoNode)
            c = tree.parent(c);
        if (c == top)
            return;
        c = tree.next(c);
    }
}

} // namespace

bool isDefinitions(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().definitions);
}
bool isProcess(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().process);
}
bool isCollaboration(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().collaboration);
}
bool isParticipant(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().participant);
}
bool isLaneSet(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().laneSet);
}
bool isLane(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().lane);
}
bool isFlowElement(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().flowElement);
}
bool isFlowNode(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().flowNode);
}
bool isActivity(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().activity);
}
bool isTask(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().task);
}
bool isSubProcess(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().subProcess);
}
bool isCallActivity(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().callActivity);
}
bool isEvent(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().event);
}
bool isStartEvent(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().startEvent);
}
bool isEndEvent(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().endEvent);
}
bool isBoundaryEvent(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().boundaryEvent);
}
bool isGateway(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().gateway);
}
bool isSequenceFlow(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().sequenceFlow);
}
bool isMessageFlow(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().messageFlow);
}
bool isAssociation(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().association);
}
bool isDataAssociation(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().dataAssociation);
}
bool isConnection(const ModelTree &t, NodeId n)
{
    return isSequenceFlow(t, n) || isMessageFlow(t, n) || isAssociation(t, n);
}
bool isArtifact(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().artifact);
}
bool isTextAnnotation(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().textAnnotation);
}
bool isGroup(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().group);
}
bool isDataObjectReference(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().dataObjectReference);
}
bool isDataStoreReference(const ModelTree &t, NodeId n)
{
    return typeIs(t, n, Types::get().dataStoreReference);
}
bool isFlowElementsContainer(const ModelTree &t, NodeId n)
{
    // tFlowElementsContainer is a metamodel class, not an XSD type: name its XSD subtypes.
    return isProcess(t, n) || isSubProcess(t, n);
}
bool isOfType(const ModelTree &t, NodeId n, std::string_view typeName)
{
    return typeIs(t, n, Schema::instance().type(Ns::Model, typeName));
}

std::string_view name(const ModelTree &tree, NodeId n)
{
    return tree.attr(n, tree.known().name);
}

NodeId sourceOf(const ModelTree &tree, NodeId flow)
{
    const auto ref = tree.attribute(flow, tree.known().sourceRef);
    return ref ? tree.resolveRef(*ref) : kNoNode;
}

NodeId targetOf(const ModelTree &tree, NodeId flow)
{
    const auto ref = tree.attribute(flow, tree.known().targetRef);
    return ref ? tree.resolveRef(*ref) : kNoNode;
}

namespace {
std::vector<NodeId> flowsAt(const ModelTree &tree, NodeId node, NameId end)
{
    std::vector<NodeId> result;
    const NodeId container = tree.parent(node);
    if (node == kNoNode || container == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(container); c != kNoNode; c = tree.next(c)) {
        if (!isSequenceFlow(tree, c))
            continue;
        if (const auto ref = tree.attribute(c, end); ref && tree.resolveRef(*ref) == node)
            result.push_back(c);
    }
    return result;
}
} // namespace

std::vector<NodeId> incomingFlows(const ModelTree &tree, NodeId node)
{
    return flowsAt(tree, node, tree.known().targetRef);
}

std::vector<NodeId> outgoingFlows(const ModelTree &tree, NodeId node)
{
    return flowsAt(tree, node, tree.known().sourceRef);
}

NodeId referenceChild(const ModelTree &tree, NodeId owner, std::string_view childName,
                      NodeId target)
{
    if (owner == kNoNode || target == kNoNode)
        return kNoNode;
    const std::string_view targetId = tree.id(target);
    for (NodeId c = tree.firstChildElement(owner, childName); c != kNoNode;
         c = tree.nextSiblingElement(c, childName)) {
        const std::string text = tree.text(c);
        const std::string_view value = trimmed(text);
        if (value == targetId || tree.resolveRef(value) == target)
            return c;
    }
    return kNoNode;
}

std::vector<NodeId> boundaryEvents(const ModelTree &tree, NodeId activity)
{
    std::vector<NodeId> result;
    const NodeId container = tree.parent(activity);
    if (activity == kNoNode || container == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(container); c != kNoNode; c = tree.next(c)) {
        if (!isBoundaryEvent(tree, c))
            continue;
        if (const auto ref = tree.attribute(c, tree.known().attachedToRef);
            ref && tree.resolveRef(*ref) == activity)
            result.push_back(c);
    }
    return result;
}

NodeId laneOf(const ModelTree &tree, NodeId flowNode)
{
    NodeId container = tree.parent(flowNode);
    if (flowNode == kNoNode || container == kNoNode)
        return kNoNode;
    NodeId best = kNoNode;
    int bestDepth = -1;
    forEachDescendant(tree, container, [&](NodeId c) {
        if (!isLane(tree, c) || referenceChild(tree, c, "flowNodeRef", flowNode) == kNoNode)
            return;
        int depth = 0;
        for (NodeId a = c; a != container; a = tree.parent(a))
            ++depth;
        if (depth > bestDepth) {
            best = c;
            bestDepth = depth;
        }
    });
    return best;
}

NodeId processOf(const ModelTree &tree, NodeId n)
{
    for (; n != kNoNode && tree.isValid(n); n = tree.parent(n))
        if (isProcess(tree, n))
            return n;
    return kNoNode;
}

NodeId participantOf(const ModelTree &tree, NodeId process)
{
    const NodeId root = tree.root();
    if (root == kNoNode || process == kNoNode)
        return kNoNode;
    for (NodeId c = tree.firstChildElement(root, "collaboration"); c != kNoNode;
         c = tree.nextSiblingElement(c, "collaboration"))
        for (NodeId p = tree.firstChildElement(c, "participant"); p != kNoNode;
             p = tree.nextSiblingElement(p, "participant"))
            if (const auto ref = tree.attribute(p, tree.known().processRef);
                ref && tree.resolveRef(*ref) == process)
                return p;
    return kNoNode;
}

std::vector<NodeId> childElements(const ModelTree &tree, NodeId parent, std::string_view local)
{
    std::vector<NodeId> result;
    for (NodeId c = tree.firstChildElement(parent, local); c != kNoNode;
         c = tree.nextSiblingElement(c, local))
        result.push_back(c);
    return result;
}

std::vector<std::string_view> splitList(std::string_view value)
{
    std::vector<std::string_view> result;
    std::size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() &&
               (value[i] == ' ' || value[i] == '\n' || value[i] == '\t' || value[i] == '\r'))
            ++i;
        std::size_t end = i;
        while (end < value.size() && value[end] != ' ' && value[end] != '\n' &&
               value[end] != '\t' && value[end] != '\r')
            ++end;
        if (end > i)
            result.push_back(value.substr(i, end - i));
        i = end;
    }
    return result;
}

std::vector<Reference> collectReferences(const ModelTree &tree)
{
    std::vector<Reference> result;
    const NodeId root = tree.root();
    if (root == kNoNode)
        return result;
    const Schema &s = Schema::instance();
    auto visit = [&](NodeId e) {
        const TypeId type = tree.type(e);
        if (type == schema::kNoType)
            return;
        for (const Attribute &a : tree.attributes(e)) {
            const QualifiedName &q = tree.names()[a.name];
            if (!q.nsUri.empty())
                continue; // schema attributes are unqualified
            const schema::AttributeInfo *info = s.attribute(type, q.local);
            if (!info)
                continue;
            if (info->kind == schema::ValueKind::IdRef ||
                info->kind == schema::ValueKind::QNameRef) {
                if (const NodeId to = tree.resolveRef(a.value))
                    result.push_back({e, to, a.name, kNoNode, false});
            } else if (info->kind == schema::ValueKind::IdRefs) {
                for (std::string_view token : splitList(a.value))
                    if (const NodeId to = tree.resolveRef(token))
                        result.push_back({e, to, a.name, kNoNode, true});
            }
        }
        const auto slots = s.allChildren(type);
        for (NodeId c = tree.firstChild(e); c != kNoNode; c = tree.next(c)) {
            if (!tree.isElement(c) || tree.firstChild(c) == kNoNode)
                continue;
            const int slot = childSlotOf(tree, e, c);
            if (slot < 0)
                continue;
            const schema::ValueKind kind = slots[static_cast<std::size_t>(slot)]->kind;
            if (kind != schema::ValueKind::IdRef && kind != schema::ValueKind::QNameRef)
                continue;
            if (const NodeId to = tree.resolveRef(tree.text(c)))
                result.push_back({e, to, 0, c, false});
        }
    };
    visit(root);
    forEachDescendant(tree, root, visit);
    return result;
}

bool isDependency(const ModelTree &tree, const Reference &r)
{
    const NameTable::Known &k = tree.known();
    if (r.child != kNoNode) {
        const QualifiedName &q = tree.qname(r.child);
        return q.ns == Ns::Model && (q.local == "sourceRef" || q.local == "targetRef");
    }
    if (r.inList)
        return false;
    return r.attribute == k.sourceRef || r.attribute == k.targetRef ||
           r.attribute == k.attachedToRef || r.attribute == k.bpmnElement ||
           r.attribute == k.sourceElement || r.attribute == k.targetElement;
}

std::optional<std::string_view> declaredPrefix(const ModelTree &tree, std::string_view nsUri)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return std::nullopt;
    std::optional<std::string_view> found;
    for (const Attribute &a : tree.attributes(root)) {
        const QualifiedName &q = tree.names()[a.name];
        if (!q.isNamespaceDeclaration || a.value != nsUri)
            continue;
        // Prefer a named prefix over the default namespace: it stays valid in any scope.
        if (!found || (found->empty() && !q.local.empty()))
            found = q.local;
    }
    return found;
}

std::string_view prefixFor(const ModelTree &tree, std::string_view nsUri)
{
    if (auto declared = declaredPrefix(tree, nsUri))
        return *declared;
    namespace uri = schema::uri;
    if (nsUri == uri::model)
        return "bpmn";
    if (nsUri == uri::bpmnDi)
        return "bpmndi";
    if (nsUri == uri::dc)
        return "dc";
    if (nsUri == uri::di)
        return "di";
    if (nsUri == uri::xsi)
        return "xsi";
    if (nsUri == uri::bioColor)
        return "bioc";
    if (nsUri == uri::omgColor)
        return "color";
    if (nsUri == uri::amtsweg)
        return "amtsweg";
    return "ns";
}

NameId elementName(ModelTree &tree, std::string_view nsUri, std::string_view local)
{
    const std::string prefix(prefixFor(tree, nsUri));
    return tree.names().intern(nsUri, local, prefix);
}

NameId attributeName(ModelTree &tree, std::string_view local)
{
    return tree.names().intern({}, local, {});
}

std::string_view idPrefixFor(std::string_view local)
{
    auto endsWith = [local](std::string_view s) { return local.ends_with(s); };
    if (endsWith("Task") || local == "task" || local == "subProcess" || local == "transaction" ||
        local == "adHocSubProcess" || local == "callActivity")
        return "Activity";
    if (endsWith("Event"))
        return "Event";
    if (endsWith("Gateway"))
        return "Gateway";
    if (local == "sequenceFlow" || local == "messageFlow")
        return "Flow";
    if (local == "participant")
        return "Participant";
    if (local == "lane")
        return "Lane";
    if (local == "laneSet" || local == "childLaneSet")
        return "LaneSet";
    if (local == "process")
        return "Process";
    if (local == "collaboration")
        return "Collaboration";
    if (local == "textAnnotation")
        return "TextAnnotation";
    if (local == "association")
        return "Association";
    if (local == "dataInputAssociation" || local == "dataOutputAssociation")
        return "DataAssociation";
    if (local == "dataObjectReference")
        return "DataObjectReference";
    if (local == "dataObject")
        return "DataObject";
    if (local == "dataStoreReference")
        return "DataStoreReference";
    if (local == "group")
        return "Group";
    if (local == "category")
        return "Category";
    if (local == "categoryValue")
        return "CategoryValue";
    if (endsWith("EventDefinition"))
        return local == "messageEventDefinition" ? "MessageEventDefinition"
               : local == "timerEventDefinition" ? "TimerEventDefinition"
                                                 : "EventDefinition";
    if (local == "message")
        return "Message";
    if (local == "signal")
        return "Signal";
    if (local == "error")
        return "Error";
    if (local == "escalation")
        return "Escalation";
    if (local == "BPMNDiagram")
        return "BPMNDiagram";
    if (local == "BPMNPlane")
        return "BPMNPlane";
    return "Element";
}

std::string generateId(const ModelTree &tree, std::string_view prefix)
{
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QRandomGenerator *random = QRandomGenerator::global();
    std::string id;
    do {
        id.assign(prefix);
        id.push_back('_');
        for (int i = 0; i < 7; ++i)
            id.push_back(kDigits[random->bounded(36)]);
    } while (tree.byId(id) != kNoNode);
    return id;
}

NodeId createElement(ModelTree &tree, std::string_view nsUri, std::string_view local)
{
    return tree.createElement(elementName(tree, nsUri, local));
}

NodeId createBpmnElement(ModelTree &tree, std::string_view local, std::string_view id)
{
    const NodeId n = createElement(tree, schema::uri::model, local);
    const std::string fresh = id.empty() ? generateId(tree, idPrefixFor(local)) : std::string();
    tree.setAttribute(n, tree.known().id, id.empty() ? std::string_view(fresh) : id);
    return n;
}

NodeId createReference(ModelTree &tree, std::string_view local, std::string_view targetId)
{
    const NodeId n = createElement(tree, schema::uri::model, local);
    tree.insert(n, tree.createCharacterData(NodeKind::Text, targetId));
    return n;
}

int childSlotOf(const ModelTree &tree, NodeId parent, NodeId child)
{
    if (!tree.isElement(parent) || !tree.isElement(child))
        return -1;
    const TypeId parentType = tree.type(parent);
    const QualifiedName &q = tree.qname(child);
    if (parentType == schema::kNoType || q.ns == Ns::None)
        return -1;
    const Schema &s = Schema::instance();
    const auto slots = s.allChildren(parentType);
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (slots[i]->ns == q.ns && q.local == slots[i]->name)
            return static_cast<int>(i);
    if (q.element != schema::kNoElement)
        return s.childSlot(parentType, q.element);
    return -1;
}

NodeId schemaInsertBefore(const ModelTree &tree, NodeId parent, NodeId child)
{
    const int slot = childSlotOf(tree, parent, child);
    if (slot < 0)
        return kNoNode;
    for (NodeId c = tree.firstChild(parent); c != kNoNode; c = tree.next(c)) {
        if (c == child || !tree.isElement(c))
            continue;
        if (childSlotOf(tree, parent, c) > slot)
            return c;
    }
    return kNoNode;
}

} // namespace amtsweg::bpmn

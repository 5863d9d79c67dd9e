#pragma once
// Typed helpers over the generic ModelTree for BPMN semantic elements: kind predicates, names,
// flows and their ends, lanes, namespace prefixes, fresh ids, creating detached elements and
// finding the schema-valid place for a new child.
//
// All predicates are false for kNoNode, non-element nodes and foreign elements.

#include "bpmn/modeltree.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace amtsweg::bpmn {

// ---- element kinds (by schema type, so xsi:type and subtypes count)
bool isDefinitions(const ModelTree &tree, NodeId n);
bool isProcess(const ModelTree &tree, NodeId n);
bool isCollaboration(const ModelTree &tree, NodeId n);
bool isParticipant(const ModelTree &tree, NodeId n);
bool isLaneSet(const ModelTree &tree, NodeId n);
bool isLane(const ModelTree &tree, NodeId n);
/// Any flow element: flow nodes, sequence flows, data objects and references.
bool isFlowElement(const ModelTree &tree, NodeId n);
/// Activities, events and gateways (tFlowNode).
bool isFlowNode(const ModelTree &tree, NodeId n);
bool isActivity(const ModelTree &tree, NodeId n);
/// tTask and every task type (user, service, send, receive, manual, script, business rule).
bool isTask(const ModelTree &tree, NodeId n);
/// Sub-processes of every kind (embedded, event, transaction, ad-hoc).
bool isSubProcess(const ModelTree &tree, NodeId n);
bool isCallActivity(const ModelTree &tree, NodeId n);
bool isEvent(const ModelTree &tree, NodeId n);
bool isStartEvent(const ModelTree &tree, NodeId n);
bool isEndEvent(const ModelTree &tree, NodeId n);
bool isBoundaryEvent(const ModelTree &tree, NodeId n);
bool isGateway(const ModelTree &tree, NodeId n);
bool isSequenceFlow(const ModelTree &tree, NodeId n);
bool isMessageFlow(const ModelTree &tree, NodeId n);
bool isAssociation(const ModelTree &tree, NodeId n);
bool isDataAssociation(const ModelTree &tree, NodeId n);
/// Sequence flows, message flows and associations: elements drawn as edges.
bool isConnection(const ModelTree &tree, NodeId n);
bool isArtifact(const ModelTree &tree, NodeId n);
bool isTextAnnotation(const ModelTree &tree, NodeId n);
bool isGroup(const ModelTree &tree, NodeId n);
bool isDataObjectReference(const ModelTree &tree, NodeId n);
bool isDataStoreReference(const ModelTree &tree, NodeId n);
/// Processes and sub-processes: elements that hold flow elements.
bool isFlowElementsContainer(const ModelTree &tree, NodeId n);
/// True when the element's type is or derives from the BPMN model type `typeName` ("tTask").
bool isOfType(const ModelTree &tree, NodeId n, std::string_view typeName);

// ---- reading
/// The `name` attribute (empty when absent).
std::string_view name(const ModelTree &tree, NodeId n);
/// The element referenced by a flow's sourceRef / targetRef attribute, or kNoNode.
NodeId sourceOf(const ModelTree &tree, NodeId flow);
NodeId targetOf(const ModelTree &tree, NodeId flow);
/// Sequence flows ending at / starting from a flow node, found among the flow elements of its
/// container (so files without <incoming>/<outgoing> entries are handled too), in document order.
std::vector<NodeId> incomingFlows(const ModelTree &tree, NodeId node);
std::vector<NodeId> outgoingFlows(const ModelTree &tree, NodeId node);
/// The <incoming>/<outgoing>/<flowNodeRef>… child of `owner` (BPMN local name `childName`)
/// whose text refers to `target`, or kNoNode.
NodeId referenceChild(const ModelTree &tree, NodeId owner, std::string_view childName,
                      NodeId target);
/// Boundary events attached to an activity (attachedToRef), in document order.
std::vector<NodeId> boundaryEvents(const ModelTree &tree, NodeId activity);
/// The innermost lane whose flowNodeRef lists the node, or kNoNode.
NodeId laneOf(const ModelTree &tree, NodeId flowNode);
/// The process holding an element (its nearest process ancestor), or kNoNode.
NodeId processOf(const ModelTree &tree, NodeId n);
/// The participant whose processRef is this process, or kNoNode.
NodeId participantOf(const ModelTree &tree, NodeId process);
/// Child elements of `parent` with BPMN local name `local` (all child elements when empty).
std::vector<NodeId> childElements(const ModelTree &tree, NodeId parent,
                                  std::string_view local = {});

// ---- references
/// One id reference of the model: element `from` refers to `to` through its attribute
/// `attribute` (child == kNoNode), or through the text of its reference child element `child`
/// (<incoming>, <flowNodeRef>, a data association's <sourceRef> …). `inList` marks one entry of
/// an IDREFS list attribute.
struct Reference
{
    NodeId from = kNoNode;
    NodeId to = kNoNode;
    NameId attribute = 0;
    NodeId child = kNoNode;
    bool inList = false;
};
/// Every resolvable id reference of the attached model, in document order: attributes the
/// schema types as IDREF / IDREFS / QName references (DI bpmnElement, sourceElement and
/// targetElement included) and simple-content reference children.
std::vector<Reference> collectReferences(const ModelTree &tree);
/// True when removing the referenced element must remove the referring one too: flows and
/// associations by their ends (sourceRef/targetRef), boundary events by attachedToRef, DI by
/// bpmnElement/sourceElement/targetElement.
bool isDependency(const ModelTree &tree, const Reference &reference);
/// Splits an XML list value (IDREFS) at whitespace.
std::vector<std::string_view> splitList(std::string_view value);

// ---- namespaces, names, ids
/// The prefix the document declares for a namespace URI on its root element ("" for the
/// default namespace), or nullopt when the root does not declare it.
std::optional<std::string_view> declaredPrefix(const ModelTree &tree, std::string_view nsUri);
/// The prefix to use for new elements of a namespace: the declared one, else the usual one
/// ("bpmn", "bpmndi", "dc", "di", "xsi", "bioc", "color", "amtsweg").
std::string_view prefixFor(const ModelTree &tree, std::string_view nsUri);
/// Interns an element name of a namespace with the document's prefix.
NameId elementName(ModelTree &tree, std::string_view nsUri, std::string_view local);
/// Interns an unqualified attribute name.
NameId attributeName(ModelTree &tree, std::string_view local);
/// The id prefix bpmn.io uses for new elements of a BPMN local name ("task" → "Activity").
std::string_view idPrefixFor(std::string_view bpmnLocalName);
/// A fresh id "<prefix>_<7 base-36 characters>" not yet used in the tree.
std::string generateId(const ModelTree &tree, std::string_view prefix);

// ---- creating (detached nodes; insert them with AddElementCommand)
/// A detached element of any namespace, named with the document's prefix for it.
NodeId createElement(ModelTree &tree, std::string_view nsUri, std::string_view local);
/// A detached BPMN-namespace element with an id: `id`, or a fresh one when empty.
NodeId createBpmnElement(ModelTree &tree, std::string_view local, std::string_view id = {});
/// A detached simple-content reference child (<incoming>Flow_1</incoming>).
NodeId createReference(ModelTree &tree, std::string_view local, std::string_view targetId);

// ---- schema order
/// Index of the schema child slot of `parent` that accepts `child` (by the child's own name or
/// through substitution groups), or -1 when the schema has none (foreign content).
int childSlotOf(const ModelTree &tree, NodeId parent, NodeId child);
/// Where `child` belongs among the children of `parent` by schema order: the node to insert it
/// before (kNoNode: at the end). Children of the same slot keep their order (the new one goes
/// last among them); foreign content does not move.
NodeId schemaInsertBefore(const ModelTree &tree, NodeId parent, NodeId child);

} // namespace amtsweg::bpmn

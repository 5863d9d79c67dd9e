#pragma once
// The checks of the `bpmn` rule set. Ids and semantics follow bpmnlint's recommended
// configuration where bpmnlint has the rule; the last group are checks a BPMN reader needs.

namespace amtsweg::validation {

class RuleContext;

namespace rules {
// start and end (startendrules.cpp)
void startEventRequired(RuleContext &c);
void endEventRequired(RuleContext &c);
void singleBlankStartEvent(RuleContext &c);
void subProcessBlankStartEvent(RuleContext &c);
void eventSubProcessTypedStartEvent(RuleContext &c);
void adHocSubProcess(RuleContext &c);
void noImplicitStart(RuleContext &c);
void noImplicitEnd(RuleContext &c);
void superfluousTermination(RuleContext &c);
// sequence flows and gateways (flowrules.cpp)
void conditionalFlows(RuleContext &c);
void eventBasedGateway(RuleContext &c);
void fakeJoin(RuleContext &c);
void noDisconnected(RuleContext &c);
void noDuplicateSequenceFlows(RuleContext &c);
void noGatewayJoinFork(RuleContext &c);
void noImplicitSplit(RuleContext &c);
void superfluousGateway(RuleContext &c);
void superfluousLabel(RuleContext &c);
void noComplexGateway(RuleContext &c);
void noInclusiveGateway(RuleContext &c);
// elements (elementrules.cpp)
void labelRequired(RuleContext &c);
void singleEventDefinition(RuleContext &c);
void linkEvent(RuleContext &c);
void global(RuleContext &c);
// diagram interchange (diagramrules.cpp)
void noBpmndi(RuleContext &c);
void noOverlappingElements(RuleContext &c);
// model structure a reader needs (structurerules.cpp)
void messageFlowSamePool(RuleContext &c);
void sequenceFlowScope(RuleContext &c);
void boundaryEventHost(RuleContext &c);
void unreachableNode(RuleContext &c);
} // namespace rules

} // namespace amtsweg::validation

#pragma once
// The checks of the `fim` rule set (docs/fim-extension.md, "Checks"): the Prozesssteckbrief
// (fimrules.cpp), the Referenzaktivitätengruppen (fimragrules.cpp) and the FIM-BPMN profile of
// the diagram (fimprofilerules.cpp). They apply only to FIM models: models with a
// Prozesssteckbrief or at least one RAG group.

namespace amtsweg::validation {

class RuleContext;

namespace rules {
// Prozesssteckbrief (fimrules.cpp)
void fimSteckbrief(RuleContext &c);
void fimProzessschluessel(RuleContext &c);
void fimNameVersion(RuleContext &c);
void fimCodes(RuleContext &c);
void fimProzessteilnehmer(RuleContext &c);
void fimPoolName(RuleContext &c);
void fimHandlungsgrundlage(RuleContext &c);
// Referenzaktivitätengruppen (fimragrules.cpp)
void fimRagRequired(RuleContext &c);
void fimRagType(RuleContext &c);
void fimRagAttributes(RuleContext &c);
void fimRagId(RuleContext &c);
void fimRagElement(RuleContext &c);
void fimRagHandlungsgrundlage(RuleContext &c);
void fimRagMessageFlow(RuleContext &c);
void fimRagPartner(RuleContext &c);
// FIM-BPMN profile (fimprofilerules.cpp)
void fimProfile(RuleContext &c);
void fimVerticalPools(RuleContext &c);
void fimSingleStart(RuleContext &c);
void fimEndEventName(RuleContext &c);
void fimReachable(RuleContext &c);
void fimGatewayQuestion(RuleContext &c);
void fimGatewayAnswers(RuleContext &c);
} // namespace rules

} // namespace amtsweg::validation

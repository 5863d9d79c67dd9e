#pragma once
// The checks of the `e2e` rule set: what the end-to-end analysis finds (media breaks, once-only
// candidates) and what it lacks (unknown pool kinds, channels, automation, data stores), as
// findings on the elements concerned. They apply to collaborations of two or more pools.

namespace amtsweg::validation {

class RuleContext;

namespace rules {
void e2eMediaBreak(RuleContext &c);
void e2eOnceOnly(RuleContext &c);
void e2eUnknownParticipantKind(RuleContext &c);
void e2eUnknownChannel(RuleContext &c);
void e2eUnknownAutomation(RuleContext &c);
void e2eUnknownDataStore(RuleContext &c);
} // namespace rules

} // namespace amtsweg::validation

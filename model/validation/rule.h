#pragma once
// A model check: a stable id (bpmnlint's where it has one), the rule set it belongs to, its
// severity, and the function that finds its problems in a model.

#include "bpmn/diagnostic.h"

#include <string_view>

namespace amtsweg::validation {

class RuleContext;

/// Groups of rules the user switches on as a whole (`amtsweg validate --rules bpmn,e2e,fim`).
enum class RuleSet { Bpmn, E2e, Fim };

struct Rule
{
    std::string_view id;
    RuleSet set;
    Severity severity;
    /// English one-line description (translated with the context "amtsweg::Rules").
    const char *summary;
    void (*check)(RuleContext &context);
};

std::string_view ruleSetName(RuleSet set);

} // namespace amtsweg::validation

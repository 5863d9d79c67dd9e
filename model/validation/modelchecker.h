#pragma once
// Runs the chosen rule sets over a model. Rules switched off for the model (the attribute
// amtsweg:disabledRules on <definitions>, a space-separated list of rule ids) or by the caller
// are skipped.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"
#include "validation/rule.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace amtsweg::validation {

struct CheckOptions
{
    std::vector<RuleSet> sets{RuleSet::Bpmn};
    /// Rule ids switched off in addition to the model's own list.
    QStringList disabled;
    /// The end-to-end analysis of this tree when the caller already has it (the GUI's
    /// AnalysisRunner), so that the `e2e` rules do not compute it again; it may return nullptr
    /// (not current), and then the rules compute it themselves.
    std::function<const e2e::Analysis *()> e2eAnalysis;
};

/// Rule ids the model switches off (amtsweg:disabledRules on its definitions).
QStringList disabledRules(const ModelTree &tree);
/// The value to store in amtsweg:disabledRules for `ids` (sorted, unique, space-separated).
QString disabledRulesValue(QStringList ids);

/// Findings of every enabled rule, rule by rule in registry order; `code` is the rule id,
/// `elementId` and `line` name the element. `file` is left empty for the caller.
Diagnostics checkModel(const ModelTree &tree, const CheckOptions &options = {});

} // namespace amtsweg::validation

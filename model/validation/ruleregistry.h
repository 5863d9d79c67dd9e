#pragma once
// All rules Amtsweg knows, by set, in a stable order.

#include "validation/rule.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace amtsweg::validation {

std::span<const Rule> allRules();
/// The rule with this id, or nullptr.
const Rule *findRule(std::string_view id);
/// "bpmn,e2e" → the sets; nullopt (and the bad name in `unknown`) when a name is not a set.
std::optional<std::vector<RuleSet>> parseRuleSets(const QString &list, QString *unknown = nullptr);

} // namespace amtsweg::validation

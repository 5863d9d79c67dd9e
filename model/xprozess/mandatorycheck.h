#pragma once
// What an XProzess export needs: the FIM-mandatory data a model lacks. Reuses the `fim` rules
// that check required data (Prozesssteckbrief, Prozessschlüssel, name and version, codes,
// Prozessteilnehmer, Handlungsgrundlage, RAG type, version, id and type-specific attributes),
// run regardless of the model's own amtsweg:disabledRules, plus "no Prozesssteckbrief at all".
// The export refuses when the list is not empty, unless forced.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <span>
#include <string_view>

namespace amtsweg::xprozess {

/// The rule ids that make up the check.
std::span<const std::string_view> mandatoryRules();
/// The missing mandatory data, one finding each (`code` the rule id or "xprozess-steckbrief",
/// `elementId` and `line` the element). Empty when the model can be exported.
Diagnostics missingMandatory(const ModelTree &tree);

} // namespace amtsweg::xprozess

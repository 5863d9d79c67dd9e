#pragma once
// The FIM-BPMN profile (docs/fim-extension.md, /work/shared/reference/fim-bpmn.md "Symbol set"):
// which BPMN symbols a FIM process uses, and the label patterns of its symbols. One place for
// the `fim` rule set (validation/fimprofilerules.cpp) and the editor's FIM mode (palette,
// context pad, replace menu, label editor).

#include "bpmn/modeltree.h"

#include <QString>

#include <span>
#include <string_view>

namespace amtsweg::fim {

/// One FIM-BPMN symbol as an element can be created: the BPMN element's local name and, for
/// events, the local name of its one event definition (empty: none).
struct ProfileSymbol
{
    std::string_view localName;
    std::string_view eventDefinition;
};

/// The symbols of the working FIM profile: message start event, plain end event, (timer)
/// boundary event, collapsed sub-process (a RAG group), call activity, exclusive and parallel
/// gateway, sequence flow. Message flows connect pools and are always allowed.
std::span<const ProfileSymbol> profileSymbols();
/// True when an element `localName` with `eventDefinition` ("messageEventDefinition", or
/// empty for none) is one of profileSymbols().
bool isProfileSymbol(std::string_view localName, std::string_view eventDefinition = {});
/// True when the process child `n` is a FIM-BPMN symbol, its attributes included (boundary
/// timers interrupt, sub-processes are not event sub-processes).
bool isInProfile(const ModelTree &tree, NodeId n);

/// The label pattern FIM expects of an element.
enum class LabelPattern {
    None,     ///< no pattern (pools, flows, converging or parallel gateways, …)
    Activity, ///< "Objekt + Infinitiv": "Antrag prüfen"
    Event,    ///< "Substantiv + Partizip": "Antrag eingegangen"
    Question, ///< a question ending in "?": "Antrag vollständig?"
};

/// The pattern for `n`: activities, events, and gateways that decide (not parallel, not only
/// merging flows).
LabelPattern labelPattern(const ModelTree &tree, NodeId n);
/// True when a gateway splits the flow by a decision: not parallel, more than one outgoing
/// flow.
bool isDecision(const ModelTree &tree, NodeId n);
/// True when `label` fits `pattern` (a heuristic for German labels: an activity ends in a
/// lower-case verb in -n after an object, an event ends in a lower-case participle in -t or -en
/// after a noun, a question ends in "?"). An empty label fits only LabelPattern::None.
bool fitsLabelPattern(LabelPattern pattern, const QString &label);

} // namespace amtsweg::fim

#pragma once
// Which palette and context-pad kinds FIM mode offers: those whose BPMN element is a symbol of
// the FIM-BPMN profile (fim/fimprofile.h), and pools only vertical.

#include "toolmode.h"

namespace amtsweg {

/// True when an element of `kind` belongs to the FIM-BPMN profile (start and end events,
/// gateways, sub-processes, vertical pools); false for tasks, intermediate events, data,
/// annotations, horizontal pools and lanes.
bool isFimKind(CreateKind kind);

} // namespace amtsweg

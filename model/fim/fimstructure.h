#pragma once
// What the FIM checks need to know about a model's structure: which processes are the
// administration's (pools with content; the applicant's pool is an empty black box), which
// pool an element lies in, and how to name an element in a message.

#include "bpmn/modeltree.h"

#include <QString>

#include <vector>

namespace amtsweg::fim {

/// Processes holding at least one flow node, in document order.
std::vector<NodeId> administrationProcesses(const ModelTree &tree);
/// The participant itself, or the participant showing the process that holds `n`; kNoNode.
NodeId poolOf(const ModelTree &tree, NodeId n);
/// The element's name (trimmed), else its id, in quotes: 'Antrag prüfen'.
QString quoted(const ModelTree &tree, NodeId n);
/// The element's trimmed name.
QString nameOf(const ModelTree &tree, NodeId n);

} // namespace amtsweg::fim

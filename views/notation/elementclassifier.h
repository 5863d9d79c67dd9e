#pragma once
// Reads what the notation needs from a semantic BPMN element: which symbol, its variants
// (task type, event definitions, loop characteristics, flags) and its text. Used by
// DiagramBuilder; knows nothing about DI.

#include "bpmn/modeltree.h"
#include "shapespec.h"

#include <QString>
#include <string_view>

namespace amtsweg::notation {

/// An unqualified attribute by local name (for attributes NameTable::Known does not list).
std::string_view plainAttribute(const ModelTree &tree, NodeId n, std::string_view local);
/// xsd:boolean attribute ("true"/"1"); `fallback` when absent or not a boolean.
bool booleanAttribute(const ModelTree &tree, NodeId n, std::string_view local, bool fallback);
QString toQString(std::string_view s);
/// The schema type name of an element ("tUserTask"), or empty for foreign elements.
std::string_view typeName(const ModelTree &tree, NodeId n);

/// Fills kind, task type, trigger, loop, flags and name of `spec` from `semantic`. Unknown
/// elements give ShapeKind::Placeholder named after the element.
void classifyShape(const ModelTree &tree, NodeId semantic, ShapeSpec &spec);
/// Fills kind, default/conditional, direction and name of `spec` from `semantic`.
void classifyEdge(const ModelTree &tree, NodeId semantic, EdgeSpec &spec);
/// Number of enclosing sub-processes (for stacking nested content above its container).
int subProcessDepth(const ModelTree &tree, NodeId semantic);
/// Number of enclosing lanes.
int laneDepth(const ModelTree &tree, NodeId lane);

} // namespace amtsweg::notation

#pragma once
// Small icons of BPMN elements for the panels, drawn by BpmnPainter (so they match the canvas)
// and cached by symbol.

#include "bpmn/modeltree.h"

#include <QIcon>

namespace amtsweg {

/// The element's symbol as a 16 px icon (pool, lane, task with its type, event with its
/// trigger, gateway ...); a generic icon for processes, collaborations and unknown elements.
QIcon elementIcon(const ModelTree &tree, NodeId element);

} // namespace amtsweg

#pragma once
// Which events may become boundary events and which activities may carry them, the way
// bpmn.io decides when an event is dropped on an activity's border or dragged off it.

#include "bpmn/modeltree.h"

#include <string_view>

namespace amtsweg::bpmn {

/// Events that attach when dropped on an activity's border: a boundary event, an intermediate
/// throw event without event definition (the palette's), an intermediate catch event whose
/// definitions are message, timer, signal or conditional ones. Link, compensation and other
/// throw events, start and end events are refused.
bool canBeAttached(const ModelTree &tree, NodeId event);
/// Activities that carry boundary events: tasks, sub-processes, call activities, but not
/// event sub-processes and activities for compensation.
bool canHostBoundaryEvents(const ModelTree &tree, NodeId activity);
/// Boundary events that may be dragged off their host: interrupting ones without definition
/// or with message, timer, signal or conditional definitions (they become intermediate events);
/// error, escalation, cancel and compensation boundary events stay attached.
bool canBeDetached(const ModelTree &tree, NodeId boundaryEvent);
/// The BPMN local name an event dragged off its host becomes: "intermediateCatchEvent" with an
/// event definition, "intermediateThrowEvent" without (as bpmn.io does).
std::string_view detachedEventName(const ModelTree &tree, NodeId boundaryEvent);

} // namespace amtsweg::bpmn

#include "bpmn/boundaryrules.h"

#include "bpmn/elements.h"

#include <algorithm>
#include <array>

namespace amtsweg::bpmn {
namespace {

/// Definitions an intermediate catch event and a boundary event both allow.
bool hasOnlyCommonDefinitions(const ModelTree &tree, NodeId event, bool &any)
{
    static constexpr std::array<std::string_view, 4> kCommon{
        "messageEventDefinition", "timerEventDefinition", "signalEventDefinition",
        "conditionalEventDefinition"};
    any = false;
    for (NodeId c = tree.firstChildElement(event); c != kNoNode; c = tree.nextSiblingElement(c)) {
        const std::string_view local = tree.localName(c);
        if (tree.ns(c) != schema::Ns::Model || !local.ends_with("EventDefinition"))
            continue;
        any = true;
        if (std::find(kCommon.begin(), kCommon.end(), local) == kCommon.end())
            return false;
    }
    return true;
}

bool isTrue(const ModelTree &tree, NodeId n, std::string_view attribute)
{
    const NameId name = tree.names().find({}, attribute);
    return name != 0 && tree.attr(n, name) == "true";
}

} // namespace

bool canBeAttached(const ModelTree &tree, NodeId event)
{
    if (isBoundaryEvent(tree, event))
        return true;
    bool any = false;
    const bool common = isEvent(tree, event) && hasOnlyCommonDefinitions(tree, event, any);
    if (tree.is(event, "intermediateThrowEvent"))
        return !any;
    return tree.is(event, "intermediateCatchEvent") && common && any;
}

bool canHostBoundaryEvents(const ModelTree &tree, NodeId activity)
{
    return isActivity(tree, activity) && !isTrue(tree, activity, "triggeredByEvent") &&
           !isTrue(tree, activity, "isForCompensation");
}

bool canBeDetached(const ModelTree &tree, NodeId boundaryEvent)
{
    bool any = false;
    return isBoundaryEvent(tree, boundaryEvent) &&
           tree.attr(boundaryEvent, tree.known().cancelActivity) != "false" &&
           hasOnlyCommonDefinitions(tree, boundaryEvent, any);
}

std::string_view detachedEventName(const ModelTree &tree, NodeId boundaryEvent)
{
    bool any = false;
    hasOnlyCommonDefinitions(tree, boundaryEvent, any);
    return any ? "intermediateCatchEvent" : "intermediateThrowEvent";
}

} // namespace amtsweg::bpmn

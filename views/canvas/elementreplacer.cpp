#include "elementreplacer.h"

#include "bpmn/elements.h"
#include "commands/replaceelementcommand.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "fim/fimprofile.h"

#include <QUndoStack>

namespace amtsweg {
namespace {

std::string currentDefinition(const ModelTree &tree, NodeId event)
{
    for (NodeId c = tree.firstChild(event); c != kNoNode; c = tree.next(c))
        if (tree.isElement(c) && tree.localName(c).ends_with("EventDefinition"))
            return std::string(tree.localName(c));
    return {};
}

} // namespace

ElementReplacer::ElementReplacer(DiagramScene &scene) : m_scene(scene) {}

QList<ReplaceOption> ElementReplacer::options(NodeId shape) const
{
    const ShapeItem *item = m_scene.shapeItem(shape);
    const ModelTree &t = *m_scene.tree();
    const NodeId n = item ? item->semanticElement() : kNoNode;
    QList<ReplaceOption> all;
    if (n == kNoNode)
        return all;
    if (bpmn::isTask(t, n) || bpmn::isCallActivity(t, n) ||
        (bpmn::isSubProcess(t, n) && !item->spec().isExpanded)) {
        all = {{tr("Task"), "task", {}},
               {tr("User task"), "userTask", {}},
               {tr("Service task"), "serviceTask", {}},
               {tr("Send task"), "sendTask", {}},
               {tr("Receive task"), "receiveTask", {}},
               {tr("Manual task"), "manualTask", {}},
               {tr("Business rule task"), "businessRuleTask", {}},
               {tr("Script task"), "scriptTask", {}},
               {tr("Call activity"), "callActivity", {}},
               {tr("Sub-process (collapsed)"), "subProcess", {}}};
    } else if (bpmn::isSubProcess(t, n)) {
        all = {{tr("Sub-process"), "subProcess", {}}, {tr("Transaction"), "transaction", {}}};
    } else if (bpmn::isGateway(t, n)) {
        all = {{tr("Exclusive gateway"), "exclusiveGateway", {}},
               {tr("Parallel gateway"), "parallelGateway", {}},
               {tr("Inclusive gateway"), "inclusiveGateway", {}},
               {tr("Event-based gateway"), "eventBasedGateway", {}},
               {tr("Complex gateway"), "complexGateway", {}}};
    } else if (bpmn::isEvent(t, n) && !bpmn::isBoundaryEvent(t, n)) {
        all = {{tr("Start event"), "startEvent", {}},
               {tr("Message start event"), "startEvent", "messageEventDefinition"},
               {tr("Timer start event"), "startEvent", "timerEventDefinition"},
               {tr("Conditional start event"), "startEvent", "conditionalEventDefinition"},
               {tr("Signal start event"), "startEvent", "signalEventDefinition"},
               {tr("Intermediate throw event"), "intermediateThrowEvent", {}},
               {tr("Message intermediate catch event"), "intermediateCatchEvent",
                "messageEventDefinition"},
               {tr("Message intermediate throw event"), "intermediateThrowEvent",
                "messageEventDefinition"},
               {tr("Timer intermediate catch event"), "intermediateCatchEvent",
                "timerEventDefinition"},
               {tr("Signal intermediate throw event"), "intermediateThrowEvent",
                "signalEventDefinition"},
               {tr("Escalation intermediate throw event"), "intermediateThrowEvent",
                "escalationEventDefinition"},
               {tr("End event"), "endEvent", {}},
               {tr("Message end event"), "endEvent", "messageEventDefinition"},
               {tr("Error end event"), "endEvent", "errorEventDefinition"},
               {tr("Escalation end event"), "endEvent", "escalationEventDefinition"},
               {tr("Signal end event"), "endEvent", "signalEventDefinition"},
               {tr("Terminate end event"), "endEvent", "terminateEventDefinition"}};
    }
    const std::string_view local = t.localName(n);
    const std::string definition = bpmn::isEvent(t, n) ? currentDefinition(t, n) : std::string();
    all.removeIf([&](const ReplaceOption &o) {
        return (o.localName == local && o.eventDefinition == definition) ||
               (m_scene.isFimMode() && !fim::isProfileSymbol(o.localName, o.eventDefinition));
    });
    return all;
}

bool ElementReplacer::replace(NodeId shape, const ReplaceOption &option)
{
    const ShapeItem *item = m_scene.shapeItem(shape);
    BpmnDocument *doc = m_scene.document();
    if (!item || !doc || item->semanticElement() == kNoNode)
        return false;
    const ModelTree &t = *m_scene.tree();
    const NodeId n = item->semanticElement();
    std::optional<std::string> definition;
    if (bpmn::isEvent(t, n))
        definition = option.eventDefinition;
    const int before = doc->undoStack()->index();
    doc->push(new ReplaceElementCommand(doc, n, option.localName, definition));
    m_scene.selectElements({shape});
    return doc->undoStack()->index() != before;
}

} // namespace amtsweg

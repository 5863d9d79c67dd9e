// Names, event definitions, link events and global elements (bpmnlint semantics).
#include "validation/bpmnrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <string>

namespace amtsweg::validation::rules {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }


} // namespace

void labelRequired(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (t.isA(n, "tParallelGateway") || t.isA(n, "tEventBasedGateway")
            || bpmn::isSubProcess(t, n))
            continue;
        if (bpmn::isGateway(t, n) && c.outgoing(n).size() <= 1)
            continue; // joining gateways need no label
        if (bpmn::isSequenceFlow(t, n) && !c.hasCondition(n))
            continue;
        if (!(bpmn::isFlowNode(t, n) || bpmn::isSequenceFlow(t, n) || bpmn::isParticipant(t, n)
              || bpmn::isLane(t, n)))
            continue;
        if (blank(bpmn::name(t, n)))
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is missing label/name"));
    }
}

void singleEventDefinition(RuleContext &c)
{
    for (NodeId n : c.elements())
        if (bpmn::isEvent(c.tree(), n) && c.eventDefinitions(n).size() > 1)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Event has multiple event definitions"));
}

void linkEvent(RuleContext &c)
{
    const ModelTree &t = c.tree();
    const NameId nameAttr = t.known().name;
    for (NodeId container : c.elements()) {
        if (!bpmn::isFlowElementsContainer(t, container))
            continue;
        std::map<std::string, std::vector<NodeId>> byName;
        for (NodeId e : bpmn::childElements(t, container)) {
            if (!bpmn::isEvent(t, e))
                continue;
            NodeId link = kNoNode;
            for (NodeId d : c.eventDefinitions(e))
                if (link == kNoNode && t.isA(d, "tLinkEventDefinition"))
                    link = d;
            if (link == kNoNode)
                continue;
            const std::string_view name = t.attr(link, nameAttr);
            if (name.empty())
                c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules", "Link event is missing link name"));
            else
                byName[std::string(name)].push_back(e);
        }
        for (const auto &[name, events] : byName) {
            const QString qname = QString::fromStdString(name);
            if (events.size() == 1) {
                const bool isThrow = t.isA(events.front(), "tThrowEvent");
                c.report(events.front(),
                         isThrow ? QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                     "Link catch event with link name <%1> missing in scope")
                                 : QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                     "Link throw event with link name <%1> missing in scope"),
                         {qname});
                continue;
            }
            std::vector<NodeId> catches;
            for (NodeId e : events)
                if (t.isA(e, "tCatchEvent"))
                    catches.push_back(e);
            if (catches.size() > 1)
                for (NodeId e : catches)
                    c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                  "Duplicate link catch event with link name <%1> in scope"),
                             {qname});
            else if (catches.empty())
                for (NodeId e : events)
                    c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                  "Link catch event with link name <%1> missing in scope"),
                             {qname});
        }
    }
}

void global(RuleContext &c)
{
    const ModelTree &t = c.tree();
    const NodeId definitions = t.root();
    if (!bpmn::isDefinitions(t, definitions))
        return;
    struct Kind { std::string_view type, refAttribute; };
    static const Kind kinds[] = {{"tError", "errorRef"}, {"tEscalation", "escalationRef"},
                                 {"tMessage", "messageRef"}, {"tSignal", "signalRef"}};
    for (const Kind &kind : kinds) {
        std::vector<NodeId> globals;
        for (NodeId e : bpmn::childElements(t, definitions))
            if (t.isA(e, kind.type))
                globals.push_back(e);
        if (globals.empty())
            continue;
        // Which of them something refers to (event definitions, message flows, send/receive
        // tasks: every element with the matching reference attribute).
        std::set<NodeId> used;
        if (const NameId ref = c.attributeName(kind.refAttribute); ref != 0)
            for (NodeId n : c.elements())
                if (const auto v = t.attribute(n, ref))
                    used.insert(t.resolveRef(*v));
        std::map<std::string_view, int> names;
        for (NodeId g : globals)
            ++names[bpmn::name(t, g)];
        for (NodeId g : globals) {
            const std::string_view name = bpmn::name(t, g);
            if (blank(name))
                c.report(g, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is missing name"));
            if (!used.count(g))
                c.report(g, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is unused"));
            if (!blank(name) && names[name] > 1)
                c.report(g, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element name is not unique"));
        }
    }
}

} // namespace amtsweg::validation::rules

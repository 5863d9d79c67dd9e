// The Referenzaktivitätengruppen checks of the `fim` rule set: every sub-process of the
// administration is a RAG group of a valid type with its type-specific attributes, group ids are
// unique, groups name a legal basis and exchange the messages their type implies.
#include "validation/fimrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"
#include "fim/fimcodes.h"
#include "fim/fimread.h"
#include "fim/fimstructure.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <set>

namespace amtsweg::validation::rules {
namespace {

int typeOf(const fim::Aktivitaetengruppe &g)
{
    return fim::isKnownCode(fim::CodeList::RagTyp, g.typ) ? g.typ.toInt() : 0;
}

/// True when `start` is a start event whose sequence flow leads straight to `element`: the
/// message it receives is what the group after it receives ("Anzeige eingegangen" →
/// "Anzeige empfangen").
bool startsInto(const RuleContext &c, NodeId start, NodeId element)
{
    if (!bpmn::isStartEvent(c.tree(), start))
        return false;
    for (NodeId f : c.outgoing(start))
        if (bpmn::targetOf(c.tree(), f) == element)
            return true;
    return false;
}

/// Message flows entering (`incoming`) or leaving the element or anything inside it; entering
/// ones include those of a start event right before it.
std::vector<NodeId> messageFlows(const RuleContext &c, NodeId element, bool incoming)
{
    const ModelTree &t = c.tree();
    std::vector<NodeId> flows;
    for (NodeId f : c.elements()) {
        if (!bpmn::isMessageFlow(t, f))
            continue;
        const NodeId end = incoming ? bpmn::targetOf(t, f) : bpmn::sourceOf(t, f);
        if (end != kNoNode && (t.isInside(end, element) || (incoming && startsInto(c, end, element))))
            flows.push_back(f);
    }
    return flows;
}

/// Names of the pools at the other end of the message flows.
std::set<QString> partnerPools(const RuleContext &c, const std::vector<NodeId> &flows, bool incoming)
{
    const ModelTree &t = c.tree();
    std::set<QString> names;
    for (NodeId f : flows)
        if (const NodeId pool = fim::poolOf(t, incoming ? bpmn::sourceOf(t, f) : bpmn::targetOf(t, f)))
            names.insert(fim::nameOf(t, pool));
    return names;
}

/// What the type-specific block of a group lacks, as translated field names.
QStringList missingFields(const fim::Spezifisch &s)
{
    QStringList missing;
    auto need = [&](bool ok, const char *field) {
        if (!ok)
            missing.append(QCoreApplication::translate("amtsweg::Rules", field));
    };
    auto data = [&](const std::vector<fim::Datenbezug> &list, const char *what, const char *partner) {
        need(!list.empty(), what);
        for (const fim::Datenbezug &d : list) {
            need(!d.isEmpty(), QT_TRANSLATE_NOOP("amtsweg::Rules", "form reference or text"));
            need(!d.partner.isEmpty(), partner);
        }
    };
    switch (s.typ) {
    case 1:
        data(s.empfangen, QT_TRANSLATE_NOOP("amtsweg::Rules", "received data"),
             QT_TRANSLATE_NOOP("amtsweg::Rules", "sender"));
        break;
    case 2:
        data(s.bereitstellen, QT_TRANSLATE_NOOP("amtsweg::Rules", "provided data"),
             QT_TRANSLATE_NOOP("amtsweg::Rules", "recipient"));
        break;
    case 3:
        need(!s.pruefarten.isEmpty(), QT_TRANSLATE_NOOP("amtsweg::Rules", "kind of formal check"));
        for (const QString &p : s.pruefarten)
            need(fim::isKnownCode(fim::CodeList::Pruefart, p),
                 QT_TRANSLATE_NOOP("amtsweg::Rules", "valid kind of formal check"));
        break;
    case 5: need(!s.entscheidungsart.isEmpty(), "Entscheidungsart"); break;
    case 6: need(!s.bearbeitungsart.isEmpty(), "Bearbeitungsart"); break;
    case 7:
        need(s.mitwirkungspflicht.has_value(), "Mitwirkungspflicht");
        need(!s.beteiligungsform.isEmpty(), "Beteiligungsform");
        break;
    case 8: need(!s.beschreibung.isEmpty(), "Beschreibung"); break;
    default: break;
    }
    missing.removeDuplicates();
    return missing;
}

} // namespace

void fimRagRequired(RuleContext &c)
{
    const ModelTree &t = c.tree();
    if (!fim::isFimModel(t))
        return;
    for (NodeId process : fim::administrationProcesses(t))
        for (NodeId n : bpmn::childElements(t, process))
            if (bpmn::isSubProcess(t, n) && !c.flag(n, "triggeredByEvent")
                && !fim::aktivitaetengruppe(t, n))
                c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                              "Sub-process %1 is no Referenzaktivitätengruppe"),
                         {fim::quoted(t, n)});
}

void fimRagType(RuleContext &c)
{
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree()))
        if (typeOf(g) == 0)
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "RAG group %1 has no valid type (1–8): '%2'"),
                     {fim::quoted(c.tree(), g.owner), g.typ});
}

void fimRagAttributes(RuleContext &c)
{
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree())) {
        const int typ = typeOf(g);
        if (typ == 0)
            continue; // fim-rag-type
        const QString group = fim::quoted(c.tree(), g.owner);
        if (g.version.isEmpty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG group %1 has no RAG version"),
                     {group});
        if (g.spezifisch.size() != 1 || g.spezifisch.front().typ != typ) {
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "RAG group %1 needs exactly one block of "
                                                "type-specific attributes, for type %2 (%3)"),
                     {group, g.typ, fim::codeLabel(fim::CodeList::RagTyp, g.typ)});
            continue;
        }
        if (const QStringList missing = missingFields(g.spezifisch.front()); !missing.isEmpty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG group %1 lacks: %2"),
                     {group, missing.join(QStringLiteral(", "))});
    }
}

void fimRagId(RuleContext &c)
{
    std::set<QString> seen;
    const QRegularExpression numbered(QStringLiteral("^[0-9]{2,}$"));
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree())) {
        const QString group = fim::quoted(c.tree(), g.owner);
        if (g.gruppenId.isEmpty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG group %1 has no group id"),
                     {group});
        else if (!numbered.match(g.gruppenId).hasMatch())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "Group id '%1' of %2 is not a number like 01"),
                     {g.gruppenId, group});
        else if (!seen.insert(g.gruppenId).second)
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "Group id '%1' of %2 is used by another group"),
                     {g.gruppenId, group});
    }
}

void fimRagElement(RuleContext &c)
{
    const ModelTree &t = c.tree();
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(t))
        if (!bpmn::isSubProcess(t, g.owner) || !bpmn::isFlowElementsContainer(t, c.container(g.owner)))
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "A RAG group belongs to a sub-process of a process, "
                                                "not to %1"),
                     {fim::quoted(t, g.owner)});
}

void fimRagHandlungsgrundlage(RuleContext &c)
{
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree()))
        if (g.handlungsgrundlagen.empty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "RAG group %1 names no Handlungsgrundlage"),
                     {fim::quoted(c.tree(), g.owner)});
}

void fimRagMessageFlow(RuleContext &c)
{
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree())) {
        const int typ = typeOf(g);
        const QString group = fim::quoted(c.tree(), g.owner);
        if ((typ == 1 || typ == 7) && messageFlows(c, g.owner, true).empty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "RAG group %1 receives information but no message "
                                                "flow from another pool reaches it"),
                     {group});
        if ((typ == 2 || typ == 7) && messageFlows(c, g.owner, false).empty())
            c.report(g.owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                "RAG group %1 provides information but sends no "
                                                "message flow to another pool"),
                     {group});
    }
}

void fimRagPartner(RuleContext &c)
{
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(c.tree())) {
        const QString group = fim::quoted(c.tree(), g.owner);
        auto check = [&](const std::vector<fim::Datenbezug> &data, bool incoming,
                         const char *message) {
            const auto pools = partnerPools(c, messageFlows(c, g.owner, incoming), incoming);
            for (const fim::Datenbezug &d : data)
                if (!d.partner.isEmpty() && !pools.count(d.partner.simplified()))
                    c.report(g.owner, message, {d.partner, group});
        };
        for (const fim::Spezifisch &s : g.spezifisch) {
            check(s.empfangen, true,
                  QT_TRANSLATE_NOOP("amtsweg::Rules", "Sender '%1' of RAG group %2 is no pool "
                                                      "that sends it a message flow"));
            check(s.bereitstellen, false,
                  QT_TRANSLATE_NOOP("amtsweg::Rules", "Recipient '%1' of RAG group %2 is no pool "
                                                      "it sends a message flow to"));
        }
    }
}

} // namespace amtsweg::validation::rules

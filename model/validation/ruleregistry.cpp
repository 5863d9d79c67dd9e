#include "validation/ruleregistry.h"

#include "validation/bpmnrules.h"
#include "validation/e2erules.h"
#include "validation/fimrules.h"

#include <QCoreApplication>
#include <QStringList>

namespace amtsweg::validation {
namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;
constexpr RuleSet B = RuleSet::Bpmn;
constexpr RuleSet X = RuleSet::E2e;
constexpr RuleSet F = RuleSet::Fim;

// clang-format off
const Rule kRules[] = {
    // bpmnlint "recommended", same ids and severities
    {"ad-hoc-sub-process", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Ad-hoc sub-processes have no start or end events"), rules::adHocSubProcess},
    {"conditional-flows", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Flows leaving a conditional fork have a condition or are the default"), rules::conditionalFlows},
    {"end-event-required", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every process and sub-process has an end event"), rules::endEventRequired},
    {"event-based-gateway", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Event-based gateways have two or more unconditional outgoing flows"), rules::eventBasedGateway},
    {"event-sub-process-typed-start-event", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Start events of event sub-processes have a trigger"), rules::eventSubProcessTypedStartEvent},
    {"fake-join", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Flows join at a gateway, not at an activity or event"), rules::fakeJoin},
    {"global", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Messages, signals, errors and escalations are named, unique and used"), rules::global},
    {"label-required", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Elements that need a label have one"), rules::labelRequired},
    {"link-event", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Link events are named and come in throw/catch pairs"), rules::linkEvent},
    {"no-bpmndi", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every visible element is drawn in a diagram"), rules::noBpmndi},
    {"no-complex-gateway", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "No complex gateways"), rules::noComplexGateway},
    {"no-disconnected", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every flow node is connected"), rules::noDisconnected},
    {"no-duplicate-sequence-flows", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "No two sequence flows with the same source, target and condition"), rules::noDuplicateSequenceFlows},
    {"no-gateway-join-fork", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "A gateway either joins or forks"), rules::noGatewayJoinFork},
    {"no-implicit-split", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Flows split at gateways, not at activities or events"), rules::noImplicitSplit},
    {"no-implicit-end", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Paths end at end events"), rules::noImplicitEnd},
    {"no-implicit-start", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Paths begin at start events"), rules::noImplicitStart},
    {"no-inclusive-gateway", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "No inclusive gateways"), rules::noInclusiveGateway},
    {"no-overlapping-elements", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Shapes do not overlap and stay inside their pool or sub-process"), rules::noOverlappingElements},
    {"single-blank-start-event", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "At most one blank start event per process or sub-process"), rules::singleBlankStartEvent},
    {"single-event-definition", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "An event has at most one event definition"), rules::singleEventDefinition},
    {"start-event-required", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every process and sub-process has a start event"), rules::startEventRequired},
    {"sub-process-blank-start-event", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Start events of embedded sub-processes are blank"), rules::subProcessBlankStartEvent},
    {"superfluous-gateway", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "No gateways with one incoming and one outgoing flow"), rules::superfluousGateway},
    {"superfluous-label", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Only conditional, default and decision flows carry labels"), rules::superfluousLabel},
    {"superfluous-termination", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "No terminate end event where a plain end event does"), rules::superfluousTermination},
    // what a BPMN reader needs beyond bpmnlint
    {"message-flow-same-pool", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Message flows connect different pools"), rules::messageFlowSamePool},
    {"sequence-flow-scope", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Sequence flows stay inside one process or sub-process"), rules::sequenceFlowScope},
    {"boundary-event-host", B, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Boundary events are attached to an activity of their process"), rules::boundaryEventHost},
    {"unreachable-node", B, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every flow node is reachable from a start"), rules::unreachableNode},
    // end to end (collaborations of two or more pools)
    {"e2e-media-break", X, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Information does not change medium along the flow"), rules::e2eMediaBreak},
    {"e2e-once-only", X, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "The applicant is not asked for data a register in the model holds"), rules::e2eOnceOnly},
    {"e2e-participant-kind", X, I, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every pool says what it is (citizen, company, online service, authority, register)"), rules::e2eUnknownParticipantKind},
    {"e2e-channel", X, I, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every message flow has a channel"), rules::e2eUnknownChannel},
    {"e2e-automation", X, I, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every step says whether it is manual, IT-supported or automated"), rules::e2eUnknownAutomation},
    {"e2e-data-store", X, I, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every data store has a kind and, for registers and Fachverfahren, says whether it has an interface"), rules::e2eUnknownDataStore},
    // FIM (models with a Prozesssteckbrief or a Referenzaktivitätengruppe; docs/fim-extension.md)
    {"fim-steckbrief", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "A FIM model has a Prozesssteckbrief"), rules::fimSteckbrief},
    {"fim-prozessschluessel", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "The Prozessschlüssel is a 14-digit Leistungsschlüssel"), rules::fimProzessschluessel},
    {"fim-name-version", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "The Prozesssteckbrief has a name and a version NN.NN.NN"), rules::fimNameVersion},
    {"fim-codes", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Detaillierungsstufe and Freigabestatus are valid codes"), rules::fimCodes},
    {"fim-prozessteilnehmer", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every Prozessteilnehmer has a name and a valid role"), rules::fimProzessteilnehmer},
    {"fim-pool-name", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every pool is named after a Prozessteilnehmer"), rules::fimPoolName},
    {"fim-handlungsgrundlage", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "The process has a Handlungsgrundlage, each with name and art"), rules::fimHandlungsgrundlage},
    {"fim-rag-required", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every sub-process of the administration is a Referenzaktivitätengruppe"), rules::fimRagRequired},
    {"fim-rag-type", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every RAG group has a type 1–8"), rules::fimRagType},
    {"fim-rag-attributes", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every RAG group has a version and the filled type-specific attributes of its type"), rules::fimRagAttributes},
    {"fim-rag-id", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG group ids are unique numbers"), rules::fimRagId},
    {"fim-rag-element", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG groups belong to sub-processes"), rules::fimRagElement},
    {"fim-rag-handlungsgrundlage", F, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every RAG group names a Handlungsgrundlage"), rules::fimRagHandlungsgrundlage},
    {"fim-rag-message-flow", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "RAG groups that receive or provide information have the message flows"), rules::fimRagMessageFlow},
    {"fim-rag-partner", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Senders and recipients of RAG groups are the pools their message flows connect"), rules::fimRagPartner},
    {"fim-profile", F, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Only FIM-BPMN symbols: message start, plain end, RAG sub-processes, call activities, exclusive and parallel gateways, interrupting timer boundary events"), rules::fimProfile},
    {"fim-vertical-pools", F, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Pools are laid out vertically"), rules::fimVerticalPools},
    {"fim-single-start", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "The administration's pool has exactly one start event"), rules::fimSingleStart},
    {"fim-end-event-name", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every end event is named"), rules::fimEndEventName},
    {"fim-reachable", F, E, QT_TRANSLATE_NOOP("amtsweg::Rules", "Every node lies on a path from the start event to an end event"), rules::fimReachable},
    {"fim-gateway-question", F, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Diverging gateways ask a question ending in '?'"), rules::fimGatewayQuestion},
    {"fim-gateway-answers", F, W, QT_TRANSLATE_NOOP("amtsweg::Rules", "Flows leaving a question carry the answer"), rules::fimGatewayAnswers},
};
// clang-format on

} // namespace

std::span<const Rule> allRules()
{
    return kRules;
}

const Rule *findRule(std::string_view id)
{
    for (const Rule &r : kRules)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<std::vector<RuleSet>> parseRuleSets(const QString &list, QString *unknown)
{
    std::vector<RuleSet> sets;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        bool found = false;
        for (RuleSet s : {RuleSet::Bpmn, RuleSet::E2e, RuleSet::Fim})
            if (name == QLatin1String(ruleSetName(s).data(), qsizetype(ruleSetName(s).size()))) {
                sets.push_back(s);
                found = true;
            }
        if (!found) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
    }
    return sets;
}

} // namespace amtsweg::validation

#include "e2e/e2eattributes.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

#include <array>

namespace amtsweg::e2e {
namespace {

// Choices in enum order (enum value = index + 1).
constexpr std::array kChannels{
    Choice{"online-form", QT_TRANSLATE_NOOP("amtsweg::e2e", "Online form / portal")},
    Choice{"xoev", QT_TRANSLATE_NOOP("amtsweg::e2e", "XÖV message (OSCI/XTA)")},
    Choice{"fit-connect", QT_TRANSLATE_NOOP("amtsweg::e2e", "FIT-Connect")},
    Choice{"email", QT_TRANSLATE_NOOP("amtsweg::e2e", "E-mail")},
    Choice{"postbox", QT_TRANSLATE_NOOP("amtsweg::e2e", "De-Mail / postbox")},
    Choice{"paper", QT_TRANSLATE_NOOP("amtsweg::e2e", "Paper letter")},
    Choice{"fax", QT_TRANSLATE_NOOP("amtsweg::e2e", "Fax")},
    Choice{"phone", QT_TRANSLATE_NOOP("amtsweg::e2e", "Phone")},
    Choice{"in-person", QT_TRANSLATE_NOOP("amtsweg::e2e", "In person")},
};
constexpr std::array kAutomations{
    Choice{"manual", QT_TRANSLATE_NOOP("amtsweg::e2e", "Manual")},
    Choice{"it-supported", QT_TRANSLATE_NOOP("amtsweg::e2e", "IT-supported")},
    Choice{"automated", QT_TRANSLATE_NOOP("amtsweg::e2e", "Automated")},
};
constexpr std::array kStoreKinds{
    Choice{"register", QT_TRANSLATE_NOOP("amtsweg::e2e", "Register")},
    Choice{"fachverfahren", QT_TRANSLATE_NOOP("amtsweg::e2e", "Fachverfahren")},
    Choice{"archive", QT_TRANSLATE_NOOP("amtsweg::e2e", "Archive")},
};
constexpr std::array kParticipantKinds{
    Choice{"citizen", QT_TRANSLATE_NOOP("amtsweg::e2e", "Citizen")},
    Choice{"company", QT_TRANSLATE_NOOP("amtsweg::e2e", "Company")},
    Choice{"online-service", QT_TRANSLATE_NOOP("amtsweg::e2e", "Online service")},
    Choice{"authority", QT_TRANSLATE_NOOP("amtsweg::e2e", "Authority")},
    Choice{"register", QT_TRANSLATE_NOOP("amtsweg::e2e", "Register")},
    Choice{"other", QT_TRANSLATE_NOOP("amtsweg::e2e", "Other")},
};

template <typename Enum, std::size_t N>
Enum fromValue(const std::array<Choice, N> &choices, std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    for (std::size_t i = 0; i < N; ++i)
        if (choices[i].value == v)
            return Enum(i + 1);
    return Enum(0);
}

template <typename Enum, std::size_t N>
const Choice *choiceOf(const std::array<Choice, N> &choices, Enum v)
{
    const auto i = std::size_t(v);
    return i >= 1 && i <= N ? &choices[i - 1] : nullptr;
}

template <typename Enum, std::size_t N>
std::string_view valueOf(const std::array<Choice, N> &choices, Enum v)
{
    const Choice *c = choiceOf(choices, v);
    return c ? c->value : std::string_view();
}

template <typename Enum, std::size_t N>
QString labelOf(const std::array<Choice, N> &choices, Enum v)
{
    const Choice *c = choiceOf(choices, v);
    return c ? label(*c) : QString();
}

std::optional<bool> boolean(std::optional<std::string_view> v)
{
    if (!v)
        return std::nullopt;
    if (*v == "true" || *v == "1")
        return true;
    if (*v == "false" || *v == "0")
        return false;
    return std::nullopt;
}

/// The dataStore a data store reference refers to (dataStoreRef), or kNoNode.
NodeId referencedStore(const ModelTree &tree, NodeId n)
{
    const NameId ref = tree.names().find({}, "dataStoreRef");
    return ref ? tree.resolveRef(tree.attr(n, ref)) : kNoNode;
}

} // namespace

std::span<const Choice> channelChoices() { return kChannels; }
std::span<const Choice> automationChoices() { return kAutomations; }
std::span<const Choice> dataStoreKindChoices() { return kStoreKinds; }
std::span<const Choice> participantKindChoices() { return kParticipantKinds; }

QString label(const Choice &choice)
{
    return QCoreApplication::translate("amtsweg::e2e", choice.label);
}

bool carriesChannel(const ModelTree &tree, NodeId n)
{
    return bpmn::isMessageFlow(tree, n) || bpmn::isDataAssociation(tree, n);
}

bool carriesDataStandard(const ModelTree &tree, NodeId n)
{
    return carriesChannel(tree, n) || bpmn::isDataObjectReference(tree, n)
           || bpmn::isDataStoreReference(tree, n) || bpmn::isOfType(tree, n, "tDataObject")
           || bpmn::isOfType(tree, n, "tDataStore");
}

bool carriesAutomation(const ModelTree &tree, NodeId n)
{
    return bpmn::isActivity(tree, n);
}

bool carriesDataStoreKind(const ModelTree &tree, NodeId n)
{
    return bpmn::isDataStoreReference(tree, n) || bpmn::isOfType(tree, n, "tDataStore");
}

bool carriesParticipantKind(const ModelTree &tree, NodeId n)
{
    return bpmn::isParticipant(tree, n);
}

std::optional<std::string_view> value(const ModelTree &tree, NodeId n, std::string_view local)
{
    if (!tree.isValid(n) || !tree.isElement(n))
        return std::nullopt;
    for (const Attribute &a : tree.attributes(n)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.local == local && q.nsUri == schema::uri::amtsweg)
            return a.value;
    }
    return std::nullopt;
}

QString text(const ModelTree &tree, NodeId n, std::string_view local)
{
    const auto v = value(tree, n, local);
    return v ? QString::fromUtf8(v->data(), qsizetype(v->size())).trimmed() : QString();
}

Channel channel(const ModelTree &tree, NodeId n)
{
    return channelFromValue(value(tree, n, kChannel).value_or(std::string_view()));
}

std::optional<bool> structured(const ModelTree &tree, NodeId n)
{
    return boolean(value(tree, n, kStructured));
}

Medium mediumOf(Channel channel, std::optional<bool> structured)
{
    switch (channel) {
    case Channel::Unknown:
        return Medium::Unknown;
    case Channel::OnlineForm:
    case Channel::XoevMessage:
    case Channel::FitConnect:
        return structured.value_or(true) ? Medium::Structured : Medium::UnstructuredDigital;
    case Channel::Email:
    case Channel::Postbox:
        return structured.value_or(false) ? Medium::Structured : Medium::UnstructuredDigital;
    case Channel::PaperLetter:
    case Channel::Fax:
        return Medium::Paper;
    case Channel::Phone:
    case Channel::InPerson:
        return Medium::Oral;
    }
    return Medium::Unknown;
}

Medium medium(const ModelTree &tree, NodeId n)
{
    return mediumOf(channel(tree, n), structured(tree, n));
}

bool isOnlineChannel(Channel channel)
{
    return channel == Channel::OnlineForm || channel == Channel::XoevMessage
           || channel == Channel::FitConnect || channel == Channel::Postbox;
}

bool isDigital(Medium medium)
{
    return medium == Medium::Structured || medium == Medium::UnstructuredDigital;
}

QString dataStandard(const ModelTree &tree, NodeId n)
{
    return text(tree, n, kDataStandard);
}

Automation automation(const ModelTree &tree, NodeId activity, bool *fromType)
{
    if (fromType)
        *fromType = false;
    const Automation set = automationFromValue(value(tree, activity, kAutomation).value_or(""));
    if (set != Automation::Unknown || !bpmn::isActivity(tree, activity))
        return set;
    Automation typed = Automation::Unknown;
    if (bpmn::isOfType(tree, activity, "tManualTask"))
        typed = Automation::Manual;
    else if (bpmn::isOfType(tree, activity, "tUserTask"))
        typed = Automation::ItSupported;
    else if (bpmn::isOfType(tree, activity, "tServiceTask")
             || bpmn::isOfType(tree, activity, "tScriptTask")
             || bpmn::isOfType(tree, activity, "tBusinessRuleTask"))
        typed = Automation::Automated;
    if (fromType && typed != Automation::Unknown)
        *fromType = true;
    return typed;
}

QString fachverfahren(const ModelTree &tree, NodeId activity)
{
    return text(tree, activity, kFachverfahren);
}

DataStoreKind dataStoreKind(const ModelTree &tree, NodeId n)
{
    if (auto v = value(tree, n, kDataStoreKind); v && dataStoreKindFromValue(*v) != DataStoreKind::Unknown)
        return dataStoreKindFromValue(*v);
    if (bpmn::isDataStoreReference(tree, n))
        if (const NodeId store = referencedStore(tree, n); store != kNoNode)
            return dataStoreKindFromValue(value(tree, store, kDataStoreKind).value_or(""));
    return DataStoreKind::Unknown;
}

std::optional<bool> hasInterface(const ModelTree &tree, NodeId n)
{
    if (auto v = boolean(value(tree, n, kHasInterface)))
        return v;
    if (bpmn::isDataStoreReference(tree, n))
        if (const NodeId store = referencedStore(tree, n); store != kNoNode)
            return boolean(value(tree, store, kHasInterface));
    return std::nullopt;
}

ParticipantKind participantKind(const ModelTree &tree, NodeId participant)
{
    return participantKindFromValue(value(tree, participant, kParticipantKind).value_or(""));
}

std::string_view toValue(Channel v) { return valueOf(kChannels, v); }
std::string_view toValue(Automation v) { return valueOf(kAutomations, v); }
std::string_view toValue(DataStoreKind v) { return valueOf(kStoreKinds, v); }
std::string_view toValue(ParticipantKind v) { return valueOf(kParticipantKinds, v); }
Channel channelFromValue(std::string_view v) { return fromValue<Channel>(kChannels, v); }
Automation automationFromValue(std::string_view v) { return fromValue<Automation>(kAutomations, v); }
DataStoreKind dataStoreKindFromValue(std::string_view v)
{
    return fromValue<DataStoreKind>(kStoreKinds, v);
}
ParticipantKind participantKindFromValue(std::string_view v)
{
    return fromValue<ParticipantKind>(kParticipantKinds, v);
}

QString label(Channel v) { return labelOf(kChannels, v); }
QString label(Automation v) { return labelOf(kAutomations, v); }
QString label(DataStoreKind v) { return labelOf(kStoreKinds, v); }
QString label(ParticipantKind v) { return labelOf(kParticipantKinds, v); }

QString label(Medium v)
{
    switch (v) {
    case Medium::Unknown:
        return {};
    case Medium::Structured:
        return QCoreApplication::translate("amtsweg::e2e", "structured digital");
    case Medium::UnstructuredDigital:
        return QCoreApplication::translate("amtsweg::e2e", "unstructured digital");
    case Medium::Paper:
        return QCoreApplication::translate("amtsweg::e2e", "paper");
    case Medium::Oral:
        return QCoreApplication::translate("amtsweg::e2e", "oral");
    }
    return {};
}

} // namespace amtsweg::e2e

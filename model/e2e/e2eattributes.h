#pragma once
// End-to-end attributes: what Amtsweg records about how a process is digitised, stored as
// attributes of Amtsweg's namespace (https://amtsweg.de/schema/bpmn/1.0, prefix "amtsweg") on
// the BPMN elements themselves, so other tools keep them (tBaseElement allows foreign
// attributes). docs/e2e-attributes.md describes the format.
//
//   message flows, data associations   amtsweg:channel, amtsweg:structured, amtsweg:dataStandard
//   data object / data store references amtsweg:dataStandard
//   activities                         amtsweg:automation, amtsweg:fachverfahren
//   data store references / data stores amtsweg:dataStoreKind, amtsweg:hasInterface
//   participants                       amtsweg:participantKind
//
// Every value is optional: absent means unknown, and the analysis reports it as such.

#include "bpmn/modeltree.h"

#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace amtsweg::e2e {

// Attribute local names (namespace schema::uri::amtsweg).
inline constexpr std::string_view kChannel = "channel";
inline constexpr std::string_view kStructured = "structured";
inline constexpr std::string_view kDataStandard = "dataStandard";
inline constexpr std::string_view kAutomation = "automation";
inline constexpr std::string_view kFachverfahren = "fachverfahren";
inline constexpr std::string_view kDataStoreKind = "dataStoreKind";
inline constexpr std::string_view kHasInterface = "hasInterface";
inline constexpr std::string_view kParticipantKind = "participantKind";

enum class Channel {
    Unknown,
    OnlineForm,   ///< online form / portal                      "online-form"
    XoevMessage,  ///< XÖV message over OSCI/XTA                 "xoev"
    FitConnect,   ///< FIT-Connect submission                     "fit-connect"
    Email,        ///< e-mail                                     "email"
    Postbox,      ///< De-Mail or a portal postbox (BundID …)     "postbox"
    PaperLetter,  ///< paper letter                               "paper"
    Fax,          ///<                                            "fax"
    Phone,        ///<                                            "phone"
    InPerson,     ///< in person at the counter                   "in-person"
};
enum class Automation { Unknown, Manual, ItSupported, Automated };
enum class DataStoreKind { Unknown, Register, Fachverfahren, Archive };
enum class ParticipantKind { Unknown, Citizen, Company, OnlineService, Authority, Register, Other };
/// The medium information travels in, derived from channel and `structured`.
enum class Medium { Unknown, Structured, UnstructuredDigital, Paper, Oral };

/// One choice of an enumerated attribute: the value stored in the file and the English label
/// (a QT_TRANSLATE_NOOP source text of the context "amtsweg::e2e").
struct Choice
{
    std::string_view value;
    const char *label;
};
/// The choices of each attribute in the order the properties panel lists them; index 0 of the
/// enum (Unknown) has no entry: it is the absent attribute.
std::span<const Choice> channelChoices();
std::span<const Choice> automationChoices();
std::span<const Choice> dataStoreKindChoices();
std::span<const Choice> participantKindChoices();
/// The translated label of a choice.
QString label(const Choice &choice);

/// True for elements that carry each group of attributes.
bool carriesChannel(const ModelTree &tree, NodeId n);        ///< message flows, data associations
bool carriesDataStandard(const ModelTree &tree, NodeId n);   ///< the above + data object/store refs
bool carriesAutomation(const ModelTree &tree, NodeId n);     ///< activities
bool carriesDataStoreKind(const ModelTree &tree, NodeId n);  ///< data store references, data stores
bool carriesParticipantKind(const ModelTree &tree, NodeId n);///< participants

/// The raw value of amtsweg:`local` on `n`, or nullopt when absent.
std::optional<std::string_view> value(const ModelTree &tree, NodeId n, std::string_view local);
QString text(const ModelTree &tree, NodeId n, std::string_view local);

Channel channel(const ModelTree &tree, NodeId n);
/// amtsweg:structured; nullopt when absent.
std::optional<bool> structured(const ModelTree &tree, NodeId n);
/// How information travels on a message flow / data association: the channel's medium, with
/// amtsweg:structured overriding it for digital channels (a PDF by FIT-Connect is unstructured,
/// a form is structured unless marked otherwise).
Medium medium(const ModelTree &tree, NodeId n);
Medium mediumOf(Channel channel, std::optional<bool> structured);
/// True for online form, XÖV, FIT-Connect and postbox: channels of an online service.
bool isOnlineChannel(Channel channel);
bool isDigital(Medium medium);
QString dataStandard(const ModelTree &tree, NodeId n);

/// The activity's automation: amtsweg:automation, else what its BPMN type says (manual task:
/// manual, user task: IT-supported, service/script/business rule task: automated); `fromType`
/// tells which.
Automation automation(const ModelTree &tree, NodeId activity, bool *fromType = nullptr);
QString fachverfahren(const ModelTree &tree, NodeId activity);

/// Of a data store reference: its own attribute, else that of the dataStore it refers to.
DataStoreKind dataStoreKind(const ModelTree &tree, NodeId n);
std::optional<bool> hasInterface(const ModelTree &tree, NodeId n);

ParticipantKind participantKind(const ModelTree &tree, NodeId participant);

/// Stored values of the enums ("" for Unknown) and back (Unknown for anything else).
std::string_view toValue(Channel v);
std::string_view toValue(Automation v);
std::string_view toValue(DataStoreKind v);
std::string_view toValue(ParticipantKind v);
Channel channelFromValue(std::string_view v);
Automation automationFromValue(std::string_view v);
DataStoreKind dataStoreKindFromValue(std::string_view v);
ParticipantKind participantKindFromValue(std::string_view v);

/// Translated labels (empty for Unknown).
QString label(Channel v);
QString label(Automation v);
QString label(DataStoreKind v);
QString label(ParticipantKind v);
QString label(Medium v);

} // namespace amtsweg::e2e

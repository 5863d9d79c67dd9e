#pragma once
// End-to-end analysis of a collaboration (see ../shared/reference/ozg-end-to-end.md): where
// information changes medium, who hands over to whom along each path, how much is still done
// by hand, which data the citizen is asked for that a register in the model already holds, and
// the OZG maturity level the model allows. Built only from what the model states (the
// e2eattributes plus BPMN task types); whatever is unknown is listed, never guessed.

#include "bpmn/modeltree.h"
#include "e2e/e2eattributes.h"

#include <QString>

#include <vector>

namespace amtsweg::e2e {

/// A statement about some elements (their NodeIds in the analysed tree), already translated.
struct Finding
{
    QString text;
    std::vector<NodeId> elements;
};

/// Something the analysis needs that the model does not say.
struct Missing : Finding
{
    enum class What { ParticipantKind, Channel, Automation, DataStoreKind, Interface };
    What what = What::Channel;
};

struct MediaBreak
{
    enum class Kind {
        ReTyped,        ///< paper, oral or unstructured input processed in a system: typed in again
        Printed,        ///< structured digital input handled by a manual step
        Downgraded,     ///< received structured, passed on unstructured or on paper
        ManualTransfer, ///< data carried by hand between two systems (Fachverfahren)
    };
    Kind kind;
    /// The transfer (message flow / data association) or flow where the break happens first,
    /// then the activities on either side.
    std::vector<NodeId> elements;
    /// Why, e.g. "Paper letter 'Antrag' is processed in the IT-supported task 'Antrag erfassen'".
    QString reason;
};

struct HandOff
{
    enum class Kind { Participant, Lane };
    Kind kind;
    NodeId flow = kNoNode; ///< the message flow or sequence flow that crosses
    NodeId from = kNoNode; ///< pool (participant) or lane left
    NodeId to = kNoNode;   ///< pool or lane entered
};

/// One path from a start event along sequence and message flows to an end (each flow taken at
/// most once per path, so loops are walked once).
struct Path
{
    std::vector<NodeId> nodes;           ///< flow nodes (and black-box pools) in order
    std::vector<std::size_t> handOffs;   ///< indexes into Analysis::handOffs, in path order
    int participantHandOffs = 0;
    int laneHandOffs = 0;
};

struct AutomationShare
{
    NodeId participant = kNoNode; ///< kNoNode for a process without a pool
    NodeId process = kNoNode;
    int manual = 0, itSupported = 0, automated = 0, unknown = 0;
    int total() const { return manual + itSupported + automated + unknown; }
};

struct OnceOnlyCandidate
{
    NodeId request = kNoNode;  ///< what the citizen provides: message flow or data object
    NodeId register_ = kNoNode; ///< the register (data store reference or pool) that holds it
    QString data;              ///< the data's name or schema id
    bool bySchemaId = false;   ///< matched by FIM schema id (S…), else by name
};

struct Maturity
{
    /// 0–4, or -1 when the model does not allow an estimate (no citizen or company pool, or
    /// nothing submitted).
    int level = -1;
    /// Why the level is not higher (each reason caps it), or why it is not estimated.
    std::vector<Finding> reasons;
};

struct Analysis
{
    std::vector<MediaBreak> mediaBreaks;
    std::vector<HandOff> handOffs;   ///< each crossing flow once
    std::vector<Path> paths;
    bool pathsTruncated = false;     ///< more than kMaxPaths paths: the rest were not walked
    std::vector<AutomationShare> automation;
    std::vector<OnceOnlyCandidate> onceOnly;
    Maturity maturity;
    /// Where the model lacks what the analysis needs ("Channel of message flow 'X' is unknown").
    std::vector<Missing> missing;
};

inline constexpr std::size_t kMaxPaths = 500;

/// Analyses the attached model. Never fails: an empty model gives an empty analysis.
Analysis analyse(const ModelTree &tree);

QString label(MediaBreak::Kind kind);

} // namespace amtsweg::e2e

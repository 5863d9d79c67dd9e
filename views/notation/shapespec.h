#pragma once
// What to draw for one BPMN DI shape or edge, independent of the model: the symbol, its
// variants and markers, geometry, texts and colours. DiagramBuilder fills these from a
// ModelTree; BpmnPainter draws them; the gallery test builds them by hand.

#include <QColor>
#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace amtsweg {

using NodeId = std::uint32_t;

enum class ShapeKind : std::uint8_t {
    Placeholder, ///< unknown or missing bpmnElement: a neutral box
    Task,        ///< any task; see TaskType
    SubProcess,  ///< also event sub-process (triggeredByEvent) and ad-hoc (isAdHoc)
    Transaction,
    CallActivity, ///< calling a process (collapsed [+] / expanded) or a global task (TaskType)
    StartEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    EndEvent,
    BoundaryEvent,
    ExclusiveGateway,
    InclusiveGateway,
    ParallelGateway,
    ComplexGateway,
    EventBasedGateway,
    DataObject, ///< data object and data object reference
    DataInput,
    DataOutput,
    DataStore, ///< data store and data store reference
    Message,
    TextAnnotation,
    Group,
    Participant,
    Lane,
    Conversation,
};

enum class TaskType : std::uint8_t {
    None,
    User,
    Manual,
    Service,
    Script,
    BusinessRule,
    Send,
    Receive,
};

enum class EventTrigger : std::uint8_t {
    None,
    Message,
    Timer,
    Escalation,
    Conditional,
    Link,
    Error,
    Cancel,
    Compensation,
    Signal,
    Terminate,
    Multiple,
    ParallelMultiple,
};

enum class LoopKind : std::uint8_t {
    None,
    Standard,
    ParallelMultiInstance,
    SequentialMultiInstance
};

/// Event-based gateway variants (BPMN 2.0, 10.6.6).
enum class EventGatewayKind : std::uint8_t {
    Normal,               ///< double circle with pentagon
    ExclusiveInstantiate, ///< single circle with pentagon
    ParallelInstantiate,  ///< single circle with a cross
};

struct ShapeSpec
{
    ShapeKind kind = ShapeKind::Placeholder;
    TaskType taskType = TaskType::None;
    EventTrigger trigger = EventTrigger::None; ///< events; start trigger of event sub-processes
    LoopKind loop = LoopKind::None;
    EventGatewayKind eventGateway = EventGatewayKind::Normal;

    bool isInterrupting = true;     ///< events: solid (true) or dashed (false) border
    bool isExpanded = true;         ///< activities and participants
    bool isHorizontal = true;       ///< participants and lanes
    bool isMarkerVisible = true;    ///< exclusive gateway X
    bool isEventSubProcess = false; ///< dotted border
    bool isAdHoc = false;           ///< ~ marker
    bool isForCompensation = false; ///< << marker
    bool isCollection = false;      ///< data objects: three bars
    bool instantiate = false;       ///< receive task that starts the process
    bool isMultiParticipant = false;
    bool callsGlobalTask = false; ///< call activity drawn as a task (no [+] marker)
    /// The type code of the sub-process's Referenzaktivitätengruppe (FIM, "1"–"8" or a code
    /// kept as written): a collapsed sub-process shows it as a badge in its top-left corner.
    /// Empty: no group.
    QString ragType;

    QRectF bounds;
    QString name;
    QRectF labelBounds; ///< from DI; empty: default placement

    QColor fill;       ///< invalid: default (white)
    QColor stroke;     ///< invalid: default (black)
    QColor labelColor; ///< invalid: the stroke colour
    /// The font of the label's BPMNLabelStyle; nullopt: BpmnPainter::labelFont().
    std::optional<QFont> labelFont;

    qreal z = 0; ///< stacking order computed by the builder (pools < lanes < shapes ...)
    NodeId diElement = 0;
    NodeId semanticElement = 0;
};

enum class EdgeKind : std::uint8_t {
    Placeholder, ///< unknown or missing bpmnElement: a thin grey line
    SequenceFlow,
    MessageFlow,
    Association,
    DataInputAssociation,
    DataOutputAssociation,
    ConversationLink,
};

enum class AssociationDirection : std::uint8_t { None, One, Both };
enum class MessageVisibility : std::uint8_t { Hidden, Initiating, NonInitiating };

struct EdgeSpec
{
    EdgeKind kind = EdgeKind::Placeholder;
    bool isDefault = false;     ///< slash at the source
    bool isConditional = false; ///< diamond at the source
    AssociationDirection direction = AssociationDirection::None;
    MessageVisibility message = MessageVisibility::Hidden;

    QPolygonF waypoints;
    QString name;
    QRectF labelBounds; ///< from DI; empty: default placement

    QColor stroke;
    QColor labelColor;
    std::optional<QFont> labelFont; ///< as in ShapeSpec

    qreal z = 0;
    NodeId diElement = 0;
    NodeId semanticElement = 0;
};

/// Everything one BPMN plane shows, each list in DI order.
struct DiagramContent
{
    std::vector<ShapeSpec> shapes;
    std::vector<EdgeSpec> edges;
    QString name; ///< the diagram's name attribute
    NodeId diagram = 0;
    NodeId plane = 0;
};

} // namespace amtsweg

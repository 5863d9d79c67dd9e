#pragma once
// BpmnDocument: owns the model (a ModelTree) and its undo stack. Readers get the tree const;
// the only way to change it is to push a command (a DocumentCommand, see commands/), directly
// or through the convenience mutators below, which push commands themselves. Every change is
// announced by fine-grained signals, emitted while isApplyingCommand() is true.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace amtsweg {

struct Change;
class DocumentCommand;
enum class FlowEnd;

/// The `property` of elementChanged() when an element's own text content changed.
inline constexpr NameId kTextProperty = 0;

class BpmnDocument : public QObject
{
    Q_OBJECT

public:
    /// A new document: definitions with one process and one diagram whose plane shows it.
    explicit BpmnDocument(QObject *parent = nullptr);
    /// A document showing `tree` (a new document when null); the undo stack starts clean.
    explicit BpmnDocument(std::unique_ptr<ModelTree> tree, QObject *parent = nullptr);
    ~BpmnDocument() override;

    /// A valid, minimal BPMN model: bpmn:definitions (with the BPMN, DI, DC namespaces), one
    /// bpmn:process and one bpmndi:BPMNDiagram whose BPMNPlane draws that process.
    static std::unique_ptr<ModelTree> createEmptyTree();

    /// The model, read-only. Change it through push() only.
    const ModelTree &tree() const { return *m_tree; }
    /// Mutable access for *creating detached nodes* (createElement, setAttribute and insert on
    /// nodes that are not attached) to hand to AddElementCommand, and for interning names.
    /// Changing attached nodes through it bypasses undo and signals: never do that.
    ModelTree &nodeFactory() { return *m_tree; }

    /// Replaces the model (null: a new document), clears the undo stack, emits reset().
    void setTree(std::unique_ptr<ModelTree> tree);
    /// Replaces the model by a new empty document and forgets the file path.
    void clear();

    /// Reads a BPMN file into this document (on success: model replaced, file path set,
    /// clean). Problems go to `diagnostics`; false when the file could not be read.
    bool load(const QString &path, Diagnostics *diagnostics = nullptr);
    /// Writes the model to `path` (atomically); on success sets the file path and marks the
    /// document clean. False with `error` set on failure.
    bool save(const QString &path, QString *error = nullptr);
    /// The model as BPMN 2.0 XML.
    QByteArray toXml() const;

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /// The undo stack (for undo/redo actions and views of the history).
    QUndoStack *undoStack() const { return m_undoStack; }
    /// A read-only document (e.g. an older repository version) refuses every command.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Executes `command` and puts it on the undo stack (taking ownership). Refused, with the
    /// command deleted and false returned, while a command is being applied (practice 9) or
    /// when the document is read-only.
    bool push(QUndoCommand *command);
    /// True while a command changes the model and its signals are delivered. Views check it
    /// and never push commands in reaction to model signals.
    bool isApplyingCommand() const { return m_applying > 0; }
    /// True when the model differs from the last clean state (load, save, setClean()).
    bool isModified() const;
    void setClean();
    /// Marks the model as differing from what is stored (e.g. recovered unsaved work).
    void setModified();

    /// Interns an unqualified attribute name ("name", "isExecutable") for use with commands.
    NameId attributeName(std::string_view local);
    /// Interns a BPMN-namespace element name with the document's prefix ("documentation").
    NameId bpmnElementName(std::string_view local);

    // ---- convenience mutators (each pushes one command)
    /// Sets (value) or removes (nullopt) an attribute, or with a BPMN child element name
    /// (bpmnElementName("documentation")) the text of that child, or with kTextProperty the
    /// element's own text. Consecutive edits of the same property merge.
    void setElementProperty(NodeId element, NameId property, std::optional<std::string_view> value);
    void setName(NodeId element, std::string_view name);
    /// Creates a flow node (BPMN local name such as "task", "exclusiveGateway") in a process
    /// or sub-process (a pool stands for its process, a lane for its process and itself) with
    /// a shape of `bounds` in the matching plane, listed in `lane` when given. Returns the new
    /// semantic element (kNoNode when `container` holds no flow elements).
    NodeId addFlowNode(NodeId container, std::string_view localName, const QRectF &bounds,
                       NodeId lane = kNoNode);
    /// Creates a sequence flow between two flow nodes of one container, with an edge.
    NodeId addSequenceFlow(NodeId source, NodeId target, const QList<QPointF> &waypoints);
    /// Points one end of a flow at another node (see ReconnectFlowCommand).
    void reconnectFlow(NodeId flow, FlowEnd end, NodeId newNode,
                       std::optional<QPointF> endPoint = std::nullopt);
    /// Removes elements (semantic elements or their shapes/edges) with everything attached;
    /// the neighbours of deleted lanes take their space (see RemoveLanesCommand).
    void removeElements(const std::vector<NodeId> &elements);
    /// Moves shapes/edges (DI elements) by `delta`, with the ends of attached edges.
    void moveShapes(const std::vector<NodeId> &diElements, const QPointF &delta);
    void resizeShape(NodeId shape, const QRectF &bounds);
    void setWaypoints(NodeId edge, const QList<QPointF> &points);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    /// An element (semantic or DI) was linked into the model, with its subtree.
    void elementAdded(amtsweg::NodeId element);
    /// An element was unlinked from the model with its subtree (signalled for the subtree's
    /// root only; NodeIds stay valid, undo may bring it back).
    void elementRemoved(amtsweg::NodeId element);
    /// An attribute (property = its NameId), the text of a child element (property = the
    /// child's element name, e.g. documentation or an incoming reference) or the element's
    /// own text (property = kTextProperty) changed.
    void elementChanged(amtsweg::NodeId element, amtsweg::NameId property);
    /// Bounds, label bounds or waypoints of a BPMNShape/BPMNEdge changed.
    void geometryChanged(amtsweg::NodeId diElement);
    /// The whole model was replaced; views rebuild from tree().
    void reset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class DocumentCommand;
    ModelTree &mutableTree() { return *m_tree; }
    void beginApplying() { ++m_applying; }
    void endApplying() { --m_applying; }
    void emitChanges(const std::vector<Change> &changes);

    std::unique_ptr<ModelTree> m_tree;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    int m_applying = 0;
    bool m_readOnly = false;
};

} // namespace amtsweg

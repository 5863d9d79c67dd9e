#pragma once
// DiagramScene: the canvas scene of one BPMN plane. One item per BPMNShape and BPMNEdge (found
// by DI element id), a label item per external label, stacked
// pools < lanes < shapes < flows < labels.
//
// Read-only with setDiagram(); an editor with setDocument(): items then follow the document's
// change signals (never pushing commands in reaction to them), and mouse and key events go to
// the active CanvasTool and to DiagramEditor, which change the model through BpmnDocument.

#include "bpmn/modeltree.h"
#include "toolmode.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <string>

class QMenu;

namespace amtsweg {

class BpmnDocument;
class CanvasTool;
class ContextPad;
class DiagramBuilder;
class DiagramEditor;
class EdgeIndex;
class EdgeItem;
class LabelEditor;
class LabelItem;
class SelectionHandles;
class ShapeItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    /// Shows a BPMNDiagram (or BPMNPlane) of `tree` read-only; the tree must outlive the scene
    /// or stay until the next setDiagram()/setDocument()/clearDiagram().
    void setDiagram(const ModelTree *tree, NodeId diagramOrPlane);
    /// Shows a diagram of `document` for editing and follows the document's signals. After a
    /// reset the scene shows the diagram with the same id again (else the first one).
    void setDocument(BpmnDocument *document, NodeId diagramOrPlane);
    void clearDiagram();

    BpmnDocument *document() const { return m_document; }
    const ModelTree *tree() const { return m_tree; }
    NodeId plane() const { return m_plane; }
    /// The item of a BPMNShape/BPMNEdge, or nullptr.
    QGraphicsItem *itemFor(NodeId diElement) const { return m_items.value(diElement); }
    ShapeItem *shapeItem(NodeId diElement) const;
    EdgeItem *edgeItem(NodeId diElement) const;
    /// The label item of a DI element, or nullptr when it has no external label.
    QGraphicsItem *labelFor(NodeId diElement) const;
    /// Number of shape and edge items (labels not counted).
    int elementItemCount() const { return int(m_items.size()); }
    /// DI elements with an item, in no particular order.
    QList<NodeId> diElements() const { return m_items.keys(); }
    /// The DI element drawing `semantic` in this plane, or kNoNode.
    NodeId diElementFor(NodeId semantic) const { return m_diBySemantic.value(semantic, 0); }
    /// Edges of this plane by the semantic elements at their ends.
    const EdgeIndex &edgeIndex() const { return *m_edges; }
    /// The area all items paint into.
    QRectF contentRect() const;
    /// Draws labels `scale` times larger (presentation mode: readable when projected) and
    /// rebuilds the items; the model and its label bounds stay as they are.
    void setLabelScale(qreal scale);
    qreal labelScale() const { return m_labelScale; }

    // ---- editing
    /// Selected DI elements (shapes and edges), in no particular order.
    QList<NodeId> selectedElements() const;
    /// Replaces (or, with `add`, extends) the selection.
    void selectElements(const QList<NodeId> &diElements, bool add = false);
    /// The zoom of the view showing the scene (1 without a view); handles keep screen size.
    qreal viewScale() const;
    ToolMode toolMode() const { return m_toolMode; }
    CreateKind createKind() const { return m_createKind; }
    /// The editing operations (null for read-only scenes).
    DiagramEditor *editor() const { return m_editor.get(); }
    SelectionHandles *selectionHandles() const { return m_handles; }
    ContextPad *contextPad() const { return m_pad; }
    /// Opens the in-place label editor on a shape or edge; false when it has no label.
    bool editLabel(NodeId diElement);
    bool isEditingLabel() const;
    /// Hides the selection handles and the context pad while a drag runs.
    void setDecorationsVisible(bool visible);
    bool decorationsVisible() const { return m_decorationsVisible; }
    /// Switches to the connect tool with `sourceShape` as the source (context pad).
    void startConnection(NodeId sourceShape);
    /// FIM mode (app/fimmode.h): the palette, context pad and replace menu offer only FIM-BPMN
    /// symbols (fim/fimprofile.h), new pools are vertical, the label editor suggests FIM label
    /// patterns. Elements already in the model stay as they are.
    bool isFimMode() const { return m_fimMode; }
    void setFimMode(bool on);
    /// The right-click menu for the selection (align and distribute for two or more shapes,
    /// the lane actions for one pool or lane), or nullptr when it would be empty. The caller
    /// owns the menu.
    QMenu *createContextMenu(QWidget *parent = nullptr);

public Q_SLOTS:
    /// Re-reads one DI element (or the DI element of a semantic element) from the model:
    /// updates its item, creates it when new in this plane, removes it when detached.
    void updateItem(NodeId node);
    /// Rebuilds every item (after a reset of the model).
    void rebuild();
    void setToolMode(amtsweg::ToolMode mode, amtsweg::CreateKind kind = CreateKind::Task);

Q_SIGNALS:
    void toolModeChanged(amtsweg::ToolMode mode, amtsweg::CreateKind kind);
    void fimModeChanged(bool on);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void connectDocument();
    void onReset();
    void onElementChanged(NodeId element, NameId property);
    void onElementAdded(NodeId element);
    void onElementRemoved(NodeId element);
    void onSelectionChanged();
    void removeAllItems();
    void addElement(NodeId diElement);
    void track(NodeId diElement, QGraphicsItem *item);
    void removeElement(NodeId diElement);
    void syncLabel(NodeId diElement, QGraphicsItem *owner);
    void growSceneRect(const QRectF &r);
    bool isOverlayEvent(QGraphicsSceneMouseEvent *event) const;
    bool isEditable() const { return m_document && m_tool; }
    /// Builds the specs of the items, with the label scale.
    DiagramBuilder builder() const;

    const ModelTree *m_tree = nullptr;
    NodeId m_plane = kNoNode;
    BpmnDocument *m_document = nullptr;
    std::string m_diagramId; ///< to find the diagram again after a reset
    QHash<NodeId, QGraphicsItem *> m_items;
    QHash<NodeId, LabelItem *> m_labels;
    QHash<NodeId, NodeId> m_diBySemantic; ///< semantic element -> its DI element here
    std::unique_ptr<EdgeIndex> m_edges;

    std::unique_ptr<DiagramEditor> m_editor;
    std::unique_ptr<CanvasTool> m_tool;
    ToolMode m_toolMode = ToolMode::Select;
    CreateKind m_createKind = CreateKind::Task;
    SelectionHandles *m_handles = nullptr;
    ContextPad *m_pad = nullptr;
    LabelEditor *m_labelEditor = nullptr;
    bool m_decorationsVisible = true;
    bool m_fimMode = false;
    qreal m_labelScale = 1;
};

} // namespace amtsweg

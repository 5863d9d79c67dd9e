#pragma once
// DiagramScene: the read-only canvas scene of one BPMN plane. One item per BPMNShape and
// BPMNEdge (found by DI element id), a label item per external label, stacked
// pools < lanes < shapes < flows < labels. Items are rebuilt from the model through
// updateItem(), which a document's geometryChanged/elementChanged signal can drive.

#include "bpmn/modeltree.h"

#include <QGraphicsScene>
#include <QHash>

namespace amtsweg {

class LabelItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    /// Shows a BPMNDiagram (or BPMNPlane) of `tree`, which must outlive the scene or stay
    /// until the next setDiagram()/clearDiagram().
    void setDiagram(const ModelTree *tree, NodeId diagramOrPlane);
    void clearDiagram();

    const ModelTree *tree() const { return m_tree; }
    NodeId plane() const { return m_plane; }
    /// The item of a BPMNShape/BPMNEdge, or nullptr.
    QGraphicsItem *itemFor(NodeId diElement) const { return m_items.value(diElement); }
    /// The label item of a DI element, or nullptr when it has no external label.
    QGraphicsItem *labelFor(NodeId diElement) const;
    /// Number of shape and edge items (labels not counted).
    int elementItemCount() const { return int(m_items.size()); }
    /// DI elements with an item, in no particular order.
    QList<NodeId> diElements() const { return m_items.keys(); }
    /// The area all items paint into.
    QRectF contentRect() const;

public Q_SLOTS:
    /// Re-reads one DI element (or the DI element of a semantic element) from the model:
    /// updates its item, creates it when new in this plane, removes it when detached.
    void updateItem(NodeId node);
    /// Rebuilds every item (after a reset of the model).
    void rebuild();

private:
    void addElement(NodeId diElement);
    void track(NodeId diElement, QGraphicsItem *item);
    void removeElement(NodeId diElement);
    void syncLabel(NodeId diElement, QGraphicsItem *owner);
    void growSceneRect(const QRectF &r);

    const ModelTree *m_tree = nullptr;
    NodeId m_plane = kNoNode;
    QHash<NodeId, QGraphicsItem *> m_items;
    QHash<NodeId, LabelItem *> m_labels;
    QHash<NodeId, NodeId> m_diBySemantic; ///< semantic element -> its DI element here
};

} // namespace amtsweg

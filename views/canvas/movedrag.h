#pragma once
// MoveDrag: a running move of the selection. While the mouse moves only scene items move (the
// moving shapes, their labels, attached edges as previews); finish() hands the delta to
// DiagramEditor, which pushes one MoveShapesCommand. Cancelling puts the items back. Large
// selections (a pool with its content) move as one outline item (MovePreview). A single flow
// node without flows dropped on a sequence flow is inserted into it (FlowSplitter). Flow nodes
// dropped into another pool, lane's pool or expanded sub-process change their container there
// (MoveToContainerCommand); a single event dropped on an activity's border attaches to it and a
// boundary event dragged off its host detaches. The drop target is highlighted meanwhile
// (DropHighlight), in red where the drop is refused.

#include "draginteraction.h"
#include "droptarget.h"
#include "moveset.h"

#include <QHash>
#include <QPointF>
#include <QPolygonF>

#include <memory>
#include <vector>

class QUndoCommand;

namespace amtsweg {

class DiagramScene;
class DropHighlight;
class FlowHighlight;
class MovePreview;
class Snapper;

class MoveDrag : public DragInteraction
{
public:
    /// Starts moving `selection` (DI elements); `grabbed` is the shape under the mouse, which
    /// snaps, at scene position `start`.
    MoveDrag(DiagramScene &scene, const QList<NodeId> &selection, NodeId grabbed,
             const QPointF &start);
    ~MoveDrag() override;

    bool isEmpty() const { return m_set.isEmpty(); }
    /// Moves the preview to the mouse position (snapping unless Alt is held).
    void update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) override;
    /// Ends the drag: items back in place, and the move goes to the model (one command).
    void finish() override;
    /// Ends the drag without changing the model.
    void cancel() override;

    QPointF delta() const { return m_delta; }
    /// The edge of the sequence flow the dragged node would be inserted into, or kNoNode.
    NodeId flowToSplit() const;
    const MoveSet &moveSet() const { return m_set; }

private:
    void findCandidates(const QList<NodeId> &selection);
    /// Attach or refusal on an activity's border: adjusts `delta`, true when over a border.
    bool updateHost(QPointF &delta);
    void updateContainer(const QPointF &scenePos);
    /// The command for a drop that changes the model beyond geometry, or nullptr.
    QUndoCommand *structuralCommand() const;
    void apply(const QPointF &delta);
    void applyEndEdges(const QPointF &delta);
    void restore();
    void removeOutline();

    DiagramScene &m_scene;
    MoveSet m_set;
    NodeId m_grabbed;
    QPointF m_start;
    QPointF m_delta;
    QHash<NodeId, QPointF> m_shapePos;
    QHash<NodeId, QPolygonF> m_endEdgePoints;
    std::unique_ptr<Snapper> m_snapper;
    MovePreview *m_outline = nullptr;      ///< large selections: one item moves instead of many
    NodeId m_splitContainer = kNoNode;     ///< process of a node that may split flows
    std::unique_ptr<FlowHighlight> m_flow; ///< the flow under the mouse it would split
    NodeId m_event = kNoNode;              ///< a lone intermediate or boundary event
    std::vector<NodeId> m_candidates;      ///< flow nodes that may change their container
    std::unique_ptr<DropFinder> m_finder;
    std::unique_ptr<DropHighlight> m_highlight;
    DropTarget m_target;     ///< the container under the mouse
    NodeId m_host = kNoNode; ///< the activity shape the event attaches to
    bool m_refused = false;  ///< dropping here does nothing
    bool m_done = false;
};

} // namespace amtsweg

#pragma once
// ElementCreator: new elements from the palette and the context pad. Finds the container under
// the drop point (sub-process, lane, pool, or the diagram's process), sizes and snaps the shape
// the way bpmn.io does, and creates semantic element and shape in one command. An intermediate
// event dropped on an activity's border becomes its boundary event. Appending places the new
// element right of its source, clear of other shapes, connected to it. In FIM mode start events
// are created as message start events and sub-processes collapsed, as FIM-BPMN has them.

#include "bpmn/modeltree.h"
#include "droptarget.h"
#include "toolmode.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

#include <string_view>

namespace amtsweg {

class DiagramScene;

class ElementCreator
{
    Q_DECLARE_TR_FUNCTIONS(ElementCreator)

public:
    explicit ElementCreator(DiagramScene &scene);

    /// Where a new element goes: its semantic container (process, sub-process, collaboration),
    /// the lane under the point and the container shape to highlight.
    using Placement = DropTarget;

    static QSizeF defaultSize(CreateKind kind);
    static std::string_view localName(CreateKind kind);
    static QString displayName(CreateKind kind);

    /// The container for an element of `kind` centred at `centre`; invalid when it cannot go
    /// there (flow nodes outside the pools of a collaboration).
    Placement placementAt(CreateKind kind, const QPointF &centre) const;
    /// The activity shape whose border a new element of `kind` at `centre` would attach to
    /// (intermediate events only), or kNoNode.
    NodeId hostAt(CreateKind kind, const QPointF &centre) const;
    /// True when the activity of `hostShape` carries boundary events.
    bool canHost(NodeId hostShape) const;
    /// The bounds a new element of `kind` dropped at `centre` gets (snapped; centred on the
    /// flow it splits; on the border of the activity it attaches to).
    QRectF boundsAt(CreateKind kind, const QPointF &centre) const;
    /// The edge of the sequence flow a new element of `kind` dropped at `centre` would be
    /// inserted into (kNoNode: none).
    NodeId flowToSplit(CreateKind kind, const QPointF &centre) const;
    /// Creates an element centred (after snapping) at `centre`; returns its shape, or kNoNode.
    /// Dropped on a sequence flow, it is inserted into the flow (one undo step); an
    /// intermediate event on an activity's border is created as its boundary event.
    NodeId create(CreateKind kind, const QPointF &centre);
    /// Creates an element of `kind` right of `sourceShape` and connects it (one undo step);
    /// returns the new shape.
    NodeId append(NodeId sourceShape, CreateKind kind);
    /// Where append() puts a new element of `kind` after `sourceShape`.
    QRectF appendBounds(NodeId sourceShape, CreateKind kind) const;
    /// True when the shape's process is drawn as a vertical pool (its flow runs downwards).
    bool inVerticalPool(NodeId shape) const;

private:
    NodeId createInContainer(CreateKind kind, const QRectF &bounds, const Placement &placement);
    NodeId createBoundaryEvent(NodeId hostShape, const QRectF &bounds);
    bool isFree(const QRectF &rect) const;

    DiagramScene &m_scene;
};

} // namespace amtsweg

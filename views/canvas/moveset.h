#pragma once
// MoveSet: what moves when the user drags or nudges a selection: the selected shapes with the
// content of pools, lanes (which stand for their pool) and sub-processes, the boundary events
// of moved activities, and how each attached edge follows (whole, or one end).

#include "bpmn/modeltree.h"

#include <QList>
#include <QPointF>
#include <QSet>

class QUndoCommand;

namespace amtsweg {

class BpmnDocument;
class DiagramScene;

struct MoveSet
{
    struct EndEdge
    {
        NodeId edge = kNoNode;
        bool source = false; ///< the first waypoint moves
        bool target = false; ///< the last waypoint moves
    };

    QList<NodeId> shapes;     ///< DI shapes that move (what MoveShapesCommand gets)
    QList<NodeId> wholeEdges; ///< edges whose every waypoint moves (both ends move)
    QList<EndEdge> endEdges;  ///< edges with one moving end

    bool isEmpty() const { return shapes.isEmpty(); }

    /// A command moving the set by `delta` (one MoveShapesLanesCommand: edges with one moving
    /// end keep orthogonal routes, lane membership follows), as a child of `parent` if given.
    QUndoCommand *createCommand(BpmnDocument *document, const QPointF &delta,
                                QUndoCommand *parent = nullptr) const;

    /// Collects the move set of selected DI elements of the scene's plane.
    static MoveSet collect(const DiagramScene &scene, const QList<NodeId> &selection);
};

} // namespace amtsweg

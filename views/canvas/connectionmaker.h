#pragma once
// ConnectionMaker: connecting two elements of the canvas the way BPMN allows it (bpmn.io's
// rules): sequence flows inside one process or sub-process, message flows between pools,
// associations to text annotations, data associations between activities and data. New
// connections get an orthogonal route.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace amtsweg {

class DiagramScene;
enum class FlowEnd;

enum class ConnectionKind {
    None,
    SequenceFlow,
    MessageFlow,
    Association,
    DataInputAssociation,  ///< data → activity
    DataOutputAssociation, ///< activity → data
};

class ConnectionMaker
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionMaker)

public:
    explicit ConnectionMaker(DiagramScene &scene);

    /// What a connection from the element of shape `sourceShape` to that of `targetShape`
    /// would be (None: not allowed).
    ConnectionKind kindFor(NodeId sourceShape, NodeId targetShape) const;
    /// Connects two shapes (one command); returns the new edge, or kNoNode when not allowed.
    NodeId connect(NodeId sourceShape, NodeId targetShape);
    /// The route a new connection between two shapes gets.
    QList<QPointF> routeBetween(NodeId sourceShape, NodeId targetShape) const;
    /// Points one end of the edge's flow at another shape's element; false when not allowed.
    bool reconnect(NodeId edge, FlowEnd end, NodeId newShape);

private:
    NodeId semantic(NodeId shape) const;
    NodeId poolOf(NodeId semantic) const;
    NodeId messageFlowParent() const;

    DiagramScene &m_scene;
};

} // namespace amtsweg

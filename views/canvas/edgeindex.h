#pragma once
// EdgeIndex: which edges of a plane end at which semantic element, kept by DiagramScene as
// edges come and go, so that drags and deletes find attached edges without scanning the plane.

#include "bpmn/modeltree.h"

#include <QHash>
#include <QList>
#include <QMultiHash>

namespace amtsweg {

class EdgeIndex
{
public:
    struct Ends
    {
        NodeId source = kNoNode; ///< semantic element at the source end
        NodeId target = kNoNode;
    };

    /// The semantic ends of an edge: the shapes its sourceElement/targetElement name, else the
    /// flow's sourceRef/targetRef (for data associations the data and the activity).
    static Ends endsOf(const ModelTree &tree, NodeId edge, NodeId flow);

    void clear();
    /// Records (or re-records) an edge DI element drawing `flow`.
    void setEdge(const ModelTree &tree, NodeId edge, NodeId flow);
    void removeEdge(NodeId edge);

    Ends ends(NodeId edge) const { return m_ends.value(edge); }
    /// Edges with an end at the semantic element.
    QList<NodeId> edgesAt(NodeId semantic) const { return m_bySemantic.values(semantic); }

private:
    QHash<NodeId, Ends> m_ends;
    QMultiHash<NodeId, NodeId> m_bySemantic;
};

} // namespace amtsweg

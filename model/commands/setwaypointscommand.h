#pragma once
// SetWaypointsCommand: replaces the route of an edge.

#include "commands/documentcommand.h"

#include <QList>
#include <QPointF>

namespace amtsweg {

/// Replaces all di:waypoint children of a BPMNEdge by `points` (new waypoint elements where
/// the old ones were). The same points: no-op.
class SetWaypointsCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetWaypointsCommand)

public:
    SetWaypointsCommand(BpmnDocument *document, NodeId edge, const QList<QPointF> &points,
                        QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    NodeId m_edge;
    QList<QPointF> m_points;
};

} // namespace amtsweg

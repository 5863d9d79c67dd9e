#pragma once
// OrthogonalRouter: Manhattan routes between two shapes the way bpmn.io lays out new
// connections: a straight line when the shapes face each other, otherwise one or two bends,
// leaving and entering at the middle of a side (where events and gateways touch their bounds).

#include <QList>
#include <QPointF>
#include <QRectF>

namespace amtsweg::routing {

/// Which way the route leaves the source and enters the target.
enum class Layout {
    Auto,           ///< bpmn.io's choice: h:h, gateways v:h / h:v, overlapping columns v:v
    Horizontal,     ///< h:h, two bends at the middle column
    Vertical,       ///< v:v, two bends at the middle row (message flows between pools)
    SourceVertical, ///< v:h, one bend (leaving a gateway)
    TargetVertical, ///< h:v, one bend (entering a gateway)
};

struct Hints
{
    bool sourceIsGateway = false;
    bool targetIsGateway = false;
    bool preferVertical = false; ///< message flows
};

/// The waypoints from `source` to `target` (first and last on their borders).
QList<QPointF> route(const QRectF &source, const QRectF &target, const Hints &hints = {});
/// The waypoints for a given layout.
QList<QPointF> route(const QRectF &source, const QRectF &target, Layout layout);

/// The point where the line from `from` towards the centre of `rect` crosses its border.
QPointF borderPoint(const QRectF &rect, const QPointF &from);
/// True when every segment is horizontal or vertical.
bool isOrthogonal(const QList<QPointF> &points);
/// Drops repeated points and middle points of straight runs.
QList<QPointF> simplified(const QList<QPointF> &points);

} // namespace amtsweg::routing

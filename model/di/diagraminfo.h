#pragma once
// Helpers for BPMN DI over the generic ModelTree: diagrams and planes, the BPMNShape/BPMNEdge
// of a semantic element, Bounds, waypoints and label bounds, the shapes at an edge's ends,
// stable number spelling, and creating detached DI elements.

#include "bpmn/modeltree.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amtsweg::di {

// ---- kinds
bool isDiagram(const ModelTree &tree, NodeId n);  ///< bpmndi:BPMNDiagram
bool isPlane(const ModelTree &tree, NodeId n);    ///< bpmndi:BPMNPlane
bool isShape(const ModelTree &tree, NodeId n);    ///< bpmndi:BPMNShape
bool isEdge(const ModelTree &tree, NodeId n);     ///< bpmndi:BPMNEdge
bool isLabel(const ModelTree &tree, NodeId n);    ///< bpmndi:BPMNLabel
bool isBounds(const ModelTree &tree, NodeId n);   ///< dc:Bounds
bool isWaypoint(const ModelTree &tree, NodeId n); ///< di:waypoint
/// A shape or an edge: a DI element that draws a semantic element.
bool isDiagramElement(const ModelTree &tree, NodeId n);

// ---- diagrams and planes
/// All BPMNDiagram elements, in document order.
std::vector<NodeId> diagrams(const ModelTree &tree);
/// The BPMNPlane of a diagram, or kNoNode.
NodeId planeOf(const ModelTree &tree, NodeId diagram);
/// The planes of all diagrams, in document order.
std::vector<NodeId> planes(const ModelTree &tree);
/// The plane a DI element lies in (its nearest plane ancestor), or kNoNode.
NodeId enclosingPlane(const ModelTree &tree, NodeId diElement);
/// The plane to draw a new element of `container` (process, sub-process, participant,
/// collaboration, lane) in: the plane of the container itself, of the collaboration whose
/// participant holds the process, or the plane holding the container's shape; else the first
/// plane; kNoNode when there is none.
NodeId planeFor(const ModelTree &tree, NodeId container);

// ---- shapes and edges
/// The semantic element a DI element (shape, edge, plane) draws, or kNoNode.
NodeId semanticOf(const ModelTree &tree, NodeId diElement);
/// The first shape or edge drawing `semantic`, restricted to `plane` unless kNoNode.
NodeId diagramElementOf(const ModelTree &tree, NodeId semantic, NodeId plane = kNoNode);
/// Every shape and edge drawing `semantic`, in all diagrams.
std::vector<NodeId> diagramElementsOf(const ModelTree &tree, NodeId semantic);
/// Shapes and edges of a plane by the semantic element they draw (first one wins).
std::unordered_map<NodeId, NodeId> indexPlane(const ModelTree &tree, NodeId plane);
/// The shape at the source / target end of an edge: its sourceElement / targetElement when
/// set, else the shape in the same plane of the flow's sourceRef / targetRef; or kNoNode.
NodeId edgeSourceShape(const ModelTree &tree, NodeId edge);
NodeId edgeTargetShape(const ModelTree &tree, NodeId edge);
/// Edges of the plane whose source or target shape is `shape`.
std::vector<NodeId> edgesAttachedTo(const ModelTree &tree, NodeId shape);

// ---- geometry
/// The dc:Bounds child of a shape or label, or kNoNode.
NodeId boundsNode(const ModelTree &tree, NodeId shapeOrLabel);
/// The Bounds of a shape (or label); nullopt when missing or not numeric.
std::optional<QRectF> bounds(const ModelTree &tree, NodeId shapeOrLabel);
/// The BPMNLabel child of a shape or edge, or kNoNode.
NodeId labelOf(const ModelTree &tree, NodeId diElement);
/// The label's Bounds, or nullopt when there is no label or it has no bounds.
std::optional<QRectF> labelBounds(const ModelTree &tree, NodeId diElement);
/// The di:waypoint children of an edge, in order.
std::vector<NodeId> waypointNodes(const ModelTree &tree, NodeId edge);
/// The waypoints of an edge (non-numeric points are skipped).
QList<QPointF> waypoints(const ModelTree &tree, NodeId edge);
/// A point's x/y attributes; nullopt when not numeric.
std::optional<QPointF> point(const ModelTree &tree, NodeId waypoint);
/// The shape or edge a geometry node (Bounds, waypoint, label, or the DI element itself)
/// belongs to, or kNoNode.
NodeId owningDiagramElement(const ModelTree &tree, NodeId n);

// ---- numbers
/// Reads an XML number ("100", "100.0", "-1.5e2"); nullopt when not a finite number.
std::optional<double> parseNumber(std::string_view s);
/// The stable spelling of a coordinate: integers without ".0" when whole, else the shortest
/// spelling that reads back to the same double.
std::string formatNumber(double v);
/// Rounds away floating noise (to 1e-6) so that moved coordinates stay short.
double roundCoordinate(double v);

// ---- creating (detached nodes; the DI namespaces get the document's prefixes)
/// A dc:Bounds element with x, y, width, height.
NodeId createBounds(ModelTree &tree, const QRectF &rect);
/// A di:waypoint element.
NodeId createWaypoint(ModelTree &tree, const QPointF &p);
/// A BPMNShape "<id>_di" for `semanticId` with Bounds.
NodeId createShape(ModelTree &tree, std::string_view semanticId, const QRectF &rect);
/// A BPMNEdge "<id>_di" for `semanticId` with waypoints.
NodeId createEdge(ModelTree &tree, std::string_view semanticId, const QList<QPointF> &points);

} // namespace amtsweg::di

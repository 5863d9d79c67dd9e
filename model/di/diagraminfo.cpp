#include "di/diagraminfo.h"

#include "bpmn/elements.h"

#include <charconv>
#include <cmath>

namespace amtsweg::di {
namespace {

using schema::Ns;

bool named(const ModelTree &tree, NodeId n, Ns ns, std::string_view local)
{
    if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n))
        return false;
    const QualifiedName &q = tree.qname(n);
    return q.ns == ns && q.local == local;
}

NodeId firstChildNamed(const ModelTree &tree, NodeId parent, Ns ns, std::string_view local)
{
    if (parent == kNoNode)
        return kNoNode;
    return tree.childElement(parent, ns, local);
}

NodeId resolveAttr(const ModelTree &tree, NodeId n, NameId name)
{
    const auto ref = tree.attribute(n, name);
    return ref ? tree.resolveRef(*ref) : kNoNode;
}

/// The shape drawing `semantic` in `plane`: "<id>_di" first (the bpmn.io convention), else a
/// scan of the plane.
NodeId shapeInPlane(const ModelTree &tree, NodeId semantic, NodeId plane)
{
    if (semantic == kNoNode)
        return kNoNode;
    const std::string_view id = tree.id(semantic);
    if (id.empty())
        return kNoNode;
    const NodeId guess = tree.byId(std::string(id) + "_di");
    if (guess != kNoNode && isDiagramElement(tree, guess) && semanticOf(tree, guess) == semantic &&
        (plane == kNoNode || tree.parent(guess) == plane))
        return guess;
    return diagramElementOf(tree, semantic, plane);
}

NodeId edgeEndShape(const ModelTree &tree, NodeId edge, NameId diRef, NameId semanticRef)
{
    if (!isEdge(tree, edge))
        return kNoNode;
    if (const NodeId explicitShape = resolveAttr(tree, edge, diRef);
        explicitShape != kNoNode && isDiagramElement(tree, explicitShape))
        return explicitShape;
    const NodeId flow = semanticOf(tree, edge);
    if (flow == kNoNode)
        return kNoNode;
    const NodeId end = resolveAttr(tree, flow, semanticRef);
    return shapeInPlane(tree, end, tree.parent(edge));
}

std::optional<double> numberAttr(const ModelTree &tree, NodeId n, NameId name)
{
    const auto value = tree.attribute(n, name);
    return value ? parseNumber(*value) : std::nullopt;
}

} // namespace

bool isDiagram(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::BpmnDi, "BPMNDiagram");
}
bool isPlane(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::BpmnDi, "BPMNPlane");
}
bool isShape(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::BpmnDi, "BPMNShape");
}
bool isEdge(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::BpmnDi, "BPMNEdge");
}
bool isLabel(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::BpmnDi, "BPMNLabel");
}
bool isBounds(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::Dc, "Bounds");
}
bool isWaypoint(const ModelTree &t, NodeId n)
{
    return named(t, n, Ns::Di, "waypoint");
}
bool isDiagramElement(const ModelTree &t, NodeId n)
{
    return isShape(t, n) || isEdge(t, n);
}

std::vector<NodeId> diagrams(const ModelTree &tree)
{
    std::vector<NodeId> result;
    const NodeId root = tree.root();
    if (root == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(root); c != kNoNode; c = tree.next(c))
        if (isDiagram(tree, c))
            result.push_back(c);
    return result;
}

NodeId planeOf(const ModelTree &tree, NodeId diagram)
{
    return firstChildNamed(tree, diagram, Ns::BpmnDi, "BPMNPlane");
}

std::vector<NodeId> planes(const ModelTree &tree)
{
    std::vector<NodeId> result;
    for (NodeId d : diagrams(tree))
        if (const NodeId p = planeOf(tree, d))
            result.push_back(p);
    return result;
}

NodeId enclosingPlane(const ModelTree &tree, NodeId n)
{
    for (; n != kNoNode && tree.isValid(n); n = tree.parent(n))
        if (isPlane(tree, n))
            return n;
    return kNoNode;
}

NodeId planeFor(const ModelTree &tree, NodeId container)
{
    const std::vector<NodeId> all = planes(tree);
    if (all.empty())
        return kNoNode;
    for (NodeId c = container; c != kNoNode && tree.isValid(c) && tree.isElement(c);
         c = tree.parent(c)) {
        for (NodeId p : all)
            if (semanticOf(tree, p) == c)
                return p;
        if (bpmn::isProcess(tree, c)) {
            const NodeId participant = bpmn::participantOf(tree, c);
            if (participant != kNoNode)
                for (NodeId p : all)
                    if (semanticOf(tree, p) == tree.parent(participant))
                        return p;
        }
        if (bpmn::isParticipant(tree, c) || bpmn::isLane(tree, c) || bpmn::isSubProcess(tree, c)) {
            if (const NodeId shape = shapeInPlane(tree, c, kNoNode))
                return enclosingPlane(tree, shape);
        }
    }
    return all.front();
}

NodeId semanticOf(const ModelTree &tree, NodeId diElement)
{
    if (diElement == kNoNode || !tree.isElement(diElement))
        return kNoNode;
    return resolveAttr(tree, diElement, tree.known().bpmnElement);
}

NodeId diagramElementOf(const ModelTree &tree, NodeId semantic, NodeId plane)
{
    if (semantic == kNoNode)
        return kNoNode;
    const std::vector<NodeId> scope = plane != kNoNode ? std::vector<NodeId>{plane} : planes(tree);
    for (NodeId p : scope)
        for (NodeId c = tree.firstChild(p); c != kNoNode; c = tree.next(c))
            if (isDiagramElement(tree, c) && semanticOf(tree, c) == semantic)
                return c;
    return kNoNode;
}

std::vector<NodeId> diagramElementsOf(const ModelTree &tree, NodeId semantic)
{
    std::vector<NodeId> result;
    if (semantic == kNoNode)
        return result;
    for (NodeId p : planes(tree))
        for (NodeId c = tree.firstChild(p); c != kNoNode; c = tree.next(c))
            if (isDiagramElement(tree, c) && semanticOf(tree, c) == semantic)
                result.push_back(c);
    return result;
}

std::unordered_map<NodeId, NodeId> indexPlane(const ModelTree &tree, NodeId plane)
{
    std::unordered_map<NodeId, NodeId> result;
    if (plane == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(plane); c != kNoNode; c = tree.next(c))
        if (isDiagramElement(tree, c))
            if (const NodeId s = semanticOf(tree, c))
                result.emplace(s, c);
    return result;
}

NodeId edgeSourceShape(const ModelTree &tree, NodeId edge)
{
    return edgeEndShape(tree, edge, tree.known().sourceElement, tree.known().sourceRef);
}

NodeId edgeTargetShape(const ModelTree &tree, NodeId edge)
{
    return edgeEndShape(tree, edge, tree.known().targetElement, tree.known().targetRef);
}

std::vector<NodeId> edgesAttachedTo(const ModelTree &tree, NodeId shape)
{
    std::vector<NodeId> result;
    const NodeId plane = tree.parent(shape);
    if (shape == kNoNode || plane == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(plane); c != kNoNode; c = tree.next(c))
        if (isEdge(tree, c) &&
            (edgeSourceShape(tree, c) == shape || edgeTargetShape(tree, c) == shape))
            result.push_back(c);
    return result;
}

NodeId boundsNode(const ModelTree &tree, NodeId shapeOrLabel)
{
    return firstChildNamed(tree, shapeOrLabel, Ns::Dc, "Bounds");
}

std::optional<QRectF> bounds(const ModelTree &tree, NodeId shapeOrLabel)
{
    const NodeId b = boundsNode(tree, shapeOrLabel);
    if (b == kNoNode)
        return std::nullopt;
    const NameTable::Known &k = tree.known();
    const auto x = numberAttr(tree, b, k.x), y = numberAttr(tree, b, k.y),
               w = numberAttr(tree, b, k.width), h = numberAttr(tree, b, k.height);
    if (!x || !y || !w || !h)
        return std::nullopt;
    return QRectF(*x, *y, *w, *h);
}

NodeId labelOf(const ModelTree &tree, NodeId diElement)
{
    return firstChildNamed(tree, diElement, Ns::BpmnDi, "BPMNLabel");
}

std::optional<QRectF> labelBounds(const ModelTree &tree, NodeId diElement)
{
    const NodeId label = labelOf(tree, diElement);
    return label != kNoNode ? bounds(tree, label) : std::nullopt;
}

std::vector<NodeId> waypointNodes(const ModelTree &tree, NodeId edge)
{
    std::vector<NodeId> result;
    if (edge == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(edge); c != kNoNode; c = tree.next(c))
        if (isWaypoint(tree, c))
            result.push_back(c);
    return result;
}

QList<QPointF> waypoints(const ModelTree &tree, NodeId edge)
{
    QList<QPointF> result;
    for (NodeId w : waypointNodes(tree, edge))
        if (const auto p = point(tree, w))
            result.append(*p);
    return result;
}

std::optional<QPointF> point(const ModelTree &tree, NodeId waypoint)
{
    const auto x = numberAttr(tree, waypoint, tree.known().x);
    const auto y = numberAttr(tree, waypoint, tree.known().y);
    if (!x || !y)
        return std::nullopt;
    return QPointF(*x, *y);
}

NodeId owningDiagramElement(const ModelTree &tree, NodeId n)
{
    for (; n != kNoNode && tree.isValid(n); n = tree.parent(n))
        if (isDiagramElement(tree, n))
            return n;
    return kNoNode;
}

std::optional<double> parseNumber(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string formatNumber(double v)
{
    if (!std::isfinite(v))
        v = 0;
    if (v == 0)
        return "0"; // also for -0
    char buffer[64];
    if (std::abs(v) < 1e15 && std::trunc(v) == v) {
        const auto [ptr, ec] =
            std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v));
        return std::string(buffer, ptr);
    }
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, ptr);
}

double roundCoordinate(double v)
{
    if (!std::isfinite(v) || std::abs(v) > 1e12)
        return v;
    return std::round(v * 1e6) / 1e6;
}

NodeId createBounds(ModelTree &tree, const QRectF &rect)
{
    const NodeId b = bpmn::createElement(tree, schema::uri::dc, "Bounds");
    const NameTable::Known &k = tree.known();
    tree.setAttribute(b, k.x, formatNumber(roundCoordinate(rect.x())));
    tree.setAttribute(b, k.y, formatNumber(roundCoordinate(rect.y())));
    tree.setAttribute(b, k.width, formatNumber(roundCoordinate(rect.width())));
    tree.setAttribute(b, k.height, formatNumber(roundCoordinate(rect.height())));
    return b;
}

NodeId createWaypoint(ModelTree &tree, const QPointF &p)
{
    const NodeId w = bpmn::createElement(tree, schema::uri::di, "waypoint");
    tree.setAttribute(w, tree.known().x, formatNumber(roundCoordinate(p.x())));
    tree.setAttribute(w, tree.known().y, formatNumber(roundCoordinate(p.y())));
    return w;
}

namespace {
NodeId createDiagramElement(ModelTree &tree, std::string_view local, std::string_view semanticId)
{
    const NodeId n = bpmn::createElement(tree, schema::uri::bpmnDi, local);
    std::string id = std::string(semanticId) + "_di";
    if (tree.byId(id) != kNoNode)
        id = bpmn::generateId(tree, std::string(semanticId) + "_di");
    tree.setAttribute(n, tree.known().id, id);
    tree.setAttribute(n, tree.known().bpmnElement, semanticId);
    return n;
}
} // namespace

NodeId createShape(ModelTree &tree, std::string_view semanticId, const QRectF &rect)
{
    const NodeId shape = createDiagramElement(tree, "BPMNShape", semanticId);
    tree.insert(shape, createBounds(tree, rect));
    return shape;
}

NodeId createEdge(ModelTree &tree, std::string_view semanticId, const QList<QPointF> &points)
{
    const NodeId edge = createDiagramElement(tree, "BPMNEdge", semanticId);
    for (const QPointF &p : points)
        tree.insert(edge, createWaypoint(tree, p));
    return edge;
}

} // namespace amtsweg::di

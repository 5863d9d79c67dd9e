#include "diagrambuilder.h"

#include "bpmnpainter.h"
#include "di/labelstyle.h"
#include "elementclassifier.h"
#include "fim/fimnames.h"
#include "fim/fimread.h"

#include <charconv>
#include <cmath>

namespace amtsweg {

using namespace notation;

namespace {

constexpr std::string_view kShape = "BPMNShape";
constexpr std::string_view kEdge = "BPMNEdge";

bool isDi(const ModelTree &tree, NodeId n, std::string_view local)
{
    if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n))
        return false;
    const QualifiedName &q = tree.qname(n);
    return q.ns == schema::Ns::BpmnDi && q.local == local;
}

std::optional<qreal> number(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '+'))
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// The typ attribute of the element's RAG group (fim/fimread.h), empty when it has none: one
/// look into its extensionElements when the shape is built, nothing at paint time.
QString ragTypeOf(const ModelTree &tree, NodeId element)
{
    const NodeId group = fim::extensionChild(tree, element, fim::names::aktivitaetengruppe);
    if (group == kNoNode)
        return {};
    for (const Attribute &a : tree.attributes(group)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.nsUri.empty() && !q.isNamespaceDeclaration && q.local == fim::names::attr::typ)
            return toQString(a.value).trimmed();
    }
    return {};
}

QColor colour(std::string_view value)
{
    QColor c = QColor::fromString(QLatin1StringView(value.data(), qsizetype(value.size())));
    return c.isValid() ? c : QColor();
}

bool diFlag(const ModelTree &tree, NodeId di, NameId name, bool fallback)
{
    const std::optional<std::string_view> v = tree.attribute(di, name);
    if (!v)
        return fallback;
    if (*v == "true" || *v == "1")
        return true;
    if (*v == "false" || *v == "0")
        return false;
    return fallback;
}

qreal shapeZ(const ModelTree &tree, const ShapeSpec &s)
{
    switch (s.kind) {
    case ShapeKind::Participant:
        return DiagramBuilder::kPoolZ;
    case ShapeKind::Lane:
        return DiagramBuilder::kLaneZ + qMin(laneDepth(tree, s.semanticElement), 50) * 0.01;
    case ShapeKind::Group:
        return DiagramBuilder::kGroupZ;
    default:
        break;
    }
    if (s.semanticElement == kNoNode)
        return DiagramBuilder::kShapeZ;
    // Nested content above its container; an expanded activity below the shapes of its own
    // level too, since an expanded call activity shows another process's (unnested) shapes.
    const int depth = qMin(subProcessDepth(tree, s.semanticElement), 35);
    const bool container =
        s.isExpanded && (s.kind == ShapeKind::SubProcess || s.kind == ShapeKind::Transaction ||
                         s.kind == ShapeKind::CallActivity);
    const int offset = s.kind == ShapeKind::BoundaryEvent ? 1 : container ? -1 : 0;
    return DiagramBuilder::kShapeZ + depth * 2 + offset;
}

} // namespace

std::vector<NodeId> DiagramBuilder::diagrams() const
{
    std::vector<NodeId> result;
    const NodeId root = m_tree.root();
    if (root == kNoNode)
        return result;
    for (NodeId c = m_tree.firstChild(root); c != kNoNode; c = m_tree.next(c))
        if (isDi(m_tree, c, "BPMNDiagram"))
            result.push_back(c);
    return result;
}

NodeId DiagramBuilder::findDiagram(std::string_view id) const
{
    for (NodeId d : diagrams())
        if (id.empty() || m_tree.id(d) == id)
            return d;
    return kNoNode;
}

NodeId DiagramBuilder::planeOf(NodeId n) const
{
    if (isDi(m_tree, n, "BPMNPlane"))
        return n;
    if (isDi(m_tree, n, "BPMNDiagram"))
        return m_tree.childElement(n, schema::Ns::BpmnDi, "BPMNPlane");
    return kNoNode;
}

DiagramContent DiagramBuilder::build(NodeId diagramOrPlane) const
{
    DiagramContent content;
    content.plane = planeOf(diagramOrPlane);
    if (content.plane == kNoNode)
        return content;
    const NodeId diagram = m_tree.parent(content.plane);
    if (isDi(m_tree, diagram, "BPMNDiagram")) {
        content.diagram = diagram;
        content.name = toQString(m_tree.attr(diagram, m_tree.known().name));
    }
    for (NodeId c = m_tree.firstChild(content.plane); c != kNoNode; c = m_tree.next(c)) {
        if (isDi(m_tree, c, kShape))
            content.shapes.push_back(buildShape(c));
        else if (isDi(m_tree, c, kEdge))
            content.edges.push_back(buildEdge(c));
    }
    return content;
}

bool DiagramBuilder::isShape(NodeId n) const
{
    return isDi(m_tree, n, kShape);
}

bool DiagramBuilder::isEdge(NodeId n) const
{
    return isDi(m_tree, n, kEdge);
}

QRectF DiagramBuilder::boundsOf(NodeId node) const
{
    const NodeId b = m_tree.childElement(node, schema::Ns::Dc, "Bounds");
    if (b == kNoNode)
        return {};
    const auto &k = m_tree.known();
    const auto x = number(m_tree.attr(b, k.x)), y = number(m_tree.attr(b, k.y));
    const auto w = number(m_tree.attr(b, k.width)), h = number(m_tree.attr(b, k.height));
    if (!x || !y || !w || !h || *w < 0 || *h < 0)
        return {};
    return QRectF(*x, *y, *w, *h);
}

QRectF DiagramBuilder::labelBounds(NodeId di) const
{
    const NodeId label = m_tree.childElement(di, schema::Ns::BpmnDi, "BPMNLabel");
    return label == kNoNode ? QRectF() : boundsOf(label);
}

std::optional<QFont> DiagramBuilder::labelFont(NodeId di) const
{
    const std::optional<di::LabelFont> f = di::labelFontOf(m_tree, di);
    if (!f && m_labelScale == 1)
        return std::nullopt;
    QFont font = f ? BpmnPainter::styledLabelFont(toQString(f->name), f->size.value_or(0),
                                                  f->isBold, f->isItalic, f->isUnderline,
                                                  f->isStrikeThrough)
                   : BpmnPainter::labelFont();
    if (m_labelScale != 1)
        font.setPixelSize(qBound(1, qRound(font.pixelSize() * m_labelScale), 400));
    return font;
}

void DiagramBuilder::readColours(NodeId di, QColor &fill, QColor &stroke, QColor &label) const
{
    auto read = [&](NodeId n, bool isLabel) {
        for (const Attribute &a : m_tree.attributes(n)) {
            const QualifiedName &q = m_tree.names()[a.name];
            if (q.nsUri == schema::uri::omgColor) {
                if (q.local == "background-color" && !isLabel)
                    fill = colour(a.value);
                else if (q.local == "border-color" && !isLabel)
                    stroke = colour(a.value);
                else if (q.local == "color")
                    label = colour(a.value);
            } else if (q.nsUri == schema::uri::bioColor && !isLabel) {
                if (q.local == "fill" && !fill.isValid())
                    fill = colour(a.value);
                else if (q.local == "stroke" && !stroke.isValid())
                    stroke = colour(a.value);
            }
        }
    };
    read(di, false);
    if (NodeId l = m_tree.childElement(di, schema::Ns::BpmnDi, "BPMNLabel"))
        read(l, true);
}

ShapeSpec DiagramBuilder::buildShape(NodeId di) const
{
    ShapeSpec s;
    s.diElement = di;
    s.bounds = boundsOf(di);
    s.labelBounds = labelBounds(di);
    s.labelFont = labelFont(di);
    readColours(di, s.fill, s.stroke, s.labelColor);
    const auto &k = m_tree.known();
    const std::string_view ref = m_tree.attr(di, k.bpmnElement);
    s.semanticElement = ref.empty() ? kNoNode : m_tree.resolveRef(ref);
    if (s.semanticElement == kNoNode) {
        s.kind = ShapeKind::Placeholder;
        s.name = toQString(ref);
    } else {
        classifyShape(m_tree, s.semanticElement, s);
    }

    s.isHorizontal = diFlag(m_tree, di, k.isHorizontal, true);
    s.isMarkerVisible = diFlag(m_tree, di, k.isMarkerVisible, false);
    switch (s.kind) {
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
    case ShapeKind::CallActivity:
        s.isExpanded = diFlag(m_tree, di, k.isExpanded, false);
        if (s.kind == ShapeKind::SubProcess && !s.isEventSubProcess)
            s.ragType = ragTypeOf(m_tree, s.semanticElement);
        break;
    case ShapeKind::Participant:
        s.isExpanded = diFlag(m_tree, di, k.isExpanded, s.isExpanded);
        break;
    default:
        break;
    }
    s.z = shapeZ(m_tree, s);
    return s;
}

EdgeSpec DiagramBuilder::buildEdge(NodeId di) const
{
    EdgeSpec e;
    e.diElement = di;
    const auto &k = m_tree.known();
    for (NodeId c = m_tree.firstChild(di); c != kNoNode; c = m_tree.next(c)) {
        if (!m_tree.isElement(c))
            continue;
        const QualifiedName &q = m_tree.qname(c);
        if (q.ns != schema::Ns::Di || q.local != "waypoint")
            continue;
        const auto x = number(m_tree.attr(c, k.x)), y = number(m_tree.attr(c, k.y));
        if (x && y)
            e.waypoints << QPointF(*x, *y);
    }
    e.labelBounds = labelBounds(di);
    e.labelFont = labelFont(di);
    QColor unusedFill;
    readColours(di, unusedFill, e.stroke, e.labelColor);

    const std::string_view ref = m_tree.attr(di, k.bpmnElement);
    e.semanticElement = ref.empty() ? kNoNode : m_tree.resolveRef(ref);
    if (e.semanticElement == kNoNode) {
        e.kind = EdgeKind::Placeholder;
    } else {
        classifyEdge(m_tree, e.semanticElement, e);
    }
    if (e.kind == EdgeKind::MessageFlow) {
        const std::string_view kind = m_tree.attr(di, k.messageVisibleKind);
        if (kind == "initiating")
            e.message = MessageVisibility::Initiating;
        else if (kind == "non_initiating")
            e.message = MessageVisibility::NonInitiating;
        else if (diFlag(m_tree, di, k.isMessageVisible, false))
            e.message = MessageVisibility::Initiating;
    }
    e.z = kEdgeZ;
    return e;
}

} // namespace amtsweg

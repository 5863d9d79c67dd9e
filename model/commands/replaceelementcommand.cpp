#include "commands/replaceelementcommand.h"

#include "bpmn/elements.h"
#include "commands/lanerefs.h"
#include "di/diagraminfo.h"
#include "document.h"

#include <cmath>

namespace amtsweg {
namespace {

enum class Family { Other, Activity, Event, Gateway };

Family familyOf(const ModelTree &tree, NodeId n)
{
    if (bpmn::isActivity(tree, n))
        return Family::Activity;
    if (bpmn::isEvent(tree, n))
        return Family::Event;
    if (bpmn::isGateway(tree, n))
        return Family::Gateway;
    return Family::Other;
}

QSizeF defaultSize(Family family)
{
    switch (family) {
    case Family::Event:
        return {36, 36};
    case Family::Gateway:
        return {50, 50};
    default:
        return {100, 80};
    }
}

bool isEventDefinition(const ModelTree &tree, NodeId n)
{
    return tree.isElement(n) && tree.ns(n) == schema::Ns::Model &&
           tree.localName(n).ends_with("EventDefinition");
}

QPointF borderPoint(const QRectF &rect, const QPointF &from)
{
    const QPointF c = rect.center();
    const QPointF d = from - c;
    if (rect.contains(from) || (d.x() == 0 && d.y() == 0))
        return c;
    double f = 1;
    if (d.x() != 0)
        f = std::min(f, rect.width() / 2 / std::abs(d.x()));
    if (d.y() != 0)
        f = std::min(f, rect.height() / 2 / std::abs(d.y()));
    return c + d * f;
}

} // namespace

ReplaceElementCommand::ReplaceElementCommand(BpmnDocument *document, NodeId element,
                                             std::string newLocalName,
                                             std::optional<std::string> eventDefinition,
                                             QUndoCommand *parent)
    : DocumentCommand(document, tr("Change type"), parent), m_element(element),
      m_localName(std::move(newLocalName)), m_eventDefinition(std::move(eventDefinition))
{
}

void ReplaceElementCommand::build(ModelTree &tree, TreeEdit &edit)
{
    const NodeId old = m_element;
    if (old == kNoNode || !tree.isValid(old) || !tree.isAttached(old) || !tree.isElement(old) ||
        tree.ns(old) != schema::Ns::Model)
        return;
    const NodeId parent = tree.parent(old);
    const NodeId created = bpmn::createElement(tree, schema::uri::model, m_localName);
    if (tree.type(created) == schema::kNoType)
        return;
    const bool sameName = tree.localName(created) == tree.localName(old);
    if (sameName && !m_eventDefinition)
        return;

    // Attributes: foreign ones, and those the new type declares.
    const schema::Schema &schema = schema::Schema::instance();
    const schema::TypeId newType = tree.type(created);
    const auto span = tree.attributes(old);
    const std::vector<Attribute> attributes(span.begin(), span.end()); // setAttribute may grow
    for (const Attribute &a : attributes) {
        const QualifiedName &q = tree.names()[a.name];
        const bool foreign = !q.nsUri.empty() || q.isNamespaceDeclaration;
        if (foreign || schema.attribute(newType, q.local))
            tree.setAttribute(created, a.name, a.value);
    }
    // Children: those the new type accepts and foreign content move over; the rest stays with
    // the old node (and comes back with it on undo).
    std::vector<NodeId> children;
    for (NodeId c = tree.firstChild(old); c != kNoNode; c = tree.next(c))
        children.push_back(c);
    for (NodeId c : children) {
        if (tree.isElement(c) && tree.ns(c) == schema::Ns::Model) {
            if (isEventDefinition(tree, c) && m_eventDefinition)
                continue;
            if (bpmn::childSlotOf(tree, created, c) < 0)
                continue;
        }
        edit.detach(tree, c, ChangeNote::nothing());
        edit.insert(tree, created, c, kNoNode, ChangeNote::nothing());
    }
    if (m_eventDefinition && !m_eventDefinition->empty() && bpmn::isEvent(tree, created)) {
        const NodeId definition = bpmn::createBpmnElement(tree, *m_eventDefinition);
        edit.insert(tree, created, definition, bpmn::schemaInsertBefore(tree, created, definition),
                    ChangeNote::nothing());
    }
    // Swap the nodes: the old one goes first, so the id index points at the new one.
    const NodeId before = tree.next(old);
    edit.detach(tree, old, ChangeNote::ofStructure());
    edit.insert(tree, parent, created, before, ChangeNote::ofStructure());
    m_replacement = created;
    updateShapes(tree, edit, created);
}

void ReplaceElementCommand::updateShapes(ModelTree &tree, TreeEdit &edit, NodeId element)
{
    const NameTable::Known &k = tree.known();
    const Family family = familyOf(tree, element);
    for (NodeId shape : di::diagramElementsOf(tree, element)) {
        if (!di::isShape(tree, shape))
            continue;
        const ChangeNote note = ChangeNote::ofGeometry(shape);
        if (family == Family::Gateway && tree.localName(element) == "exclusiveGateway")
            edit.setAttribute(tree, shape, k.isMarkerVisible, "true", note);
        const auto old = di::bounds(tree, shape);
        if (!old) {
            edit.setAttribute(tree, shape, k.bpmnElement, tree.id(element), note);
            continue;
        }
        const QSizeF oldSize = old->size();
        const bool fits = (family == Family::Activity && oldSize.width() > 60) ||
                          (family != Family::Activity && family != Family::Other &&
                           oldSize == defaultSize(family));
        QRectF bounds = *old;
        if (!fits && family != Family::Other) {
            const QSizeF size = defaultSize(family);
            bounds = QRectF(old->center() - QPointF(size.width() / 2, size.height() / 2), size);
        }
        // Rewriting bpmnElement (same value) marks the shape changed for the views.
        edit.setAttribute(tree, shape, k.bpmnElement, "", ChangeNote::nothing());
        edit.setAttribute(tree, shape, k.bpmnElement, tree.id(element), note);
        if (bounds == *old)
            continue;
        lanerefs::setBounds(tree, edit, shape, bounds);
        // Edge ends on the old outline move to the new one.
        for (NodeId edge : di::edgesAttachedTo(tree, shape)) {
            const std::vector<NodeId> points = di::waypointNodes(tree, edge);
            if (points.size() < 2)
                continue;
            const bool atSource = di::edgeSourceShape(tree, edge) == shape;
            const bool atTarget = di::edgeTargetShape(tree, edge) == shape;
            for (bool source : {true, false}) {
                if ((source && !atSource) || (!source && !atTarget))
                    continue;
                const NodeId end = source ? points.front() : points.back();
                const NodeId next = source ? points[1] : points[points.size() - 2];
                const auto from = di::point(tree, next);
                if (!from)
                    continue;
                const QPointF p = borderPoint(bounds, *from);
                const ChangeNote edgeNote = ChangeNote::ofGeometry(edge);
                edit.setAttribute(tree, end, k.x, di::formatNumber(di::roundCoordinate(p.x())),
                                  edgeNote);
                edit.setAttribute(tree, end, k.y, di::formatNumber(di::roundCoordinate(p.y())),
                                  edgeNote);
            }
        }
    }
}

} // namespace amtsweg

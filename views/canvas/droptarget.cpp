#include "droptarget.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramitems.h"
#include "diagramscene.h"

namespace amtsweg {

DropFinder::DropFinder(const DiagramScene &scene, QSet<NodeId> ignored)
    : m_scene(scene), m_ignored(std::move(ignored))
{
}

DropTarget DropFinder::containerAt(const QPointF &point) const
{
    const ModelTree &t = *m_scene.tree();
    DropTarget target;
    for (QGraphicsItem *item : m_scene.items(point)) {
        if (item->type() != ShapeItem::Type)
            continue;
        const auto *shape = static_cast<const ShapeItem *>(item);
        const NodeId semantic = shape->semanticElement();
        if (!shape->isContainer() || semantic == kNoNode || m_ignored.contains(shape->diElement()))
            continue;
        if (target.shape == kNoNode)
            target.shape = shape->diElement();
        if (shape->spec().kind == ShapeKind::Lane) {
            if (target.lane == kNoNode)
                target.lane = semantic;
            continue;
        }
        target.container = semantic;
        if (shape->spec().kind != ShapeKind::Participant)
            target.lane = kNoNode; // nodes inside sub-processes are listed in no lane
        break;
    }
    if (target.container == kNoNode && target.lane != kNoNode)
        target.container = bpmn::participantOf(t, bpmn::processOf(t, target.lane));
    if (target.container == kNoNode)
        target.container = di::semanticOf(t, m_scene.plane());
    if (bpmn::isParticipant(t, target.container))
        target.container = t.resolveRef(t.attr(target.container, t.known().processRef));
    return target;
}

NodeId DropFinder::hostAt(const QPointF &centre) const
{
    const ModelTree &t = *m_scene.tree();
    constexpr qreal in = kBorderInside, out = kBorderOutside;
    const QRectF area(centre - QPointF(out, out), QSizeF(2 * out, 2 * out));
    for (QGraphicsItem *item : m_scene.items(area)) {
        if (item->type() != ShapeItem::Type)
            continue;
        const auto *shape = static_cast<const ShapeItem *>(item);
        if (m_ignored.contains(shape->diElement()) ||
            !bpmn::isActivity(t, shape->semanticElement()))
            continue;
        const QRectF r = shape->bounds();
        if (r.adjusted(-out, -out, out, out).contains(centre) &&
            !r.adjusted(in, in, -in, -in).contains(centre))
            return shape->diElement();
    }
    return kNoNode;
}

QPointF DropFinder::ontoBorder(const QRectF &host, const QPointF &centre)
{
    QPointF p(qBound(host.left(), centre.x(), host.right()),
              qBound(host.top(), centre.y(), host.bottom()));
    const qreal left = p.x() - host.left(), right = host.right() - p.x();
    const qreal top = p.y() - host.top(), bottom = host.bottom() - p.y();
    const qreal nearest = std::min({left, right, top, bottom});
    if (nearest == left)
        p.setX(host.left());
    else if (nearest == right)
        p.setX(host.right());
    else if (nearest == top)
        p.setY(host.top());
    else
        p.setY(host.bottom());
    return p;
}

} // namespace amtsweg

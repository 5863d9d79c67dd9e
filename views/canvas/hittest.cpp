#include "hittest.h"

#include "diagramitems.h"
#include "diagramscene.h"

namespace amtsweg {
namespace {

/// Width of the name strip of pools and lanes.
constexpr qreal kHeader = 30;
/// Distance from a container's border (screen px) that still grabs it.
constexpr qreal kBorderPx = 5;

bool onHeaderOrBorder(const ShapeSpec &s, const QPointF &p, qreal border)
{
    const QRectF &b = s.bounds;
    const QRectF inner = b.adjusted(border, border, -border, -border);
    if (!inner.contains(p))
        return true;
    if (s.isHorizontal)
        return p.x() < b.left() + kHeader;
    return p.y() < b.top() + kHeader;
}

} // namespace

Hit hitTest(const DiagramScene &scene, const QPointF &scenePos, NodeId ignore)
{
    Hit hit;
    const qreal border = kBorderPx / scene.viewScale();
    for (QGraphicsItem *item : scene.items(scenePos)) {
        const int type = item->type();
        if (type != ShapeItem::Type && type != EdgeItem::Type && type != LabelItem::Type)
            continue;
        const NodeId di = diElementOfItem(item);
        if (di == kNoNode || di == ignore)
            continue;
        if (type == LabelItem::Type &&
            !static_cast<LabelItem *>(item)->textRect().contains(scenePos))
            continue;
        hit.diElement = di;
        hit.isEdge = scene.edgeItem(di) != nullptr;
        if (type == ShapeItem::Type) {
            const ShapeSpec &s = static_cast<ShapeItem *>(item)->spec();
            if (s.kind == ShapeKind::Participant || s.kind == ShapeKind::Lane)
                hit.interior = !onHeaderOrBorder(s, scenePos, border);
        }
        return hit;
    }
    return hit;
}

ShapeItem *shapeAt(const DiagramScene &scene, const QPointF &scenePos, NodeId ignore)
{
    for (QGraphicsItem *item : scene.items(scenePos)) {
        if (item->type() != ShapeItem::Type)
            continue;
        auto *shape = static_cast<ShapeItem *>(item);
        if (shape->diElement() != ignore)
            return shape;
    }
    return nullptr;
}

} // namespace amtsweg

#include "shapealigner.h"

#include "di/diagraminfo.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "moveset.h"

#include <QRectF>
#include <QUndoCommand>

#include <algorithm>

namespace amtsweg {
namespace {

bool isDistribution(Alignment a)
{
    return a == Alignment::DistributeHorizontally || a == Alignment::DistributeVertically;
}

struct Placed
{
    NodeId shape;
    QRectF bounds;
};

/// Equal gaps between the first and the last shape along one axis (x when `horizontal`).
void distribute(QList<Placed> shapes, bool horizontal, QHash<NodeId, QPointF> &deltas)
{
    auto lo = [horizontal](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    auto size = [horizontal](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    std::stable_sort(shapes.begin(), shapes.end(), [&](const Placed &a, const Placed &b) {
        return lo(a.bounds) + size(a.bounds) / 2 < lo(b.bounds) + size(b.bounds) / 2;
    });
    const QRectF &first = shapes.front().bounds;
    const QRectF &last = shapes.back().bounds;
    qreal used = 0;
    for (const Placed &p : shapes)
        used += size(p.bounds);
    const qreal span = lo(last) + size(last) - lo(first);
    const qreal gap = (span - used) / qreal(shapes.size() - 1);
    qreal at = lo(first) + size(first) + gap;
    for (qsizetype i = 1; i + 1 < shapes.size(); ++i) {
        const qreal d = at - lo(shapes[i].bounds);
        if (!qFuzzyIsNull(d))
            deltas.insert(shapes[i].shape, horizontal ? QPointF(d, 0) : QPointF(0, d));
        at += size(shapes[i].bounds) + gap;
    }
}

} // namespace

QList<NodeId> ShapeAligner::alignableShapes() const
{
    const ModelTree *tree = m_scene.tree();
    if (!tree)
        return {};
    QList<NodeId> candidates;
    for (NodeId di : m_scene.selectedElements()) {
        const ShapeItem *item = m_scene.shapeItem(di);
        if (item && item->spec().kind != ShapeKind::Lane && di::bounds(*tree, di))
            candidates << di;
    }
    // Drop what moves along with another candidate (content, boundary events).
    QSet<NodeId> carried;
    for (NodeId di : std::as_const(candidates)) {
        const MoveSet set = MoveSet::collect(m_scene, {di});
        for (NodeId shape : set.shapes)
            if (shape != di)
                carried.insert(shape);
    }
    QList<NodeId> result;
    for (NodeId di : std::as_const(candidates))
        if (!carried.contains(di))
            result << di;
    std::sort(result.begin(), result.end());
    return result;
}

bool ShapeAligner::canApply(Alignment alignment) const
{
    return alignableShapes().size() >= (isDistribution(alignment) ? 3 : 2);
}

QHash<NodeId, QPointF> ShapeAligner::deltas(Alignment alignment) const
{
    QHash<NodeId, QPointF> result;
    if (!canApply(alignment))
        return result;
    QList<Placed> shapes;
    QRectF all;
    for (NodeId di : alignableShapes()) {
        const QRectF b = *di::bounds(*m_scene.tree(), di);
        shapes << Placed{di, b};
        all = all.isNull() ? b : all.united(b);
    }
    if (isDistribution(alignment)) {
        distribute(shapes, alignment == Alignment::DistributeHorizontally, result);
        return result;
    }
    for (const Placed &p : std::as_const(shapes)) {
        const QRectF &b = p.bounds;
        QPointF d;
        switch (alignment) {
        case Alignment::Left:
            d.setX(all.left() - b.left());
            break;
        case Alignment::Center:
            d.setX(all.center().x() - b.center().x());
            break;
        case Alignment::Right:
            d.setX(all.right() - b.right());
            break;
        case Alignment::Top:
            d.setY(all.top() - b.top());
            break;
        case Alignment::Middle:
            d.setY(all.center().y() - b.center().y());
            break;
        case Alignment::Bottom:
            d.setY(all.bottom() - b.bottom());
            break;
        default:
            break;
        }
        if (!d.isNull())
            result.insert(p.shape, d);
    }
    return result;
}

bool ShapeAligner::apply(Alignment alignment)
{
    const QHash<NodeId, QPointF> moves = deltas(alignment);
    BpmnDocument *doc = m_scene.document();
    if (moves.isEmpty() || !doc)
        return false;
    // One macro; each shape moves like a drag of it would (content, boundary events, flows).
    // The children apply one after the other, so a flow between two moved shapes follows both.
    auto *macro = new QUndoCommand(text(alignment).remove(QLatin1Char('&')));
    QList<NodeId> order = moves.keys();
    std::sort(order.begin(), order.end());
    for (NodeId shape : std::as_const(order))
        MoveSet::collect(m_scene, {shape}).createCommand(doc, moves.value(shape), macro);
    return doc->push(macro);
}

QString ShapeAligner::text(Alignment alignment)
{
    switch (alignment) {
    case Alignment::Left:
        return tr("Align &Left");
    case Alignment::Center:
        return tr("Align &Centre");
    case Alignment::Right:
        return tr("Align &Right");
    case Alignment::Top:
        return tr("Align &Top");
    case Alignment::Middle:
        return tr("Align &Middle");
    case Alignment::Bottom:
        return tr("Align &Bottom");
    case Alignment::DistributeHorizontally:
        return tr("Distribute &Horizontally");
    case Alignment::DistributeVertically:
        return tr("Distribute &Vertically");
    }
    return {};
}

} // namespace amtsweg

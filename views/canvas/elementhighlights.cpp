#include "elementhighlights.h"

#include "diagramitems.h"
#include "diagramscene.h"

#include <QPainter>

namespace amtsweg {

namespace {

/// Between the shape's border and the selection outline (6 units out), so both show.
constexpr qreal kGap = 3;
constexpr qreal kPenWidth = 3;

} // namespace

void ElementHighlights::set(const std::string &id, const QColor &colour)
{
    if (colour.isValid())
        m_colours[id] = colour;
    else
        m_colours.erase(id);
}

QColor ElementHighlights::colourOf(const std::string &id) const
{
    const auto it = m_colours.find(id);
    return it != m_colours.end() ? it->second : QColor();
}

QHash<NodeId, QColor> ElementHighlights::markedItems(const DiagramScene &scene) const
{
    QHash<NodeId, QColor> result;
    const ModelTree *tree = scene.tree();
    if (!tree)
        return result;
    for (const auto &[id, colour] : m_colours) {
        const NodeId semantic = tree->byId(id);
        const NodeId di = semantic != kNoNode ? scene.diElementFor(semantic) : kNoNode;
        if (di != kNoNode && scene.itemFor(di))
            result.insert(di, colour);
    }
    return result;
}

void ElementHighlights::paint(QPainter *painter, const DiagramScene &scene,
                              const QRectF &exposed) const
{
    if (m_colours.empty())
        return;
    const QHash<NodeId, QColor> marked = markedItems(scene);
    painter->save();
    for (auto it = marked.cbegin(); it != marked.cend(); ++it) {
        const QGraphicsItem *item = scene.itemFor(it.key());
        if (!item->isVisible() || !item->sceneBoundingRect().intersects(exposed))
            continue;
        QColor line = it.value();
        line.setAlpha(200);
        if (const ShapeItem *shape = scene.shapeItem(it.key())) {
            // The item sits at its bounds' top left, also while a drag moves it.
            const QRectF rect(shape->scenePos(), shape->bounds().size());
            QColor fill = it.value();
            fill.setAlpha(shape->isContainer() ? 0 : 40);
            painter->setPen(QPen(line, kPenWidth));
            painter->setBrush(fill);
            painter->drawRoundedRect(rect.adjusted(-kGap, -kGap, kGap, kGap), 6, 6);
        } else if (const EdgeItem *edge = scene.edgeItem(it.key())) {
            line.setAlpha(130);
            painter->setPen(QPen(line, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(edge->mapToScene(edge->spec().waypoints));
        }
    }
    painter->restore();
}

} // namespace amtsweg

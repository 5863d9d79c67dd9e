#include "movepreview.h"

#include "diagramitems.h"
#include "notation/diagrambuilder.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace amtsweg {

MovePreview::MovePreview(QList<QRectF> shapes, QList<QPolygonF> edges)
    : m_shapes(std::move(shapes)), m_edges(std::move(edges))
{
    setZValue(DiagramBuilder::kLabelZ + 15);
    setAcceptedMouseButtons(Qt::NoButton);
    for (const QRectF &r : std::as_const(m_shapes))
        m_rect |= r;
    for (const QPolygonF &p : std::as_const(m_edges))
        m_rect |= p.boundingRect();
    m_rect.adjust(-2, -2, 2, 2);
}

void MovePreview::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    QColor fill = selectionColor();
    fill.setAlpha(25);
    painter->setPen(QPen(selectionColor(), 0));
    painter->setBrush(fill);
    for (const QRectF &r : std::as_const(m_shapes))
        if (r.intersects(exposed))
            painter->drawRect(r);
    painter->setBrush(Qt::NoBrush);
    for (const QPolygonF &p : std::as_const(m_edges))
        if (p.boundingRect().intersects(exposed))
            painter->drawPolyline(p);
}

} // namespace amtsweg

#pragma once
// MovePreview: the outline of a large moving selection (a pool with its content) as one scene
// item, so that a drag moves one item per mouse move instead of thousands; the elements
// themselves stay in place until the move is committed.

#include <QGraphicsItem>
#include <QList>
#include <QPolygonF>

namespace amtsweg {

class MovePreview : public QGraphicsItem
{
public:
    enum { Type = UserType + 23 };
    MovePreview(QList<QRectF> shapes, QList<QPolygonF> edges);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QRectF> m_shapes;
    QList<QPolygonF> m_edges;
    QRectF m_rect;
};

} // namespace amtsweg

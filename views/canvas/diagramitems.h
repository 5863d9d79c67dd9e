#pragma once
// Scene items of the diagram canvas: one item per BPMN DI shape or edge, plus a label item for
// external labels (above everything else). Items keep the id of their DI element and a paint
// cache (the spec DiagramBuilder derives from the model); DiagramScene::updateItem refreshes it.

#include "notation/shapespec.h"

#include <QGraphicsItem>

namespace amtsweg {

class ShapeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit ShapeItem(const ShapeSpec &spec);

    NodeId diElement() const { return m_spec.diElement; }
    NodeId semanticElement() const { return m_spec.semanticElement; }
    const ShapeSpec &spec() const { return m_spec; }
    void setSpec(const ShapeSpec &spec);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ShapeSpec m_spec;
    QRectF m_rect; ///< paint area in item coordinates
};

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    explicit EdgeItem(const EdgeSpec &spec);

    NodeId diElement() const { return m_spec.diElement; }
    NodeId semanticElement() const { return m_spec.semanticElement; }
    const EdgeSpec &spec() const { return m_spec; }
    void setSpec(const EdgeSpec &spec);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EdgeSpec m_spec;
    QRectF m_rect;
};

/// The external label of a shape or the label of an edge; drawn from its owner's spec.
class LabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit LabelItem(const QGraphicsItem *owner);

    /// The DI element whose label this is.
    NodeId diElement() const;
    /// Recomputes the label area after the owner changed; false when there is no label.
    bool refresh();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const QGraphicsItem *m_owner;
    QRectF m_rect;
};

} // namespace amtsweg

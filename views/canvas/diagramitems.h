#pragma once
// Scene items of the diagram canvas: one item per BPMN DI shape or edge, plus a label item for
// external labels (above everything else). Items keep the id of their DI element and a paint
// cache (the spec DiagramBuilder derives from the model); DiagramScene::updateItem refreshes it.
// Items are selectable and draw their selection outline; previews (resize, reconnect) change
// only the paint cache until the model catches up.

#include "notation/shapespec.h"

#include <QGraphicsItem>

namespace amtsweg {

/// The selection colour of the canvas (outlines, handles, rubber band).
QColor selectionColor();

class ShapeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit ShapeItem(const ShapeSpec &spec);

    NodeId diElement() const { return m_spec.diElement; }
    NodeId semanticElement() const { return m_spec.semanticElement; }
    const ShapeSpec &spec() const { return m_spec; }
    void setSpec(const ShapeSpec &spec);
    /// Shows the shape at other bounds until the next setSpec() (resize preview).
    void setPreviewBounds(const QRectF &bounds);
    /// The model bounds (the spec's), independent of a running preview.
    QRectF bounds() const { return m_spec.bounds; }

    /// Pools, lanes, expanded sub-processes: shapes that hold others.
    bool isContainer() const;
    /// Hides the name (inside and external label) while the label editor shows it.
    void setTextHidden(bool hidden);
    bool isTextHidden() const { return m_textHidden; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateRect();

    ShapeSpec m_spec;
    QRectF m_rect; ///< paint area in item coordinates (selection outline included)
    bool m_textHidden = false;
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
    /// Draws other waypoints until the next setSpec() (drag previews).
    void setPreviewWaypoints(const QPolygonF &points);
    /// Hides the label while the label editor shows it.
    void setTextHidden(bool hidden);
    bool isTextHidden() const { return m_textHidden; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateRect();

    EdgeSpec m_spec;
    QRectF m_rect;
    bool m_textHidden = false;
};

/// The external label of a shape or the label of an edge; drawn from its owner's spec.
class LabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit LabelItem(const QGraphicsItem *owner);

    /// The DI element whose label this is.
    NodeId diElement() const;
    const QGraphicsItem *owner() const { return m_owner; }
    /// Recomputes the label area after the owner changed; false when there is no label.
    bool refresh();
    /// The area the text takes (scene coordinates, without the paint margin).
    QRectF textRect() const { return m_text; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const QGraphicsItem *m_owner;
    QRectF m_rect;
    QRectF m_text;
};

/// The DI element of a shape, edge or label item; kNoNode for other items.
NodeId diElementOfItem(const QGraphicsItem *item);

} // namespace amtsweg

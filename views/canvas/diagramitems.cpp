#include "diagramitems.h"

#include "notation/bpmnpainter.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace amtsweg {

namespace {

/// Below this zoom text is unreadable; labels are skipped to keep overviews fast.
constexpr qreal kMinLabelDetail = 0.2;

} // namespace

ShapeItem::ShapeItem(const ShapeSpec &spec)
{
    setSpec(spec);
}

void ShapeItem::setSpec(const ShapeSpec &spec)
{
    prepareGeometryChange();
    m_spec = spec;
    setPos(spec.bounds.topLeft());
    setZValue(spec.z);
    m_rect = BpmnPainter::shapePaintRect(spec).translated(-spec.bounds.topLeft());
    update();
}

void ShapeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->save();
    painter->translate(-m_spec.bounds.topLeft());
    if (!m_spec.name.isEmpty() &&
        option->levelOfDetailFromTransform(painter->worldTransform()) < kMinLabelDetail) {
        ShapeSpec withoutText = m_spec;
        withoutText.name.clear();
        BpmnPainter::paintShape(painter, withoutText);
    } else {
        BpmnPainter::paintShape(painter, m_spec);
    }
    painter->restore();
}

EdgeItem::EdgeItem(const EdgeSpec &spec)
{
    setSpec(spec);
}

void EdgeItem::setSpec(const EdgeSpec &spec)
{
    prepareGeometryChange();
    m_spec = spec;
    setZValue(spec.z);
    m_rect = BpmnPainter::edgePaintRect(spec);
    update();
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath line;
    if (m_spec.waypoints.isEmpty())
        return line;
    line.addPolygon(m_spec.waypoints);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(line);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    BpmnPainter::paintEdge(painter, m_spec);
}

LabelItem::LabelItem(const QGraphicsItem *owner) : m_owner(owner)
{
    setAcceptedMouseButtons(Qt::NoButton);
    refresh();
}

NodeId LabelItem::diElement() const
{
    if (m_owner->type() == ShapeItem::Type)
        return static_cast<const ShapeItem *>(m_owner)->diElement();
    return static_cast<const EdgeItem *>(m_owner)->diElement();
}

bool LabelItem::refresh()
{
    prepareGeometryChange();
    if (m_owner->type() == ShapeItem::Type)
        m_rect = BpmnPainter::shapeLabelRect(static_cast<const ShapeItem *>(m_owner)->spec());
    else
        m_rect = BpmnPainter::edgeLabelRect(static_cast<const EdgeItem *>(m_owner)->spec());
    // room for glyph overhang and antialiasing
    m_rect = m_rect.isEmpty() ? QRectF() : m_rect.adjusted(-2, -2, 2, 2);
    update();
    return !m_rect.isEmpty();
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kMinLabelDetail)
        return;
    if (m_owner->type() == ShapeItem::Type)
        BpmnPainter::paintShapeLabel(painter, static_cast<const ShapeItem *>(m_owner)->spec());
    else
        BpmnPainter::paintEdgeLabel(painter, static_cast<const EdgeItem *>(m_owner)->spec());
}

} // namespace amtsweg

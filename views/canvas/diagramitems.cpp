#include "diagramitems.h"

#include "fim/fimcodes.h"
#include "notation/bpmnpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace amtsweg {

namespace {

/// Below this zoom text is unreadable; labels are skipped to keep overviews fast.
constexpr qreal kMinLabelDetail = 0.2;
/// Distance of the selection outline from a shape.
constexpr qreal kOutlineGap = 6;

QPen selectionPen()
{
    QPen pen(selectionColor(), 1.5);
    pen.setCosmetic(false);
    return pen;
}

} // namespace

QColor selectionColor()
{
    return QColor(0x1e, 0x88, 0xe5);
}

NodeId diElementOfItem(const QGraphicsItem *item)
{
    if (!item)
        return 0;
    switch (item->type()) {
    case ShapeItem::Type:
        return static_cast<const ShapeItem *>(item)->diElement();
    case EdgeItem::Type:
        return static_cast<const EdgeItem *>(item)->diElement();
    case LabelItem::Type:
        return static_cast<const LabelItem *>(item)->diElement();
    default:
        return 0;
    }
}

ShapeItem::ShapeItem(const ShapeSpec &spec)
{
    setFlag(ItemIsSelectable);
    setSpec(spec);
}

void ShapeItem::setSpec(const ShapeSpec &spec)
{
    prepareGeometryChange();
    m_spec = spec;
    // A RAG group's badge shows only the type code; the tooltip names the type.
    setToolTip(spec.ragType.isEmpty() || spec.isExpanded
                   ? QString()
                   : QCoreApplication::translate("amtsweg::ShapeItem", "RAG %1: %2")
                         .arg(spec.ragType, fim::codeLabel(fim::CodeList::RagTyp, spec.ragType)));
    setPos(spec.bounds.topLeft());
    setZValue(spec.z);
    updateRect();
    update();
}

void ShapeItem::setPreviewBounds(const QRectF &bounds)
{
    prepareGeometryChange();
    m_spec.bounds = bounds;
    setPos(bounds.topLeft());
    updateRect();
    update();
}

void ShapeItem::updateRect()
{
    const QRectF paint = BpmnPainter::shapePaintRect(m_spec);
    const QRectF outline = m_spec.bounds.adjusted(-kOutlineGap - 2, -kOutlineGap - 2,
                                                  kOutlineGap + 2, kOutlineGap + 2);
    m_rect = (paint | outline).translated(-m_spec.bounds.topLeft());
}

bool ShapeItem::isContainer() const
{
    switch (m_spec.kind) {
    case ShapeKind::Participant:
    case ShapeKind::Lane:
        return true;
    case ShapeKind::SubProcess:
    case ShapeKind::Transaction:
        return m_spec.isExpanded;
    default:
        return false;
    }
}

void ShapeItem::setTextHidden(bool hidden)
{
    if (hidden == m_textHidden)
        return;
    m_textHidden = hidden;
    update();
}

QPainterPath ShapeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_spec.bounds.size()));
    return path;
}

void ShapeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->save();
    painter->translate(-m_spec.bounds.topLeft());
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (qMax(m_spec.bounds.width(), m_spec.bounds.height()) * detail <
        BpmnPainter::kSimplifiedShapePixels) {
        // a few pixels on screen (overview): icons, markers and text would not show
        BpmnPainter::paintShapeSimplified(painter, m_spec);
    } else if (!m_spec.name.isEmpty() && (m_textHidden || detail < kMinLabelDetail)) {
        ShapeSpec withoutText = m_spec;
        withoutText.name.clear();
        BpmnPainter::paintShape(painter, withoutText);
    } else {
        BpmnPainter::paintShape(painter, m_spec);
    }
    if (isSelected()) {
        painter->setPen(selectionPen());
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            m_spec.bounds.adjusted(-kOutlineGap, -kOutlineGap, kOutlineGap, kOutlineGap), 4, 4);
    }
    painter->restore();
}

EdgeItem::EdgeItem(const EdgeSpec &spec)
{
    setFlag(ItemIsSelectable);
    setSpec(spec);
}

void EdgeItem::setSpec(const EdgeSpec &spec)
{
    prepareGeometryChange();
    m_spec = spec;
    setPos(0, 0);
    setZValue(spec.z);
    updateRect();
    update();
}

void EdgeItem::setPreviewWaypoints(const QPolygonF &points)
{
    prepareGeometryChange();
    m_spec.waypoints = points;
    updateRect();
    update();
}

void EdgeItem::setTextHidden(bool hidden)
{
    m_textHidden = hidden;
}

void EdgeItem::updateRect()
{
    m_rect = BpmnPainter::edgePaintRect(m_spec);
    if (!m_spec.waypoints.isEmpty())
        m_rect |= m_spec.waypoints.boundingRect().adjusted(-6, -6, 6, 6);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath line;
    if (m_spec.waypoints.isEmpty())
        return line;
    line.addPolygon(m_spec.waypoints);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(line);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool simplified = option->levelOfDetailFromTransform(painter->worldTransform()) <
                            BpmnPainter::kSimplifiedEdgeDetail;
    if (isSelected() && m_spec.waypoints.size() > 1) {
        painter->save();
        QColor halo = selectionColor();
        halo.setAlpha(70);
        painter->setPen(QPen(halo, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(m_spec.waypoints);
        painter->restore();
    }
    if (simplified) // overview: arrow heads and markers would be a pixel or less
        BpmnPainter::paintEdgeSimplified(painter, m_spec);
    else
        BpmnPainter::paintEdge(painter, m_spec);
}

LabelItem::LabelItem(const QGraphicsItem *owner) : m_owner(owner)
{
    refresh();
}

NodeId LabelItem::diElement() const
{
    return diElementOfItem(m_owner);
}

bool LabelItem::refresh()
{
    prepareGeometryChange();
    setPos(0, 0);
    if (m_owner->type() == ShapeItem::Type)
        m_text = BpmnPainter::shapeLabelRect(static_cast<const ShapeItem *>(m_owner)->spec());
    else
        m_text = BpmnPainter::edgeLabelRect(static_cast<const EdgeItem *>(m_owner)->spec());
    // room for glyph overhang and antialiasing
    m_rect = m_text.isEmpty() ? QRectF() : m_text.adjusted(-2, -2, 2, 2);
    update();
    return !m_rect.isEmpty();
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kMinLabelDetail)
        return;
    const bool hidden = m_owner->type() == ShapeItem::Type
                            ? static_cast<const ShapeItem *>(m_owner)->isTextHidden()
                            : static_cast<const EdgeItem *>(m_owner)->isTextHidden();
    if (hidden)
        return;
    if (m_owner->type() == ShapeItem::Type)
        BpmnPainter::paintShapeLabel(painter, static_cast<const ShapeItem *>(m_owner)->spec(),
                                     m_text);
    else
        BpmnPainter::paintEdgeLabel(painter, static_cast<const EdgeItem *>(m_owner)->spec(),
                                    m_text);
}

} // namespace amtsweg

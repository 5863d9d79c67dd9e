#include "tokenhighlight.h"

#include "bpmn/elements.h"
#include "diagramitems.h"
#include "diagramscene.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace amtsweg {
namespace {

const QColor kFlowColour(0x1e, 0x88, 0xe5);
const QColor kTokenColour(0x2e, 0x7d, 0x32);
constexpr qreal kHalo = 5;     // halo distance outside the shape's border
constexpr qreal kDot = 9;      // token dot radius in diagram units

/// `units` diagram units, but at least `pixels` on the screen (the marks stay visible when the
/// whole diagram is fitted into the window).
qreal atLeast(const QPainter *painter, qreal units, qreal pixels)
{
    const qreal scale = std::max(0.05, painter->worldTransform().m11());
    return std::max(units, pixels / scale);
}

NodeId itemOf(const DiagramScene &scene, std::string_view id)
{
    const NodeId semantic = scene.tree()->byId(id);
    const NodeId di = semantic != kNoNode ? scene.diElementFor(semantic) : kNoNode;
    return di != kNoNode && scene.itemFor(di) ? di : kNoNode;
}

/// The first `fraction` of a polyline, and where it ends.
QPolygonF leadingPart(const QPolygonF &line, qreal fraction, QPointF *head)
{
    qreal length = 0;
    for (int i = 1; i < line.size(); ++i)
        length += QLineF(line[i - 1], line[i]).length();
    qreal left = length * std::clamp(fraction, 0.0, 1.0);
    QPolygonF part;
    if (line.isEmpty())
        return part;
    part << line.first();
    *head = line.first();
    for (int i = 1; i < line.size(); ++i) {
        const QLineF segment(line[i - 1], line[i]);
        if (segment.length() >= left) {
            *head = segment.length() > 0 ? segment.pointAt(left / segment.length()) : line[i];
            part << *head;
            return part;
        }
        left -= segment.length();
        part << line[i];
    }
    *head = line.last();
    return part;
}

void paintDot(QPainter *painter, QPointF centre, const QColor &colour)
{
    const qreal radius = atLeast(painter, kDot, 7);
    painter->setPen(QPen(Qt::white, radius / 4));
    painter->setBrush(colour);
    painter->drawEllipse(centre, radius, radius);
}

/// A soft halo: three outlines growing outwards and fading.
void paintHalo(QPainter *painter, const QRectF &rect, bool round, bool container,
               const QColor &colour)
{
    painter->setBrush(Qt::NoBrush);
    const qreal unit = atLeast(painter, 1, 1.2); // one diagram unit, at least 1.2 pixels
    for (int ring = 2; ring >= 0; --ring) {
        QColor c = colour;
        c.setAlpha(ring == 0 ? 240 : 110 - ring * 35);
        painter->setPen(QPen(c, (ring == 0 ? 3.5 : 4) * unit));
        const qreal out = (kHalo + ring * 3.5) * unit;
        const QRectF r = rect.adjusted(-out, -out, out, out);
        if (round)
            painter->drawEllipse(r);
        else
            painter->drawRoundedRect(r, 8 + ring * 2, 8 + ring * 2);
    }
    if (!container) {
        QColor fill = colour;
        fill.setAlpha(45);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        const qreal out = kHalo * unit;
        const QRectF r = rect.adjusted(-out, -out, out, out);
        if (round)
            painter->drawEllipse(r);
        else
            painter->drawRoundedRect(r, 8, 8);
    }
}

} // namespace

void TokenHighlight::clear()
{
    m_tokens.clear();
    m_flows.clear();
    m_pools.clear();
    m_progress = 1;
}

void TokenHighlight::addToken(const std::string &id, TokenState state)
{
    const auto it = m_tokens.find(id);
    if (it == m_tokens.end() || int(state) < int(it->second))
        m_tokens[id] = state;
}

QColor TokenHighlight::colour(TokenState state)
{
    switch (state) {
    case TokenState::Active: return QColor(0xff, 0x8f, 0x00);
    case TokenState::Waiting: return QColor(0x7e, 0x57, 0xc2);
    case TokenState::Ended: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QHash<NodeId, TokenHighlight::TokenState>
TokenHighlight::tokenItems(const DiagramScene &scene) const
{
    QHash<NodeId, TokenState> result;
    if (!scene.tree())
        return result;
    for (const auto &[id, state] : m_tokens)
        if (const NodeId di = itemOf(scene, id); di != kNoNode && scene.shapeItem(di))
            result.insert(di, state);
    return result;
}

QList<NodeId> TokenHighlight::flowItems(const DiagramScene &scene) const
{
    QList<NodeId> result;
    if (!scene.tree())
        return result;
    for (const std::string &id : m_flows)
        if (const NodeId di = itemOf(scene, id); di != kNoNode && scene.edgeItem(di))
            result << di;
    return result;
}

void TokenHighlight::paint(QPainter *painter, const DiagramScene &scene,
                           const QRectF &exposed) const
{
    if (isEmpty() || !scene.tree())
        return;
    const ModelTree &tree = *scene.tree();
    painter->save();
    for (const std::string &id : m_pools)
        if (const NodeId di = itemOf(scene, id); di != kNoNode)
            if (const ShapeItem *pool = scene.shapeItem(di))
                paintHalo(painter, QRectF(pool->scenePos(), pool->bounds().size()), false, true,
                          TokenHighlight::colour(TokenState::Active));
    for (NodeId di : flowItems(scene)) {
        const EdgeItem *edge = scene.edgeItem(di);
        const QPolygonF line = edge->mapToScene(edge->spec().waypoints);
        if (!line.boundingRect().adjusted(-20, -20, 20, 20).intersects(exposed))
            continue;
        QPointF head;
        const QPolygonF part = leadingPart(line, m_progress, &head);
        QColor c = kFlowColour;
        c.setAlpha(170);
        const bool message = bpmn::isMessageFlow(tree, edge->semanticElement());
        QPen pen(c, atLeast(painter, 6, 4), message ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(part);
        if (m_progress < 1)
            paintDot(painter, head, kTokenColour);
    }
    const QHash<NodeId, TokenState> tokens = tokenItems(scene);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        const ShapeItem *shape = scene.shapeItem(it.key());
        const QRectF rect(shape->scenePos(), shape->bounds().size());
        if (!shape->isVisible() || !rect.adjusted(-30, -30, 30, 30).intersects(exposed))
            continue;
        const bool round = bpmn::isEvent(tree, shape->semanticElement());
        paintHalo(painter, rect, round, shape->isContainer(), colour(it.value()));
        if (m_progress >= 1) {
            const QPointF corner =
                round ? rect.center() + QPointF(rect.width(), -rect.height()) * 0.36
                      : rect.topRight() + QPointF(-2, 2);
            paintDot(painter, corner,
                     it.value() == TokenState::Ended ? colour(TokenState::Ended) : kTokenColour);
        }
    }
    painter->restore();
}

} // namespace amtsweg

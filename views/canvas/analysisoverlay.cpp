#include "analysisoverlay.h"

#include "diagramitems.h"
#include "diagramscene.h"
#include "notation/shapespec.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace amtsweg {
namespace {

const QColor kBreakColour(0xd3, 0x2f, 0x2f);
const QColor kHandOffColour(0xef, 0x6c, 0x00);
constexpr qreal kGap = 4;     // outside the shape's border, inside the selection outline
constexpr qreal kBadge = 16;  // hand-off badge diameter in diagram units

/// Where a marked element is drawn: a shape's rectangle or an edge's line.
struct Geometry
{
    QRectF rect;
    QPolygonF line;
    bool container = false;
};

/// Where the hand-off badge sits on `line`: just past its middle, so that a problem marker
/// (which sits at the middle) stays visible beside it; and the direction there (a unit vector).
QPointF badgePoint(const QPolygonF &line, QPointF *direction)
{
    qreal length = 0;
    for (int i = 1; i < line.size(); ++i)
        length += QLineF(line[i - 1], line[i]).length();
    qreal left = length / 2 + std::min(kBadge * 1.1, length / 4);
    for (int i = 1; i < line.size(); ++i) {
        const QLineF segment(line[i - 1], line[i]);
        if (segment.length() >= left && segment.length() > 0) {
            const QLineF unit = segment.unitVector();
            *direction = unit.p2() - unit.p1();
            return segment.pointAt(left / segment.length());
        }
        left -= segment.length();
    }
    *direction = QPointF(1, 0);
    return line.isEmpty() ? QPointF() : line.first();
}

void paintBreak(QPainter *painter, const Geometry &g)
{
    QColor line = kBreakColour;
    if (!g.line.isEmpty()) {
        line.setAlpha(150);
        painter->setPen(QPen(line, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(g.line);
        return;
    }
    line.setAlpha(220);
    QColor fill = kBreakColour;
    fill.setAlpha(g.container ? 0 : 30);
    painter->setPen(QPen(line, 3, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(fill);
    painter->drawRoundedRect(g.rect.adjusted(-kGap, -kGap, kGap, kGap), 6, 6);
    // A "broken line" sign at the top left corner.
    const QRectF badge(g.rect.topLeft() - QPointF(kBadge / 2, kBadge / 2), QSizeF(kBadge, kBadge));
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(kBreakColour);
    painter->drawEllipse(badge);
    const QPointF c = badge.center();
    const qreal s = kBadge / 4;
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(QPolygonF{c + QPointF(-1.5 * s, 0), c + QPointF(-0.3 * s, 0),
                                    c + QPointF(0.3 * s, -s), c + QPointF(0.3 * s, s),
                                    c + QPointF(1.5 * s, 0)});
}

void paintHandOff(QPainter *painter, const Geometry &g, bool participant)
{
    if (g.line.size() < 2)
        return;
    QPointF d;
    const QPointF c = badgePoint(g.line, &d);
    const QRectF badge(c - QPointF(kBadge / 2, kBadge / 2), QSizeF(kBadge, kBadge));
    painter->setPen(QPen(participant ? QColor(Qt::white) : kHandOffColour, 1.5));
    painter->setBrush(participant ? kHandOffColour : QColor(Qt::white));
    painter->drawEllipse(badge);
    // An arrow in the flow's direction: the hand-over.
    const QColor ink = participant ? QColor(Qt::white) : kHandOffColour;
    const qreal s = kBadge * 0.3;
    const QPointF n(-d.y(), d.x());
    painter->setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(c - d * s, c + d * s);
    painter->setBrush(ink);
    painter->drawPolygon(QPolygonF{c + d * (s + 1), c + d * 0.2 * s + n * 0.7 * s,
                                   c + d * 0.2 * s - n * 0.7 * s});
}

/// Draws the marks in layers: media-break outlines and lines first, badges over them.
template <typename Lookup> void paintAll(QPainter *painter, const std::map<std::string, unsigned, std::less<>> &marks, Lookup geometryOf)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const unsigned layer : {unsigned(AnalysisOverlay::MediaBreak),
                                 unsigned(AnalysisOverlay::ParticipantHandOff)
                                     | AnalysisOverlay::LaneHandOff}) {
        for (const auto &[id, flags] : marks) {
            if (!(flags & layer))
                continue;
            Geometry g;
            if (!geometryOf(id, g))
                continue;
            if (layer == AnalysisOverlay::MediaBreak)
                paintBreak(painter, g);
            else
                paintHandOff(painter, g, flags & AnalysisOverlay::ParticipantHandOff);
        }
    }
    painter->restore();
}

} // namespace

void AnalysisOverlay::setAnalysis(const ModelTree &tree, const e2e::Analysis &analysis)
{
    m_marks.clear();
    auto mark = [&](NodeId n, Mark m) {
        if (n != kNoNode && tree.isValid(n))
            if (const std::string_view id = tree.id(n); !id.empty())
                m_marks[std::string(id)] |= m;
    };
    for (const e2e::MediaBreak &b : analysis.mediaBreaks)
        for (const NodeId n : b.elements)
            mark(n, MediaBreak);
    for (const e2e::HandOff &h : analysis.handOffs)
        mark(h.flow, h.kind == e2e::HandOff::Kind::Participant ? ParticipantHandOff : LaneHandOff);
}

unsigned AnalysisOverlay::marksOf(const std::string &id) const
{
    const auto it = m_marks.find(id);
    return it == m_marks.end() ? 0 : it->second;
}

QHash<NodeId, unsigned> AnalysisOverlay::markedItems(const DiagramScene &scene) const
{
    QHash<NodeId, unsigned> result;
    const ModelTree *tree = scene.tree();
    if (!tree)
        return result;
    for (const auto &[id, flags] : m_marks) {
        const NodeId semantic = tree->byId(id);
        const NodeId di = semantic != kNoNode ? scene.diElementFor(semantic) : kNoNode;
        if (di != kNoNode && scene.itemFor(di))
            result.insert(di, flags);
    }
    return result;
}

void AnalysisOverlay::paint(QPainter *painter, const DiagramScene &scene,
                            const QRectF &exposed) const
{
    if (m_marks.empty() || !scene.tree())
        return;
    paintAll(painter, m_marks, [&](const std::string &id, Geometry &g) {
        const NodeId semantic = scene.tree()->byId(id);
        const NodeId di = semantic != kNoNode ? scene.diElementFor(semantic) : kNoNode;
        const QGraphicsItem *item = di != kNoNode ? scene.itemFor(di) : nullptr;
        if (!item || !item->isVisible()
            || !item->sceneBoundingRect().adjusted(-kBadge, -kBadge, kBadge, kBadge).intersects(exposed))
            return false;
        if (const ShapeItem *shape = scene.shapeItem(di)) {
            g.rect = QRectF(shape->scenePos(), shape->bounds().size());
            g.container = shape->isContainer();
        } else if (const EdgeItem *edge = scene.edgeItem(di)) {
            g.line = edge->mapToScene(edge->spec().waypoints);
        }
        return !g.rect.isEmpty() || g.line.size() >= 2;
    });
}

void AnalysisOverlay::paint(QPainter *painter, const DiagramContent &content,
                            const ModelTree &tree) const
{
    if (m_marks.empty())
        return;
    paintAll(painter, m_marks, [&](const std::string &id, Geometry &g) {
        const NodeId semantic = tree.byId(id);
        if (semantic == kNoNode)
            return false;
        for (const ShapeSpec &s : content.shapes)
            if (s.semanticElement == semantic) {
                g.rect = s.bounds;
                g.container = s.kind == ShapeKind::Participant || s.kind == ShapeKind::Lane;
                return true;
            }
        for (const EdgeSpec &e : content.edges)
            if (e.semanticElement == semantic && e.waypoints.size() >= 2) {
                g.line = e.waypoints;
                return true;
            }
        return false;
    });
}

} // namespace amtsweg

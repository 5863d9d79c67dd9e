#include "problemmarkers.h"

#include "diagramitems.h"
#include "diagramscene.h"

#include <QPainter>

namespace amtsweg {
namespace {

constexpr qreal kBadge = 14; // diameter in scene units

QColor colourFor(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning: return QColor(0xef, 0x8a, 0x00);
    case Severity::Info: return QColor(0x1e, 0x6f, 0xd9);
    }
    return Qt::gray;
}

} // namespace

void ProblemMarkers::setFindings(const Diagnostics &findings)
{
    m_worst.clear();
    for (const Diagnostic &d : findings) {
        if (d.elementId.isEmpty())
            continue;
        const std::string id = d.elementId.toStdString();
        const auto it = m_worst.find(id);
        // Severity orders Error < Warning < Info: the smaller one is worse.
        if (it == m_worst.end() || int(d.severity) < int(it->second))
            m_worst[id] = d.severity;
    }
}

std::optional<Severity> ProblemMarkers::severityOf(const std::string &id) const
{
    const auto it = m_worst.find(id);
    return it == m_worst.end() ? std::nullopt : std::optional<Severity>(it->second);
}

QRectF ProblemMarkers::badgeRect(const DiagramScene &scene, NodeId diElement)
{
    QPointF centre;
    if (const ShapeItem *shape = scene.shapeItem(diElement)) {
        const QRectF rect(shape->scenePos(), shape->bounds().size());
        centre = rect.topRight() + QPointF(-kBadge / 4, kBadge / 4);
    } else if (const EdgeItem *edge = scene.edgeItem(diElement)) {
        const QPolygonF points = edge->mapToScene(edge->spec().waypoints);
        if (points.size() < 2)
            return {};
        const int i = int(points.size()) / 2;
        centre = (points[i - 1] + points[i]) / 2;
    } else {
        return {};
    }
    return QRectF(centre - QPointF(kBadge / 2, kBadge / 2), QSizeF(kBadge, kBadge));
}

void ProblemMarkers::paint(QPainter *painter, const DiagramScene &scene, const QRectF &exposed) const
{
    const ModelTree *tree = scene.tree();
    if (m_worst.empty() || !tree)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(kBadge * 0.8));
    painter->setFont(font);
    for (const auto &[id, severity] : m_worst) {
        const NodeId semantic = tree->byId(id);
        const NodeId di = semantic != kNoNode ? scene.diElementFor(semantic) : kNoNode;
        const QGraphicsItem *item = di != kNoNode ? scene.itemFor(di) : nullptr;
        if (!item || !item->isVisible())
            continue;
        const QRectF badge = badgeRect(scene, di);
        if (badge.isEmpty() || !badge.intersects(exposed))
            continue;
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(colourFor(severity));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    }
    painter->restore();
}

} // namespace amtsweg

#include "diagramrenderer.h"

#include "bpmnpainter.h"

#include <QPainter>
#include <algorithm>

namespace amtsweg {

namespace {

struct Entry
{
    qreal z;
    const ShapeSpec *shape;
    const EdgeSpec *edge;
};

} // namespace

void DiagramRenderer::paint(QPainter *painter, const DiagramContent &content)
{
    std::vector<Entry> entries;
    entries.reserve(content.shapes.size() + content.edges.size());
    for (const ShapeSpec &s : content.shapes)
        entries.push_back({s.z, &s, nullptr});
    for (const EdgeSpec &e : content.edges)
        entries.push_back({e.z, nullptr, &e});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.z < b.z; });

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Entry &entry : entries) {
        if (entry.shape)
            BpmnPainter::paintShape(painter, *entry.shape);
        else
            BpmnPainter::paintEdge(painter, *entry.edge);
    }
    for (const Entry &entry : entries) {
        if (entry.shape)
            BpmnPainter::paintShapeLabel(painter, *entry.shape);
        else
            BpmnPainter::paintEdgeLabel(painter, *entry.edge);
    }
    painter->restore();
}

QRectF DiagramRenderer::boundingRect(const DiagramContent &content)
{
    QRectF r;
    for (const ShapeSpec &s : content.shapes) {
        r |= BpmnPainter::shapePaintRect(s);
        r |= BpmnPainter::shapeLabelRect(s);
    }
    for (const EdgeSpec &e : content.edges) {
        r |= BpmnPainter::edgePaintRect(e);
        r |= BpmnPainter::edgeLabelRect(e);
    }
    return r;
}

} // namespace amtsweg

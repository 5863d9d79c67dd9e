#pragma once
// DiagramRenderer: paints a whole DiagramContent (shapes, flows, labels) in stacking order
// with BpmnPainter, for image export and printing. The canvas uses one item per element instead.

#include "shapespec.h"

#include <QRectF>

class QPainter;

namespace amtsweg {

class DiagramRenderer
{
public:
    /// Paints everything in scene coordinates: swimlanes, shapes and flows by their z, labels last.
    static void paint(QPainter *painter, const DiagramContent &content);
    /// The area everything (labels included) paints into, in scene coordinates.
    static QRectF boundingRect(const DiagramContent &content);
};

} // namespace amtsweg

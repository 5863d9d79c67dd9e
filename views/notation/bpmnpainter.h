#pragma once
// BpmnPainter: draws BPMN 2.0 symbols and their labels with QPainter, the way the
// specification and bpmn.io draw them. Stateless; used by the canvas items and by every
// image export, so that what users see is what they export.

#include "shapespec.h"

#include <QFont>

class QPainter;

namespace amtsweg {

class BpmnPainter
{
public:
    /// The label font (Arial-like sans serif, 12 px; DejaVu Sans when Arial is missing).
    static const QFont &labelFont();
    /// The font a label is drawn with: its style's (ShapeSpec::labelFont), else labelFont().
    static const QFont &labelFont(const std::optional<QFont> &styled);
    /// A label font from a BPMN DI dc:Font: `families` is a font name or a CSS-like list
    /// ("arial,helvetica,sans-serif"); unknown families fall back to the default sans-serif
    /// (or serif / monospace fonts when the name says so); `pixelSize` <= 0 keeps 12 px.
    static QFont styledLabelFont(const QString &families, qreal pixelSize, bool bold, bool italic,
                                 bool underline, bool strikeOut);

    /// Draws the symbol without its label (the label of internal-label shapes included: tasks,
    /// sub-processes, pools, lanes, annotations draw their text inside).
    static void paintShape(QPainter *painter, const ShapeSpec &shape);
    /// Draws the external label of events, gateways, data, groups (nothing for the others).
    static void paintShapeLabel(QPainter *painter, const ShapeSpec &shape);
    /// The same with the label rectangle shapeLabelRect(shape) gave (kept by canvas items, so
    /// that a repaint does not lay the text out again to place it).
    static void paintShapeLabel(QPainter *painter, const ShapeSpec &shape, const QRectF &labelRect);
    static void paintEdge(QPainter *painter, const EdgeSpec &edge);
    static void paintEdgeLabel(QPainter *painter, const EdgeSpec &edge);
    /// The same with the rectangle edgeLabelRect(edge) gave.
    static void paintEdgeLabel(QPainter *painter, const EdgeSpec &edge, const QRectF &labelRect);

    /// Level of detail for overviews: the cheap stand-in of a shape too small on screen to show
    /// its details (canvas items draw it when the shape's larger side is under
    /// kSimplifiedShapePixels device pixels): the outline, filled, as rectangle, ellipse or
    /// diamond in the shape's colours and stroke width, without icons, markers or text.
    static void paintShapeSimplified(QPainter *painter, const ShapeSpec &shape);
    /// The cheap stand-in of a flow whose markers would be too small to see (canvas items draw
    /// it below kSimplifiedEdgeDetail): the polyline in the flow's colour and width, without
    /// arrow heads, markers or dashes (dashed and dotted flows are drawn lighter instead).
    static void paintEdgeSimplified(QPainter *painter, const EdgeSpec &edge);
    /// Shapes whose larger side is below this many device pixels are drawn simplified.
    static constexpr qreal kSimplifiedShapePixels = 6;
    /// Flows are drawn simplified below this scale (arrow heads under about 1.5 pixels).
    static constexpr qreal kSimplifiedEdgeDetail = 0.14;

    /// True when the shape's name is drawn outside it (events, gateways, data, groups).
    static bool hasExternalLabel(const ShapeSpec &shape);
    /// Where the external label's text goes (DI label bounds or the default below the shape);
    /// empty when there is no external label.
    static QRectF shapeLabelRect(const ShapeSpec &shape);
    static QRectF edgeLabelRect(const EdgeSpec &edge);

    /// Area the symbol paints into (bounds plus stroke, markers and arrow heads).
    static QRectF shapePaintRect(const ShapeSpec &shape);
    static QRectF edgePaintRect(const EdgeSpec &edge);
};

} // namespace amtsweg

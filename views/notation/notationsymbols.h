#pragma once
// Internal drawing routines behind BpmnPainter, one file per symbol family. Sizes follow the
// BPMN 2.0 specification and bpmn.io's defaults; markers are designed in a unit box (36 for
// events, 50 for gateways) and scaled to the DI bounds.

#include "shapespec.h"

#include <QColor>
#include <QPen>
#include <QTextLayout>

class QPainter;
class QFont;
class QFontMetricsF;
class QPainterPath;

namespace amtsweg::notation {

// ---- style
inline constexpr qreal kTaskRadius = 10;
inline constexpr qreal kActivityStroke = 2;
inline constexpr qreal kCallActivityStroke = 5;
inline constexpr qreal kStartEventStroke = 2;
inline constexpr qreal kEndEventStroke = 4;
inline constexpr qreal kIntermediateEventStroke = 1.5;
inline constexpr qreal kGatewayStroke = 2;
inline constexpr qreal kSwimlaneStroke = 1.5;
inline constexpr qreal kSwimlaneHeader = 30;
inline constexpr qreal kFlowStroke = 1.5;
inline constexpr qreal kSequenceFlowStroke = 2;
inline constexpr qreal kMarkerSize = 14;
inline constexpr qreal kExternalLabelWidth = 90;
inline constexpr qreal kExternalLabelGap = 5;

QColor strokeColor(const QColor &specified);
QColor fillColor(const QColor &specified);
/// Label colour: the specified label colour, else the stroke colour.
QColor labelColor(const QColor &specifiedLabel, const QColor &specifiedStroke);
QPen solidPen(const QColor &color, qreal width);
/// Dashed pen with a pattern given in pixels (independent of the width).
QPen dashedPen(const QColor &color, qreal width, qreal dash, qreal gap,
               Qt::PenCapStyle cap = Qt::FlatCap);

// ---- families (each draws the symbol of one ShapeSpec, internal texts included)
void drawEvent(QPainter *p, const ShapeSpec &s);
/// Draws an event marker into `circle` (the event's circle): filled markers for throw events.
void drawEventMarker(QPainter *p, EventTrigger trigger, const QRectF &circle, bool filled,
                     const QColor &stroke, const QColor &fill);
void drawGateway(QPainter *p, const ShapeSpec &s);
void drawActivity(QPainter *p, const ShapeSpec &s);
void drawTaskIcon(QPainter *p, TaskType type, const QPointF &topLeft, bool instantiate,
                  const QColor &stroke, const QColor &fill);
/// The badge of a collapsed sub-process's RAG type (FIM): its font and where it goes.
const QFont &ragBadgeFont();
QRectF ragBadgeRect(const QRectF &bounds, const QString &code);
void drawData(QPainter *p, const ShapeSpec &s);
void drawSwimlane(QPainter *p, const ShapeSpec &s);
void drawArtifact(QPainter *p, const ShapeSpec &s);  ///< text annotation, group
void drawMiscShape(QPainter *p, const ShapeSpec &s); ///< message, conversation, placeholder
void drawEdge(QPainter *p, const EdgeSpec &e);
QRectF edgeMarkerExtent(const EdgeSpec &e);

// ---- geometry shared by several families
/// The envelope used by message markers, task icons and message flows.
void drawEnvelope(QPainter *p, const QRectF &r, const QColor &stroke, const QColor &body,
                  const QColor &flap, qreal width);
/// Regular polygon with `corners` corners, one pointing up.
QPolygonF regularPolygon(const QPointF &centre, qreal radius, int corners);

// ---- text
// Every text function takes the label's font: BpmnPainter::labelFont(spec.labelFont).
/// Draws `text` word-wrapped into `rect` with Qt alignment `flags`.
void drawText(QPainter *p, const QRectF &rect, int flags, const QString &text, const QColor &color,
              const QFont &font);
/// Draws `text` rotated by -90° centred in `band` (reads bottom to top).
void drawRotatedText(QPainter *p, const QRectF &band, const QString &text, const QColor &color,
                     const QFont &font);
/// Metrics of a label font (created once per font and kept for the next calls).
const QFontMetricsF &labelMetrics(const QFont &font);
/// Size the text takes when wrapped at `width` (as QFontMetricsF::boundingRect with word wrap
/// measures it). Remembers recent results: painting asks again for what sizing asked.
QSizeF textSize(const QString &text, qreal width, const QFont &font);

/// Measures one text at several wrap widths, shaping its glyphs only once (shaping is most of
/// the cost of a measurement). Gives exactly what textSize() gives for each width.
class TextMeasure
{
public:
    TextMeasure(const QString &text, const QFont &font);
    ~TextMeasure();
    TextMeasure(const TextMeasure &) = delete;
    TextMeasure &operator=(const TextMeasure &) = delete;
    QSizeF size(qreal width);

private:
    QString m_text;
    QFont m_font;
    QTextLayout m_layout;
    bool m_plain = true; ///< false: text QTextLayout cannot measure like QFontMetricsF
    bool m_inLayout = false;
};
/// The default external label rectangle below `shape` for `text` (bpmn.io: 90 px wide).
QRectF defaultExternalLabelRect(const QString &text, const QRectF &shape, const QFont &font);
/// Default label position of a flow: above / right of the middle of the polyline, `clearance`
/// pixels away from it.
QRectF defaultEdgeLabelRect(const QString &text, const QPolygonF &waypoints, qreal clearance,
                            const QFont &font);

} // namespace amtsweg::notation

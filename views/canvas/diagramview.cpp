#include "diagramview.h"

#include "diagramscene.h"

#include <QWheelEvent>
#include <QtMath>

namespace amtsweg {

namespace {

constexpr qreal kZoomStep = 1.2;
constexpr qreal kFitMargin = 20;

} // namespace

DiagramView::DiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setBackgroundBrush(Qt::white);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, false);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::applyZoom(qreal zoom)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::setZoom(qreal zoom)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    applyZoom(zoom);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::fitToWindow()
{
    if (!scene())
        return;
    QRectF content;
    if (auto *diagram = qobject_cast<DiagramScene *>(scene()))
        content = diagram->contentRect();
    else
        content = scene()->itemsBoundingRect();
    if (content.isEmpty())
        return;
    content.adjust(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const QSizeF available = viewport()->size();
    const qreal fit =
        qMin(available.width() / content.width(), available.height() / content.height());
    applyZoom(qMin(fit, 1.0));
    centerOn(content.center());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps)) {
        event->accept();
        return;
    }
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    applyZoom(zoom() * qPow(kZoomStep, steps));
    setTransformationAnchor(anchor);
    event->accept();
}

} // namespace amtsweg

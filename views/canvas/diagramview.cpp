#include "diagramview.h"

#include "contextpad.h"
#include "createpreview.h"
#include "diagrameditor.h"
#include "diagramscene.h"
#include "elementcreator.h"
#include "palettewidget.h"
#include "selectionhandles.h"

#include <QMimeData>
#include <QScrollBar>
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

DiagramView::~DiagramView() = default;

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setHighlights(const ElementHighlights &highlights)
{
    m_highlights = highlights;
    viewport()->update();
}

void DiagramView::setProblemMarkers(const ProblemMarkers &markers)
{
    m_problemMarkers = markers;
    viewport()->update();
}

void DiagramView::setAnalysisOverlay(const AnalysisOverlay &overlay)
{
    m_analysisOverlay = overlay;
    viewport()->update();
}

void DiagramView::setTokenHighlight(const TokenHighlight &tokens)
{
    m_tokenHighlight = tokens;
    viewport()->update();
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (const auto *diagram = qobject_cast<const DiagramScene *>(scene())) {
        m_highlights.paint(painter, *diagram, rect);
        m_analysisOverlay.paint(painter, *diagram, rect);
        m_problemMarkers.paint(painter, *diagram, rect);
        m_tokenHighlight.paint(painter, *diagram, rect);
    }
}

void DiagramView::applyZoom(qreal zoom)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    if (auto *diagram = qobject_cast<DiagramScene *>(scene())) {
        // Handles and the context pad keep their screen size.
        if (diagram->selectionHandles())
            diagram->selectionHandles()->refresh();
        if (diagram->contextPad())
            diagram->contextPad()->refresh();
    }
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

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    auto *diagram = qobject_cast<DiagramScene *>(scene());
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier &&
        !(diagram && diagram->isEditingLabel())) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            resetZoom();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(PaletteWidget::kMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString mime = QString::fromLatin1(PaletteWidget::kMimeType);
    if (!event->mimeData()->hasFormat(mime)) {
        QGraphicsView::dragMoveEvent(event);
        return;
    }
    event->acceptProposedAction();
    auto *diagram = qobject_cast<DiagramScene *>(scene());
    if (!diagram || !diagram->editor())
        return;
    if (!m_dropPreview)
        m_dropPreview = std::make_unique<CreatePreview>(
            *diagram, CreateKind(event->mimeData()->data(mime).toInt()));
    m_dropPreview->show(mapToScene(event->position().toPoint()));
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent *event)
{
    if (!m_dropPreview) {
        QGraphicsView::dragLeaveEvent(event);
        return;
    }
    m_dropPreview.reset(); // a palette drag: the base class never saw it enter
    event->accept();
}

void DiagramView::dropEvent(QDropEvent *event)
{
    m_dropPreview.reset();
    const QString mime = QString::fromLatin1(PaletteWidget::kMimeType);
    auto *diagram = qobject_cast<DiagramScene *>(scene());
    if (!event->mimeData()->hasFormat(mime) || !diagram || !diagram->editor()) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const auto kind = CreateKind(event->mimeData()->data(mime).toInt());
    const QPointF at = mapToScene(event->position().toPoint());
    const NodeId shape = diagram->editor()->creator().create(kind, at);
    diagram->setToolMode(ToolMode::Select);
    if (shape != kNoNode)
        diagram->selectElements({shape});
    event->acceptProposedAction();
}

} // namespace amtsweg

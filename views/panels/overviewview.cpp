#include "overviewview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace amtsweg {

OverviewView::OverviewView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("overviewView"));
    setAccessibleName(tr("Overview"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setBackgroundBrush(Qt::white);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(120, 80);
}

void OverviewView::setMainView(QGraphicsView *view)
{
    if (m_view == view)
        return;
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        disconnect(m_view->horizontalScrollBar(), nullptr, this, nullptr);
        disconnect(m_view->verticalScrollBar(), nullptr, this, nullptr);
        if (m_view->scene())
            disconnect(m_view->scene(), nullptr, this, nullptr);
    }
    m_view = view;
    setScene(view ? view->scene() : nullptr);
    if (view) {
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                &OverviewView::followMainView);
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &OverviewView::followMainView);
        // Zooming changes the scroll ranges: the frame follows through them.
        connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
                &OverviewView::followMainView);
        connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                &OverviewView::followMainView);
        if (view->scene())
            connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, &OverviewView::refit);
    }
    refit();
}

QRectF OverviewView::visibleSceneRect() const
{
    if (!m_view)
        return {};
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void OverviewView::refit()
{
    if (scene() && !scene()->sceneRect().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    m_frame = QRect();
    viewport()->update();
}

void OverviewView::followMainView()
{
    const QRect frame = mapFromScene(visibleSceneRect()).boundingRect().adjusted(-2, -2, 2, 2);
    viewport()->update(m_frame.united(frame));
    m_frame = frame;
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_view || !scene())
        return;
    const QRectF visible = visibleSceneRect().intersected(scene()->sceneRect());
    painter->save();
    QPen pen(QColor(0x4d, 0x90, 0xff), 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(0x4d, 0x90, 0xff, 28));
    painter->drawRect(visible);
    painter->restore();
    m_frame = mapFromScene(visible).boundingRect().adjusted(-2, -2, 2, 2);
}

void OverviewView::panTo(const QPoint &viewportPos)
{
    if (m_view)
        m_view->centerOn(mapToScene(viewportPos));
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view) {
        event->ignore();
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    event->accept();
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->accept(); // the overview always shows everything: no scrolling or zooming
}

} // namespace amtsweg

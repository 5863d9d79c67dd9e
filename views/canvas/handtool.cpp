#include "handtool.h"

#include "diagramscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QScrollBar>

namespace amtsweg {

void HandTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    m_dragging = event->button() == Qt::LeftButton;
    m_last = event->screenPos();
}

void HandTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging || m_scene.views().isEmpty())
        return;
    QGraphicsView *view = m_scene.views().front();
    const QPoint d = event->screenPos() - m_last;
    m_last = event->screenPos();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() - d.x());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - d.y());
}

void HandTool::mouseRelease(QGraphicsSceneMouseEvent *)
{
    m_dragging = false;
}

} // namespace amtsweg

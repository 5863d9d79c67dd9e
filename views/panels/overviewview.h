#pragma once
// OverviewView: the minimap. A small view on the scene of a main view, scaled to show all of
// it, with the main view's visible area framed; clicking or dragging moves that area.

#include <QGraphicsView>
#include <QPointer>

namespace amtsweg {

class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget *parent = nullptr);

    /// The view to follow and pan (null: none); shows its scene.
    void setMainView(QGraphicsView *view);
    QGraphicsView *mainView() const { return m_view; }
    /// The main view's visible area in scene coordinates (empty without a main view).
    QRectF visibleSceneRect() const;

public Q_SLOTS:
    /// Scales the scene to fit again (after the scene grew or the view was resized).
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void followMainView();
    void panTo(const QPoint &viewportPos);

    QPointer<QGraphicsView> m_view;
    QRect m_frame; ///< last painted frame, in viewport coordinates
    bool m_dragging = false;
};

} // namespace amtsweg

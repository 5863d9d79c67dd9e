#pragma once
// LaserPointer: a red dot in place of the mouse cursor over a widget (the presentation view's
// viewport), with a short trail that fades, so that a room can follow what the trainer points
// at on a projected diagram. Drawn in code on a transparent widget laid over the area: it
// takes no mouse events and never changes what lies below.

#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <deque>

namespace amtsweg {

class LaserPointer : public QWidget
{
    Q_OBJECT

public:
    /// Follows the mouse over `area`; lies over it as a child of its parent widget (over the
    /// viewport of a scroll area, not in it, so that scrolling does not move it).
    explicit LaserPointer(QWidget *area);

    /// Where the dot is (area coordinates); meaningful while isDotVisible().
    QPointF position() const { return m_position; }
    bool isDotVisible() const { return m_dotVisible; }
    /// Points of the trail still shown.
    int trailLength() const { return int(m_trail.size()); }

    static constexpr qreal kDotRadius = 7;
    /// How long a point of the trail stays, milliseconds.
    static constexpr int kTrailMs = 400;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void moveTo(const QPointF &position);
    void dropOldTrail();

    struct Trace
    {
        QPointF position;
        qint64 time;
    };

    QWidget *m_area;
    QPointF m_position;
    bool m_dotVisible = false;
    std::deque<Trace> m_trail;
    QElapsedTimer m_clock;
    QTimer m_fade;
};

} // namespace amtsweg

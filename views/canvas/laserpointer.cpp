#include "laserpointer.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace amtsweg {
namespace {

const QColor kRed(230, 20, 20);
constexpr int kMaxTrail = 64;

} // namespace

LaserPointer::LaserPointer(QWidget *area) : QWidget(area->parentWidget()), m_area(area)
{
    setObjectName(QStringLiteral("laserPointer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(area->geometry());
    area->setMouseTracking(true);
    area->setCursor(Qt::BlankCursor);
    area->installEventFilter(this);
    m_clock.start();
    m_fade.setInterval(30);
    connect(&m_fade, &QTimer::timeout, this, [this] {
        dropOldTrail();
        if (m_trail.empty())
            m_fade.stop();
        update();
    });
    raise();
}

void LaserPointer::moveTo(const QPointF &position)
{
    m_position = position;
    m_dotVisible = true;
    m_trail.push_back({position, m_clock.elapsed()});
    if (m_trail.size() > kMaxTrail)
        m_trail.pop_front();
    if (!m_fade.isActive())
        m_fade.start();
    update();
}

void LaserPointer::dropOldTrail()
{
    const qint64 now = m_clock.elapsed();
    while (!m_trail.empty() && now - m_trail.front().time > kTrailMs)
        m_trail.pop_front();
}

bool LaserPointer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_area)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove:
        moveTo(static_cast<QMouseEvent *>(event)->position());
        break;
    case QEvent::Leave:
        m_dotVisible = false;
        m_trail.clear();
        update();
        break;
    case QEvent::Resize:
    case QEvent::Move:
        setGeometry(m_area->geometry());
        raise();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void LaserPointer::paintEvent(QPaintEvent *)
{
    if (!m_dotVisible)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qint64 now = m_clock.elapsed();
    // The trail: smaller, fainter dots the older they are.
    for (const Trace &t : m_trail) {
        const qreal age = qBound(0.0, qreal(now - t.time) / kTrailMs, 1.0);
        QColor c = kRed;
        c.setAlphaF(0.45 * (1 - age));
        painter.setBrush(c);
        const qreal r = kDotRadius * (0.35 + 0.5 * (1 - age));
        painter.drawEllipse(t.position, r, r);
    }
    // The dot: a soft glow around a bright core.
    QRadialGradient glow(m_position, kDotRadius * 2.2);
    glow.setColorAt(0, QColor(255, 60, 60, 150));
    glow.setColorAt(1, QColor(255, 0, 0, 0));
    painter.setBrush(glow);
    painter.drawEllipse(m_position, kDotRadius * 2.2, kDotRadius * 2.2);
    painter.setBrush(kRed);
    painter.setPen(QPen(QColor(255, 220, 220), 1.5));
    painter.drawEllipse(m_position, kDotRadius, kDotRadius);
}

} // namespace amtsweg

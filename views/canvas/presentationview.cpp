#include "presentationview.h"

#include "diagramscene.h"
#include "laserpointer.h"

#include <QGraphicsOpacityEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QPropertyAnimation>
#include <QTimer>

namespace amtsweg {
namespace {

constexpr qreal kFitMargin = 30; // diagram units around the content

} // namespace

PresentationView::PresentationView(QWidget *parent) : DiagramView(parent)
{
    setObjectName(QStringLiteral("presentationView"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false); // nothing selects, drags or edits
    setAcceptDrops(false);
    setFocusPolicy(Qt::StrongFocus);
    m_scene = new DiagramScene(this);
    m_scene->setLabelScale(kLabelScale);
    setScene(m_scene);
    m_laser = new LaserPointer(viewport());

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background-color: rgba(40, 40, 40, 170); border-radius: 6px;"
        " padding: 6px 12px; font-size: 15px; }"));
    m_captionOpacity = new QGraphicsOpacityEffect(m_caption);
    m_caption->setGraphicsEffect(m_captionOpacity);
    m_captionFade = new QPropertyAnimation(m_captionOpacity, "opacity", this);
    m_captionFade->setDuration(900);
    m_captionFade->setStartValue(1.0);
    m_captionFade->setEndValue(0.0);
    connect(m_captionFade, &QPropertyAnimation::finished, m_caption, &QWidget::hide);
    m_captionTimer = new QTimer(this);
    m_captionTimer->setSingleShot(true);
    m_captionTimer->setInterval(kCaptionMs);
    connect(m_captionTimer, &QTimer::timeout, m_captionFade, [this] { m_captionFade->start(); });
    m_caption->hide();
}

PresentationView::~PresentationView()
{
    setScene(nullptr);
    delete m_scene;
}

void PresentationView::showPlane(const ModelTree *tree, NodeId plane, const QString &title,
                                 int index, int count)
{
    m_scene->setDiagram(tree, plane);
    fitPage();
    showCaption(title, index, count);
}

void PresentationView::fitPage()
{
    const QRectF content =
        m_scene->contentRect().adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    if (content.isEmpty() || viewport()->width() < 10 || viewport()->height() < 10)
        return;
    const qreal fit = qMin(viewport()->width() / content.width(),
                           viewport()->height() / content.height());
    setZoom(qMin(fit, kMaxFitZoom));
    centerOn(content.center());
}

void PresentationView::showCaption(const QString &title, int index, int count)
{
    m_caption->setText(tr("%1   %2 / %3").arg(title).arg(index + 1).arg(count));
    m_caption->adjustSize();
    placeCaption();
    m_captionFade->stop();
    m_captionOpacity->setOpacity(1.0);
    m_caption->show();
    m_caption->raise();
    m_captionTimer->start();
}

void PresentationView::placeCaption()
{
    m_caption->move(16, height() - m_caption->height() - 16);
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        Q_EMIT nextRequested();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        Q_EMIT previousRequested();
        break;
    case Qt::Key_Home:
        Q_EMIT firstRequested();
        break;
    case Qt::Key_End:
        Q_EMIT lastRequested();
        break;
    case Qt::Key_Escape:
        Q_EMIT leaveRequested();
        break;
    default:
        // Ctrl +/-/0 still zoom; everything else goes nowhere: the scene has no editor.
        DiagramView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    DiagramView::resizeEvent(event);
    fitPage();
    placeCaption();
}

} // namespace amtsweg

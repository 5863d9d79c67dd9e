#pragma once
// PresentationView: the canvas of presentation mode. Shows one plane of a model read-only
// (a DiagramScene without editor: no selection, context pad or handles) with labels drawn
// kLabelScale times larger, fitted to the screen; the mouse is a laser pointer; a discreet
// caption with the page's name and "3 / 7" fades out after a moment. Keys ask for the next
// page (Page Down, Right, Space, Down), the previous one (Page Up, Left, Backspace, Up), the
// first and last (Home, End), or to leave (Esc); what a page is, is the caller's business.

#include "bpmn/modeltree.h"
#include "diagramview.h"

class QLabel;
class QGraphicsOpacityEffect;
class QPropertyAnimation;
class QTimer;

namespace amtsweg {

class DiagramScene;
class LaserPointer;

class PresentationView : public DiagramView
{
    Q_OBJECT

public:
    explicit PresentationView(QWidget *parent = nullptr);
    ~PresentationView() override;

    /// Shows `plane` of `tree` (which must outlive the view or the next showPlane()) as page
    /// `index` (0-based) of `count`, titled `title`.
    void showPlane(const ModelTree *tree, NodeId plane, const QString &title, int index,
                   int count);
    DiagramScene *diagramScene() const { return m_scene; }
    LaserPointer *laserPointer() const { return m_laser; }
    /// The caption ("Name", "3 / 7"); hidden once it faded out.
    QLabel *caption() const { return m_caption; }
    /// Fits the page to the view, enlarging small diagrams up to kMaxFitZoom.
    void fitPage();

    static constexpr qreal kLabelScale = 1.4;
    static constexpr qreal kMaxFitZoom = 3.0;
    /// How long the caption stays before it fades, milliseconds.
    static constexpr int kCaptionMs = 2500;

Q_SIGNALS:
    void nextRequested();
    void previousRequested();
    void firstRequested();
    void lastRequested();
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCaption(const QString &title, int index, int count);
    void placeCaption();

    DiagramScene *m_scene;
    LaserPointer *m_laser;
    QLabel *m_caption;
    QGraphicsOpacityEffect *m_captionOpacity;
    QPropertyAnimation *m_captionFade;
    QTimer *m_captionTimer;
};

} // namespace amtsweg

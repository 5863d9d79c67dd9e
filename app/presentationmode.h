#pragma once
// PresentationMode: View > Presentation Mode (F5; Esc or F5 leaves), for trainers showing a
// model to a room. The main window goes full screen with every dock, tool bar (the palette
// too), the menu bar, the status bar and the tab bar hidden, and a PresentationView laid over
// it shows the current document page by page (presentationSteps(): each tab's diagram, then
// the sub-processes drawn on it), read-only, labels larger, the mouse a laser pointer. Leaving
// puts back the window as it was: geometry, full-screen flag, docks and bars, and the zoom and
// position of the page that was shown. The tabs themselves are never touched meanwhile.

#include "bpmn/modeltree.h"
#include "canvas/presentationview.h"
#include "presentationsteps.h"

#include <QByteArray>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRect>

#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace amtsweg {

class BpmnDocument;
class DiagramPage;
class MainWindow;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    /// Adds the action to `viewMenu` and to `window` (so that F5 works without menu bar).
    PresentationMode(MainWindow *window, QMenu *viewMenu);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_view != nullptr; }
    /// The canvas while presenting, else nullptr.
    PresentationView *view() const { return m_view; }
    /// Starts with the page shown in the current tab. False when there is nothing to show.
    bool start();
    void stop();

    int stepCount() const { return int(m_steps.size()); }
    /// The page shown (0-based), -1 when not presenting.
    int currentStep() const { return isActive() ? m_current : -1; }
    const PresentationStep *step() const;
    void showStep(int index);
    void next() { showStep(m_current + 1); }
    void previous() { showStep(m_current - 1); }

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What leaving puts back.
    struct SavedWindow
    {
        QRect geometry; ///< of the normal window (restoreGeometry() would add frame offsets)
        QByteArray dockState;
        Qt::WindowStates windowState;
        bool menuBarShown = true;
        bool statusBarShown = true;
        bool tabBarShown = true;
        std::vector<QPointer<QWidget>> shownBars; ///< docks and tool bars that were shown
        QPointer<DiagramPage> page;
        qreal zoom = 1;
        QPointF centre;
    };

    void hideChrome();
    void restoreChrome();

    MainWindow *m_window;
    QAction *m_action;
    QPointer<PresentationView> m_view; ///< a child of the window
    QPointer<BpmnDocument> m_document;
    std::vector<PresentationStep> m_steps;
    int m_current = 0;
    SavedWindow m_saved;
};

} // namespace amtsweg

#pragma once
// TokenWalkBar: View > Token Walk-through (workshop mode): a small bar at the bottom of the
// canvas that walks a token through the process shown (simulation::TokenWalk) to explain it to
// a room. It starts at the selected start event (else it offers the start events); each step
// lists what may happen next as numbered choices (the flow's label or the target's name), Next
// takes the only one, Back takes a step back, Restart goes to the start, Stop ends the walk.
// The canvas shows the tokens with a halo and a dot, the flow just taken with a dot travelling
// along it (TokenHighlight), and scrolls to keep the tokens in sight (drilling into a
// sub-process when the token went inside). While the walk runs the keys work without a menu:
// N or Right = next, 1…9 = choose, Backspace = back, Esc = stop. The walk only reads the model;
// a reset of the document (or closing the canvas) stops it.

#include "bpmn/modeltree.h"
#include "canvas/tokenhighlight.h"
#include "simulation/tokenwalk.h"

#include <QFrame>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QAbstractButton;
class QAction;
class QLabel;
class QShortcut;
class QToolButton;
class QVariantAnimation;
class QVBoxLayout;

namespace amtsweg {

class DiagramView;
class MainWindow;

class TokenWalkBar : public QFrame
{
    Q_OBJECT

public:
    /// A bar over the main window's canvas, started and stopped by action() on the current
    /// tab. Hidden until a walk starts.
    explicit TokenWalkBar(MainWindow *window);
    ~TokenWalkBar() override;

    /// View > Token Walk-through (checkable, F9).
    QAction *action() const { return m_action; }
    /// The widget the bar lies over (at its bottom centre), e.g. a presentation canvas.
    void setHost(QWidget *host);

    /// Starts a walk on `view` showing `tree`: at `selected` when it is a start event, at the
    /// only start event, or the start events are offered as choices. False when the model has
    /// no start event.
    bool start(DiagramView *view, const ModelTree *tree, NodeId selected = kNoNode);
    void stop();
    bool isActive() const { return m_walk != nullptr; }
    DiagramView *view() const { return m_view; }
    const simulation::TokenWalk *walk() const { return m_walk.get(); }

    /// Takes the only next step (nothing when there are several or none).
    void next();
    /// Takes choice `index` (0-based) of choiceTexts().
    void choose(int index);
    void back();
    void restart();

    /// The choices shown, in order (start events before the walk has started).
    QStringList choiceTexts() const;
    QList<QAbstractButton *> choiceButtons() const;
    QString statusText() const;
    QToolButton *nextButton() const { return m_next; }
    QToolButton *backButton() const { return m_back; }
    /// What the canvas shows now.
    const TokenHighlight &highlight() const { return m_highlight; }

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleFromWindow(bool on);
    void startAt(NodeId startEvent);
    void refresh();
    void rebuildChoices(const QStringList &texts);
    void showHighlight();
    void revealTokens();
    void place();
    void setShortcutsEnabled(bool on);
    QString tokenList() const;

    MainWindow *m_window;
    QPointer<QWidget> m_host;
    QPointer<DiagramView> m_view;
    const ModelTree *m_tree = nullptr;
    std::unique_ptr<simulation::TokenWalk> m_walk;
    std::vector<NodeId> m_startChoices; ///< offered before the walk starts
    std::vector<simulation::Move> m_moves;
    TokenHighlight m_highlight;
    QAction *m_action;
    QLabel *m_status;
    QToolButton *m_next;
    QToolButton *m_back;
    QToolButton *m_restart;
    QWidget *m_choiceBox;
    QVBoxLayout *m_choiceLayout;
    QVariantAnimation *m_animation;
    std::vector<QShortcut *> m_shortcuts;
    QMetaObject::Connection m_viewGone;
};

} // namespace amtsweg

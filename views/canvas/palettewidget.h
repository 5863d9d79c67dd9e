#pragma once
// PaletteWidget: the modelling palette as a tool bar: hand, select, connect, and one entry per
// element kind (events, gateway, task, sub-process, data, annotation, pool, lane). Clicking an
// entry switches the canvas tool (then click or drag on the canvas); entries can also be
// dragged onto the canvas. In FIM mode (the scene's, DiagramScene::isFimMode) only the entries of
// the FIM-BPMN profile are shown (canvas/fimkinds.h).
//
// Keyboard: Ctrl+Shift+P (focusShortcut()) focuses the palette; the arrow keys, Home and End move
// between its entries; Enter or Space creates the element in the middle of the visible area, or
// appended to the selected flow node (one undo step), selects it, opens its label editor and
// gives the canvas the focus back; on a tool entry it switches to that tool. Esc goes back to
// the canvas.

#include "bpmn/modeltree.h"
#include "toolmode.h"

#include <QKeySequence>
#include <QPointer>
#include <QStringList>
#include <QToolBar>

class QActionGroup;
class QToolButton;

namespace amtsweg {

class DiagramScene;

class PaletteWidget : public QToolBar
{
    Q_OBJECT

public:
    /// Mime type of palette drags; the data is the CreateKind as a number.
    static constexpr const char *kMimeType = "application/x-amtsweg-create";
    /// The window shortcut that gives the palette the keyboard focus.
    static QKeySequence focusShortcut();

    explicit PaletteWidget(QWidget *parent = nullptr);

    /// The scene whose tool the palette drives and shows (null: none).
    void setScene(DiagramScene *scene);
    QAction *actionFor(ToolMode mode, CreateKind kind = CreateKind::Task) const;
    /// Shows only the FIM-BPMN entries (on) or every entry (off); follows the scene's mode.
    void setFimMode(bool on);
    bool isFimMode() const { return m_fimMode; }
    /// The entries shown, in order (their texts; for tests and the manual).
    QStringList visibleEntries() const;
    /// Gives the keyboard focus to the checked entry (or the first).
    void focusEntries();
    /// Creates an element of `kind` as Enter on its entry does; returns its shape or kNoNode.
    NodeId createFromKeyboard(CreateKind kind);

Q_SIGNALS:
    void toolChosen(amtsweg::ToolMode mode, amtsweg::CreateKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *addTool(const QString &text, const QString &shortcutHint, ToolMode mode,
                     CreateKind kind);
    /// Draws the entries' icons in the widget's palette colours (again after a change).
    void updateIcons();
    void showTool(ToolMode mode, CreateKind kind);
    /// Arrows, Home, End, Enter, Space and Esc on an entry; true when handled.
    bool entryKey(QToolButton *button, int key);
    QList<QToolButton *> visibleButtons() const;
    void focusCanvas();

    QActionGroup *m_group;
    QPointer<DiagramScene> m_scene;
    QMetaObject::Connection m_sceneConnection;
    QMetaObject::Connection m_fimConnection;
    bool m_fimMode = false;
    QPoint m_pressPos;
};

} // namespace amtsweg

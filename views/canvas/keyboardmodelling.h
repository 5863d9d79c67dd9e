#pragma once
// KeyboardModelling: modelling with the keyboard alone, in the spirit of bpmn.io's keyboard
// bindings and its context pad.
//
//   Tab / Shift+Tab        next / previous shape in reading order (rows top to bottom, left to
//                          right; a pool or lane before its contents); past the last one the
//                          selection is cleared and the focus leaves the canvas
//   Ctrl+arrow             the nearest shape in that direction
//   Ctrl+Shift+arrow       adds the nearest shape in that direction to the selection
//   A, G, I, N, T          append task, gateway, intermediate event, end event, text annotation
//                          to the selected flow node (the context pad's append entries)
//   Shift+A                the context pad's append entries as a menu
//   K                      connects the two selected shapes (first selected to second):
//                          sequence or message flow, association, data association as the
//                          connection rules allow
//
// The selection is scrolled into view. An append is one undo step; it selects the new element
// and opens its label editor. The model changes only through ElementCreator and
// ConnectionMaker (via the context pad), so the rules of mouse modelling hold.

#include "bpmn/modeltree.h"
#include "contextpad.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

class QKeyEvent;

namespace amtsweg {

class DiagramScene;

class KeyboardModelling : public QObject
{
    Q_OBJECT

public:
    /// Watches `scene` for Tab and Shift+Tab (which QGraphicsScene keeps for item focus).
    explicit KeyboardModelling(DiagramScene &scene);

    /// The keys above except Tab; false when the key is not one of them or does not apply.
    bool handleKey(QKeyEvent *event);

    /// The shapes of the diagram in the order Tab visits them.
    QList<NodeId> readingOrder() const;
    /// Selects the next (previous) shape in reading order; false past the end (selection
    /// cleared).
    bool cycleSelection(bool forward);
    /// Selects (with `extend`: adds) the nearest shape in direction `key` (an arrow key).
    bool moveSelection(int key, bool extend);
    /// Performs an append entry of the context pad for the single selected element, selects
    /// the new element and opens its label editor.
    bool append(ContextPad::Entry entry);
    /// Opens the append entries as a menu under the context pad.
    bool showAppendMenu();
    /// Connects two selected shapes; false when not two or no connection is allowed.
    bool connectSelection();
    /// Scrolls the views so that a DI element is visible.
    void reveal(NodeId diElement) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The element the keyboard works from: the last one it selected, else one selected.
    NodeId current() const;
    void select(NodeId diElement, bool extend);
    /// Gives the focus to the next (previous) widget in the focus chain after the view.
    void leaveCanvas(bool forward);

    DiagramScene &m_scene;
    NodeId m_anchor = kNoNode;  ///< first of a keyboard selection (source of K)
    NodeId m_current = kNoNode; ///< last shape the keyboard selected
};

} // namespace amtsweg

#pragma once
// DiagramEditor: the editing operations of one DiagramScene (selection, delete, nudge, move,
// labels, resize, routes), and the keyboard shortcuts bpmn.io users know. It changes the model
// only through BpmnDocument (its mutators, or push() of a command); creation, connections and
// the clipboard live in ElementCreator, ConnectionMaker and DiagramClipboard.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

class QKeyEvent;

namespace amtsweg {

class BpmnDocument;
class ConnectionMaker;
class DiagramClipboard;
class DiagramScene;
class ElementCreator;
class ElementReplacer;
class KeyboardModelling;
struct MoveSet;

class DiagramEditor
{
    Q_DECLARE_TR_FUNCTIONS(DiagramEditor)

public:
    explicit DiagramEditor(DiagramScene &scene);
    ~DiagramEditor();
    DiagramEditor(const DiagramEditor &) = delete;
    DiagramEditor &operator=(const DiagramEditor &) = delete;

    DiagramScene &scene() const { return m_scene; }
    BpmnDocument &document() const;
    const ModelTree &tree() const;
    ElementCreator &creator() const { return *m_creator; }
    ConnectionMaker &connector() const { return *m_connector; }
    DiagramClipboard &clipboard() const { return *m_clipboard; }
    ElementReplacer &replacer() const { return *m_replacer; }
    KeyboardModelling &keyboard() const { return *m_keyboard; }

    /// The canvas shortcuts (Del, Ctrl+A, arrows, E, R, C, H, Esc, Ctrl+C/X/V/D, Ctrl+Z/Y) and
    /// those of modelling with the keyboard alone (KeyboardModelling: Tab, Ctrl+arrows, A, G,
    /// I, N, T, Shift+A, K).
    bool handleKey(QKeyEvent *event);

    void selectAll();
    /// Removes the selected elements with their attached flows (one command).
    void deleteSelection();
    /// Moves the selection (with contents and attached edges) by `delta` (one command).
    void nudgeSelection(const QPointF &delta);
    /// Moves a move set by `delta` in one MoveShapesCommand; edges with one moving end keep
    /// orthogonal routes.
    void moveShapes(const MoveSet &set, const QPointF &delta);

    bool hasEditableLabel(NodeId diElement) const;
    QString labelText(NodeId diElement) const;
    /// Sets the name (text annotations: their text) of the element drawn by `diElement`.
    void setLabel(NodeId diElement, const QString &text);

    /// Resizes a shape; lanes take their neighbours and pool along, pools their lanes.
    void resizeShape(NodeId shape, const QRectF &bounds);
    void setWaypoints(NodeId edge, const QList<QPointF> &points);

private:
    DiagramScene &m_scene;
    std::unique_ptr<ElementCreator> m_creator;
    std::unique_ptr<ConnectionMaker> m_connector;
    std::unique_ptr<DiagramClipboard> m_clipboard;
    std::unique_ptr<ElementReplacer> m_replacer;
    std::unique_ptr<KeyboardModelling> m_keyboard;
};

} // namespace amtsweg

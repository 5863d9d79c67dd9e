#pragma once
// CanvasTool: one way of reacting to the mouse on a DiagramScene (select/move, connect, create).
// The scene forwards its mouse and key events to the active tool. Tools never change the model
// themselves: they preview on scene items and hand the result to DiagramEditor, which goes
// through BpmnDocument.

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace amtsweg {

class DiagramScene;

class CanvasTool
{
public:
    explicit CanvasTool(DiagramScene &scene) : m_scene(scene) {}
    virtual ~CanvasTool() = default;
    CanvasTool(const CanvasTool &) = delete;
    CanvasTool &operator=(const CanvasTool &) = delete;

    virtual void mousePress(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseMove(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseRelease(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseDoubleClick(QGraphicsSceneMouseEvent *) {}
    /// True when the tool used the key (Esc cancelling a drag ...).
    virtual bool keyPress(QKeyEvent *) { return false; }
    /// Drops any running interaction and its preview (tool switch, model reset).
    virtual void cancel() {}

protected:
    DiagramScene &m_scene;
};

} // namespace amtsweg

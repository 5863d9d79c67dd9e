#pragma once
// DragInteraction: one running mouse drag of the select tool (move, resize, bendpoint,
// reconnect). It previews on scene items while the mouse moves and changes the model once, in
// finish(); cancel() (Esc) puts the items back.

#include <QPointF>
#include <Qt>

namespace amtsweg {

class DragInteraction
{
public:
    virtual ~DragInteraction() = default;
    /// The mouse is at `scenePos`; Alt held disables snapping.
    virtual void update(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) = 0;
    virtual void finish() = 0;
    virtual void cancel() = 0;
};

} // namespace amtsweg

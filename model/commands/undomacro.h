#pragma once

#include <QString>

class QUndoStack;

namespace amtsweg {

// One undo step made of several pushed commands, for the scope of this object. A macro that
// ends up empty, because every edit in it was refused, is taken off the stack again, so the user
// never sees an undo entry that does nothing. An UndoMacro opened while another is open on the
// same stack adds nothing of its own: its commands join the outer step.
class UndoMacro
{
public:
    UndoMacro(QUndoStack *stack, const QString &text);
    ~UndoMacro();

    UndoMacro(const UndoMacro &) = delete;
    UndoMacro &operator=(const UndoMacro &) = delete;

private:
    QUndoStack *m_stack;
    bool m_outermost;
};

} // namespace amtsweg

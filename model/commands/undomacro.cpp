#include "undomacro.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <QVariant>

namespace amtsweg {

namespace {

constexpr char kOpenProperty[] = "amtswegUndoMacroOpen";

} // namespace

UndoMacro::UndoMacro(QUndoStack *stack, const QString &text)
    : m_stack(stack), m_outermost(!stack->property(kOpenProperty).toBool())
{
    if (!m_outermost)
        return;
    m_stack->setProperty(kOpenProperty, true);
    m_stack->beginMacro(text);
}

UndoMacro::~UndoMacro()
{
    if (!m_outermost)
        return;
    m_stack->endMacro();
    m_stack->setProperty(kOpenProperty, false);
    // endMacro() leaves the macro on top of the stack; an obsolete command is deleted when it
    // is undone, and undoing an empty macro changes nothing.
    auto *macro = const_cast<QUndoCommand *>(m_stack->command(m_stack->index() - 1));
    if (!macro || macro->childCount() > 0)
        return;
    macro->setObsolete(true);
    m_stack->undo();
}

} // namespace amtsweg

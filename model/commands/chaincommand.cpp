#include "commands/chaincommand.h"

namespace amtsweg {

void ChainCommand::redo()
{
    if (m_built) {
        QUndoCommand::redo();
        return;
    }
    m_built = true;
    for (int i = 0; i < childCount(); ++i)
        const_cast<QUndoCommand *>(child(i))->redo();
    buildSteps();
    bool changed = false;
    for (int i = 0; i < childCount(); ++i)
        changed = changed || !child(i)->isObsolete();
    setObsolete(!changed);
}

void ChainCommand::undo()
{
    QUndoCommand::undo();
}

} // namespace amtsweg

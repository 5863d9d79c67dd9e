#include "commands/documentcommand.h"

#include "document.h"

namespace amtsweg {

DocumentCommand::DocumentCommand(BpmnDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void DocumentCommand::redo()
{
    m_document->beginApplying();
    if (!m_built) {
        m_built = true;
        build(m_document->mutableTree(), m_edit);
        if (m_edit.isEmpty())
            setObsolete(true);
    } else {
        m_edit.redo(m_document->mutableTree());
    }
    m_document->emitChanges(m_edit.changes(false));
    m_document->endApplying();
}

void DocumentCommand::undo()
{
    m_document->beginApplying();
    m_edit.undo(m_document->mutableTree());
    m_document->emitChanges(m_edit.changes(true));
    m_document->endApplying();
}

void DocumentCommand::absorb(DocumentCommand &other)
{
    m_edit.append(std::move(other.m_edit));
}

void DocumentCommand::revertAndDrop()
{
    undo();
    m_edit = TreeEdit();
    setObsolete(true);
}

} // namespace amtsweg

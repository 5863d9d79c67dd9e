#pragma once
// DocumentCommand: base of every command that changes a BpmnDocument. The first redo() calls
// build(), which changes the tree through a TreeEdit that records each change; later undo() and
// redo() replay that record exactly. Both run with the document's isApplyingCommand() guard
// set and emit the document's change signals afterwards. A build() that changes nothing makes
// the command obsolete, so QUndoStack drops it.

#include "commands/treeedit.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace amtsweg {

class BpmnDocument;

class DocumentCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

    BpmnDocument *document() const { return m_document; }

protected:
    DocumentCommand(BpmnDocument *document, const QString &text, QUndoCommand *parent = nullptr);

    /// Performs the change on first execution, recording every step in `edit`.
    virtual void build(ModelTree &tree, TreeEdit &edit) = 0;

    /// For mergeWith(): appends `other`'s record (already applied) to this command's.
    void absorb(DocumentCommand &other);
    /// For mergeWith(): reverts everything this command recorded (emitting the signals) and
    /// marks it obsolete, when a merge turned it into a no-op.
    void revertAndDrop();
    bool isBuilt() const { return m_built; }

private:
    BpmnDocument *m_document;
    TreeEdit m_edit;
    bool m_built = false;
};

} // namespace amtsweg

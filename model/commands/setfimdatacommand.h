#pragma once
// SetFimDataCommand: writes or removes the FIM data of one element (docs/fim-extension.md): the
// Prozesssteckbrief of a process or collaboration, or the Referenzaktivitätengruppe of a
// sub-process. The element is rebuilt from the values (fimbuild.h), keeping what Amtsweg did not
// understand in the old one, and replaces it in place; an owner without extensionElements gets
// them. Views see elementChanged(owner, <the FIM element's name>). Commands do not merge: the
// panels push one per finished field edit, and each is its own undo step.

#include "commands/documentcommand.h"
#include "fim/fimdata.h"

#include <variant>

namespace amtsweg {

class SetFimDataCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFimDataCommand)

public:
    /// Sets the owner's Prozesssteckbrief.
    SetFimDataCommand(BpmnDocument *document, NodeId owner, fim::Prozesssteckbrief steckbrief,
                      QUndoCommand *parent = nullptr);
    /// Sets the owner's Referenzaktivitätengruppe.
    SetFimDataCommand(BpmnDocument *document, NodeId owner, fim::Aktivitaetengruppe group,
                      QUndoCommand *parent = nullptr);

    enum class Kind { Steckbrief, Group };
    /// Removes the owner's Steckbrief or group (nothing when it has none).
    static SetFimDataCommand *removing(BpmnDocument *document, NodeId owner, Kind kind,
                                       QUndoCommand *parent = nullptr);

    NodeId owner() const { return m_owner; }
    Kind kind() const;


protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    struct Removal
    {
        Kind kind;
    };
    using Value = std::variant<fim::Prozesssteckbrief, fim::Aktivitaetengruppe, Removal>;
    SetFimDataCommand(BpmnDocument *document, NodeId owner, Value value, const QString &text,
                      QUndoCommand *parent);

    NodeId m_owner;
    Value m_value;
};

} // namespace amtsweg

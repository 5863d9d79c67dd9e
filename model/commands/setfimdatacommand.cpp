#include "commands/setfimdatacommand.h"

#include "bpmn/bpmnschema.h"
#include "document.h"
#include "fim/fimbuild.h"
#include "fim/fimnames.h"
#include "fim/fimread.h"

namespace amtsweg {
namespace {

std::string_view localNameOf(SetFimDataCommand::Kind kind)
{
    return kind == SetFimDataCommand::Kind::Steckbrief ? fim::names::prozesssteckbrief
                                                       : fim::names::aktivitaetengruppe;
}

} // namespace

SetFimDataCommand::SetFimDataCommand(BpmnDocument *document, NodeId owner, Value value,
                                     const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, parent), m_owner(owner), m_value(std::move(value))
{
}

SetFimDataCommand::SetFimDataCommand(BpmnDocument *document, NodeId owner,
                                     fim::Prozesssteckbrief steckbrief, QUndoCommand *parent)
    : SetFimDataCommand(document, owner, Value(std::move(steckbrief)),
                        tr("Change Prozesssteckbrief"), parent)
{
}

SetFimDataCommand::SetFimDataCommand(BpmnDocument *document, NodeId owner,
                                     fim::Aktivitaetengruppe group, QUndoCommand *parent)
    : SetFimDataCommand(document, owner, Value(std::move(group)),
                        tr("Change Aktivitätengruppe"), parent)
{
}

SetFimDataCommand *SetFimDataCommand::removing(BpmnDocument *document, NodeId owner, Kind kind,
                                               QUndoCommand *parent)
{
    return new SetFimDataCommand(document, owner, Value(Removal{kind}),
                                 kind == Kind::Steckbrief ? tr("Remove Prozesssteckbrief")
                                                          : tr("Remove Aktivitätengruppe"),
                                 parent);
}

SetFimDataCommand::Kind SetFimDataCommand::kind() const
{
    if (const auto *removal = std::get_if<Removal>(&m_value))
        return removal->kind;
    return std::holds_alternative<fim::Prozesssteckbrief>(m_value) ? Kind::Steckbrief
                                                                   : Kind::Group;
}

void SetFimDataCommand::build(ModelTree &tree, TreeEdit &edit)
{
    const std::string_view local = localNameOf(kind());
    const NameId property = tree.names().intern(schema::uri::amtsweg, local);
    const ChangeNote note = ChangeNote::ofProperty(m_owner, property);
    const NodeId old = fim::extensionChild(tree, m_owner, local);

    if (std::holds_alternative<Removal>(m_value)) {
        if (old != kNoNode)
            edit.detach(tree, old, note);
        return;
    }
    const NodeId built = std::holds_alternative<fim::Prozesssteckbrief>(m_value)
        ? fim::buildProzesssteckbrief(tree, std::get<fim::Prozesssteckbrief>(m_value))
        : fim::buildAktivitaetengruppe(tree, std::get<fim::Aktivitaetengruppe>(m_value));
    const fim::Placement p = fim::placementFor(tree, m_owner, built);
    if (p.old != kNoNode)
        edit.detach(tree, p.old, ChangeNote::nothing());
    edit.insert(tree, p.parent, p.node, p.before, note);
}

} // namespace amtsweg

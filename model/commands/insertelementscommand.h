#pragma once
// InsertElementsCommand: links several prepared detached subtrees into the model in one step
// (paste, a data object with its reference, a pool with its process, a data association).

#include "commands/documentcommand.h"

#include <QString>

#include <string>
#include <vector>

namespace amtsweg {

/// Inserts detached nodes (each with its prepared subtree) under attached parents, in order,
/// each at its schema-valid position, and sets attributes of attached elements. A parent may
/// be a node inserted earlier by the same command. Reference children (<incoming>,
/// <outgoing>, <flowNodeRef> and other simple-content references) announce themselves as a
/// property change of their owner; other nodes as added elements. Undo removes everything and
/// restores the attributes.
class InsertElementsCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertElementsCommand)

public:
    struct Insertion
    {
        NodeId parent = kNoNode;
        NodeId node = kNoNode;
    };
    struct AttributeChange
    {
        NodeId node = kNoNode;
        NameId name = 0;
        std::string value;
    };

    InsertElementsCommand(BpmnDocument *document, const QString &text,
                          std::vector<Insertion> insertions,
                          std::vector<AttributeChange> attributes = {},
                          QUndoCommand *parent = nullptr);

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    std::vector<Insertion> m_insertions;
    std::vector<AttributeChange> m_attributes;
};

} // namespace amtsweg

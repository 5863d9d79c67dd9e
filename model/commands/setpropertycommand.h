#pragma once
// SetPropertyCommand: changes one property of one element.

#include "commands/documentcommand.h"

#include <optional>
#include <string>
#include <string_view>

namespace amtsweg {

/// Sets one property of an element; `property` is
/// - an attribute name (BpmnDocument::attributeName("name"), known().name, a foreign
///   attribute's NameId): the value is set in place, nullopt removes the attribute;
/// - a BPMN child element name with text content (BpmnDocument::bpmnElementName(
///   "documentation"), "conditionExpression", "text"…): the text of the first such child, which
///   is created at its schema position when missing and removed for nullopt or "";
/// - kTextProperty: the element's own text (nullopt clears it).
/// Changing `id` rewrites every reference to the element too; an id already used by another
/// element is refused (the command does nothing). Consecutive commands for the same element
/// and property merge into one; a command (or merge) that leaves the value as it was is
/// dropped.
class SetPropertyCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPropertyCommand)

public:
    static constexpr int kId = 0x41570001;

    SetPropertyCommand(BpmnDocument *document, NodeId element, NameId property,
                       std::optional<std::string_view> value, QUndoCommand *parent = nullptr);

    NodeId element() const { return m_element; }
    NameId property() const { return m_property; }
    const std::optional<std::string> &value() const { return m_value; }

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void build(ModelTree &tree, TreeEdit &edit) override;

private:
    enum class Mode { Attribute, ChildText, OwnText };
    static Mode modeFor(const ModelTree &tree, NodeId element, NameId property);
    /// The property's value now; nullopt when absent (an empty child text counts as absent).
    std::optional<std::string> currentValue(const ModelTree &tree) const;
    void rewriteReferences(ModelTree &tree, TreeEdit &edit, std::string_view oldId,
                           std::string_view newId);

    NodeId m_element;
    NameId m_property;
    Mode m_mode;
    std::optional<std::string> m_value;
    std::optional<std::string> m_oldValue;
};

} // namespace amtsweg

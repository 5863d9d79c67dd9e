#pragma once
// Texts the panels show for model elements: readable BPMN type names ("User Task"), one-line
// display names, event definition kinds, and the id rule (an XML NCName).

#include "bpmn/modeltree.h"
#include "notation/shapespec.h"

#include <QString>
#include <string>
#include <string_view>

namespace amtsweg {

QString toQString(std::string_view s);
std::string toUtf8(const QString &s);

/// Readable, translated BPMN type of an element ("User Task", "Exclusive Gateway"); derived
/// from the schema type name for rare types, the local name for foreign elements.
QString elementTypeLabel(const ModelTree &tree, NodeId n);
/// The element's name on one line; its type label when it has no name.
QString elementDisplayName(const ModelTree &tree, NodeId n);
/// Translated name of an event trigger ("Message", "Timer", "None").
QString eventTriggerLabel(EventTrigger trigger);
/// True when `id` is usable as a BPMN id: an XML NCName (letter or '_' first; then letters,
/// digits, '_', '-', '.'; no colon or white space).
bool isValidElementId(const QString &id);

} // namespace amtsweg

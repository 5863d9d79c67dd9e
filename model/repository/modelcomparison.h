#pragma once
// ModelComparison: what changed between two versions of a model, element by element. Semantic
// elements (flow elements, artifacts, participants, message flows, lanes, data associations and
// root elements such as processes and messages) are matched by id: an element only in the newer
// tree was added, one only in the older tree was removed. For an element in both, its content is
// compared: its type, its attributes by name, its text, and its child elements that are no
// semantic elements of their own (documentation, conditionExpression, event definitions, loop
// characteristics, incoming/outgoing, extensionElements …), grouped by element name; and the
// semantic element it lies in. Its BPMN DI (BPMNShape bounds, BPMNEdge waypoints, label bounds)
// is compared separately and reported as a move against the element the shape or edge draws.
//
// The comparison reads both trees and writes nothing into either.

#include "bpmn/modeltree.h"

#include <QString>
#include <vector>

namespace amtsweg {

/// One property of an element that differs between the two versions.
struct PropertyChange
{
    enum class Kind { Changed, Added, Removed };
    Kind kind = Kind::Changed;
    /// An attribute ("name", "camunda:assignee"), a child element ("documentation",
    /// "timerEventDefinition", "extensionElements"), "type", "text" or "container"; for moves
    /// "position", "size", "waypoints", "label" or "diagram".
    QString property;
    QString before; ///< the older value, shortened; empty when absent or not simple text
    QString after;  ///< the newer value, likewise
};

enum class DifferenceKind { Added, Removed, Changed, Moved };

/// One semantic element that differs. An element both changed and moved has two entries.
struct ElementDifference
{
    DifferenceKind kind = DifferenceKind::Changed;
    QString id;
    QString typeName; ///< the BPMN local name ("userTask"): the newer one unless removed
    QString name;     ///< the element's name on one line (newer, or older when removed)
    std::vector<PropertyChange> changes; ///< what changed (Changed) or moved (Moved)

    /// Readable, translated type ("User Task").
    QString typeLabel() const;
    /// Readable identification: User Task "Antrag prüfen" (Task_1), or User Task (Task_1).
    QString label() const;
    /// The changed property names (translated, see propertyLabel()), comma separated.
    QString propertyList() const;
};

/// The differences between two versions of a model: added, then removed, then changed, then
/// moved, each group in document order (the newer tree's; the older one's for removed).
struct ModelComparison
{
    std::vector<ElementDifference> differences;

    bool isEmpty() const { return differences.empty(); }
    int count(DifferenceKind kind) const;
    /// The entry of this kind for an element id, or nullptr.
    const ElementDifference *find(const QString &id, DifferenceKind kind) const;
};

/// Compares `older` with `newer` (attached content only).
ModelComparison compareModels(const ModelTree &older, const ModelTree &newer);

/// "userTask" → "User Task", "sequenceFlow" → "Sequence Flow" (English; typeLabel() translates).
QString readableTypeName(const QString &localName);

/// A PropertyChange::property as the user reads it: translated (context "ModelComparison")
/// when it is one the comparison names itself or a common BPMN one, else as it is.
QString propertyLabel(const QString &property);

} // namespace amtsweg

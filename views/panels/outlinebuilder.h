#pragma once
// Builds the outline tree of a model: collaborations with their pools, processes no pool
// shows, lanes (nested), and in them the flow nodes and data references the lanes list;
// sub-processes hold their content, activities their boundary events. Document order.

#include "bpmn/modeltree.h"

#include <QHash>

class QTreeWidget;
class QTreeWidgetItem;

namespace amtsweg {

/// Role of the NodeId (as uint) in the outline's QTreeWidgetItems.
inline constexpr int kOutlineElementRole = Qt::UserRole + 1;

/// Fills `widget` (cleared first) and `items` (element -> its entry).
void buildOutline(const ModelTree &tree, QTreeWidget *widget,
                  QHash<NodeId, QTreeWidgetItem *> &items);
/// Re-reads the text, tool tip and icon of one entry.
void updateOutlineItem(const ModelTree &tree, QTreeWidgetItem *item);
/// True when the outline shows elements of this kind (so that adding or removing one means a
/// rebuild).
bool isOutlineElement(const ModelTree &tree, NodeId n);

} // namespace amtsweg

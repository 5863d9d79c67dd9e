#pragma once
// OutlinePanel: the document as a tree (collaboration, pools, lanes, flow nodes, sub-process
// content) with a filter field. Selecting an entry asks to select the element on the canvas;
// double-clicking a sub-process asks to drill down into it. Follows the document's change
// signals: names update in place, structural changes rebuild the tree once per event loop
// turn.

#include "bpmn/modeltree.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace amtsweg {

class BpmnDocument;

class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setDocument(BpmnDocument *document);
    BpmnDocument *document() const;
    /// Marks the element's entry as current (kNoNode: none) without emitting
    /// elementActivated: for following the canvas selection.
    void setCurrentElement(NodeId element);
    NodeId currentElement() const;

    QTreeWidget *treeWidget() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The entry of an element, or nullptr when the outline does not list it.
    QTreeWidgetItem *itemFor(NodeId element) const { return m_items.value(element); }
    /// Rebuilds now if a rebuild is pending.
    void flush();

Q_SIGNALS:
    /// The user chose an element (click or keyboard).
    void elementActivated(amtsweg::NodeId element);
    /// The user double-clicked a sub-process.
    void drillDownRequested(amtsweg::NodeId subProcess);

private:
    void rebuild();
    void scheduleRebuild();
    void onStructureChanged(NodeId element);
    void onElementChanged(NodeId element, NameId property);
    void applyFilter();

    QPointer<BpmnDocument> m_document;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QHash<NodeId, QTreeWidgetItem *> m_items;
    bool m_rebuildPending = false;
    bool m_syncing = false;
};

} // namespace amtsweg

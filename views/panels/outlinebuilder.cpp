#include "outlinebuilder.h"

#include "bpmn/elements.h"
#include "elementicons.h"
#include "elementlabels.h"

#include <QCoreApplication>
#include <QTreeWidget>

#include <unordered_map>
#include <unordered_set>

namespace amtsweg {
namespace {

class OutlineBuilder
{
public:
    OutlineBuilder(const ModelTree &tree, QHash<NodeId, QTreeWidgetItem *> &items)
        : m_tree(tree), m_items(items)
    {
    }

    void build(QTreeWidget *widget)
    {
        const NodeId root = m_tree.root();
        if (root == kNoNode)
            return;
        std::unordered_set<NodeId> shownProcesses;
        for (NodeId collaboration : bpmn::childElements(m_tree, root, "collaboration")) {
            QTreeWidgetItem *item = add(collaboration, nullptr, widget);
            for (NodeId participant : bpmn::childElements(m_tree, collaboration, "participant")) {
                QTreeWidgetItem *pool = add(participant, item, widget);
                const NodeId process =
                    m_tree.resolveRef(m_tree.attr(participant, m_tree.known().processRef));
                if (process != kNoNode && bpmn::isProcess(m_tree, process) &&
                    shownProcesses.insert(process).second)
                    addContent(process, pool);
            }
        }
        for (NodeId process : bpmn::childElements(m_tree, root, "process"))
            if (!shownProcesses.count(process))
                addContent(process, add(process, nullptr, widget));
    }

private:
    QTreeWidgetItem *add(NodeId element, QTreeWidgetItem *parent, QTreeWidget *widget = nullptr)
    {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(widget);
        item->setData(0, kOutlineElementRole, element);
        updateOutlineItem(m_tree, item);
        m_items.insert(element, item);
        return item;
    }

    /// Lanes, then flow nodes and data references of a process or sub-process.
    void addContent(NodeId container, QTreeWidgetItem *parent)
    {
        std::unordered_map<NodeId, QTreeWidgetItem *> laneOfNode;
        for (NodeId laneSet : bpmn::childElements(m_tree, container, "laneSet"))
            addLanes(laneSet, parent, laneOfNode);
        for (NodeId c = m_tree.firstChildElement(container); c != kNoNode;
             c = m_tree.nextSiblingElement(c)) {
            const bool shown = bpmn::isFlowNode(m_tree, c) ||
                               bpmn::isDataObjectReference(m_tree, c) ||
                               bpmn::isDataStoreReference(m_tree, c);
            if (!shown || bpmn::isBoundaryEvent(m_tree, c))
                continue;
            const auto lane = laneOfNode.find(c);
            QTreeWidgetItem *item = add(c, lane != laneOfNode.end() ? lane->second : parent);
            for (NodeId boundary : bpmn::boundaryEvents(m_tree, c))
                add(boundary, item);
            if (bpmn::isSubProcess(m_tree, c))
                addContent(c, item);
        }
    }

    /// The lanes of a lane set, nested; a node listed by a lane and its child lane goes to the
    /// innermost one.
    void addLanes(NodeId laneSet, QTreeWidgetItem *parent,
                  std::unordered_map<NodeId, QTreeWidgetItem *> &laneOfNode)
    {
        for (NodeId lane : bpmn::childElements(m_tree, laneSet, "lane")) {
            QTreeWidgetItem *item = add(lane, parent);
            for (NodeId ref : bpmn::childElements(m_tree, lane, "flowNodeRef")) {
                const NodeId node = m_tree.resolveRef(m_tree.text(ref));
                if (node != kNoNode)
                    laneOfNode[node] = item;
            }
            for (NodeId child : bpmn::childElements(m_tree, lane, "childLaneSet"))
                addLanes(child, item, laneOfNode);
        }
    }

    const ModelTree &m_tree;
    QHash<NodeId, QTreeWidgetItem *> &m_items;
};

} // namespace

void buildOutline(const ModelTree &tree, QTreeWidget *widget,
                  QHash<NodeId, QTreeWidgetItem *> &items)
{
    widget->clear();
    items.clear();
    OutlineBuilder(tree, items).build(widget);
}

void updateOutlineItem(const ModelTree &tree, QTreeWidgetItem *item)
{
    const NodeId element = item->data(0, kOutlineElementRole).value<NodeId>();
    if (!tree.isValid(element))
        return;
    const QString name = toQString(tree.attr(element, tree.known().name)).simplified();
    const QString type = elementTypeLabel(tree, element);
    item->setText(0, name.isEmpty() ? type : name);
    QFont font = item->font(0);
    font.setItalic(name.isEmpty());
    item->setFont(0, font);
    item->setToolTip(0, QCoreApplication::translate("amtsweg::OutlinePanel", "%1, ID %2")
                            .arg(type, toQString(tree.id(element))));
    item->setIcon(0, elementIcon(tree, element));
}

bool isOutlineElement(const ModelTree &tree, NodeId n)
{
    return bpmn::isFlowNode(tree, n) || bpmn::isLane(tree, n) || bpmn::isLaneSet(tree, n) ||
           bpmn::isParticipant(tree, n) || bpmn::isProcess(tree, n) ||
           bpmn::isCollaboration(tree, n) || bpmn::isDataObjectReference(tree, n) ||
           bpmn::isDataStoreReference(tree, n) || tree.is(n, "flowNodeRef");
}

} // namespace amtsweg

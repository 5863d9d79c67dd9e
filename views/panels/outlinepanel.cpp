#include "outlinepanel.h"

#include "bpmn/elements.h"
#include "document.h"
#include "outlinebuilder.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

NodeId elementOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, kOutlineElementRole).value<NodeId>() : kNoNode;
}

/// Hides entries that neither match nor hold a match; true when `item` stays visible.
bool filterItem(QTreeWidgetItem *item, const QString &text)
{
    bool childVisible = false;
    for (int i = 0; i < item->childCount(); ++i)
        childVisible = filterItem(item->child(i), text) || childVisible;
    const bool matches = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                         item->toolTip(0).contains(text, Qt::CaseInsensitive);
    item->setHidden(!matches && !childVisible);
    if (!text.isEmpty() && childVisible)
        item->setExpanded(true);
    return matches || childVisible;
}

} // namespace

OutlinePanel::OutlinePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("outlineFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or ID"));
    m_filter->setAccessibleName(tr("Filter the outline"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Outline"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setExpandsOnDoubleClick(false);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &OutlinePanel::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_syncing && current)
            Q_EMIT elementActivated(elementOf(current));
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const NodeId element = elementOf(item);
        if (m_document && bpmn::isSubProcess(m_document->tree(), element))
            Q_EMIT drillDownRequested(element);
        else
            item->setExpanded(!item->isExpanded());
    });
}

void OutlinePanel::setDocument(BpmnDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &BpmnDocument::elementAdded, this, &OutlinePanel::onStructureChanged);
        connect(m_document, &BpmnDocument::elementRemoved, this, &OutlinePanel::onStructureChanged);
        connect(m_document, &BpmnDocument::elementChanged, this, &OutlinePanel::onElementChanged);
        connect(m_document, &BpmnDocument::reset, this, &OutlinePanel::rebuild);
    }
    rebuild();
}

void OutlinePanel::rebuild()
{
    m_rebuildPending = false;
    // Keep which entries were open and which was current across the rebuild.
    QSet<NodeId> expanded;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.value()->isExpanded())
            expanded.insert(it.key());
    const bool first = m_items.isEmpty();
    const NodeId current = currentElement();

    m_syncing = true;
    m_tree->setUpdatesEnabled(false);
    if (m_document)
        buildOutline(m_document->tree(), m_tree, m_items);
    else {
        m_tree->clear();
        m_items.clear();
    }
    if (first)
        m_tree->expandToDepth(2);
    else
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            it.value()->setExpanded(expanded.contains(it.key()));
    if (QTreeWidgetItem *item = m_items.value(current))
        m_tree->setCurrentItem(item);
    applyFilter();
    m_tree->setUpdatesEnabled(true);
    m_syncing = false;
}

void OutlinePanel::flush()
{
    if (m_rebuildPending)
        rebuild();
}

void OutlinePanel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &OutlinePanel::flush);
}

void OutlinePanel::onStructureChanged(NodeId element)
{
    if (m_document && isOutlineElement(m_document->tree(), element))
        scheduleRebuild();
}

void OutlinePanel::onElementChanged(NodeId element, NameId property)
{
    if (!m_document)
        return;
    const ModelTree &tree = m_document->tree();
    const std::string_view local =
        property == kTextProperty ? std::string_view() : tree.names()[property].local;
    if (local == "flowNodeRef" || local == "processRef" || local == "attachedToRef" ||
        local == "triggeredByEvent") {
        scheduleRebuild();
        return;
    }
    // Names, ids (tool tip) and event definitions (icon) show in the entry itself.
    for (NodeId n = element; n != kNoNode && tree.isElement(n); n = tree.parent(n))
        if (QTreeWidgetItem *item = m_items.value(n)) {
            updateOutlineItem(tree, item);
            break;
        }
}

void OutlinePanel::setCurrentElement(NodeId element)
{
    flush();
    m_syncing = true;
    if (QTreeWidgetItem *item = m_items.value(element)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    } else {
        m_tree->setCurrentItem(nullptr);
        m_tree->clearSelection();
    }
    m_syncing = false;
}

NodeId OutlinePanel::currentElement() const
{
    return elementOf(m_tree->currentItem());
}

void OutlinePanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        filterItem(m_tree->topLevelItem(i), text);
}

BpmnDocument *OutlinePanel::document() const
{
    return m_document.data();
}

} // namespace amtsweg

#include "comparisonpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amtsweg {

namespace {

constexpr int kIdRole = Qt::UserRole;       // element id (element and property rows)
constexpr int kKindRole = Qt::UserRole + 1; // DifferenceKind (all rows)
constexpr int kMaxLabelWidth = 260;         // the property list stays in sight

constexpr DifferenceKind kKinds[] = {DifferenceKind::Added, DifferenceKind::Changed,
                                     DifferenceKind::Moved, DifferenceKind::Removed};

QString groupTitle(DifferenceKind kind, int count)
{
    switch (kind) {
    case DifferenceKind::Added:
        return ComparisonPanel::tr("Added (%1)").arg(count);
    case DifferenceKind::Removed:
        return ComparisonPanel::tr("Removed (%1)").arg(count);
    case DifferenceKind::Changed:
        return ComparisonPanel::tr("Changed (%1)").arg(count);
    case DifferenceKind::Moved:
        return ComparisonPanel::tr("Moved or resized (%1)").arg(count);
    }
    return {};
}

QString quoted(const QString &value)
{
    return ComparisonPanel::tr("\u201c%1\u201d").arg(value);
}

QString changeText(const PropertyChange &c)
{
    switch (c.kind) {
    case PropertyChange::Kind::Added:
        return c.after.isEmpty()
                   ? ComparisonPanel::tr("%1 added").arg(propertyLabel(c.property))
                   : ComparisonPanel::tr("%1 added: %2")
                         .arg(propertyLabel(c.property), quoted(c.after));
    case PropertyChange::Kind::Removed:
        return c.before.isEmpty()
                   ? ComparisonPanel::tr("%1 removed").arg(propertyLabel(c.property))
                   : ComparisonPanel::tr("%1 removed (was %2)")
                         .arg(propertyLabel(c.property), quoted(c.before));
    case PropertyChange::Kind::Changed:
        break;
    }
    if (c.before.isEmpty() && c.after.isEmpty())
        return ComparisonPanel::tr("%1 changed").arg(propertyLabel(c.property));
    return ComparisonPanel::tr("%1: %2 \u2192 %3")
        .arg(propertyLabel(c.property), quoted(c.before), quoted(c.after));
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.isValid() ? colour.darker(130) : QColor(Qt::gray));
    painter.setBrush(colour.isValid() ? colour : QColor(Qt::transparent));
    painter.drawRect(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

QColor ComparisonPanel::colourFor(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::Added:
        return QColor(0x2e, 0x9d, 0x3a);
    case DifferenceKind::Changed:
        return QColor(0xf0, 0x8a, 0x00);
    case DifferenceKind::Moved:
        return QColor(0x1e, 0x6f, 0xd9);
    case DifferenceKind::Removed:
        break;
    }
    return {};
}

ComparisonPanel::ComparisonPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    bar->addWidget(m_title, 1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the comparison and remove its marks from the canvas"));
    bar->addWidget(close);
    layout->addLayout(bar);

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Element"), tr("What changed")});
    m_list->setAccessibleName(tr("Differences"));
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    clear();
    connect(close, &QPushButton::clicked, this, &ComparisonPanel::closeRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ComparisonPanel::onCurrentChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, &ComparisonPanel::onCurrentChanged);
}

void ComparisonPanel::clear()
{
    m_title->setText(tr("No comparison. Choose Compare in the context menu of a model or "
                        "version in the repository."));
    m_list->clear();
}

void ComparisonPanel::setComparison(const QString &title, const ModelComparison &comparison)
{
    m_list->clear();
    m_title->setText(comparison.isEmpty() ? tr("%1: no differences.").arg(title) : title);
    for (DifferenceKind kind : kKinds) {
        const int count = comparison.count(kind);
        if (count == 0)
            continue;
        auto *group = new QTreeWidgetItem({groupTitle(kind, count)});
        group->setIcon(0, swatch(colourFor(kind)));
        group->setData(0, kKindRole, int(kind));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        m_list->addTopLevelItem(group);
        for (const ElementDifference &d : comparison.differences) {
            if (d.kind != kind)
                continue;
            auto *item = new QTreeWidgetItem(group, {d.label(), d.propertyList()});
            item->setData(0, kIdRole, d.id);
            item->setData(0, kKindRole, int(kind));
            item->setToolTip(0, d.label());
            for (const PropertyChange &c : d.changes) {
                auto *change = new QTreeWidgetItem(item, {changeText(c)});
                change->setData(0, kIdRole, d.id);
                change->setData(0, kKindRole, int(kind));
                change->setToolTip(0, changeText(c));
                change->setFirstColumnSpanned(true);
            }
        }
        group->setExpanded(true);
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, qMin(m_list->columnWidth(0), kMaxLabelWidth));
}

QTreeWidgetItem *ComparisonPanel::groupItem(DifferenceKind kind) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kKindRole).toInt() == int(kind))
            return m_list->topLevelItem(i);
    return nullptr;
}

void ComparisonPanel::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    if (!id.isEmpty() &&
        DifferenceKind(item->data(0, kKindRole).toInt()) != DifferenceKind::Removed)
        Q_EMIT elementChosen(id);
}

} // namespace amtsweg

#include "ragsectiontable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

constexpr int kNodeRole = Qt::UserRole + 1;

} // namespace

RagTable::RagTable(const QString &objectName, QList<Column> columns, QWidget *parent)
    : QWidget(parent), m_columns(std::move(columns))
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    QStringList titles;
    for (const Column &c : std::as_const(m_columns))
        titles << c.title;
    m_table->setHorizontalHeaderLabels(titles);
    for (int i = 0; i < m_columns.size(); ++i)
        m_table->horizontalHeaderItem(i)->setToolTip(m_columns[i].toolTip);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(30);
    m_table->verticalHeader()->setVisible(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    layout->addWidget(m_table, 1);

    auto *buttons = new QVBoxLayout;
    m_add = new QToolButton(this);
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add an entry"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove the selected entry"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &RagTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RagTable::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, &RagTable::onItemChanged);
    fitHeight();
}

QColor RagTable::warningColour()
{
    return QColor(0xff, 0xe0, 0xb2);
}

void RagTable::setRows(const QList<QStringList> &rows, const QList<NodeId> &nodes)
{
    m_filling = true;
    // Keep an edit the user is making in a row that did not change (e.g. a blank new row).
    if (m_table->rowCount() != rows.size())
        m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString text = rows[r].value(c);
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            if (item->text() != text)
                item->setText(text);
            if (c == 0)
                item->setData(kNodeRole, QVariant::fromValue(nodes.value(r, kNoNode)));
            check(item);
        }
    }
    m_filling = false;
    fitHeight();
}

QList<QStringList> RagTable::rows() const
{
    QList<QStringList> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        bool blank = true;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            row << (item ? item->text().trimmed() : QString());
            blank = blank && row.back().isEmpty();
        }
        if (!blank)
            result << row;
    }
    return result;
}

QList<NodeId> RagTable::rowNodes() const
{
    QList<NodeId> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool blank = true;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            blank = blank && (!item || item->text().trimmed().isEmpty());
        }
        if (blank)
            continue;
        const QTableWidgetItem *first = m_table->item(r, 0);
        result << (first ? first->data(kNodeRole).value<NodeId>() : kNoNode);
    }
    return result;
}

void RagTable::addRow()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem);
    m_table->item(row, 0)->setData(kNodeRole, QVariant::fromValue(kNoNode));
    m_filling = false;
    fitHeight();
    // Nothing is written until the row has a value.
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void RagTable::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    fitHeight();
    Q_EMIT edited();
}

void RagTable::onItemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    check(item);
    Q_EMIT edited();
}

void RagTable::check(QTableWidgetItem *item)
{
    const Column &column = m_columns[item->column()];
    const QString problem = column.check ? column.check(item->text().trimmed()) : QString();
    const bool filling = m_filling;
    m_filling = true; // styling is no edit
    item->setData(Qt::BackgroundRole, problem.isEmpty() ? QVariant() : QVariant(warningColour()));
    item->setToolTip(problem.isEmpty() ? item->text() : problem);
    m_filling = filling;
}

void RagTable::fitHeight()
{
    // Every row visible: the panel scrolls, not the table.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize() / 2;
    m_table->setFixedHeight(height);
}

} // namespace amtsweg

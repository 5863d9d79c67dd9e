#include "analysispanel.h"

#include "analysistables.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

constexpr int kIdsRole = Qt::UserRole;       // column 0: QStringList of element ids
constexpr int kSortRole = Qt::UserRole + 1;  // each column: number to sort by, if any
constexpr int kSharesRole = Qt::UserRole + 2; // last automation column: QList<int> segments

/// Sorts by the numbers of count columns, else by text.
class RowItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kSortRole), b = other.data(column, kSortRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

/// Draws the automation shares as a stacked bar left of the cell's text.
class ShareBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QList<int> shares = index.data(kSharesRole).value<QList<int>>();
        int total = 0;
        for (int s : shares)
            total += s;
        if (total <= 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem textOption = option;
        const int barWidth = qMin(120, option.rect.width() / 2);
        textOption.rect.setLeft(option.rect.left() + barWidth + 6);
        QStyledItemDelegate::paint(painter, textOption, index);
        QRectF bar(option.rect.left() + 2, option.rect.top() + 3, barWidth - 4,
                   option.rect.height() - 6);
        painter->save();
        qreal x = bar.left();
        for (std::size_t i = 0; i < std::size_t(shares.size()); ++i) {
            const qreal w = bar.width() * shares[qsizetype(i)] / total;
            painter->fillRect(QRectF(x, bar.top(), w, bar.height()),
                              QColor(AnalysisText::shareColour(i)));
            x += w;
        }
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(bar);
        painter->restore();
    }
};

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent)
{
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("maturityLevel"));
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_level->setFont(big);
    m_level->setAlignment(Qt::AlignCenter);
    m_level->setMinimumWidth(m_level->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);

    m_header = new QWidget(this);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(0);
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(4, 2, 4, 2);
    header->addWidget(m_level);
    header->addLayout(texts, 1);

    for (int t = 0; t < TableCount; ++t)
        m_tables[t] = createTable();
    m_tables[Automation]->setItemDelegateForColumn(5, new ShareBarDelegate(m_tables[Automation]));
    m_tables[HandOffCounts]->sortByColumn(4, Qt::DescendingOrder); // most hand-offs first

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Analysis views")); // the tab bar is its focus proxy
    m_tabs->addTab(page({Reasons}), {});
    m_tabs->addTab(page({MediaBreaks}), {});
    m_tabs->addTab(page({HandOffCounts, HandOffs}), {});
    m_tabs->addTab(page({Paths}), {});
    m_tabs->addTab(page({Automation}), {});
    m_tabs->addTab(page({OnceOnly}), {});
    m_tabs->addTab(page({Missing}), {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    clear();
}

QTreeWidget *AnalysisPanel::createTable()
{
    auto *table = new QTreeWidget;
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->header()->setStretchLastSection(true);
    table->header()->setSortIndicator(-1, Qt::AscendingOrder); // the analysis' order first
    connect(table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(0, kIdsRole).toStringList();
        if (!ids.isEmpty())
            Q_EMIT elementsChosen(ids);
    });
    connect(table, &QTreeWidget::itemClicked, table, &QTreeWidget::itemActivated);
    return table;
}

QWidget *AnalysisPanel::page(std::initializer_list<Table> tables)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    for (const Table t : tables) {
        auto *box = new QWidget(splitter);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        if (tables.size() > 1) {
            m_captions[t] = new QLabel(box);
            layout->addWidget(m_captions[t]);
        }
        layout->addWidget(m_tables[t], 1);
        m_notes[t] = new QLabel(box);
        m_notes[t]->setWordWrap(true);
        layout->addWidget(m_notes[t]);
    }
    return splitter;
}

void AnalysisPanel::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(m_header);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->layout()->addWidget(button);
}

void AnalysisPanel::setAnalysis(const e2e::Analysis &analysis, const ModelTree *tree)
{
    static const ModelTree empty;
    const AnalysisTables tables = AnalysisText::tables(tree ? *tree : empty, analysis);
    m_level->setText(tables.level >= 0 ? QString::number(tables.level) : QStringLiteral("–"));
    m_title->setText(tree ? tables.levelTitle : tr("No model"));
    m_description->setText(tree ? tables.levelDescription : QString());
    const std::vector<const AnalysisTable *> all = tables.all();
    for (int t = 0; t < TableCount; ++t)
        fill(Table(t), *all[std::size_t(t)]);

    auto counted = [](const QString &label, std::size_t n) {
        return n ? QStringLiteral("%1 (%2)").arg(label).arg(n) : label;
    };
    m_tabs->setTabText(0, tr("Maturity"));
    m_tabs->setTabText(1, counted(tr("Media breaks"), analysis.mediaBreaks.size()));
    m_tabs->setTabText(2, counted(tr("Hand-offs"), analysis.handOffs.size()));
    m_tabs->setTabText(3, counted(tr("Paths"), analysis.paths.size()));
    m_tabs->setTabText(4, tr("Automation"));
    m_tabs->setTabText(5, counted(tr("Once only"), analysis.onceOnly.size()));
    m_tabs->setTabText(6, counted(tr("Missing knowledge"), analysis.missing.size()));
    for (int i = 0; i < m_tabs->count(); ++i) // the tables are named by their tabs
        for (QTreeWidget *table : m_tabs->widget(i)->findChildren<QTreeWidget *>())
            table->setAccessibleName(m_tabs->tabText(i));
}

void AnalysisPanel::fill(Table t, const AnalysisTable &content)
{
    QTreeWidget *table = m_tables[t];
    const int sortColumn = table->sortColumn();
    const Qt::SortOrder order = table->header()->sortIndicatorOrder();
    table->setSortingEnabled(false);
    table->clear();
    table->setHeaderLabels(content.headers);
    if (m_captions[t])
        m_captions[t]->setText(content.title);
    for (const AnalysisRow &row : content.rows) {
        auto *item = new RowItem(table);
        for (int c = 0; c < row.cells.size(); ++c) {
            item->setText(c, row.cells[c]);
            item->setToolTip(c, row.cells[c]);
            if (std::size_t(c) < row.sortKeys.size() && row.sortKeys[std::size_t(c)].isValid()) {
                item->setData(c, kSortRole, row.sortKeys[std::size_t(c)]);
                if (row.shares.empty() || c + 1 < row.cells.size()) // counts, not the bar
                    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        item->setData(0, kIdsRole, row.elementIds);
        if (!row.shares.empty())
            item->setData(int(row.cells.size()) - 1, kSharesRole,
                          QVariant::fromValue(QList<int>(row.shares.begin(), row.shares.end())));
    }
    if (content.rows.empty()) {
        auto *item = new QTreeWidgetItem(table, {content.emptyText});
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
    m_notes[t]->setText(content.note);
    m_notes[t]->setVisible(!content.note.isEmpty());
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->resizeColumnToContents(c);
}

} // namespace amtsweg

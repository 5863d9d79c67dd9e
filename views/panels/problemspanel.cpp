#include "problemspanel.h"

#include "elementlabels.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>

#include <memory>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace amtsweg {
namespace {

enum Column { SeverityColumn, MessageColumn, ElementColumn, RuleColumn };
constexpr int kIndexRole = Qt::UserRole;   // index into m_findings
constexpr int kSeverityRole = Qt::UserRole + 1;

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return ProblemsPanel::tr("Error");
    case Severity::Warning: return ProblemsPanel::tr("Warning");
    case Severity::Info: return ProblemsPanel::tr("Info");
    }
    return {};
}

QIcon severityIcon(Severity s)
{
    const QStyle::StandardPixmap p = s == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                     : s == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(p);
}

/// Sorts by severity (errors first) when the severity column is the sort key.
class FindingItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == SeverityColumn)
            return data(0, kSeverityRole).toInt() < other.data(0, kSeverityRole).toInt();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("Errors"), int(Severity::Error));
    m_severity->addItem(tr("Errors and warnings"), int(Severity::Warning));
    m_severity->setToolTip(tr("Show findings of this severity"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_rule = new QComboBox(this);
    m_rule->setToolTip(tr("Show findings of one rule"));
    m_rule->setAccessibleName(tr("Rule filter"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rule->setMinimumContentsLength(12);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter"));
    m_text->setAccessibleName(tr("Filter findings"));
    m_text->setToolTip(tr("Show findings whose message, element or rule contains this text"));
    m_text->setClearButtonEnabled(true);
    m_summary = new QLabel(this);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Findings"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Severity"), tr("Message"), tr("Element"), tr("Rule")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SeverityColumn, Qt::AscendingOrder);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_rule);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &ProblemsPanel::applyFilters);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &ProblemsPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &ProblemsPanel::applyFilters);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, kIndexRole).toInt();
        if (i >= 0 && i < int(m_findings.size()) && !m_findings[std::size_t(i)].elementId.isEmpty())
            Q_EMIT elementChosen(m_findings[std::size_t(i)].elementId);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    clear();
}

void ProblemsPanel::setFindings(const Diagnostics &findings, const ModelTree *tree)
{
    m_findings = findings;
    m_list->setSortingEnabled(false);
    m_list->clear();
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const Diagnostic &d = m_findings[i];
        ++counts[int(d.severity)];
        QString element = d.elementId;
        if (tree && !d.elementId.isEmpty())
            if (const NodeId n = tree->byId(toUtf8(d.elementId)); n != kNoNode)
                element = elementDisplayName(*tree, n);
        auto *item = new FindingItem(m_list);
        item->setIcon(SeverityColumn, severityIcon(d.severity));
        item->setText(SeverityColumn, severityLabel(d.severity));
        item->setText(MessageColumn, d.message);
        item->setText(ElementColumn, element);
        item->setToolTip(ElementColumn, d.elementId);
        item->setText(RuleColumn, d.code);
        item->setData(0, kIndexRole, int(i));
        item->setData(0, kSeverityRole, int(d.severity));
    }
    m_list->setSortingEnabled(true);
    fillRuleFilter();
    m_summary->setText(m_findings.empty()
                           ? tr("No problems found")
                           : tr("%n error(s)", nullptr, counts[int(Severity::Error)]) + QStringLiteral(", ")
                                 + tr("%n warning(s)", nullptr, counts[int(Severity::Warning)])
                                 + QStringLiteral(", ")
                                 + tr("%n note(s)", nullptr, counts[int(Severity::Info)]));
    applyFilters();
}

void ProblemsPanel::fillRuleFilter()
{
    const QString current = m_rule->currentData().toString();
    std::set<QString> rules;
    for (const Diagnostic &d : m_findings)
        rules.insert(d.code);
    const QSignalBlocker block(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &r : rules)
        m_rule->addItem(r, r);
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(current)));
}

void ProblemsPanel::applyFilters()
{
    const int maxSeverity = m_severity->currentData().toInt();
    const QString rule = m_rule->currentData().toString();
    const QString text = m_text->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const int severity = item->data(0, kSeverityRole).toInt();
        bool show = maxSeverity < 0 || severity <= maxSeverity;
        show = show && (rule.isEmpty() || item->text(RuleColumn) == rule);
        show = show
               && (text.isEmpty() || item->text(MessageColumn).contains(text, Qt::CaseInsensitive)
                   || item->text(ElementColumn).contains(text, Qt::CaseInsensitive)
                   || item->toolTip(ElementColumn).contains(text, Qt::CaseInsensitive)
                   || item->text(RuleColumn).contains(text, Qt::CaseInsensitive));
        item->setHidden(!show);
    }
}

int ProblemsPanel::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

QMenu *ProblemsPanel::contextMenu(QTreeWidgetItem *item)
{
    const QString rule = item->text(RuleColumn);
    auto *menu = new QMenu(this);
    connect(menu->addAction(tr("Show Element")), &QAction::triggered, this,
            [this, item] { Q_EMIT m_list->itemActivated(item, 0); });
    connect(menu->addAction(tr("Switch Off Rule '%1' for This Model").arg(rule)),
            &QAction::triggered, this, [this, rule] { Q_EMIT disableRuleRequested(rule); });
    if (m_repositoryRules)
        connect(menu->addAction(tr("Switch Off Rule '%1' in This Repository").arg(rule)),
                &QAction::triggered, this,
                [this, rule] { Q_EMIT disableRuleInRepositoryRequested(rule); });
    return menu;
}

void ProblemsPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    std::unique_ptr<QMenu> menu(contextMenu(item));
    menu->exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace amtsweg

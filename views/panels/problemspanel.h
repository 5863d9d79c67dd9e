#pragma once
// ProblemsPanel: the findings of the model checks as a sortable list (severity, message,
// element, rule) with filters by severity, rule and text and a count per severity. Choosing a
// finding asks, by signal, to show its element; the context menu offers to switch the rule off
// for this model or, when a repository is open, for every model of the repository.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace amtsweg {

class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    /// Shows `findings` of the model `tree` (used for element names; may be null).
    void setFindings(const Diagnostics &findings, const ModelTree *tree);
    void clear() { setFindings({}, nullptr); }

    QTreeWidget *list() const { return m_list; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *ruleFilter() const { return m_rule; }
    QLineEdit *textFilter() const { return m_text; }
    QLabel *summary() const { return m_summary; }
    /// Rows that pass the filters now.
    int visibleCount() const;
    /// Whether the context menu offers to switch a rule off in the repository (one is open).
    void setRepositoryRulesAvailable(bool available) { m_repositoryRules = available; }
    /// The context menu for a row (owned by the panel until the caller deletes it): show the
    /// element, switch the rule off for this model, and (when available) in this repository.
    QMenu *contextMenu(QTreeWidgetItem *item);

Q_SIGNALS:
    /// The user chose a finding of the element with this id.
    void elementChosen(const QString &elementId);
    /// The user asked to switch a rule off for the current model.
    void disableRuleRequested(const QString &ruleId);
    /// The user asked to switch a rule off for every model of the open repository.
    void disableRuleInRepositoryRequested(const QString &ruleId);

private:
    void applyFilters();
    void showContextMenu(const QPoint &pos);
    void fillRuleFilter();

    QComboBox *m_severity = nullptr;
    QComboBox *m_rule = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    Diagnostics m_findings;
    bool m_repositoryRules = false;
};

} // namespace amtsweg

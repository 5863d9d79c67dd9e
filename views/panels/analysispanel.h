#pragma once
// AnalysisPanel: the end-to-end analysis of the current model: the OZG maturity level, large,
// over tabs with what caps it, the media breaks, the hand-offs (per participant and lane, and
// one by one), the paths with their hand-offs, the automation per participant (counts,
// percentages and a bar), the once-only candidates and what the model does not say. Every
// table sorts by its columns; choosing a row asks, by signal, to show its elements.

#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace amtsweg {

struct AnalysisTable;

class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    /// The tables, in the order of AnalysisTables::all().
    enum Table { Reasons, MediaBreaks, HandOffCounts, HandOffs, Paths, Automation, OnceOnly,
                 Missing, TableCount };

    explicit AnalysisPanel(QWidget *parent = nullptr);

    /// Shows `analysis`, made from `tree` (null: nothing to show).
    void setAnalysis(const e2e::Analysis &analysis, const ModelTree *tree);
    void clear() { setAnalysis({}, nullptr); }
    /// Puts `action` (e.g. the canvas overlay's toggle) as a button next to the level.
    void addHeaderAction(QAction *action);

    QLabel *levelLabel() const { return m_level; }
    QLabel *levelTitle() const { return m_title; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *table(Table t) const { return m_tables[t]; }

Q_SIGNALS:
    /// The user chose a row about these elements (semantic ids, most telling first).
    void elementsChosen(const QStringList &elementIds);

private:
    QTreeWidget *createTable();
    void fill(Table t, const AnalysisTable &content);
    QWidget *page(std::initializer_list<Table> tables);

    QLabel *m_level = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QWidget *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tables[TableCount] = {};
    QLabel *m_notes[TableCount] = {};
    QLabel *m_captions[TableCount] = {};
};

} // namespace amtsweg

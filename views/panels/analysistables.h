#pragma once
// AnalysisTables: the end-to-end analysis (e2e::Analysis) as translated tables of text, one per
// measure (maturity reasons, media breaks, hand-offs by participant/lane and one by one, paths,
// automation per participant, once-only candidates, missing knowledge), each row with the ids
// of the elements it is about. The Analysis dock and the analysis report show the same rows,
// so both say the same thing in the same words. Elements are named (elementDisplayName), and
// ids are kept as strings: rows stay valid after the model changes.

#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace amtsweg {

struct AnalysisRow
{
    QStringList cells;
    /// Per cell, what to sort by (numbers for counts); an invalid QVariant sorts by the text.
    std::vector<QVariant> sortKeys;
    /// The semantic ids of the elements the row is about, most telling first.
    QStringList elementIds;
    /// Automation rows: manual, IT-supported, automated, unknown, drawn as a stacked bar.
    std::vector<int> shares;
};

struct AnalysisTable
{
    QString title;
    QStringList headers;
    std::vector<AnalysisRow> rows;
    QString emptyText; ///< what to say when there are no rows
    QString note;      ///< said under the table (e.g. that paths were cut off), may be empty
};

struct AnalysisTables
{
    int level = -1;
    QString levelTitle;       ///< "OZG maturity level 2" or "OZG maturity level not estimated"
    QString levelDescription; ///< what the level means
    AnalysisTable reasons;
    AnalysisTable mediaBreaks;
    AnalysisTable handOffCounts; ///< per participant / lane: leaves, enters, total
    AnalysisTable handOffs;
    AnalysisTable paths;
    AnalysisTable automation;
    AnalysisTable onceOnly;
    AnalysisTable missing;

    /// The tables in the order the dock and the report show them (maturity reasons first).
    std::vector<const AnalysisTable *> all() const;
};

class AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)

public:
    /// The tables of `analysis`, which was made from `tree` (its NodeIds are `tree`'s).
    static AnalysisTables tables(const ModelTree &tree, const e2e::Analysis &analysis);
    /// What OZG maturity level `level` (0–4) means; empty for other values.
    static QString levelDescription(int level);
    /// The colours of the automation bar segments (manual, IT-supported, automated, unknown).
    static const char *shareColour(std::size_t segment);
};

} // namespace amtsweg

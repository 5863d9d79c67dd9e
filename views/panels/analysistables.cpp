#include "analysistables.h"

#include "elementlabels.h"

#include <cmath>
#include <iterator>
#include <map>

namespace amtsweg {
namespace {

using e2e::Analysis;

QString idOf(const ModelTree &tree, NodeId n)
{
    return n != kNoNode && tree.isValid(n) ? toQString(tree.id(n)) : QString();
}

QString nameOf(const ModelTree &tree, NodeId n)
{
    return n != kNoNode && tree.isValid(n) ? elementDisplayName(tree, n) : QString();
}

QStringList idsOf(const ModelTree &tree, const std::vector<NodeId> &nodes)
{
    QStringList ids;
    for (NodeId n : nodes)
        if (const QString id = idOf(tree, n); !id.isEmpty() && !ids.contains(id))
            ids << id;
    return ids;
}

QString namesOf(const ModelTree &tree, const std::vector<NodeId> &nodes, const QString &separator)
{
    QStringList names;
    for (NodeId n : nodes)
        if (const QString name = nameOf(tree, n); !name.isEmpty())
            names << name;
    return names.join(separator);
}

/// A new row of `table` about `elements`, to be given its cells.
AnalysisRow &addRow(AnalysisTable &table, const ModelTree &tree, const std::vector<NodeId> &elements)
{
    table.rows.emplace_back().elementIds = idsOf(tree, elements);
    return table.rows.back();
}

/// A count cell sorted by its number.
void addCount(AnalysisRow &row, int count, const QString &text = {})
{
    row.cells << (text.isEmpty() ? QString::number(count) : text);
    row.sortKeys.push_back(count);
}

void addText(AnalysisRow &row, const QString &text)
{
    row.cells << text;
    row.sortKeys.emplace_back();
}

/// A table of findings (e2e::Finding or a type derived from it).
template <typename Finding>
AnalysisTable findingsTable(const ModelTree &tree, const std::vector<Finding> &findings,
                            const QString &title, const QString &what, const QString &empty)
{
    AnalysisTable table{title, {what, AnalysisText::tr("Elements")}, {}, empty, {}};
    for (const e2e::Finding &f : findings) {
        AnalysisRow &row = addRow(table, tree, f.elements);
        addText(row, f.text);
        addText(row, namesOf(tree, f.elements, QStringLiteral(", ")));
    }
    return table;
}

QString handOffKind(e2e::HandOff::Kind kind)
{
    return kind == e2e::HandOff::Kind::Participant ? AnalysisText::tr("Participant")
                                                   : AnalysisText::tr("Lane");
}

AnalysisTable mediaBreaksTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Media breaks"),
                        {AnalysisText::tr("Kind"), AnalysisText::tr("Reason"),
                         AnalysisText::tr("Elements")},
                        {},
                        AnalysisText::tr("No media breaks found."),
                        {}};
    for (const e2e::MediaBreak &b : analysis.mediaBreaks) {
        AnalysisRow &row = addRow(table, tree, b.elements);
        addText(row, e2e::label(b.kind));
        addText(row, b.reason);
        addText(row, namesOf(tree, b.elements, QStringLiteral(", ")));
    }
    return table;
}

AnalysisTable handOffCountsTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Hand-offs by participant and lane"),
                        {AnalysisText::tr("Participant or lane"), AnalysisText::tr("Kind"),
                         AnalysisText::tr("Hands over"), AnalysisText::tr("Takes over"),
                         AnalysisText::tr("Total")},
                        {},
                        AnalysisText::tr("No hand-offs found."),
                        {}};
    struct Count
    {
        e2e::HandOff::Kind kind;
        int leaves = 0, enters = 0;
    };
    std::map<NodeId, Count> counts;
    for (const e2e::HandOff &h : analysis.handOffs) {
        if (h.from != kNoNode)
            counts.try_emplace(h.from, Count{h.kind}).first->second.leaves++;
        if (h.to != kNoNode)
            counts.try_emplace(h.to, Count{h.kind}).first->second.enters++;
    }
    for (const auto &[node, count] : counts) {
        AnalysisRow &row = addRow(table, tree, {node});
        addText(row, nameOf(tree, node));
        addText(row, handOffKind(count.kind));
        addCount(row, count.leaves);
        addCount(row, count.enters);
        addCount(row, count.leaves + count.enters);
    }
    return table;
}

AnalysisTable handOffsTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Hand-offs"),
                        {AnalysisText::tr("Kind"), AnalysisText::tr("From"),
                         AnalysisText::tr("To"), AnalysisText::tr("Flow")},
                        {},
                        AnalysisText::tr("No hand-offs found."),
                        {}};
    for (const e2e::HandOff &h : analysis.handOffs) {
        AnalysisRow &row = addRow(table, tree, {h.flow, h.from, h.to});
        addText(row, handOffKind(h.kind));
        addText(row, nameOf(tree, h.from));
        addText(row, nameOf(tree, h.to));
        addText(row, nameOf(tree, h.flow));
    }
    return table;
}

AnalysisTable pathsTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Paths"),
                        {AnalysisText::tr("Path"), AnalysisText::tr("Participant hand-offs"),
                         AnalysisText::tr("Lane hand-offs"), AnalysisText::tr("Steps")},
                        {},
                        AnalysisText::tr("No path from a start event found."),
                        analysis.pathsTruncated
                            ? AnalysisText::tr("Only the first %1 paths were followed.")
                                  .arg(e2e::kMaxPaths)
                            : QString()};
    for (std::size_t i = 0; i < analysis.paths.size(); ++i) {
        const e2e::Path &p = analysis.paths[i];
        AnalysisRow &row = addRow(table, tree, p.nodes);
        addCount(row, int(i + 1));
        addCount(row, p.participantHandOffs);
        addCount(row, p.laneHandOffs);
        addText(row, namesOf(tree, p.nodes, QStringLiteral(" → ")));
    }
    return table;
}

AnalysisTable automationTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Automation per participant"),
                        {AnalysisText::tr("Participant"), AnalysisText::tr("Manual"),
                         AnalysisText::tr("IT-supported"), AnalysisText::tr("Automated"),
                         AnalysisText::tr("Unknown"), AnalysisText::tr("Share")},
                        {},
                        AnalysisText::tr("No activities found."),
                        {}};
    for (const e2e::AutomationShare &a : analysis.automation) {
        const NodeId owner = a.participant != kNoNode ? a.participant : a.process;
        AnalysisRow &row = addRow(table, tree, {owner});
        addText(row, owner != kNoNode ? nameOf(tree, owner) : AnalysisText::tr("(no pool)"));
        const int total = a.total();
        for (const int count : {a.manual, a.itSupported, a.automated, a.unknown}) {
            const int percent = total > 0 ? int(std::lround(100.0 * count / total)) : 0;
            addCount(row, count, AnalysisText::tr("%1 (%2 %)").arg(count).arg(percent));
            row.shares.push_back(count);
        }
        const int automated = total > 0 ? int(std::lround(100.0 * a.automated / total)) : 0;
        addCount(row, automated, AnalysisText::tr("%1 % automated").arg(automated));
    }
    return table;
}

AnalysisTable onceOnlyTable(const ModelTree &tree, const Analysis &analysis)
{
    AnalysisTable table{AnalysisText::tr("Once-only candidates"),
                        {AnalysisText::tr("Data"), AnalysisText::tr("Asked for in"),
                         AnalysisText::tr("Held by"), AnalysisText::tr("Matched by")},
                        {},
                        AnalysisText::tr("No data is asked for that a register in the model "
                                         "holds."),
                        {}};
    for (const e2e::OnceOnlyCandidate &c : analysis.onceOnly) {
        AnalysisRow &row = addRow(table, tree, {c.request, c.register_});
        addText(row, c.data);
        addText(row, nameOf(tree, c.request));
        addText(row, nameOf(tree, c.register_));
        addText(row, c.bySchemaId ? AnalysisText::tr("FIM schema id")
                                  : AnalysisText::tr("Name"));
    }
    return table;
}

} // namespace

std::vector<const AnalysisTable *> AnalysisTables::all() const
{
    return {&reasons,  &mediaBreaks, &handOffCounts, &handOffs,
            &paths,    &automation,  &onceOnly,      &missing};
}

AnalysisTables AnalysisText::tables(const ModelTree &tree, const e2e::Analysis &analysis)
{
    AnalysisTables t;
    t.level = analysis.maturity.level;
    t.levelTitle = t.level >= 0 ? tr("OZG maturity level %1").arg(t.level)
                                : tr("OZG maturity level not estimated");
    t.levelDescription = levelDescription(t.level);
    t.reasons = findingsTable(tree, analysis.maturity.reasons,
                              t.level >= 0 ? tr("What caps the maturity level")
                                           : tr("Why the level is not estimated"),
                              tr("Reason"), tr("Nothing keeps the level lower."));
    t.mediaBreaks = mediaBreaksTable(tree, analysis);
    t.handOffCounts = handOffCountsTable(tree, analysis);
    t.handOffs = handOffsTable(tree, analysis);
    t.paths = pathsTable(tree, analysis);
    t.automation = automationTable(tree, analysis);
    t.onceOnly = onceOnlyTable(tree, analysis);
    t.missing = findingsTable(tree, analysis.missing, tr("Missing knowledge"),
                              tr("What the model does not say"),
                              tr("The model states everything the analysis needs."));
    return t;
}

QString AnalysisText::levelDescription(int level)
{
    switch (level) {
    case 0: return tr("No information online.");
    case 1: return tr("Information online.");
    case 2: return tr("Form online, but submitted on paper.");
    case 3: return tr("Application fully online, including evidence.");
    case 4: return tr("Fully digital, including the notice; evidence fetched from registers "
                      "(once-only).");
    default: return {};
    }
}

const char *AnalysisText::shareColour(std::size_t segment)
{
    static const char *const colours[] = {"#d32f2f", "#f2a93b", "#2e7d32", "#b0b0b0"};
    return segment < std::size(colours) ? colours[segment] : "#b0b0b0";
}

} // namespace amtsweg

#include "e2e/e2eanalysis.h"

#include "e2e/e2eparts.h"

#include "bpmn/diagnostic.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

namespace amtsweg::e2e {
namespace {

std::vector<AutomationShare> automationShares(const E2eGraph &g)
{
    std::vector<AutomationShare> shares;
    for (NodeId process : g.processes())
        shares.push_back({g.participantOfProcess(process), process});
    for (NodeId n : g.flowNodes()) {
        if (!g.isStep(n))
            continue;
        const NodeId process = g.processOf(n);
        for (AutomationShare &share : shares) {
            if (share.process != process)
                continue;
            switch (automation(g.tree(), n)) {
            case Automation::Manual: ++share.manual; break;
            case Automation::ItSupported: ++share.itSupported; break;
            case Automation::Automated: ++share.automated; break;
            case Automation::Unknown: ++share.unknown; break;
            }
        }
    }
    std::erase_if(shares, [](const AutomationShare &s) { return s.total() == 0; });
    return shares;
}

std::vector<Missing> missingKnowledge(const E2eGraph &g)
{
    const ModelTree &t = g.tree();
    std::vector<Missing> missing;
    const auto add = [&](Missing::What what, QString text, NodeId n) {
        Missing m;
        m.text = std::move(text);
        m.elements = {n};
        m.what = what;
        missing.push_back(std::move(m));
    };
    for (NodeId p : g.participants())
        if (participantKind(t, p) == ParticipantKind::Unknown)
            add(Missing::What::ParticipantKind,
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Kind of pool %1 is unknown"),
                        {quoted(g, p)}),
                p);
    for (const Transfer &transfer : g.transfers())
        if (transfer.isMessageFlow && channel(t, transfer.element) == Channel::Unknown)
            add(Missing::What::Channel,
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Channel of message flow %1 is unknown"),
                        {quoted(g, transfer.element)}),
                transfer.element);
    for (NodeId n : g.flowNodes())
        if (g.isStep(n) && automation(t, n) == Automation::Unknown)
            add(Missing::What::Automation,
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Automation of %1 is unknown"),
                        {quoted(g, n)}),
                n);
    for (NodeId store : g.dataStores()) {
        const DataStoreKind kind = dataStoreKind(t, store);
        if (kind == DataStoreKind::Unknown)
            add(Missing::What::DataStoreKind,
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Kind of data store %1 is unknown"),
                        {quoted(g, store)}),
                store);
        else if (kind != DataStoreKind::Archive && !hasInterface(t, store))
            add(Missing::What::Interface,
                e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e",
                                          "Whether data store %1 has an interface is unknown"),
                        {quoted(g, store)}),
                store);
    }
    return missing;
}

} // namespace

QString e2eText(const char *source, const QStringList &args)
{
    return fillPlaceholders(QCoreApplication::translate("amtsweg::e2e", source), args);
}

QString quoted(const E2eGraph &graph, NodeId n)
{
    return e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "'%1'"), {graph.displayName(n)});
}

Analysis analyse(const ModelTree &tree)
{
    const E2eGraph graph(tree);
    Analysis analysis;
    analysis.mediaBreaks = findMediaBreaks(graph);
    findHandOffs(graph, analysis);
    analysis.automation = automationShares(graph);
    analysis.onceOnly = findOnceOnly(graph);
    analysis.maturity = estimateMaturity(graph, analysis);
    analysis.missing = missingKnowledge(graph);
    return analysis;
}

QString label(MediaBreak::Kind kind)
{
    switch (kind) {
    case MediaBreak::Kind::ReTyped:
        return QCoreApplication::translate("amtsweg::e2e", "Typed in again");
    case MediaBreak::Kind::Printed:
        return QCoreApplication::translate("amtsweg::e2e", "Handled on paper");
    case MediaBreak::Kind::Downgraded:
        return QCoreApplication::translate("amtsweg::e2e", "Passed on unstructured");
    case MediaBreak::Kind::ManualTransfer:
        return QCoreApplication::translate("amtsweg::e2e", "Carried between systems by hand");
    }
    return {};
}

} // namespace amtsweg::e2e

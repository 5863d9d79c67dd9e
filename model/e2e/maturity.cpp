// OZG maturity estimated from the model (levels as commonly described: 0 no information
// online; 1 information online; 2 form online, submitted on paper; 3 application fully online
// including evidence; 4 fully digital including the notice, evidence from registers). The
// estimate starts at 4 and each fact below caps it; the reasons list every cap, the lowest
// first. Levels 0 and 1 cannot be told apart: information on the web is no part of a process.
#include "e2e/e2eparts.h"

#include <QCoreApplication>

#include <algorithm>

namespace amtsweg::e2e {
namespace {

class MaturityEstimator
{
public:
    MaturityEstimator(const E2eGraph &graph, const Analysis &analysis)
        : g(graph), t(graph.tree()), a(analysis)
    {
    }

    Maturity run()
    {
        Maturity m;
        std::vector<NodeId> submissions, notices, unknownPools;
        bool anyCitizen = false;
        for (NodeId p : g.participants()) {
            anyCitizen = anyCitizen || isCitizenSide(participantKind(t, p));
            if (participantKind(t, p) == ParticipantKind::Unknown)
                unknownPools.push_back(p);
        }
        if (!anyCitizen) {
            m.reasons.push_back({e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "No pool is marked as citizen or company: set the kind "
                                         "of the applicant's pool to estimate the level")),
                                 unknownPools});
            return m;
        }
        for (const Transfer &transfer : g.transfers()) {
            if (!transfer.isMessageFlow)
                continue;
            const bool fromCitizen = isCitizenSide(participantKind(t, g.poolOf(transfer.source)));
            const bool toCitizen = isCitizenSide(participantKind(t, g.poolOf(transfer.target)));
            if (fromCitizen && !toCitizen)
                submissions.push_back(transfer.element);
            else if (toCitizen && !fromCitizen)
                notices.push_back(transfer.element);
        }
        if (submissions.empty()) {
            m.reasons.push_back(
                {e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "The applicant sends nothing to the administration in the model")), {}});
            return m;
        }
        capBySubmissions(submissions);
        capByNotices(notices);
        for (const OnceOnlyCandidate &c : a.onceOnly)
            cap(3, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "The applicant provides %1 that %2 already holds (once-only)"),
                           {c.data, quoted(g, c.register_)}),
                {c.request, c.register_});
        if (!a.mediaBreaks.empty()) {
            std::vector<NodeId> elements;
            for (const MediaBreak &b : a.mediaBreaks)
                if (std::find(elements.begin(), elements.end(), b.elements.front()) == elements.end())
                    elements.push_back(b.elements.front());
            cap(3, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Media breaks along the flow: %1, so not digital end to end"),
                           {QString::number(a.mediaBreaks.size())}),
                elements);
        }
        std::stable_sort(m_caps.begin(), m_caps.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        m.level = m_caps.empty() ? 4 : m_caps.front().first;
        for (auto &[level, finding] : m_caps)
            m.reasons.push_back(std::move(finding));
        return m;
    }

private:
    void cap(int level, QString text, std::vector<NodeId> elements)
    {
        m_caps.push_back({level, Finding{std::move(text), std::move(elements)}});
    }

    QString channelText(NodeId flow) const
    {
        const Channel c = channel(t, flow);
        return c == Channel::Unknown ? e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "an unknown channel")) : label(c);
    }

    void capBySubmissions(const std::vector<NodeId> &submissions)
    {
        std::vector<NodeId> offline;
        for (NodeId s : submissions)
            if (!isOnlineChannel(channel(t, s)))
                offline.push_back(s);
        if (offline.size() == submissions.size()) {
            QStringList how;
            for (NodeId s : offline)
                how << e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 via %2"), {quoted(g, s), channelText(s)});
            cap(1, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "Nothing is submitted online (%1); whether information is online "
                           "cannot be read from a process model, so the level is 0 or 1"),
                           {how.join(QStringLiteral(", "))}),
                offline);
            return;
        }
        for (NodeId s : offline)
            cap(2, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 is submitted via %2, not online: the application is not fully "
                           "online"),
                           {quoted(g, s), channelText(s)}),
                {s});
    }

    void capByNotices(const std::vector<NodeId> &notices)
    {
        if (notices.empty())
            cap(3, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "No notice or reply goes back to the applicant in the model")), {});
        for (NodeId n : notices)
            if (!isDigital(medium(t, n)))
                cap(3, e2eText(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 reaches the applicant via %2, not digitally"),
                               {quoted(g, n), channelText(n)}),
                    {n});
    }

    const E2eGraph &g;
    const ModelTree &t;
    const Analysis &a;
    std::vector<std::pair<int, Finding>> m_caps;
};

} // namespace

Maturity estimateMaturity(const E2eGraph &graph, const Analysis &analysis)
{
    return MaturityEstimator(graph, analysis).run();
}

} // namespace amtsweg::e2e

#include "validation/e2erules.h"

#include "validation/rulecontext.h"

#include "e2e/analysisformat.h"

#include <QCoreApplication>

namespace amtsweg::validation::rules {
namespace {

void reportMissing(RuleContext &c, e2e::Missing::What what)
{
    if (const e2e::Analysis *a = c.e2eAnalysis())
        for (const e2e::Missing &m : a->missing)
            if (m.what == what)
                c.report(m.elements.front(), QT_TRANSLATE_NOOP("amtsweg::Rules", "%1"), {m.text});
}

} // namespace

void e2eMediaBreak(RuleContext &c)
{
    if (const e2e::Analysis *a = c.e2eAnalysis())
        for (const e2e::MediaBreak &b : a->mediaBreaks)
            c.report(b.elements.front(), QT_TRANSLATE_NOOP("amtsweg::Rules", "Media break (%1): %2"),
                     {e2e::label(b.kind), b.reason});
}

void e2eOnceOnly(RuleContext &c)
{
    if (const e2e::Analysis *a = c.e2eAnalysis())
        for (const e2e::OnceOnlyCandidate &o : a->onceOnly)
            c.report(o.request,
                     QT_TRANSLATE_NOOP("amtsweg::Rules",
                                       "The applicant is asked for %1, which '%2' already holds: "
                                       "fetch it from there (once-only)"),
                     {o.data, e2e::displayName(c.tree(), o.register_)});
}

void e2eUnknownParticipantKind(RuleContext &c)
{
    reportMissing(c, e2e::Missing::What::ParticipantKind);
}

void e2eUnknownChannel(RuleContext &c)
{
    reportMissing(c, e2e::Missing::What::Channel);
}

void e2eUnknownAutomation(RuleContext &c)
{
    reportMissing(c, e2e::Missing::What::Automation);
}

void e2eUnknownDataStore(RuleContext &c)
{
    reportMissing(c, e2e::Missing::What::DataStoreKind);
    reportMissing(c, e2e::Missing::What::Interface);
}

} // namespace amtsweg::validation::rules

#include "e2e/analysisformat.h"

#include "bpmn/elements.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace amtsweg::e2e {
namespace {

QString tx(const char *text)
{
    return QCoreApplication::translate("amtsweg::e2e", text);
}

QString idOf(const ModelTree &tree, NodeId n)
{
    const auto v = tree.id(n);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QJsonArray idArray(const ModelTree &tree, const std::vector<NodeId> &nodes)
{
    QJsonArray result;
    for (NodeId n : nodes)
        result.append(idOf(tree, n));
    return result;
}

QString idList(const ModelTree &tree, const std::vector<NodeId> &nodes)
{
    QStringList ids;
    for (NodeId n : nodes)
        ids << idOf(tree, n);
    return ids.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(ids.join(QStringLiteral(", ")));
}

template <typename F>
QJsonArray findingsJson(const ModelTree &tree, const std::vector<F> &findings)
{
    QJsonArray result;
    for (const Finding &f : findings)
        result.append(QJsonObject{{QStringLiteral("text"), f.text},
                                  {QStringLiteral("elements"), idArray(tree, f.elements)}});
    return result;
}

QString percent(int part, int total)
{
    return total == 0 ? QStringLiteral("0%")
                      : QStringLiteral("%1%").arg(qRound(100.0 * part / total));
}

} // namespace

QString displayName(const ModelTree &tree, NodeId n)
{
    std::string_view v = bpmn::name(tree, n);
    if (v.empty())
        v = tree.id(n);
    return QString::fromUtf8(v.data(), qsizetype(v.size())).simplified();
}

QString kindKey(MediaBreak::Kind kind)
{
    switch (kind) {
    case MediaBreak::Kind::ReTyped: return QStringLiteral("typed-in-again");
    case MediaBreak::Kind::Printed: return QStringLiteral("handled-on-paper");
    case MediaBreak::Kind::Downgraded: return QStringLiteral("passed-on-unstructured");
    case MediaBreak::Kind::ManualTransfer: return QStringLiteral("carried-by-hand");
    }
    return {};
}

QString kindKey(HandOff::Kind kind)
{
    return kind == HandOff::Kind::Participant ? QStringLiteral("participant")
                                              : QStringLiteral("lane");
}

QString whatKey(Missing::What what)
{
    switch (what) {
    case Missing::What::ParticipantKind: return QStringLiteral("participant-kind");
    case Missing::What::Channel: return QStringLiteral("channel");
    case Missing::What::Automation: return QStringLiteral("automation");
    case Missing::What::DataStoreKind: return QStringLiteral("data-store-kind");
    case Missing::What::Interface: return QStringLiteral("interface");
    }
    return {};
}

QString analysisText(const ModelTree &tree, const Analysis &a)
{
    QString s;
    const QString item = QStringLiteral("  - ");
    if (a.maturity.level >= 0)
        s += tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "OZG maturity level (estimate): %1")).arg(a.maturity.level) + QLatin1Char('\n');
    else
        s += tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "OZG maturity level: not estimated")) + QLatin1Char('\n');
    for (const Finding &f : a.maturity.reasons)
        s += item + f.text + idList(tree, f.elements) + QLatin1Char('\n');

    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Media breaks: %1")).arg(a.mediaBreaks.size()) + QLatin1Char('\n');
    for (const MediaBreak &b : a.mediaBreaks)
        s += item + label(b.kind) + QStringLiteral(": ") + b.reason + idList(tree, b.elements)
             + QLatin1Char('\n');

    int pools = 0, lanes = 0;
    for (const HandOff &h : a.handOffs)
        ++(h.kind == HandOff::Kind::Participant ? pools : lanes);
    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Hand-offs: %1 between pools, %2 between lanes")).arg(pools).arg(lanes)
         + QLatin1Char('\n');
    for (const HandOff &h : a.handOffs)
        s += item + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 → %2 by %3"))
                        .arg(displayName(tree, h.from), displayName(tree, h.to),
                             displayName(tree, h.flow))
             + QStringLiteral(" [%1]").arg(idOf(tree, h.flow)) + QLatin1Char('\n');

    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Paths: %1")).arg(a.paths.size());
    if (a.pathsTruncated)
        s += QLatin1Char(' ') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "(stopped after %1; the model has more)")).arg(kMaxPaths);
    s += QLatin1Char('\n');
    for (std::size_t i = 0; i < a.paths.size(); ++i) {
        const Path &p = a.paths[i];
        QStringList names;
        for (NodeId n : p.nodes)
            names << displayName(tree, n);
        s += QStringLiteral("  %1. ").arg(i + 1)
             + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 pool and %2 lane hand-offs: ")).arg(p.participantHandOffs).arg(p.laneHandOffs)
             + names.join(QStringLiteral(" → ")) + QLatin1Char('\n');
    }

    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Automation of the steps")) + QLatin1Char('\n');
    for (const AutomationShare &share : a.automation) {
        const int total = share.total();
        const NodeId owner = share.participant != kNoNode ? share.participant : share.process;
        s += item
             + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1: manual %2 (%3), IT-supported %4 (%5), automated %6 (%7), unknown %8"))
                   .arg(displayName(tree, owner))
                   .arg(share.manual)
                   .arg(percent(share.manual, total))
                   .arg(share.itSupported)
                   .arg(percent(share.itSupported, total))
                   .arg(share.automated)
                   .arg(percent(share.automated, total))
                   .arg(share.unknown)
             + QLatin1Char('\n');
    }

    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Once-only candidates: %1")).arg(a.onceOnly.size()) + QLatin1Char('\n');
    for (const OnceOnlyCandidate &c : a.onceOnly)
        s += item
             + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "%1 asks the applicant for %2, which %3 holds"))
                   .arg(displayName(tree, c.request), c.data, displayName(tree, c.register_))
             + idList(tree, {c.request, c.register_}) + QLatin1Char('\n');

    s += QLatin1Char('\n') + tx(QT_TRANSLATE_NOOP("amtsweg::e2e", "Missing knowledge: %1")).arg(a.missing.size()) + QLatin1Char('\n');
    for (const Finding &f : a.missing)
        s += item + f.text + idList(tree, f.elements) + QLatin1Char('\n');
    return s;
}

QJsonObject analysisJson(const ModelTree &tree, const Analysis &a)
{
    QJsonObject root;
    root.insert(QStringLiteral("maturity"),
                QJsonObject{{QStringLiteral("level"),
                             a.maturity.level >= 0 ? QJsonValue(a.maturity.level) : QJsonValue()},
                            {QStringLiteral("reasons"), findingsJson(tree, a.maturity.reasons)}});
    QJsonArray breaks;
    for (const MediaBreak &b : a.mediaBreaks)
        breaks.append(QJsonObject{{QStringLiteral("kind"), kindKey(b.kind)},
                                  {QStringLiteral("elements"), idArray(tree, b.elements)},
                                  {QStringLiteral("reason"), b.reason}});
    root.insert(QStringLiteral("mediaBreaks"), breaks);
    QJsonArray handOffs;
    for (const HandOff &h : a.handOffs)
        handOffs.append(QJsonObject{{QStringLiteral("kind"), kindKey(h.kind)},
                                    {QStringLiteral("flow"), idOf(tree, h.flow)},
                                    {QStringLiteral("from"), idOf(tree, h.from)},
                                    {QStringLiteral("to"), idOf(tree, h.to)}});
    root.insert(QStringLiteral("handOffs"), handOffs);
    QJsonArray paths;
    for (const Path &p : a.paths)
        paths.append(QJsonObject{{QStringLiteral("nodes"), idArray(tree, p.nodes)},
                                 {QStringLiteral("participantHandOffs"), p.participantHandOffs},
                                 {QStringLiteral("laneHandOffs"), p.laneHandOffs}});
    root.insert(QStringLiteral("paths"), paths);
    root.insert(QStringLiteral("pathsTruncated"), a.pathsTruncated);
    QJsonArray automation;
    for (const AutomationShare &s : a.automation)
        automation.append(QJsonObject{
            {QStringLiteral("participant"),
             s.participant != kNoNode ? QJsonValue(idOf(tree, s.participant)) : QJsonValue()},
            {QStringLiteral("process"), idOf(tree, s.process)},
            {QStringLiteral("name"),
             displayName(tree, s.participant != kNoNode ? s.participant : s.process)},
            {QStringLiteral("manual"), s.manual},
            {QStringLiteral("itSupported"), s.itSupported},
            {QStringLiteral("automated"), s.automated},
            {QStringLiteral("unknown"), s.unknown}});
    root.insert(QStringLiteral("automation"), automation);
    QJsonArray onceOnly;
    for (const OnceOnlyCandidate &c : a.onceOnly)
        onceOnly.append(QJsonObject{
            {QStringLiteral("request"), idOf(tree, c.request)},
            {QStringLiteral("register"), idOf(tree, c.register_)},
            {QStringLiteral("data"), c.data},
            {QStringLiteral("matchedBy"),
             c.bySchemaId ? QStringLiteral("schema-id") : QStringLiteral("name")}});
    root.insert(QStringLiteral("onceOnly"), onceOnly);
    QJsonArray missing = findingsJson(tree, a.missing);
    for (qsizetype i = 0; i < missing.size(); ++i) {
        QJsonObject o = missing[i].toObject();
        o.insert(QStringLiteral("what"), whatKey(a.missing[std::size_t(i)].what));
        missing[i] = o;
    }
    root.insert(QStringLiteral("missing"), missing);
    return root;
}

} // namespace amtsweg::e2e

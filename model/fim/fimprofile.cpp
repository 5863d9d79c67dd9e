#include "fim/fimprofile.h"

#include "bpmn/elements.h"

#include <QStringList>

#include <array>

namespace amtsweg::fim {
namespace {

constexpr std::array kSymbols{
    ProfileSymbol{"startEvent", "messageEventDefinition"},
    ProfileSymbol{"endEvent", {}},
    ProfileSymbol{"boundaryEvent", "timerEventDefinition"},
    ProfileSymbol{"subProcess", {}},
    ProfileSymbol{"callActivity", {}},
    ProfileSymbol{"exclusiveGateway", {}},
    ProfileSymbol{"parallelGateway", {}},
    ProfileSymbol{"sequenceFlow", {}},
};

bool flag(const ModelTree &tree, NodeId n, std::string_view attribute, bool fallback)
{
    const NameId name = tree.names().find({}, attribute);
    const auto value = name ? tree.attribute(n, name) : std::nullopt;
    return value ? *value == "true" || *value == "1" : fallback;
}

/// Words of a label, line breaks and repeated blanks folded.
QStringList words(const QString &label)
{
    return label.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool startsLower(const QString &word)
{
    return !word.isEmpty() && word.front().isLower();
}

/// "prüfen", "ändern", "sammeln": a lower-case verb in -n.
bool looksLikeInfinitive(const QString &word)
{
    return startsLower(word) && word.size() >= 3 && word.endsWith(QLatin1Char('n'));
}

/// "geprüft", "erteilt", "eingegangen", "abgelaufen", "erhalten": a lower-case participle in -t,
/// or in -en with "ge" or an inseparable prefix (so that infinitives like "prüfen" do not pass).
bool looksLikeParticiple(const QString &word)
{
    if (!startsLower(word) || word.size() < 3)
        return false;
    if (word.endsWith(QLatin1Char('t')))
        return true;
    if (!word.endsWith(QLatin1String("en")))
        return false;
    static const QStringList prefixes{QStringLiteral("be"),   QStringLiteral("emp"),
                                      QStringLiteral("ent"),  QStringLiteral("er"),
                                      QStringLiteral("miss"), QStringLiteral("ver"),
                                      QStringLiteral("zer")};
    if (word.contains(QLatin1String("ge")))
        return true;
    for (const QString &prefix : prefixes)
        if (word.startsWith(prefix))
            return true;
    return false;
}

} // namespace

std::span<const ProfileSymbol> profileSymbols()
{
    return kSymbols;
}

bool isProfileSymbol(std::string_view localName, std::string_view eventDefinition)
{
    for (const ProfileSymbol &s : kSymbols)
        if (s.localName == localName && s.eventDefinition == eventDefinition)
            return true;
    return false;
}

bool isInProfile(const ModelTree &tree, NodeId n)
{
    std::string_view definition;
    int definitions = 0;
    for (NodeId c = tree.firstChild(n); c != kNoNode; c = tree.next(c))
        if (tree.isElement(c) && tree.isA(c, "tEventDefinition")) {
            definition = tree.localName(c);
            ++definitions;
        }
    const std::string_view local = tree.localName(n);
    if (definitions > 1 || !tree.is(n, local) || !isProfileSymbol(local, definition))
        return false;
    if (bpmn::isBoundaryEvent(tree, n))
        return flag(tree, n, "cancelActivity", true);
    if (bpmn::isSubProcess(tree, n))
        return !flag(tree, n, "triggeredByEvent", false);
    return true;
}

bool isDecision(const ModelTree &tree, NodeId n)
{
    return bpmn::isGateway(tree, n) && !tree.is(n, "parallelGateway") &&
           bpmn::outgoingFlows(tree, n).size() > 1;
}

LabelPattern labelPattern(const ModelTree &tree, NodeId n)
{
    if (bpmn::isActivity(tree, n))
        return LabelPattern::Activity;
    if (bpmn::isEvent(tree, n))
        return LabelPattern::Event;
    // A gateway about to be connected counts as a question unless it only merges flows.
    if (bpmn::isGateway(tree, n) && !tree.is(n, "parallelGateway") &&
        (isDecision(tree, n) || bpmn::incomingFlows(tree, n).size() <= 1))
        return LabelPattern::Question;
    return LabelPattern::None;
}

bool fitsLabelPattern(LabelPattern pattern, const QString &label)
{
    const QStringList w = words(label);
    if (pattern == LabelPattern::None)
        return true;
    if (w.isEmpty())
        return false;
    switch (pattern) {
    case LabelPattern::None:
        return true;
    case LabelPattern::Activity:
        return w.size() >= 2 && looksLikeInfinitive(w.back());
    case LabelPattern::Event:
        return w.size() >= 2 && w.front().front().isUpper() && looksLikeParticiple(w.back());
    case LabelPattern::Question:
        return w.back().endsWith(QLatin1Char('?'));
    }
    return true;
}

} // namespace amtsweg::fim

// The Prozesssteckbrief checks of the `fim` rule set: it exists, its Prozessschlüssel, name,
// version and codes are valid, its Prozessteilnehmer match the pools, it names a legal basis.
#include "validation/fimrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"
#include "fim/fimcodes.h"
#include "fim/fimread.h"
#include "fim/fimstructure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace amtsweg::validation::rules {
namespace {

/// The model's Prozesssteckbrief, when the model is a FIM model and has one.
std::optional<fim::Prozesssteckbrief> steckbrief(const RuleContext &c)
{
    return fim::modelSteckbrief(c.tree());
}

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)))
        .match(text)
        .hasMatch();
}

/// How a message names entry `i` of a list: by its name in quotes, else by its number.
QString entry(std::size_t i, const QString &name)
{
    return name.isEmpty() ? QString::number(i + 1) : QLatin1Char('\'') + name + QLatin1Char('\'');
}

} // namespace

void fimSteckbrief(RuleContext &c)
{
    const ModelTree &t = c.tree();
    if (!fim::isFimModel(t) || steckbrief(c) || t.root() == kNoNode)
        return;
    NodeId owner = t.firstChildElement(t.root(), "collaboration");
    if (owner == kNoNode)
        owner = t.firstChildElement(t.root(), "process");
    if (owner != kNoNode)
        c.report(owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "FIM model without a Prozesssteckbrief: add one to %1"),
                 {fim::quoted(t, owner)});
}

void fimProzessschluessel(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    if (s->prozessschluessel.isEmpty())
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "The Prozesssteckbrief of %1 has no Prozessschlüssel"),
                 {fim::quoted(c.tree(), s->owner)});
    else if (!matches(s->prozessschluessel, "[0-9]{14}"))
        c.report(s->owner,
                 QT_TRANSLATE_NOOP("amtsweg::Rules", "Prozessschlüssel '%1' of %2 is not a "
                                                     "14-digit Leistungsschlüssel"),
                 {s->prozessschluessel, fim::quoted(c.tree(), s->owner)});
}

void fimNameVersion(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    const QString owner = fim::quoted(c.tree(), s->owner);
    if (s->name.isEmpty())
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "The Prozesssteckbrief of %1 has no name"), {owner});
    if (s->version.isEmpty())
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "The Prozesssteckbrief of %1 has no version"), {owner});
    else if (!matches(s->version, "[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}"))
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "Version '%1' of %2 is not of the form NN.NN.NN"),
                 {s->version, owner});
}

void fimCodes(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    const QString owner = fim::quoted(c.tree(), s->owner);
    const struct
    {
        const QString &code;
        fim::CodeList list;
        const char *what;
    } fields[] = {
        {s->detaillierungsstufe, fim::CodeList::Detaillierungsstufe, "Detaillierungsstufe"},
        {s->freigabestatus, fim::CodeList::Freigabestatus, "Freigabestatus"},
    };
    for (const auto &f : fields) {
        if (f.code.isEmpty())
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                 "The Prozesssteckbrief of %1 has no %2"),
                     {owner, QLatin1String(f.what)});
        else if (!fim::isKnownCode(f.list, f.code))
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules", "%1 '%2' of %3 is no valid code"),
                     {QLatin1String(f.what), f.code, owner});
    }
}

void fimProzessteilnehmer(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    const QString owner = fim::quoted(c.tree(), s->owner);
    if (s->prozessteilnehmer.empty())
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "The Prozesssteckbrief of %1 names no Prozessteilnehmer"),
                 {owner});
    for (std::size_t i = 0; i < s->prozessteilnehmer.size(); ++i) {
        const fim::Prozessteilnehmer &p = s->prozessteilnehmer[i];
        const QString who = entry(i, p.name);
        if (p.name.isEmpty())
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                 "Prozessteilnehmer %1 of %2 has no name"),
                     {who, owner});
        if (p.rollen.isEmpty())
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                 "Prozessteilnehmer %1 of %2 has no role"),
                     {who, owner});
        for (const QString &rolle : p.rollen)
            if (!fim::isKnownCode(fim::CodeList::Rolle, rolle))
                c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                     "Role '%1' of Prozessteilnehmer %2 of %3 is "
                                                     "no valid code"),
                         {rolle, who, owner});
    }
}

void fimPoolName(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    const ModelTree &t = c.tree();
    for (NodeId n : c.elements()) {
        if (!bpmn::isParticipant(t, n))
            continue;
        const QString pool = fim::nameOf(t, n);
        bool found = false;
        for (const fim::Prozessteilnehmer &p : s->prozessteilnehmer)
            found = found || (!pool.isEmpty() && p.name.simplified() == pool);
        if (!found)
            c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                          "Pool %1 is no Prozessteilnehmer of the Prozesssteckbrief"),
                     {fim::quoted(t, n)});
    }
}

void fimHandlungsgrundlage(RuleContext &c)
{
    const auto s = steckbrief(c);
    if (!s)
        return;
    const QString owner = fim::quoted(c.tree(), s->owner);
    if (s->handlungsgrundlagen.empty())
        c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                             "The Prozesssteckbrief of %1 names no Handlungsgrundlage"),
                 {owner});
    for (std::size_t i = 0; i < s->handlungsgrundlagen.size(); ++i) {
        const fim::Handlungsgrundlage &h = s->handlungsgrundlagen[i];
        if (h.name.isEmpty())
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                 "Handlungsgrundlage %1 of %2 has no name"),
                     {entry(i, {}), owner});
        if (h.art.isEmpty())
            c.report(s->owner, QT_TRANSLATE_NOOP("amtsweg::Rules",
                                                 "Handlungsgrundlage %1 of %2 has no art"),
                     {entry(i, h.name), owner});
    }
}

} // namespace amtsweg::validation::rules

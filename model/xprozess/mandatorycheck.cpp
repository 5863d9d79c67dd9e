#include "xprozess/mandatorycheck.h"

#include "fim/fimread.h"
#include "validation/ruleregistry.h"
#include "validation/rulecontext.h"
#include "xprozess/anlagen.h"

#include <QCoreApplication>

namespace amtsweg::xprozess {

std::span<const std::string_view> mandatoryRules()
{
    static constexpr std::string_view kRules[] = {
        "fim-prozessschluessel", "fim-name-version",       "fim-codes",
        "fim-prozessteilnehmer", "fim-handlungsgrundlage", "fim-rag-type",
        "fim-rag-attributes",    "fim-rag-id"};
    return kRules;
}

Diagnostics missingMandatory(const ModelTree &tree)
{
    Diagnostics result;
    if (!fim::modelSteckbrief(tree)) {
        const NodeId owner = anlagenOwner(tree);
        Diagnostic d;
        d.code = QStringLiteral("xprozess-steckbrief");
        d.message = QCoreApplication::translate(
            "amtsweg::xprozess",
            "The model has no Prozesssteckbrief (Prozessschlüssel, name, version, "
            "Freigabestatus, …)");
        if (owner != kNoNode) {
            d.elementId = QString::fromUtf8(tree.id(owner).data(), qsizetype(tree.id(owner).size()));
            d.line = int(tree.line(owner));
        }
        result.push_back(d);
    }
    validation::RuleContext context(tree);
    for (std::string_view id : mandatoryRules()) {
        const validation::Rule *rule = validation::findRule(id);
        if (!rule)
            continue;
        context.setCurrentRule(rule);
        rule->check(context);
    }
    Diagnostics found = context.takeFindings();
    result.insert(result.end(), found.begin(), found.end());
    return result;
}

} // namespace amtsweg::xprozess

#include "validation/modelchecker.h"

#include "validation/rulecontext.h"
#include "validation/ruleregistry.h"

#include <algorithm>

namespace amtsweg::validation {

QStringList disabledRules(const ModelTree &tree)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return {};
    std::string_view v;
    for (const Attribute &a : tree.attributes(root))
        if (tree.names()[a.name].nsUri == schema::uri::amtsweg
            && tree.names()[a.name].local == "disabledRules")
            v = a.value;
    return QString::fromUtf8(v.data(), qsizetype(v.size())).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString disabledRulesValue(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids.join(QLatin1Char(' '));
}

Diagnostics checkModel(const ModelTree &tree, const CheckOptions &options)
{
    RuleContext context(tree);
    context.setE2eSource(options.e2eAnalysis);
    const QStringList off = disabledRules(tree) + options.disabled;
    for (const Rule &rule : allRules()) {
        if (std::find(options.sets.begin(), options.sets.end(), rule.set) == options.sets.end())
            continue;
        if (off.contains(QLatin1String(rule.id.data(), qsizetype(rule.id.size()))))
            continue;
        context.setCurrentRule(&rule);
        rule.check(context);
    }
    return context.takeFindings();
}

} // namespace amtsweg::validation

#include "fimlabelhints.h"

namespace amtsweg {

QString FimLabelHints::placeholder(fim::LabelPattern pattern)
{
    switch (pattern) {
    case fim::LabelPattern::Activity:
        return tr("Object + infinitive, e.g. “Antrag prüfen”");
    case fim::LabelPattern::Event:
        return tr("Noun + participle, e.g. “Antrag eingegangen”");
    case fim::LabelPattern::Question:
        return tr("Question?, e.g. “Antrag vollständig?”");
    case fim::LabelPattern::None:
        break;
    }
    return {};
}

QString FimLabelHints::mismatch(fim::LabelPattern pattern, const QString &label)
{
    const QString text = label.simplified();
    if (text.isEmpty() || fim::fitsLabelPattern(pattern, text))
        return {};
    return tr("“%1” does not fit the FIM label pattern: %2").arg(text, placeholder(pattern));
}

} // namespace amtsweg

#pragma once
// The FIM label patterns as the label editor shows them in FIM mode: the placeholder while a
// label is typed ("Object + infinitive, e.g. “Antrag prüfen”") and the hint when a finished
// label does not fit (checked with fim::fitsLabelPattern, as the `fim` rule set does).

#include "fim/fimprofile.h"

#include <QCoreApplication>
#include <QString>

namespace amtsweg {

class FimLabelHints
{
    Q_DECLARE_TR_FUNCTIONS(FimLabelHints)

public:
    /// The pattern with an example; empty for LabelPattern::None.
    static QString placeholder(fim::LabelPattern pattern);
    /// The hint for a finished `label`: empty when it fits (or is empty), else what FIM expects.
    static QString mismatch(fim::LabelPattern pattern, const QString &label);
};

} // namespace amtsweg

#pragma once
// The end-to-end analysis as plain text (for people at a terminal) and as JSON (for scripts):
// `amtsweg analyze --format text|json`. Elements are named by name and id.

#include "e2e/e2eanalysis.h"

#include <QJsonObject>
#include <QString>

namespace amtsweg::e2e {

/// The element's name (whitespace folded), else its id.
QString displayName(const ModelTree &tree, NodeId n);
/// Stable identifiers of the enum values used in JSON ("typed-in-again", "participant" …).
QString kindKey(MediaBreak::Kind kind);
QString kindKey(HandOff::Kind kind);
QString whatKey(Missing::What what);

QString analysisText(const ModelTree &tree, const Analysis &analysis);
QJsonObject analysisJson(const ModelTree &tree, const Analysis &analysis);

} // namespace amtsweg::e2e

#pragma once
// The parts of the end-to-end analysis, each in its own unit; e2eanalysis.cpp runs them in
// order (later parts use earlier results).

#include "e2e/e2eanalysis.h"
#include "e2e/e2egraph.h"

#include <QStringList>

#include <functional>

namespace amtsweg::e2e {

/// Translates an analysis text (context "amtsweg::e2e") and fills %1… from `args`.
QString e2eText(const char *source, const QStringList &args = {});
/// A name in quotes for messages: „name“ in German typography is left to the translation.
QString quoted(const E2eGraph &graph, NodeId n);

/// Steps reached first from `from` along sequence flows (from itself when it is a step and
/// `includeSelf`), passing through every node for which `passThrough` is true and through
/// events and gateways.
std::vector<NodeId> nextSteps(const E2eGraph &graph, NodeId from, bool includeSelf,
                              const std::function<bool(NodeId)> &passThrough);

std::vector<MediaBreak> findMediaBreaks(const E2eGraph &graph);
void findHandOffs(const E2eGraph &graph, Analysis &analysis);
std::vector<OnceOnlyCandidate> findOnceOnly(const E2eGraph &graph);
Maturity estimateMaturity(const E2eGraph &graph, const Analysis &analysis);

bool isCitizenSide(ParticipantKind kind);

} // namespace amtsweg::e2e

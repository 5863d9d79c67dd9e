#pragma once
// Building FIM elements from values (docs/fim-extension.md): detached nodes in the document's
// tree, for commands to insert (the GUI) or for place() to insert directly. Empty values are
// left out. A value read from the file (its `node` set) keeps what Amtsweg did not understand:
// attributes and child elements of the old element that are not FIM names are copied into
// the new one.

#include "fim/fimdata.h"

namespace amtsweg::fim {

/// A detached <amtsweg:prozesssteckbrief>.
NodeId buildProzesssteckbrief(ModelTree &tree, const Prozesssteckbrief &s);
/// A detached <amtsweg:aktivitaetengruppe>.
NodeId buildAktivitaetengruppe(ModelTree &tree, const Aktivitaetengruppe &g);

/// How a built element goes onto `owner`: remove `old` (the element of the same name it
/// replaces, kNoNode when none), then insert `node` under `parent` before `before` (kNoNode:
/// last). `node` is the built element, or, when the owner has no extensionElements yet, a new
/// detached <bpmn:extensionElements> holding it.
struct Placement
{
    NodeId parent = kNoNode, before = kNoNode, node = kNoNode, old = kNoNode;
};
Placement placementFor(ModelTree &tree, NodeId owner, NodeId built);
/// Carries a placement out directly (no undo).
void place(ModelTree &tree, const Placement &p);

} // namespace amtsweg::fim

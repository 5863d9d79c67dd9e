#pragma once
// Reading FIM data from the model tree (docs/fim-extension.md). Lenient: missing values read as
// empty, unknown codes as they are written, unknown elements and attributes are skipped (the
// tree keeps them, and fimbuild.h carries them over when an element is rebuilt).

#include "fim/fimdata.h"

#include <string_view>

namespace amtsweg::fim {

/// True for an element of Amtsweg's namespace with this local name.
bool isFim(const ModelTree &tree, NodeId n, std::string_view local);
/// The first <amtsweg:`local`> in `owner`'s <bpmn:extensionElements>, or kNoNode.
NodeId extensionChild(const ModelTree &tree, NodeId owner, std::string_view local);

/// The Prozesssteckbrief of a process or collaboration.
std::optional<Prozesssteckbrief> prozesssteckbrief(const ModelTree &tree, NodeId owner);
/// The model's Prozesssteckbrief: the collaboration's, else that of the first process with one.
std::optional<Prozesssteckbrief> modelSteckbrief(const ModelTree &tree);
/// The RAG group of an element (normally a collapsed sub-process).
std::optional<Aktivitaetengruppe> aktivitaetengruppe(const ModelTree &tree, NodeId owner);
/// Every RAG group in an extensionElements of the attached model, in document order (groups
/// on elements other than sub-processes included, so that checks can name them).
std::vector<Aktivitaetengruppe> aktivitaetengruppen(const ModelTree &tree);
/// True when the model has a Prozesssteckbrief or at least one RAG group: a FIM model.
bool isFimModel(const ModelTree &tree);

/// Reading single elements (for the owners' readers above and for tests).
Prozesssteckbrief readProzesssteckbrief(const ModelTree &tree, NodeId element);
Aktivitaetengruppe readAktivitaetengruppe(const ModelTree &tree, NodeId element);

} // namespace amtsweg::fim

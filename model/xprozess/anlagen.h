#pragma once
// Documents embedded in a model (Anlagen): the PDF visualisations and reports an XProzess
// message carries besides the BPMN file. They live as
//   <amtsweg:anlage name="…" mimeType="…" [modellierungsmethode="…"]>base64</amtsweg:anlage>
// in the extensionElements of the collaboration (else the first process), so that saving the
// BPMN file and exporting it to XProzess again keeps them (docs/fim-extension.md).

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace amtsweg::xprozess {

struct Anlage
{
    QString name;     ///< file name, e.g. "99006028261000.pdf"
    QString mimeType; ///< e.g. "application/pdf"
    QByteArray data;
    /// The `modellierungsmethode` code the message gave the file ("": none, which is what
    /// Amtsweg writes for a document that is no process model).
    QString modellierungsmethode = {};
};

/// The element that holds the model's Anlagen (and its Prozesssteckbrief): the first
/// collaboration, else the first process; kNoNode for an empty model.
NodeId anlagenOwner(const ModelTree &tree);
/// The Anlagen of the model, in file order (undecodable content reads as empty data).
std::vector<Anlage> anlagen(const ModelTree &tree);
/// Replaces the model's Anlagen by `list` (no undo: for import and export).
void setAnlagen(ModelTree &tree, const std::vector<Anlage> &list);
/// The elements of Amtsweg's namespace named `local` in the extensionElements of the Anlagen
/// owner, in file order.
std::vector<NodeId> ownerExtensions(const ModelTree &tree, std::string_view local);
/// Appends the detached element `n` to the extensionElements of the Anlagen owner (creating
/// them when needed); nothing for an empty model.
void addOwnerExtension(ModelTree &tree, NodeId n);
/// The unqualified attribute's value, trimmed ("" when absent).
QString plainAttribute(const ModelTree &tree, NodeId n, std::string_view local);
/// A MIME type from a file name's suffix (application/octet-stream when unknown).
QString mimeTypeFor(const QString &fileName);

} // namespace amtsweg::xprozess

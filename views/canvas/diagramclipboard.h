#pragma once
// DiagramClipboard: copy, cut, paste and duplicate through BPMN XML on the system clipboard
// (mime type application/bpmn+xml, and as text), so that pasting works across tabs, documents
// and other BPMN tools' models and keeps extension elements. The clipboard document is a
// complete <definitions> with the copied elements (and the flows between them) and their DI.

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace amtsweg {

class DiagramScene;

class DiagramClipboard
{
    Q_DECLARE_TR_FUNCTIONS(DiagramClipboard)

public:
    static constexpr const char *kMimeType = "application/bpmn+xml";

    explicit DiagramClipboard(DiagramScene &scene);

    /// The selection as a clipboard document (empty when nothing copyable is selected).
    QByteArray selectionXml() const;
    void copy();
    /// Copy, then delete the selection (one command).
    void cut();
    /// Pastes the clipboard, offset from the copied position (or at `at` when given).
    /// The pasted elements get fresh ids and become the selection.
    bool paste(const QPointF *at = nullptr);
    /// Copies and pastes the selection in one go, offset, without touching the clipboard.
    bool duplicate();
    /// Pastes a clipboard document; true when something was pasted.
    bool pasteXml(const QByteArray &xml, const QPointF *at = nullptr);

private:
    DiagramScene &m_scene;
    int m_pasteCount = 0;
    QByteArray m_lastXml;
};

} // namespace amtsweg

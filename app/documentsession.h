#pragma once
// DocumentSession: one open document in the main window: its BpmnDocument, the name its tabs
// show (file name or "Untitled N", with the dirty marker), saving (asking for a path when it
// has none) and the question before closing it with unsaved changes.

#include "bpmn/modeltree.h"

#include <QObject>

class QWidget;

namespace amtsweg {

class BpmnDocument;

class DocumentSession : public QObject
{
    Q_OBJECT

public:
    /// Takes `document` (it becomes a child of the session). `untitledNumber` names a
    /// document without a file ("Untitled 2").
    DocumentSession(BpmnDocument *document, int untitledNumber, QObject *parent = nullptr);
    ~DocumentSession() override;

    BpmnDocument *document() const { return m_document; }
    /// The file name, or "Untitled N" for a document never saved.
    QString displayName() const;
    /// Tab title for one of its diagrams: file name, dirty marker, diagram name.
    QString tabTitle(const QString &diagramName) const;
    /// A new, unchanged document without a file (replaced when the user opens a file).
    bool isPristine() const;

    /// Saves to the document's file, asking for one when it has none. False when cancelled
    /// or failed (the user was told why).
    bool save(QWidget *dialogParent);
    /// Asks for a file and saves there.
    bool saveAs(QWidget *dialogParent);
    /// With unsaved changes asks Save / Discard / Cancel; true when the document may close.
    bool confirmClose(QWidget *dialogParent);

Q_SIGNALS:
    /// The name or the dirty state changed: tab and window titles need an update.
    void titleChanged();
    /// The document was written to `path`.
    void saved(const QString &path);

private:
    bool saveTo(const QString &path, QWidget *dialogParent);

    BpmnDocument *m_document;
    int m_untitledNumber;
};

} // namespace amtsweg

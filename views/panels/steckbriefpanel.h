#pragma once
// SteckbriefPanel: the Prozesssteckbrief dock. It shows the Prozesssteckbrief of the current
// document (steckbriefOwner() says whose) in a SteckbriefForm; every finished edit is one
// SetFimDataCommand, and the panel follows the document's signals (undo and redo included)
// without pushing anything in reaction. Without a Prozesssteckbrief it says so and offers to
// add one. Its actions print the Prozesssteckbrief or export it as PDF (SteckbriefDocument).

#include "bpmn/modeltree.h"
#include "fim/fimdata.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace amtsweg {

class BpmnDocument;
class SteckbriefForm;

/// The element whose Prozesssteckbrief the panel shows for `context` (the selected element or
/// the plane shown, may be kNoNode): a collaboration with one, else the context's process (a
/// pool stands for its process) when it has one, else any process with one; when the model has
/// none, where a new one goes: the collaboration, else the context's process, else the first
/// process. kNoNode for a model without process or collaboration.
NodeId steckbriefOwner(const ModelTree &tree, NodeId context);

class SteckbriefPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SteckbriefPanel(QWidget *parent = nullptr);

    /// The document to show (null: none).
    void setDocument(BpmnDocument *document);
    /// The selected element, or the process or collaboration the canvas shows.
    void setContextElement(NodeId element);

    NodeId owner() const { return m_owner; }
    bool hasSteckbrief() const { return m_steckbrief.has_value(); }
    SteckbriefForm *form() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *removeAction() const { return m_remove; }

    /// Adds a Prozesssteckbrief to the owner (one command), named after it, version 01.00.00.
    void addSteckbrief();
    /// Writes the shown Prozesssteckbrief as PDF; an empty string or a translated message.
    QString exportPdf(const QString &path) const;

private:
    void reload();
    void commit();
    void print();
    void chooseAndExportPdf();

    QPointer<BpmnDocument> m_document;
    NodeId m_context = kNoNode;
    NodeId m_owner = kNoNode;
    std::optional<fim::Prozesssteckbrief> m_steckbrief;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_add = nullptr;
    SteckbriefForm *m_form = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace amtsweg

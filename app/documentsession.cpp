#include "documentsession.h"

#include "di/diagraminfo.h"
#include "document.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace amtsweg {

DocumentSession::DocumentSession(BpmnDocument *document, int untitledNumber, QObject *parent)
    : QObject(parent), m_document(document), m_untitledNumber(untitledNumber)
{
    m_document->setParent(this);
    connect(m_document, &BpmnDocument::modifiedChanged, this, &DocumentSession::titleChanged);
    connect(m_document, &BpmnDocument::filePathChanged, this, &DocumentSession::titleChanged);
    connect(m_document, &BpmnDocument::elementChanged, this, [this](NodeId n, NameId property) {
        const ModelTree &tree = m_document->tree();
        if (property == tree.known().name && di::isDiagram(tree, n))
            Q_EMIT titleChanged();
    });
}

DocumentSession::~DocumentSession() = default;

QString DocumentSession::displayName() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? tr("Untitled %1").arg(m_untitledNumber) : QFileInfo(path).fileName();
}

QString DocumentSession::tabTitle(const QString &diagramName) const
{
    QString title = displayName();
    if (m_document->isModified())
        title += QLatin1Char('*');
    if (!diagramName.isEmpty())
        title = tr("%1: %2").arg(title, diagramName);
    return title;
}

bool DocumentSession::isPristine() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified() &&
           m_document->undoStack()->count() == 0;
}

bool DocumentSession::save(QWidget *dialogParent)
{
    if (m_document->filePath().isEmpty())
        return saveAs(dialogParent);
    return saveTo(m_document->filePath(), dialogParent);
}

bool DocumentSession::saveAs(QWidget *dialogParent)
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = displayName() + QStringLiteral(".bpmn");
    QString path = QFileDialog::getSaveFileName(dialogParent, tr("Save BPMN file"), suggestion,
                                                tr("BPMN 2.0 files (*.bpmn)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".bpmn");
    return saveTo(path, dialogParent);
}

bool DocumentSession::saveTo(const QString &path, QWidget *dialogParent)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(dialogParent, tr("Cannot save file"),
                             tr("%1 could not be saved:\n%2").arg(path, error));
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

bool DocumentSession::confirmClose(QWidget *dialogParent)
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has unsaved changes. Save them before closing?").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, dialogParent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(dialogParent);
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace amtsweg

#include "documentsession.h"

#include "di/diagraminfo.h"
#include "document.h"

#include "repository/processrepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
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

void DocumentSession::setRepositoryOrigin(const RepositoryOrigin &origin)
{
    m_origin = origin;
    m_document->setReadOnly(origin.readOnly);
    Q_EMIT titleChanged();
}

void DocumentSession::detachFromRepository()
{
    m_origin.repository = nullptr;
    m_origin.model = 0;
    Q_EMIT titleChanged();
}

QString DocumentSession::displayName() const
{
    if (isFromRepository()) {
        return m_origin.readOnly ? tr("%1 (version %2, read-only)")
                                       .arg(m_origin.modelName)
                                       .arg(m_origin.baseVersion)
                                 : m_origin.modelName;
    }
    const QString path = m_document->filePath();
    if (path.isEmpty() && !m_origin.modelName.isEmpty())
        return m_origin.modelName; // from a repository that was closed since
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
    if (isFromRepository() && !m_origin.readOnly)
        return saveToRepository(dialogParent);
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

bool DocumentSession::saveToRepository(QWidget *dialogParent)
{
    bool ok = false;
    const QString comment =
        QInputDialog::getText(dialogParent, tr("Save Version"),
                              tr("What changed in this version of %1?").arg(m_origin.modelName),
                              QLineEdit::Normal, QString(), &ok);
    return ok && saveVersion(comment, dialogParent);
}

bool DocumentSession::saveVersion(const QString &comment, QWidget *dialogParent)
{
    if (!isFromRepository() || m_origin.readOnly)
        return false;
    const auto saved = m_origin.repository->saveVersion(m_origin.model, m_origin.baseVersion,
                                                        m_document->tree(), comment);
    if (saved.status() == RepositoryStatus::Conflict)
        return resolveConflict(comment, dialogParent);
    return finishSave(saved, dialogParent);
}

bool DocumentSession::finishSave(const RepositoryResult<VersionInfo> &saved, QWidget *dialogParent)
{
    if (!saved.ok()) {
        QMessageBox::warning(dialogParent, tr("Cannot save version"), saved.message());
        return false;
    }
    m_origin.baseVersion = saved.value.number;
    m_document->setClean();
    Q_EMIT titleChanged();
    Q_EMIT savedToRepository(m_origin.model, saved.value.number);
    return true;
}

bool DocumentSession::resolveConflict(const QString &comment, QWidget *dialogParent)
{
    const auto model = m_origin.repository->model(m_origin.model);
    const int theirs = model.ok() ? model.value.latestVersion : 0;
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"),
                    tr("%1 was saved as version %2 since you opened version %3. Nothing is "
                       "overwritten; choose what happens with your changes.")
                        .arg(m_origin.modelName)
                        .arg(theirs)
                        .arg(m_origin.baseVersion),
                    QMessageBox::Cancel, dialogParent);
    QPushButton *newModel = box.addButton(tr("Save as New Model"), QMessageBox::AcceptRole);
    QPushButton *keepBoth =
        box.addButton(tr("Keep Both (mine becomes the newest version)"), QMessageBox::AcceptRole);
    QPushButton *reload =
        box.addButton(tr("Discard Mine and Reload"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keepBoth);
    box.exec();
    if (box.clickedButton() == newModel)
        return saveAsNewModel(m_origin.repository, dialogParent);
    if (box.clickedButton() == reload) {
        Q_EMIT reloadRequested(m_origin.model);
        return false;
    }
    if (box.clickedButton() != keepBoth)
        return false;
    // Their version stays in the history; mine goes on top of it.
    return finishSave(
        m_origin.repository->saveVersion(m_origin.model, kAnyVersion, m_document->tree(), comment),
        dialogParent);
}

bool DocumentSession::saveAsNewModel(ProcessRepository *repository, QWidget *dialogParent)
{
    bool ok = false;
    const QString suggestion =
        isFromRepository() ? tr("%1 (copy)").arg(m_origin.modelName) : displayName();
    const QString name =
        QInputDialog::getText(dialogParent, tr("Save as New Model"), tr("Name of the new model:"),
                              QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return false;
    NewModel model;
    model.name = name;
    model.comment = tr("Created in Amtsweg");
    const auto created = repository->createModel(model, m_document->tree());
    if (!created.ok()) {
        QMessageBox::warning(dialogParent, tr("Cannot save model"), created.message());
        return false;
    }
    setRepositoryOrigin(
        {repository, created.value.id, created.value.name, created.value.latestVersion, false});
    m_document->setClean();
    Q_EMIT savedToRepository(created.value.id, created.value.latestVersion);
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

#include "repositorycontroller.h"

#include "comparisoncontroller.h"
#include "document.h"
#include "documentpages.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "paneldocks.h"
#include "panels/problemspanel.h"
#include "panels/repositorybrowser.h"
#include "problemschecker.h"
#include "repository/modelcomparison.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repository/repositorybackup.h"
#include "repository/repositorylocation.h"
#include "repositorypassword.h"
#include "sharedrepositorywatch.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>

namespace amtsweg {

RepositoryController::RepositoryController(MainWindow *window, RepositoryBrowser *browser)
    : QObject(window), m_window(window), m_browser(browser),
      m_comparison(new ComparisonController(window)),
      m_watch(new SharedRepositoryWatch(window, browser, this))
{
    // Queued: the note's button that asks for it goes with the tabs the reload closes.
    connect(m_watch, &SharedRepositoryWatch::reloadRequested, this,
            &RepositoryController::reloadSession, Qt::QueuedConnection);
    connect(browser, &RepositoryBrowser::openRequested, this,
            [this](ModelId model, int version) { openModel(model, version); });
    connect(browser, &RepositoryBrowser::elementRequested, this,
            [this](ModelId model, const QString &element) { openModel(model, 0, element); });
    connect(browser, &RepositoryBrowser::restoreRequested, this,
            &RepositoryController::restoreVersion);
    connect(browser, &RepositoryBrowser::exportRequested, this,
            &RepositoryController::exportVersion);
    connect(browser, &RepositoryBrowser::deriveRequested, this, &RepositoryController::deriveModel);
    connect(browser, &RepositoryBrowser::compareRequested, this,
            &RepositoryController::compareVersions);
    connect(browser, &RepositoryBrowser::compareWithBaseRequested, this,
            &RepositoryController::compareWithBase);
    connect(browser, &RepositoryBrowser::importFilesRequested, this,
            &RepositoryController::importFiles);
    connect(browser, &RepositoryBrowser::importFolderRequested, this,
            &RepositoryController::importFolder);
    connect(window->panels()->problems(), &ProblemsPanel::disableRuleInRepositoryRequested, this,
            &RepositoryController::disableRuleInRepository);
}

RepositoryController::~RepositoryController()
{
    m_watch->setRepository(nullptr); // takes back "open" marks while the repository is there
    if (m_browser)
        m_browser->setRepository(nullptr);
}

bool RepositoryController::openRepository(const QString &path, bool quiet)
{
    const bool server = repositorylocation::isServer(path);
    if (!server)
        QDir().mkpath(QFileInfo(path).absolutePath());
    RepositoryPassword password(m_window);
    RepositoryOpenOptions options;
    options.askPassword = password.callback();
    auto opened = ProcessRepository::open(path, options);
    password.finished(opened.ok());
    if (!opened.ok()) {
        if (quiet)
            return false;
        const bool damaged = !server && (opened.status() == RepositoryStatus::Corrupt ||
                                         opened.status() == RepositoryStatus::Unreadable);
        const QString backup = damaged ? RepositoryBackup::latest(path) : QString();
        if (backup.isEmpty()) {
            QMessageBox::warning(m_window, tr("Cannot open repository"), opened.message());
            return false;
        }
        return offerBackup(path, backup, opened.message());
    }
    m_watch->setRepository(nullptr);
    m_browser->setRepository(nullptr);
    for (DocumentSession *session : m_window->sessions())
        if (m_repository && session->repositoryOrigin().repository == m_repository.get())
            session->detachFromRepository(); // it must not save into a closed repository
    m_repository = std::move(opened.value);
    m_browser->setRepository(m_repository.get());
    m_watch->setRepository(m_repository.get());
    updateWriteActions();
    m_window->statusBar()->showMessage(
        canWrite() ? tr("Repository %1").arg(m_repository->location())
                   : tr("Repository %1, read-only").arg(m_repository->location()),
        5000);
    // The model checks skip the rules this repository switches off for all its models.
    m_window->panels()->problems()->setRepositoryRulesAvailable(canWrite());
    m_window->panels()->problemsChecker()->setRepositoryRules(
        [self = QPointer<RepositoryController>(this)] {
            return self && self->m_repository ? self->m_repository->disabledRules().value
                                              : QStringList();
        });
    Q_EMIT repositoryChanged();
    return true;
}

bool RepositoryController::canWrite() const
{
    return !m_repository || m_repository->backend().canWrite();
}

QString RepositoryController::readOnlyReason() const
{
    return canWrite() ? QString() : m_repository->backend().readOnlyReason();
}

void RepositoryController::addWriteAction(QAction *action)
{
    m_writeActions << action;
    updateWriteActions();
}

void RepositoryController::updateWriteActions()
{
    for (QAction *action : std::as_const(m_writeActions)) {
        if (!action)
            continue;
        if (!action->property("writableToolTip").isValid())
            action->setProperty("writableToolTip", action->toolTip());
        action->setEnabled(canWrite());
        action->setToolTip(canWrite() ? action->property("writableToolTip").toString()
                                      : tr("Read-only: %1").arg(readOnlyReason()));
    }
}

bool RepositoryController::refuseWhenReadOnly(const QString &title)
{
    if (canWrite())
        return false;
    QMessageBox::information(m_window, title, tr("Read-only: %1").arg(readOnlyReason()));
    return true;
}

void RepositoryController::follow(DocumentSession *session)
{
    connect(session, &DocumentSession::savedToRepository, m_browser, &RepositoryBrowser::refresh,
            Qt::UniqueConnection);
    connect(session, &DocumentSession::reloadRequested, this, &RepositoryController::reload,
            Qt::UniqueConnection);
}

void RepositoryController::disableRuleInRepository(const QString &ruleId)
{
    if (!m_repository || ruleId.isEmpty() || refuseWhenReadOnly(tr("Cannot switch off the rule")))
        return;
    const RepositoryOutcome done = m_repository->setRulesDisabled({ruleId}, true);
    if (!done.ok()) {
        QMessageBox::warning(m_window, tr("Cannot switch off the rule"), done.message());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Rule %1 is switched off for every model in this repository (amtsweg repo rules "
           "enable %1 switches it on again).")
            .arg(ruleId),
        10000);
    m_window->panels()->problemsChecker()->checkNow();
}

bool RepositoryController::offerBackup(const QString &damaged, const QString &backup,
                                       const QString &message)
{
    // Opening the backup itself would change it (WAL files, the next daily backup): it stays
    // as it is, like the damaged file, and a copy of it is opened and worked in.
    const QFileInfo info(damaged);
    const QString copy = QStringLiteral("%1/%2-recovered-%3.amtsweg")
                             .arg(info.absolutePath(), info.completeBaseName(),
                                  QDateTime::currentDateTime().toString(
                                      QStringLiteral("yyyyMMdd-HHmmss")));
    QMessageBox box(QMessageBox::Warning, tr("Repository damaged"), message, QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(
        tr("You can continue with the latest automatic backup from %1. Amtsweg copies it to "
           "'%2' and opens the copy; the backup and the damaged repository stay as they are. "
           "Changes saved after the backup was taken are not in it.")
            .arg(QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat),
                 copy));
    QPushButton *open = box.addButton(tr("Open Copy of Backup"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openBackupButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() != open)
        return false;
    if (!QFile::copy(backup, copy)) {
        QMessageBox::warning(m_window, tr("Cannot open repository"),
                             tr("Cannot copy the backup '%1' to '%2'.").arg(backup, copy));
        return false;
    }
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner);
    return openRepository(copy);
}

void RepositoryController::chooseRepository()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Repository"),
        m_repository && !m_repository->isShared()
            ? QFileInfo(m_repository->location()).absolutePath()
            : QString(),
        tr("Amtsweg repositories (*.amtsweg);;All files (*)"));
    if (!path.isEmpty())
        openRepository(path);
}

bool RepositoryController::openModel(ModelId model, int version, const QString &elementId)
{
    if (!m_repository)
        return false;
    const auto info = m_repository->model(model);
    if (!info.ok()) {
        QMessageBox::warning(m_window, tr("Cannot open model"), info.message());
        return false;
    }
    // Older versions open read-only, and every version does for a user who may only read.
    const bool older = version > 0 && version != info.value.latestVersion;
    const bool readOnly = older || !canWrite();
    const int shown = older ? version : info.value.latestVersion;
    DocumentSession *session = nullptr;
    for (DocumentSession *open : m_window->sessions()) {
        const RepositoryOrigin &o = open->repositoryOrigin();
        if (o.repository == m_repository.get() && o.model == model && o.readOnly == readOnly &&
            (!readOnly || o.baseVersion == shown))
            session = open;
    }
    if (!session) {
        auto tree = m_repository->openVersion(model, shown);
        if (!tree.ok()) {
            QMessageBox::warning(m_window, tr("Cannot open model"), tree.message());
            return false;
        }
        session = m_window->openTree(std::move(tree.value),
                                     {m_repository.get(), model, info.value.name, shown, readOnly});
        follow(session);
        noticeNewerBase(session, info.value);
        noticeTeam(session, m_watch->track(session, !older));
    }
    m_window->showDocument(session->document());
    if (!elementId.isEmpty()) {
        const ModelTree &t = session->document()->tree();
        m_window->revealElement(t.byId(elementId.toStdString()));
    }
    return true;
}

void RepositoryController::reload(ModelId model)
{
    for (DocumentSession *open : m_window->sessions()) {
        const RepositoryOrigin &o = open->repositoryOrigin();
        if (o.repository == m_repository.get() && o.model == model && !o.readOnly) {
            reloadSession(open);
            return;
        }
    }
    openModel(model);
}

void RepositoryController::reloadSession(DocumentSession *session)
{
    const ModelId model = session->repositoryOrigin().model;
    session->document()->setClean(); // the user chose to discard the changes
    m_window->closeDocument(session->document());
    openModel(model);
}

void RepositoryController::noticeTeam(DocumentSession *session, const QStringList &others)
{
    QStringList notes;
    if (!canWrite())
        notes << tr("Read-only: %1").arg(readOnlyReason());
    if (!others.isEmpty())
        notes << tr("Also open by %1.").arg(others.join(QStringLiteral("; ")));
    if (notes.isEmpty())
        return;
    for (DiagramPage *page : documentPages(*m_window, session->document())) {
        auto *bar = new NoticeBar(page, notes.join(QLatin1Char('\n')), QString());
        bar->setObjectName(QStringLiteral("repositoryNotice"));
    }
}

void RepositoryController::saveCurrentAsNewModel()
{
    DocumentSession *session = m_window->currentSession();
    if (!m_repository || !session || refuseWhenReadOnly(tr("Cannot save model")))
        return;
    if (session->saveAsNewModel(m_repository.get(), m_window)) {
        follow(session);
        m_watch->track(session, true);
        m_browser->refresh();
        m_browser->selectModel(session->repositoryOrigin().model);
    }
}

void RepositoryController::importFiles()
{
    if (refuseWhenReadOnly(tr("Import")))
        return;
    importPaths(QFileDialog::getOpenFileNames(m_window, tr("Import BPMN Files"), QString(),
                                              tr("BPMN 2.0 files (*.bpmn *.xml)")));
}

void RepositoryController::importFolder()
{
    if (refuseWhenReadOnly(tr("Import")))
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void RepositoryController::importPaths(const QStringList &paths)
{
    if (!m_repository || paths.isEmpty())
        return;
    const ImportReport report = ModelImport::importPaths(*m_repository, paths);
    m_browser->refresh();
    if (!report.failures.empty()) {
        QStringList lines;
        for (const RepositoryError &e : report.failures)
            lines << e.message;
        QMessageBox::warning(m_window, tr("Import"),
                             tr("%n model(s) imported; these files were not:", nullptr,
                                int(report.imported.size())) +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    }
    m_window->statusBar()->showMessage(
        tr("%n model(s) imported", nullptr, int(report.imported.size())), 5000);
}

void RepositoryController::exportVersion(ModelId model, int version)
{
    const auto info = m_repository->model(model);
    const auto xml = m_repository->versionXml(model, version);
    if (!info.ok() || !xml.ok()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             info.ok() ? xml.message() : info.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as BPMN"),
                                                      info.value.name + QStringLiteral(".bpmn"),
                                                      tr("BPMN 2.0 files (*.bpmn)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.value) != xml.value.size() ||
        !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("%1 could not be written:\n%2").arg(path, file.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void RepositoryController::restoreVersion(ModelId model, int version)
{
    if (refuseWhenReadOnly(tr("Cannot restore")))
        return;
    const auto restored = m_repository->restoreVersion(model, version);
    if (!restored.ok()) {
        QMessageBox::warning(m_window, tr("Cannot restore"), restored.message());
        return;
    }
    m_browser->refresh();
    m_window->statusBar()->showMessage(
        tr("Version %1 restored as version %2").arg(version).arg(restored.value.number), 5000);
}

void RepositoryController::deriveModel(ModelId model, int version)
{
    if (refuseWhenReadOnly(tr("Cannot derive")))
        return;
    const auto base = m_repository->model(model);
    if (!base.ok())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Derive New Model"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(tr("%1 (derived)").arg(base.value.name), &dialog);
    auto *status = new QComboBox(&dialog);
    status->addItem(tr("Referenzprozess"), int(FimStatus::Referenzprozess));
    status->addItem(tr("Lokalprozess"), int(FimStatus::Lokalprozess));
    if (base.value.fimStatus == FimStatus::Referenzprozess)
        status->setCurrentIndex(1);
    form->addRow(tr("Based on:"),
                 new QLabel(tr("%1, version %2")
                                .arg(base.value.name)
                                .arg(version > 0 ? version : base.value.latestVersion)));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("FIM status:"), status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto derived = m_repository->deriveModel(model, version, name->text().trimmed(),
                                                   FimStatus(status->currentData().toInt()));
    if (!derived.ok()) {
        QMessageBox::warning(m_window, tr("Cannot derive"), derived.message());
        return;
    }
    m_browser->refresh();
    openModel(derived.value.id);
}

void RepositoryController::compareVersions(ModelId model, int olderVersion, int newerVersion)
{
    if (!m_repository)
        return;
    const auto info = m_repository->model(model);
    if (olderVersion > newerVersion)
        std::swap(olderVersion, newerVersion);
    const auto older = m_repository->openVersion(model, olderVersion);
    const auto newer = m_repository->openVersion(model, newerVersion);
    if (!info.ok() || !older.ok() || !newer.ok()) {
        QMessageBox::warning(m_window, tr("Cannot compare"),
                             !info.ok() ? info.message()
                                        : (older.ok() ? newer.message() : older.message()));
        return;
    }
    if (!openModel(model, newerVersion == info.value.latestVersion ? 0 : newerVersion))
        return;
    showComparison(*older.value, *newer.value,
                   tr("%1: version %2 \u2192 version %3")
                       .arg(info.value.name)
                       .arg(olderVersion)
                       .arg(newerVersion));
}

void RepositoryController::compareWithBase(ModelId model)
{
    if (!m_repository)
        return;
    const auto info = m_repository->model(model);
    if (info.ok() && info.value.baseModelId <= 0) {
        m_window->statusBar()->showMessage(
            tr("%1 is not derived from another model.").arg(info.value.name), 5000);
        return;
    }
    const auto base = info.ok() ? m_repository->model(info.value.baseModelId) : info;
    const auto older = m_repository->openVersion(info.value.baseModelId, info.value.baseVersion);
    const auto newer = m_repository->openVersion(model, 0);
    if (!base.ok() || !older.ok() || !newer.ok()) {
        QMessageBox::warning(m_window, tr("Cannot compare"),
                             !base.ok() ? base.message()
                                        : (older.ok() ? newer.message() : older.message()));
        return;
    }
    if (!openModel(model))
        return;
    showComparison(*older.value, *newer.value,
                   tr("%1 (version %2) against its base %3, version %4")
                       .arg(info.value.name)
                       .arg(info.value.latestVersion)
                       .arg(base.value.name)
                       .arg(info.value.baseVersion));
}

void RepositoryController::compareCurrentWithBase()
{
    const DocumentSession *session = m_window->currentSession();
    if (session && session->isFromRepository() &&
        session->repositoryOrigin().repository == m_repository.get())
        compareWithBase(session->repositoryOrigin().model);
    else
        m_window->statusBar()->showMessage(
            tr("Only a model opened from the repository can be compared with its base."), 5000);
}

void RepositoryController::showComparison(const ModelTree &older, const ModelTree &newer,
                                          const QString &title)
{
    DocumentSession *session = m_window->currentSession();
    if (!session)
        return;
    QString heading = title;
    if (session->document()->isModified())
        heading += QLatin1Char('\n') + tr("Unsaved changes in the tab are not part of the "
                                          "comparison.");
    m_comparison->show(session->document(), heading, compareModels(older, newer));
}

void RepositoryController::noticeNewerBase(DocumentSession *session, const ModelInfo &model)
{
    if (model.baseModelId <= 0)
        return;
    const auto base = m_repository->model(model.baseModelId);
    if (!base.ok() || base.value.latestVersion <= model.baseVersion)
        return;
    const QString text = tr("Based on %1 version %2; version %3 is newer.")
                             .arg(base.value.name)
                             .arg(model.baseVersion)
                             .arg(base.value.latestVersion);
    m_window->statusBar()->showMessage(text, 15000);
    const ModelId id = model.id;
    for (DiagramPage *page : documentPages(*m_window, session->document())) {
        auto *bar = new NoticeBar(page, text, tr("Compare with Base"));
        connect(bar, &NoticeBar::actionTriggered, this, [this, id] { compareWithBase(id); });
    }
}

} // namespace amtsweg

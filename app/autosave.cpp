#include "autosave.h"

#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "repository/processrepository.h"
#include "repository/repositorylocation.h"
#include "repositorycontroller.h"
#include "xml/bpmnreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace amtsweg {

Autosave::Autosave(MainWindow *window, const QString &folder)
    : QObject(window), m_window(window), m_area(folder), m_timer(new QTimer(this))
{
    m_timer->setInterval(storedIntervalMs());
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer->start();
}

Autosave::~Autosave()
{
    for (const QString &key : std::as_const(m_keys))
        m_area.remove(key);
}

namespace {

const QString kIntervalKey = QStringLiteral("autosave/intervalSeconds");

} // namespace

int Autosave::storedIntervalMs()
{
    bool ok = false;
    const int seconds = QSettings().value(kIntervalKey).toInt(&ok);
    if (!ok)
        return kDefaultIntervalMs;
    return std::clamp(seconds, kMinIntervalSeconds, kMaxIntervalSeconds) * 1000;
}

void Autosave::storeIntervalMs(int milliseconds)
{
    QSettings().setValue(kIntervalKey, milliseconds / 1000);
}

void Autosave::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int Autosave::interval() const
{
    return m_timer->interval();
}

QString Autosave::keyOf(DocumentSession *session)
{
    auto it = m_keys.find(session);
    if (it != m_keys.end())
        return *it;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keys.insert(session, key);
    // Every edit, merge, undo and redo moves the undo stack: the entry is stale from then on.
    connect(session->document()->undoStack(), &QUndoStack::indexChanged, this,
            [this, session] { m_stale.insert(session); });
    // Closing a document (saved or discarded) takes its entry along.
    connect(
        session, &QObject::destroyed, this, [this, session] { forget(session); },
        Qt::DirectConnection);
    return key;
}

void Autosave::dropEntry(DocumentSession *session)
{
    m_stale.remove(session);
    if (m_stored.remove(session))
        m_area.remove(m_keys.value(session));
}

void Autosave::forget(DocumentSession *session)
{
    dropEntry(session);
    m_keys.remove(session);
}

int Autosave::saveNow()
{
    int written = 0;
    for (DocumentSession *session : m_window->sessions()) {
        BpmnDocument *document = session->document();
        if (!document->isModified() || document->isReadOnly()) {
            dropEntry(session);
            continue;
        }
        if (m_stored.contains(session) && !m_stale.contains(session))
            continue; // its entry is up to date
        RecoveryEntry entry;
        entry.key = keyOf(session);
        entry.displayName = session->displayName();
        entry.filePath = document->filePath();
        if (session->isFromRepository()) {
            const RepositoryOrigin &origin = session->repositoryOrigin();
            entry.repository = origin.repository->location();
            entry.model = origin.model;
            entry.modelName = origin.modelName;
            entry.baseVersion = origin.baseVersion;
        }
        entry.processId = QCoreApplication::applicationPid();
        entry.written = QDateTime::currentDateTimeUtc();
        QString error;
        if (m_area.store(entry, document->toXml(), &error)) {
            m_stale.remove(session);
            m_stored.insert(session);
            ++written;
        } else
            m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    }
    return written;
}

int Autosave::offerRecovery()
{
    const std::vector<RecoveryEntry> orphans = m_area.orphans();
    if (orphans.empty())
        return 0;
    QStringList names;
    for (const RecoveryEntry &e : orphans)
        names << tr("%1 (autosaved %2)")
                     .arg(e.displayName,
                          QLocale().toString(e.written.toLocalTime(), QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                    tr("Amtsweg was not closed properly. Unsaved changes of %n document(s) can "
                       "be recovered:",
                       nullptr, int(orphans.size())) +
                        QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, m_window);
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return recoverAll();
    if (box.clickedButton() == discard)
        for (const RecoveryEntry &e : orphans)
            m_area.remove(e.key);
    return 0;
}

int Autosave::recoverAll()
{
    int opened = 0;
    ProcessRepository *repository = m_window->repositoryController()->repository();
    for (const RecoveryEntry &e : m_area.orphans()) {
        ReadResult read = BpmnReader::readBytes(m_area.xml(e.key), e.displayName);
        if (!read.ok()) {
            m_window->statusBar()->showMessage(
                tr("%1 could not be recovered: the autosaved copy is unreadable")
                    .arg(e.displayName),
                10000);
            continue;
        }
        // Back to its repository model when that repository is the open one and the user may
        // still save there; else the work opens as a new document (saved with Save As) and
        // nothing is lost.
        RepositoryOrigin origin;
        if (e.model > 0 && repository && repository->backend().canWrite() &&
            repositorylocation::same(e.repository, repository->location()))
            origin = {repository, e.model, e.modelName, e.baseVersion, false};
        DocumentSession *session =
            m_window->openTree(std::move(read.tree), origin, e.model > 0 ? QString() : e.filePath);
        session->document()->setModified();
        m_area.remove(e.key);
        ++opened;
    }
    return opened;
}

} // namespace amtsweg

#include "sharedrepositorywatch.h"

#include "document.h"
#include "documentpages.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "panels/repositorybrowser.h"
#include "repository/processrepository.h"

#include <QSocketNotifier>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace amtsweg {
namespace {

/// libpq may read a notification while it waits for a query's answer; then the socket is not
/// readable any more and only the next look finds it.
constexpr int kPollMs = 3000;

const QString kNewerVersionNotice = QStringLiteral("newerVersionNotice");

} // namespace

SharedRepositoryWatch::SharedRepositoryWatch(MainWindow *window, RepositoryBrowser *browser,
                                             QObject *parent)
    : QObject(parent), m_window(window), m_browser(browser)
{
    auto *poll = new QTimer(this);
    poll->setInterval(kPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_notifier)
            checkForChanges();
    });
    poll->start();
}

SharedRepositoryWatch::~SharedRepositoryWatch() = default;

void SharedRepositoryWatch::setRepository(ProcessRepository *repository)
{
    releaseAll();
    delete m_notifier;
    m_notifier = nullptr;
    m_repository = repository;
    if (!m_repository)
        return;
    if (const int socket = m_repository->backend().notificationSocket(); socket >= 0) {
        m_notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this,
                &SharedRepositoryWatch::checkForChanges);
    }
}

QStringList SharedRepositoryWatch::track(DocumentSession *session, bool followsNewest)
{
    const ModelId model = session->repositoryOrigin().model;
    if (!m_repository || model <= 0)
        return {};
    if (!m_open.contains(session))
        connect(session, &QObject::destroyed, this, [this, session] { release(session); });
    m_open.insert(session, {model, followsNewest, session->repositoryOrigin().baseVersion});
    if (const RepositoryOutcome done = m_repository->backend().setModelOpen(model, true);
        !done.ok())
        m_window->statusBar()->showMessage(done.message(), 10000);
    QStringList others;
    if (const auto presence = m_repository->backend().presence(); presence.ok())
        for (const ModelPresence &p : presence.value)
            if (p.modelId == model)
                others << RepositoryBrowser::presenceText(p);
    return others;
}

void SharedRepositoryWatch::release(DocumentSession *session)
{
    const Tracked gone = m_open.take(session);
    if (gone.model <= 0 || !m_repository)
        return;
    for (const Tracked &other : std::as_const(m_open))
        if (other.model == gone.model)
            return; // still open in another tab (an older version beside the newest)
    m_repository->backend().setModelOpen(gone.model, false);
}

void SharedRepositoryWatch::releaseAll()
{
    if (m_repository) {
        QList<ModelId> models;
        for (const Tracked &t : std::as_const(m_open))
            if (!models.contains(t.model))
                models << t.model;
        for (ModelId model : models)
            m_repository->backend().setModelOpen(model, false);
    }
    m_open.clear();
}

void SharedRepositoryWatch::checkForChanges()
{
    if (!m_repository)
        return;
    const std::vector<ModelId> changed = m_repository->backend().takeChanges();
    if (changed.empty())
        return;
    if (m_browser)
        m_browser->refresh();
    const bool everything = std::find(changed.begin(), changed.end(), 0) != changed.end();
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        Tracked &t = it.value();
        if (!t.followsNewest ||
            (!everything && std::find(changed.begin(), changed.end(), t.model) == changed.end()))
            continue;
        const auto info = m_repository->model(t.model);
        if (!info.ok() || info.value.latestVersion <= t.noticedVersion ||
            info.value.latestVersion <= it.key()->repositoryOrigin().baseVersion)
            continue;
        t.noticedVersion = info.value.latestVersion;
        noticeNewerVersion(it.key(), info.value);
    }
}

void SharedRepositoryWatch::noticeNewerVersion(DocumentSession *session, const ModelInfo &model)
{
    const auto history = m_repository->history(model.id);
    const QString author =
        history.ok() && !history.value.empty() ? history.value.front().author : tr("Someone");
    QString text = tr("%1 saved version %2 of %3 meanwhile.")
                       .arg(author)
                       .arg(model.latestVersion)
                       .arg(model.name);
    m_window->statusBar()->showMessage(text, 15000);
    if (session->document()->isModified())
        text += QLatin1Char(' ') + tr("Reload discards your unsaved changes; to keep them, save "
                                      "and choose what happens with both versions.");
    const QPointer<DocumentSession> target(session);
    for (DiagramPage *page : documentPages(*m_window, session->document())) {
        for (NoticeBar *old : page->findChildren<NoticeBar *>(kNewerVersionNotice))
            old->deleteLater(); // one note for the newest version is enough
        auto *bar = new NoticeBar(page, text, tr("Reload"));
        bar->setObjectName(kNewerVersionNotice);
        connect(bar, &NoticeBar::actionTriggered, this, [this, target] {
            if (target)
                Q_EMIT reloadRequested(target);
        });
    }
}

} // namespace amtsweg

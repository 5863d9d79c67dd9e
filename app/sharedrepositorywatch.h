#pragma once
// SharedRepositoryWatch: what a team sees of each other in a shared (PostgreSQL) repository.
// It records which models this user has open in tabs (RepositoryBackend::setModelOpen(), taken
// back when the tab closes, the repository changes or Amtsweg quits), tells the user who else
// has a model open when it is opened, and listens for colleagues' changes
// (LISTEN/NOTIFY, a QSocketNotifier on the backend's socket): the repository browser reads the
// models and who has them open again, and an open model that a colleague saved meanwhile gets a
// note with Reload. On a SQLite file it only keeps the browser as it is.

#include "repository/repositorytypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QSocketNotifier;

namespace amtsweg {

class DocumentSession;
class MainWindow;
class ProcessRepository;
class RepositoryBrowser;

class SharedRepositoryWatch : public QObject
{
    Q_OBJECT

public:
    SharedRepositoryWatch(MainWindow *window, RepositoryBrowser *browser, QObject *parent);
    ~SharedRepositoryWatch() override;

    /// Follows `repository` (null: none). Call before the previous repository goes: the models
    /// it recorded as open there are taken back first.
    void setRepository(ProcessRepository *repository);
    /// `session` shows a model of the repository: recorded as open until it closes;
    /// `followsNewest` (not an older version) makes it get a note when a colleague saves it.
    /// Returns who else has the model open ("anna (pc-12) since 10:02", …).
    QStringList track(DocumentSession *session, bool followsNewest);
    /// Reads what changed (the notifier does this by itself when the socket is readable).
    void checkForChanges();

Q_SIGNALS:
    /// The user chose to replace `session`'s content with the newest version.
    void reloadRequested(amtsweg::DocumentSession *session);

private:
    void release(DocumentSession *session);
    void releaseAll();
    void noticeNewerVersion(DocumentSession *session, const ModelInfo &model);

    MainWindow *m_window;
    QPointer<RepositoryBrowser> m_browser;
    ProcessRepository *m_repository = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    /// The tracked sessions: model and whether it follows the newest version.
    struct Tracked
    {
        ModelId model = 0;
        bool followsNewest = false;
        int noticedVersion = 0; ///< newest version a note was shown for
    };
    QHash<DocumentSession *, Tracked> m_open;
};

} // namespace amtsweg

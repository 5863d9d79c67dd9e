#pragma once
// Autosave: every 30 s (or what the settings say), each open document with unsaved changes is written to the recovery
// area (recoveryarea.h); saved, closed or discarded documents leave it. At start, what a crash
// left there is offered for recovery: recovered documents open with their changes unsaved and
// keep their file or repository model (a repository save still checks for newer versions).

#include "recoveryarea.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace amtsweg {

class DocumentSession;
class MainWindow;

class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30'000;
    static constexpr int kMinIntervalSeconds = 10;
    static constexpr int kMaxIntervalSeconds = 3600;

    /// The interval the user chose in the settings (QSettings "autosave/intervalSeconds"),
    /// kept within the limits above; kDefaultIntervalMs when none is stored.
    static int storedIntervalMs();
    static void storeIntervalMs(int milliseconds);

    Autosave(MainWindow *window, const QString &folder = RecoveryArea::defaultFolder());
    /// A clean exit: this process's entries go.
    ~Autosave() override;

    void setInterval(int milliseconds);
    int interval() const;
    RecoveryArea &area() { return m_area; }

    /// Writes every modified document that changed since its last autosave (what the timer
    /// does); removes entries of documents that are no longer modified. Returns the number of
    /// documents written.
    int saveNow();

    /// Asks whether to recover what earlier, crashed runs left (nothing when there is none):
    /// Recover opens them, Discard deletes them, Later keeps them for the next start.
    /// Returns the number of documents opened.
    int offerRecovery();
    /// Opens the orphaned entries without asking and removes them from the area.
    int recoverAll();

private:
    QString keyOf(DocumentSession *session);
    /// Removes the session's entry from the area (the session stays known).
    void dropEntry(DocumentSession *session);
    /// Drops the entry and the session (it is being destroyed).
    void forget(DocumentSession *session);

    MainWindow *m_window;
    RecoveryArea m_area;
    QTimer *m_timer;
    QHash<DocumentSession *, QString> m_keys; ///< per session for its lifetime
    QSet<DocumentSession *> m_stored;         ///< sessions with an entry in the area
    /// Sessions whose entry is older than their content (set by their undo stack's changes).
    QSet<DocumentSession *> m_stale;
};

} // namespace amtsweg

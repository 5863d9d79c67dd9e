#pragma once
// RecoveryArea: where autosave keeps unsaved documents, one BPMN file plus a small JSON
// description per document (<app data>/recovery/<key>.bpmn and <key>.json), both written
// atomically. An entry names the process that wrote it; entries of processes that no longer
// run are what a crash left behind and are offered for recovery at the next start.

#include "repository/repositorytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace amtsweg {

/// What a recovery entry knows of its document.
struct RecoveryEntry
{
    QString key;          ///< file name stem in the recovery folder
    QString displayName;  ///< the name the tab showed
    QString filePath;     ///< the document's file, if it had one
    QString repository;   ///< the repository file of a repository model, if it was one
    ModelId model = 0;    ///< the repository model
    QString modelName;    ///< its name
    int baseVersion = 0;  ///< the version the unsaved work is based on
    qint64 processId = 0; ///< the Amtsweg process that wrote the entry
    QDateTime written;    ///< when
};

class RecoveryArea
{
public:
    /// `folder`: the recovery folder (created when needed); default <app data>/recovery.
    explicit RecoveryArea(QString folder = defaultFolder());
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// Writes (replaces) the entry and its XML. False with `error` set on failure.
    bool store(const RecoveryEntry &entry, const QByteArray &xml, QString *error = nullptr);
    void remove(const QString &key);
    /// Every complete entry (description and XML present), oldest first.
    std::vector<RecoveryEntry> entries() const;
    /// Entries whose writing process no longer runs: left behind by a crash or kill.
    std::vector<RecoveryEntry> orphans() const;
    QByteArray xml(const QString &key) const;

    /// True while a process with that id runs.
    static bool processRuns(qint64 processId);

private:
    QString m_folder;
};

} // namespace amtsweg

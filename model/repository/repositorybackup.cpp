#include "repositorybackup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace amtsweg {
namespace {

QFileInfoList backups(const QString &repoPath, const QString &pattern)
{
    const QDir dir(RepositoryBackup::directory(repoPath));
    return dir.entryInfoList({QFileInfo(repoPath).completeBaseName() + pattern}, QDir::Files,
                             QDir::Time);
}

} // namespace

QString RepositoryBackup::directory(const QString &repoPath)
{
    return repoPath + QStringLiteral(".backups");
}

RepositoryResult<QString> RepositoryBackup::create(sqlite3 *db, const QString &repoPath,
                                                   const QString &reason)
{
    const QString dir = directory(repoPath);
    if (!QDir().mkpath(dir))
        return RepositoryError{RepositoryStatus::Unwritable,
                               repoTr("Cannot create the backup folder '%1'.").arg(dir)};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QStringLiteral("%1/%2-%3-%4.amtsweg")
                               .arg(dir, QFileInfo(repoPath).completeBaseName(), stamp, reason);
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);

    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", db, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(dest);
    }
    const QString detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : "out of memory");
    sqlite3_close(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(temporary);
        return RepositoryError{RepositoryStatus::Unwritable,
                               repoTr("Cannot write the backup '%1': %2.").arg(target, detail)};
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return RepositoryError{RepositoryStatus::Unwritable,
                               repoTr("Cannot write the backup '%1'.").arg(target)};
    }
    return target;
}

QString RepositoryBackup::latest(const QString &repoPath)
{
    const QFileInfoList all = backups(repoPath, QStringLiteral("-*.amtsweg"));
    return all.isEmpty() ? QString() : all.first().absoluteFilePath();
}

bool RepositoryBackup::dailyDue(const QString &repoPath)
{
    const QFileInfoList all = backups(repoPath, QStringLiteral("-*.amtsweg"));
    return all.isEmpty() ||
           all.first().lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
}

void RepositoryBackup::pruneDaily(const QString &repoPath, int keep)
{
    const QFileInfoList daily = backups(repoPath, QStringLiteral("-*-daily.amtsweg"));
    for (qsizetype i = keep; i < daily.size(); ++i)
        QFile::remove(daily[i].absoluteFilePath());
}

} // namespace amtsweg

#include "recoveryarea.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace amtsweg {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

QJsonObject toJson(const RecoveryEntry &e)
{
    return {{QStringLiteral("displayName"), e.displayName},
            {QStringLiteral("filePath"), e.filePath},
            {QStringLiteral("repository"), e.repository},
            {QStringLiteral("model"), QString::number(e.model)},
            {QStringLiteral("modelName"), e.modelName},
            {QStringLiteral("baseVersion"), e.baseVersion},
            {QStringLiteral("processId"), QString::number(e.processId)},
            {QStringLiteral("written"), e.written.toString(Qt::ISODateWithMs)}};
}

RecoveryEntry fromJson(const QString &key, const QJsonObject &o)
{
    RecoveryEntry e;
    e.key = key;
    e.displayName = o.value(QStringLiteral("displayName")).toString();
    e.filePath = o.value(QStringLiteral("filePath")).toString();
    e.repository = o.value(QStringLiteral("repository")).toString();
    e.model = o.value(QStringLiteral("model")).toString().toLongLong();
    e.modelName = o.value(QStringLiteral("modelName")).toString();
    e.baseVersion = o.value(QStringLiteral("baseVersion")).toInt();
    e.processId = o.value(QStringLiteral("processId")).toString().toLongLong();
    e.written =
        QDateTime::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    return e;
}

} // namespace

RecoveryArea::RecoveryArea(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryArea::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

bool RecoveryArea::store(const RecoveryEntry &entry, const QByteArray &xml, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("RecoveryArea", "cannot create %1").arg(m_folder);
        return false;
    }
    // The XML first: a description always has its document.
    const QString stem = m_folder + QLatin1Char('/') + entry.key;
    return writeAtomically(stem + QStringLiteral(".bpmn"), xml, error) &&
           writeAtomically(stem + QStringLiteral(".json"), QJsonDocument(toJson(entry)).toJson(),
                           error);
}

void RecoveryArea::remove(const QString &key)
{
    const QString stem = m_folder + QLatin1Char('/') + key;
    QFile::remove(stem + QStringLiteral(".json"));
    QFile::remove(stem + QStringLiteral(".bpmn"));
}

std::vector<RecoveryEntry> RecoveryArea::entries() const
{
    std::vector<RecoveryEntry> result;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString key = name.chopped(5);
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) ||
            !QFile::exists(dir.filePath(key + QStringLiteral(".bpmn"))))
            continue;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        if (json.isObject())
            result.push_back(fromJson(key, json.object()));
    }
    std::sort(result.begin(), result.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.written < b.written; });
    return result;
}

std::vector<RecoveryEntry> RecoveryArea::orphans() const
{
    std::vector<RecoveryEntry> result;
    for (RecoveryEntry &e : entries())
        if (e.processId != QCoreApplication::applicationPid() && !processRuns(e.processId))
            result.push_back(std::move(e));
    return result;
}

QByteArray RecoveryArea::xml(const QString &key) const
{
    QFile file(m_folder + QLatin1Char('/') + key + QStringLiteral(".bpmn"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool RecoveryArea::processRuns(qint64 processId)
{
    if (processId <= 0)
        return false;
    // Signal 0 only asks whether the process exists (EPERM: it does, owned by someone else).
    return ::kill(pid_t(processId), 0) == 0 || errno == EPERM;
}

} // namespace amtsweg

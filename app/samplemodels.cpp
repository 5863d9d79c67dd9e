#include "samplemodels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>

namespace amtsweg {
namespace {

const QString kSubFolder = QStringLiteral("amtsweg/samples");

bool hasModels(const QString &folder)
{
    return !folder.isEmpty() &&
           !QDir(folder).entryList({QStringLiteral("*.bpmn")}, QDir::Files).isEmpty();
}

} // namespace

QStringList SampleModels::searchFolders()
{
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                   QStringLiteral("/../share/") + kSubFolder);
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir::cleanPath(data + QLatin1Char('/') + kSubFolder);
    folders << QStringLiteral("/usr/share/") + kSubFolder;
#ifdef AMTSWEG_SOURCE_SAMPLES_DIR
    folders << QStringLiteral(AMTSWEG_SOURCE_SAMPLES_DIR);
#endif
    folders.removeDuplicates();
    return folders;
}

QString SampleModels::folder()
{
    for (const QString &folder : searchFolders())
        if (hasModels(folder))
            return folder;
    return {};
}

QList<SampleModel> SampleModels::list()
{
    const QString found = folder();
    return found.isEmpty() ? QList<SampleModel>() : listIn(found);
}

QList<SampleModel> SampleModels::listIn(const QString &folder)
{
    QList<SampleModel> samples;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.bpmn")}, QDir::Files)) {
        const QString path = dir.absoluteFilePath(name);
        const QString title = titleOf(path);
        samples.append({path, title.isEmpty() ? QFileInfo(name).completeBaseName() : title});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(samples.begin(), samples.end(), [&](const SampleModel &a, const SampleModel &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    return samples;
}

QString SampleModels::userCopy(const QString &samplePath)
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/samples");
    const QString copy = folder + QLatin1Char('/') + QFileInfo(samplePath).fileName();
    if (QFileInfo::exists(copy))
        return copy;
    if (!QDir().mkpath(folder) || !QFile::copy(samplePath, copy))
        return {};
    // The installed original is read-only; the copy is the user's.
    QFile::setPermissions(copy, QFile::permissions(copy) | QFile::WriteOwner | QFile::ReadOwner);
    return copy;
}

QString SampleModels::titleOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The collaboration's or a process's name; else the name in the Prozesssteckbrief.
    QString steckbriefName;
    bool inSteckbrief = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement &&
            xml.name() == QLatin1String("prozesssteckbrief"))
            inSteckbrief = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("prozesssteckbrief")) {
            inSteckbrief = true;
        } else if (inSteckbrief && steckbriefName.isEmpty() &&
                   xml.name() == QLatin1String("name")) {
            steckbriefName = xml.readElementText().simplified();
        } else if (xml.name() == QLatin1String("collaboration") ||
                   xml.name() == QLatin1String("process")) {
            const QString name =
                xml.attributes().value(QLatin1String("name")).toString().simplified();
            if (!name.isEmpty())
                return name;
        }
    }
    return steckbriefName;
}

} // namespace amtsweg

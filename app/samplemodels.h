#pragma once
// SampleModels: the example processes shipped with Amtsweg (samples/*.bpmn), for the welcome
// page. Installed they live in <prefix>/share/amtsweg/samples (/usr/share/amtsweg/samples from
// the Debian package); a build run from its own folder finds them in the source tree.

#include <QList>
#include <QString>
#include <QStringList>

namespace amtsweg {

struct SampleModel
{
    QString path;  ///< absolute path of the .bpmn file
    QString title; ///< the name of its collaboration or first process; the file name without one
};

class SampleModels
{
public:
    /// The folders searched, first match wins: next to the executable
    /// (<bin>/../share/amtsweg/samples), the system's data folders (XDG_DATA_DIRS, e.g.
    /// /usr/share/amtsweg/samples), the source tree of this build.
    static QStringList searchFolders();
    /// The first of searchFolders() that holds a .bpmn file; empty when none does.
    static QString folder();
    /// The samples in folder(), sorted by title.
    static QList<SampleModel> list();
    /// list() for a given folder.
    static QList<SampleModel> listIn(const QString &folder);
    /// A copy of the sample that the user may change and save: <app data>/samples/<file name>,
    /// made on first use and kept afterwards (so the user's edits survive). Empty when it
    /// cannot be written.
    static QString userCopy(const QString &samplePath);
    /// The name of the file's collaboration or first process (read up to the first of them).
    static QString titleOf(const QString &path);
};

} // namespace amtsweg

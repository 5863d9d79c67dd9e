#pragma once
// Keeps a GUI test away from the user's settings: QStandardPaths test mode plus QSettings in a
// private directory under an application name of the test's own.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace amtsweg::test {

/// Call from initTestCase(); `dir` must outlive the test.
inline bool usePrivateSettings(const QTemporaryDir &dir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!dir.isValid())
        return false;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
    QCoreApplication::setApplicationName(applicationName);
    return true;
}

} // namespace amtsweg::test

// Runs the amtsweg program as a separate process on a machine without a display, for the tests
// of the command line.
#pragma once

#include "testpaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace amtsweg::test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1%2%3\nstdout: %4\nstderr: %5")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
            .arg(QString::fromUtf8(out.left(1500)), QString::fromUtf8(err.left(1500)));
    }
};

/// The environment of a machine without a display.
inline QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000,
                        const QProcessEnvironment &env = headless())
{
    CliResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(amtswegBinary(), args);
    if (!p.waitForStarted(30000)) {
        r.crashed = true;
        r.err = "could not start " + amtswegBinary().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() == QProcess::CrashExit && !r.timedOut;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace amtsweg::test

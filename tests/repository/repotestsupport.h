#pragma once
// Helpers shared by the repository tests: a fresh repository in a temporary folder, the
// sample files, the writer's bytes for a file, and running `amtsweg repo …` as a process.

#include "repository/processrepository.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace amtsweg::test {

inline QString sampleFile()
{
    return wohngeldFixture();
}

inline QString goodFile(const char *name)
{
    return testDataDir() + QStringLiteral("/good/") + QLatin1String(name);
}

/// What BpmnWriter makes of a file (the bytes a repository must store for it).
inline QByteArray writerBytes(const QString &file)
{
    const ReadResult read = BpmnReader::readFile(file);
    return read.ok() ? BpmnWriter::write(*read.tree) : QByteArray();
}

/// Opens a repository, failing the test with the message when that fails.
inline std::unique_ptr<ProcessRepository> openRepository(const QString &path,
                                                         const RepositoryOpenOptions &o = {})
{
    auto r = ProcessRepository::open(path, o);
    if (!r.ok())
        qWarning("opening %s failed: %s", qPrintable(path), qPrintable(r.message()));
    return std::move(r.value);
}

struct RepoRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs `amtsweg ARGS…` and waits for it.
inline RepoRun runAmtsweg(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(amtswegBinary(), args);
    RepoRun r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("did not start or finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Runs `amtsweg repo --repository REPO ARGS…` and waits for it.
inline RepoRun runRepo(const QString &repository, const QStringList &args, int timeoutMs = 120000)
{
    return runAmtsweg(
        QStringList{QStringLiteral("repo"), QStringLiteral("--repository"), repository} + args,
        timeoutMs);
}

} // namespace amtsweg::test

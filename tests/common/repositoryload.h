#pragma once
// The repository load test (issue 8), shared by tests/bench/bench_repositoryload.cpp (8 × 200,
// figures for the README) and tests/repository/tst_repositoryload.cpp (small counts, the same
// properties, no timing): several worker PROCESSES save versions of the same model or each of
// its own model at the same time, with the optimistic check, and the parent checks that
// nothing was lost.
//
// The program that uses this re-executes itself with workerArguments(); its main() hands such
// a call to workerMain(). A worker opens the repository, reads the newest version of its
// model, says "ready", waits for "go" on stdin (so that all start together), then lands
// `saves` versions: each save renames one activity ("Load wK sI aA": worker, save, attempt) and is
// based on the version the worker last read or saved; on Conflict it counts the conflict,
// reads the newest version and tries again until the save lands. It prints one JSON line: the
// version each save landed as, the time of each landing saveVersion() call and of the whole
// save with its retries, the conflicts and every other error.
//
// verifyRun() then checks: versions numbered 1..n without gaps, n = 1 + the saves meant for the
// model, every version after the first written by exactly one save of the expected worker
// (comment, author and the renamed task in the stored XML agree), every version a worker was
// told it landed is that worker's, no error but conflicts, and ProcessRepository::check() clean.

#include "bpmn/modeltree.h"
#include "repository/processrepository.h"
#include "xml/bpmnreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace amtsweg::load {

inline constexpr auto kWorkerFlag = "--load-worker";

/// One run: where, with which model content, how many processes and saves, which scenario.
struct LoadPlan
{
    QString location; ///< SQLite file or postgresql:// URL (an empty repository)
    QString sample;   ///< the BPMN file every model starts as
    int processes = 8;
    int saves = 200;       ///< per process
    bool sameModel = true; ///< all processes on one model, else each on its own
};

/// What one worker process reports.
struct WorkerReport
{
    int worker = -1;
    ModelId model = 0;
    std::vector<int> versions;  ///< per save: the version it landed as (0: never landed)
    std::vector<double> saveMs; ///< per landed save: its successful saveVersion() call
    std::vector<double> landMs; ///< per landed save: first attempt to landing (retries, re-reads)
    int conflicts = 0;
    QStringList errors; ///< everything but Conflict, with the repository's message
    QString author;     ///< as the repository recorded it
};

/// The whole run as the parent saw it.
struct LoadResult
{
    std::vector<WorkerReport> workers;
    std::vector<ModelId> models; ///< per worker: the model it saves
    double wallSeconds = 0;      ///< from "go" until the last worker ended
    QStringList failures;        ///< every property that does not hold (empty: all fine)

    int landed() const
    {
        int n = 0;
        for (const WorkerReport &w : workers)
            n += int(
                std::count_if(w.versions.begin(), w.versions.end(), [](int v) { return v > 0; }));
        return n;
    }
    int conflicts() const
    {
        int n = 0;
        for (const WorkerReport &w : workers)
            n += w.conflicts;
        return n;
    }
    int otherErrors() const
    {
        int n = 0;
        for (const WorkerReport &w : workers)
            n += int(w.errors.size());
        return n;
    }
    /// p-th percentile (nearest rank) of saveMs (landMs when `untilLanded`) over all workers.
    double percentileMs(double p, bool untilLanded = false) const
    {
        std::vector<double> all;
        for (const WorkerReport &w : workers) {
            const auto &v = untilLanded ? w.landMs : w.saveMs;
            all.insert(all.end(), v.begin(), v.end());
        }
        if (all.empty())
            return 0;
        std::sort(all.begin(), all.end());
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(all.size())));
        return all[std::clamp<std::size_t>(rank, 1, all.size()) - 1];
    }
};

inline QString authorOf(int worker)
{
    return QStringLiteral("amtsweg-load-w%1").arg(worker);
}

/// The status as RepositoryStatus spells it ("Busy"), for the reports.
inline QString statusName(RepositoryStatus status)
{
    static const char *const names[] = {"Ok",         "NotFound",   "Ambiguous", "Conflict",
                                        "Busy",       "DiskFull",   "Corrupt",   "NewerSchema",
                                        "Unreadable", "Unwritable", "Invalid",   "Failed"};
    const auto i = std::size_t(status);
    return i < std::size(names) ? QString::fromLatin1(names[i]) : QString::number(int(status));
}

inline QString saveLabel(int worker, int save, int attempt)
{
    return QStringLiteral("Load w%1 s%2 a%3").arg(worker).arg(save).arg(attempt);
}

/// The element every save renames: the first activity (task or sub-process) of the model.
inline NodeId renamedTask(const ModelTree &tree)
{
    for (NodeId n = 1; n <= tree.nodeCount(); ++n)
        if (tree.isElement(n) && tree.isAttached(n) && tree.isA(n, "tActivity"))
            return n;
    return kNoNode;
}

// ---- worker side

inline QStringList workerArguments(const LoadPlan &plan, int worker, ModelId model)
{
    return {QString::fromLatin1(kWorkerFlag), plan.location, QString::number(model),
            QString::number(worker), QString::number(plan.saves)};
}

/// True when `args` (QCoreApplication::arguments()) asks for a worker.
inline bool isWorkerCall(const QStringList &args)
{
    return args.size() == 6 && args.at(1) == QLatin1String(kWorkerFlag);
}

inline QJsonArray toJson(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

/// A worker's main: see the file comment. Exit code 0 when it landed every save without an
/// error other than conflicts.
inline int workerMain(const QStringList &args)
{
    // A settings file of its own, so that no stored author name hides the one per worker.
    QCoreApplication::setOrganizationName(QStringLiteral("amtsweg-load-test"));
    const QString location = args.at(2);
    const ModelId model = args.at(3).toLongLong();
    const int worker = args.at(4).toInt();
    const int saves = args.at(5).toInt();
    WorkerReport r;
    r.worker = worker;
    r.model = model;
    r.versions.assign(std::size_t(saves), 0);
    auto finish = [&](int code) {
        QJsonArray versions;
        for (int v : r.versions)
            versions.append(v);
        const QJsonObject o{{"worker", worker},
                            {"model", qint64(model)},
                            {"versions", versions},
                            {"saveMs", toJson(r.saveMs)},
                            {"landMs", toJson(r.landMs)},
                            {"conflicts", r.conflicts},
                            {"errors", QJsonArray::fromStringList(r.errors)},
                            {"author", r.author}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        return code;
    };
    auto failed = [&](const QString &what, const RepositoryError &e) {
        r.errors << QStringLiteral("%1: %2: %3").arg(what, statusName(e.status), e.message);
    };

    auto opened = ProcessRepository::open(location);
    if (!opened.ok()) {
        failed(QStringLiteral("open"), opened.error);
        return finish(1);
    }
    ProcessRepository &repo = *opened.value;
    std::unique_ptr<ModelTree> tree;
    int base = 0;
    // Reads the newest version: the work of the next attempt is based on it.
    auto reload = [&]() {
        const auto info = repo.model(model);
        if (!info.ok()) {
            failed(QStringLiteral("reading the model"), info.error);
            return false;
        }
        auto read = repo.openVersion(model, info.value.latestVersion);
        if (!read.ok()) {
            failed(QStringLiteral("reading version %1").arg(info.value.latestVersion), read.error);
            return false;
        }
        tree = std::move(read.value);
        base = info.value.latestVersion;
        return renamedTask(*tree) != kNoNode;
    };
    if (!reload())
        return finish(1);

    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    if (!std::getline(std::cin, go) || go != "go")
        return finish(1);

    constexpr int kMaxAttempts = 100000; // a save that never lands is reported, not waited for
    constexpr int kMaxOtherErrors = 10;  // per save: then it is given up
    for (int save = 0; save < saves; ++save) {
        QElapsedTimer whole;
        whole.start();
        int otherErrors = 0;
        for (int attempt = 1; attempt <= kMaxAttempts && otherErrors < kMaxOtherErrors; ++attempt) {
            const QString label = saveLabel(worker, save, attempt);
            tree->setAttribute(renamedTask(*tree), tree->known().name, label.toStdString());
            QElapsedTimer call;
            call.start();
            const auto saved = repo.saveVersion(model, base, *tree, label.toLower());
            const double callMs = double(call.nsecsElapsed()) / 1e6;
            if (saved.ok()) {
                r.versions[std::size_t(save)] = saved.value.number;
                r.saveMs.push_back(callMs);
                r.landMs.push_back(double(whole.nsecsElapsed()) / 1e6);
                r.author = saved.value.author;
                base = saved.value.number; // the worker's tree is what it just saved
                break;
            }
            if (saved.status() == RepositoryStatus::Conflict)
                ++r.conflicts;
            else {
                ++otherErrors;
                failed(QStringLiteral("save %1 attempt %2 (after %3 ms)")
                           .arg(save)
                           .arg(attempt)
                           .arg(qRound(callMs)),
                       saved.error);
            }
            if (!reload())
                ++otherErrors;
        }
        if (r.versions[std::size_t(save)] == 0)
            r.errors << QStringLiteral("save %1 never landed").arg(save);
    }
    return finish(r.errors.isEmpty() ? 0 : 1);
}

// ---- parent side

inline WorkerReport parseReport(const QByteArray &out, QString *problem)
{
    WorkerReport r;
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const QJsonObject o =
        QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    if (o.isEmpty()) {
        *problem = QStringLiteral("no report on stdout");
        return r;
    }
    r.worker = o.value("worker").toInt();
    r.model = o.value("model").toInteger();
    for (const auto v : o.value("versions").toArray())
        r.versions.push_back(v.toInt());
    for (const auto v : o.value("saveMs").toArray())
        r.saveMs.push_back(v.toDouble());
    for (const auto v : o.value("landMs").toArray())
        r.landMs.push_back(v.toDouble());
    r.conflicts = o.value("conflicts").toInt();
    for (const auto v : o.value("errors").toArray())
        r.errors << v.toString();
    r.author = o.value("author").toString();
    return r;
}

/// Makes the models of `plan` in its (empty) repository: version 1 of each is the sample.
inline std::vector<ModelId> prepareModels(const LoadPlan &plan, QStringList &failures)
{
    auto opened = ProcessRepository::open(plan.location);
    ReadResult sample = BpmnReader::readFile(plan.sample);
    if (!opened.ok() || !sample.ok() || renamedTask(*sample.tree) == kNoNode) {
        const QString why = !opened.ok()   ? opened.message()
                            : !sample.ok() ? QStringLiteral("the sample is unreadable")
                                           : QStringLiteral("the sample has no activity");
        failures << QStringLiteral("preparing %1 with %2 failed: %3")
                        .arg(plan.location, plan.sample, why);
        return {};
    }
    std::vector<ModelId> models;
    for (int w = 0; w < plan.processes; ++w) {
        if (plan.sameModel && w > 0) {
            models.push_back(models.front());
            continue;
        }
        NewModel m;
        m.name = plan.sameModel ? QStringLiteral("Load shared") : QStringLiteral("Load w%1").arg(w);
        m.comment = QStringLiteral("load prepared");
        const auto created = opened.value->createModel(m, *sample.tree);
        if (!created.ok()) {
            failures << QStringLiteral("creating %1 failed: %2").arg(m.name, created.message());
            return {};
        }
        models.push_back(created.value.id);
    }
    return models;
}

/// Checks every property of the file comment; returns what does not hold.
inline QStringList verifyRun(const LoadPlan &plan, const LoadResult &run)
{
    QStringList failures;
    for (const WorkerReport &w : run.workers)
        for (const QString &e : w.errors)
            failures << QStringLiteral("worker %1: %2").arg(w.worker).arg(e);
    auto opened = ProcessRepository::open(plan.location);
    if (!opened.ok())
        return failures << QStringLiteral("reopening failed: %1").arg(opened.message());
    ProcessRepository &repo = *opened.value;

    static const QRegularExpression commentPattern(
        QStringLiteral("^load w(\\d+) s(\\d+) a(\\d+)$"));
    // (worker, save) → version, from the stored comments.
    std::map<std::pair<int, int>, int> stored;
    const std::set<ModelId> models(run.models.begin(), run.models.end());
    for (const ModelId model : models) {
        const int expected =
            1 + plan.saves * int(std::count(run.models.begin(), run.models.end(), model));
        const auto history = repo.history(model);
        if (!history.ok()) {
            failures << QStringLiteral("history of model %1: %2").arg(model).arg(history.message());
            continue;
        }
        if (int(history.value.size()) != expected)
            failures << QStringLiteral("model %1 has %2 versions, expected %3")
                            .arg(model)
                            .arg(history.value.size())
                            .arg(expected);
        const int latest = repo.model(model).value.latestVersion;
        if (latest != int(history.value.size()))
            failures << QStringLiteral("model %1: newest version %2, but %3 versions")
                            .arg(model)
                            .arg(latest)
                            .arg(history.value.size());
        for (std::size_t i = 0; i < history.value.size(); ++i) {
            const VersionInfo &v = history.value[i]; // newest first
            if (v.number != int(history.value.size() - i)) {
                failures << QStringLiteral("model %1: version numbers with a gap or twice (%2 at "
                                           "place %3)")
                                .arg(model)
                                .arg(v.number)
                                .arg(i);
                break;
            }
            if (v.number == 1)
                continue;
            const auto m = commentPattern.match(v.comment);
            if (!m.hasMatch()) {
                failures << QStringLiteral("model %1 version %2: comment '%3' from no worker")
                                .arg(model)
                                .arg(v.number)
                                .arg(v.comment);
                continue;
            }
            const int worker = m.captured(1).toInt(), save = m.captured(2).toInt();
            if (worker < 0 || worker >= int(run.models.size()) ||
                run.models[std::size_t(worker)] != model)
                failures << QStringLiteral("model %1 version %2 written by worker %3, which saves "
                                           "another model")
                                .arg(model)
                                .arg(v.number)
                                .arg(worker);
            if (v.author != authorOf(worker))
                failures << QStringLiteral(
                                "model %1 version %2: author '%3', comment says worker %4")
                                .arg(model)
                                .arg(v.number)
                                .arg(v.author)
                                .arg(worker);
            if (!stored.emplace(std::pair(worker, save), v.number).second)
                failures << QStringLiteral("worker %1 save %2 stored twice (versions %3 and %4)")
                                .arg(worker)
                                .arg(save)
                                .arg(stored[{worker, save}])
                                .arg(v.number);
            const QByteArray xml = repo.versionXml(model, v.number).value;
            const QString label = saveLabel(worker, save, m.captured(3).toInt());
            if (!xml.contains(label.toUtf8()))
                failures << QStringLiteral("model %1 version %2 does not hold '%3', its content is "
                                           "another save's")
                                .arg(model)
                                .arg(v.number)
                                .arg(label);
        }
    }
    // No lost update: every save a worker was told it landed is there, as that worker's.
    for (const WorkerReport &w : run.workers) {
        if (int(w.versions.size()) != plan.saves)
            failures << QStringLiteral("worker %1 reported %2 saves, expected %3")
                            .arg(w.worker)
                            .arg(w.versions.size())
                            .arg(plan.saves);
        for (std::size_t save = 0; save < w.versions.size(); ++save) {
            const auto it = stored.find({w.worker, int(save)});
            if (it == stored.end())
                failures << QStringLiteral("lost update: worker %1 save %2 (landed as version %3) "
                                           "is not in the history")
                                .arg(w.worker)
                                .arg(save)
                                .arg(w.versions[save]);
            else if (it->second != w.versions[save])
                failures << QStringLiteral("worker %1 save %2 landed as version %3, the history "
                                           "has it as %4")
                                .arg(w.worker)
                                .arg(save)
                                .arg(w.versions[save])
                                .arg(it->second);
        }
    }
    const auto check = repo.check();
    if (!check.ok())
        failures << QStringLiteral("check() did not run: %1").arg(check.message());
    for (const RepositoryFinding &f : check.value.findings)
        failures << QStringLiteral("check(): %1: %2").arg(f.code, f.message);
    return failures;
}

/// Runs `plan`: prepares the models, starts plan.processes workers (`program` re-executed with
/// workerArguments()), lets them go together, collects their reports and verifies the result.
inline LoadResult runLoad(const QString &program, const LoadPlan &plan)
{
    LoadResult run;
    run.models = prepareModels(plan, run.failures);
    if (run.models.empty())
        return run;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < plan.processes; ++w) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), authorOf(w)); // the author of its versions
        p->setProcessEnvironment(env);
        p->start(program, workerArguments(plan, w, run.models[std::size_t(w)]));
        workers.push_back(std::move(p));
    }
    bool allReady = true;
    for (int w = 0; w < plan.processes; ++w) {
        QProcess &p = *workers[std::size_t(w)];
        bool ready = p.waitForStarted(30000);
        while (ready && !p.canReadLine())
            ready = p.waitForReadyRead(120000);
        if (!ready || p.readLine().trimmed() != "ready") {
            run.failures << QStringLiteral("worker %1 did not get ready: %2 %3")
                                .arg(w)
                                .arg(p.errorString(), QString::fromUtf8(p.readAllStandardError()));
            allReady = false;
        }
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &p : workers) {
        p->write(allReady ? "go\n" : "stop\n");
        p->closeWriteChannel();
    }
    // Poll them all, so that every worker's pipes are drained while it runs.
    const qint64 deadline = 3600LL * 1000;
    std::vector<bool> done(workers.size(), false);
    for (std::size_t left = workers.size(); left > 0;) {
        for (std::size_t w = 0; w < workers.size(); ++w) {
            QProcess &p = *workers[w];
            if (done[w] || (!p.waitForFinished(20) && p.state() != QProcess::NotRunning &&
                            wall.elapsed() < deadline))
                continue;
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
            }
            done[w] = true;
            --left;
            run.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
        }
    }
    for (std::size_t w = 0; w < workers.size(); ++w) {
        QProcess &p = *workers[w];
        QString problem;
        WorkerReport r = parseReport(p.readAllStandardOutput(), &problem);
        if (!problem.isEmpty() || p.exitStatus() != QProcess::NormalExit)
            r.errors << QStringLiteral("worker process ended badly (%1, exit %2): %3")
                            .arg(problem.isEmpty() ? p.errorString() : problem)
                            .arg(p.exitCode())
                            .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
        r.worker = int(w);
        run.workers.push_back(std::move(r));
    }
    if (allReady)
        run.failures += verifyRun(plan, run);
    return run;
}

} // namespace amtsweg::load

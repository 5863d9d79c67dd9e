#include "repocommand.h"

#include "commandline.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repository/repositoryaccess.h"
#include "repository/repositorycheck.h"
#include "repository/repositorycopy.h"
#include "repository/repositorylocation.h"
#include "validation/ruleregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <functional>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <termios.h>
#include <unistd.h>
#endif

namespace amtsweg {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RepoCommand", text);
}

struct Invocation
{
    QString repository;
    bool repositoryGiven = false;
    QString command;
    QStringList positional;
    QMap<QString, QString> options;
};

int exitCodeFor(RepositoryStatus status)
{
    switch (status) {
    case RepositoryStatus::Ok:
        return ExitOk;
    case RepositoryStatus::Ambiguous:
    case RepositoryStatus::Invalid:
        return ExitUsage;
    case RepositoryStatus::Conflict:
        return ExitConflict;
    case RepositoryStatus::NotFound:
    case RepositoryStatus::Corrupt:
    case RepositoryStatus::NewerSchema:
    case RepositoryStatus::Unreadable:
        return ExitUnreadable;
    case RepositoryStatus::Busy:
    case RepositoryStatus::DiskFull:
    case RepositoryStatus::Unwritable:
    case RepositoryStatus::Failed:
        return ExitUnwritable;
    }
    return ExitUnwritable;
}

int fail(QTextStream &err, const RepositoryError &e)
{
    err << "amtsweg repo: " << e.message << '\n';
    return exitCodeFor(e.status);
}

/// Splits MODEL[@VERSION]; version 0 when absent, -1 when not a number.
std::pair<QString, int> splitVersion(const QString &spec)
{
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {spec, 0};
    bool ok = false;
    const int v = spec.mid(at + 1).toInt(&ok);
    return {spec.left(at), ok && v > 0 ? v : -1};
}

QString folderPath(const std::vector<FolderInfo> &folders, FolderId id)
{
    QStringList parts;
    for (int guard = 0; id != 0 && guard < 100; ++guard) {
        const auto it = std::find_if(folders.begin(), folders.end(),
                                     [id](const FolderInfo &f) { return f.id == id; });
        if (it == folders.end())
            break;
        parts.prepend(it->name);
        id = it->parentId;
    }
    return parts.join(QLatin1Char('/'));
}

QJsonObject toJson(const ModelInfo &m, const QString &folder)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("uuid"), m.uuid);
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("description"), m.description);
    o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    o.insert(QStringLiteral("fimStatus"), fimStatusName(m.fimStatus));
    o.insert(QStringLiteral("status"), m.status);
    o.insert(QStringLiteral("created"), m.created.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("modified"), m.modified.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("author"), m.author);
    o.insert(QStringLiteral("latestVersion"), m.latestVersion);
    if (m.baseModelId != 0) {
        o.insert(QStringLiteral("baseModel"), m.baseModelId);
        o.insert(QStringLiteral("baseVersion"), m.baseVersion);
    }
    return o;
}

using Handler =
    std::function<int(ProcessRepository &, const Invocation &, QTextStream &, QTextStream &)>;

int doImport(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const ImportReport report = ModelImport::importPaths(repo, inv.positional);
    for (const Diagnostic &d : report.diagnostics)
        err << d.toString() << '\n';
    for (const ImportedModel &m : report.imported)
        out << tr("imported %1 as model %2 '%3' (version 1)\n")
                   .arg(m.file)
                   .arg(m.model.id)
                   .arg(m.model.name);
    int code = ExitOk;
    for (const RepositoryError &e : report.failures)
        code = std::max(code, fail(err, e));
    return code;
}

int doList(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString format = inv.options.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("amtsweg repo list: --format must be text or json\n");
        return ExitUsage;
    }
    const auto models = repo.models();
    const auto folders = repo.folders();
    if (!models.ok() || !folders.ok())
        return fail(err, models.ok() ? folders.error : models.error);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const ModelInfo &m : models.value)
            list.append(toJson(m, folderPath(folders.value, m.folderId)));
        QJsonObject root;
        root.insert(QStringLiteral("repository"), repo.location());
        root.insert(QStringLiteral("models"), list);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const ModelInfo &m : models.value) {
        const QString folder = folderPath(folders.value, m.folderId);
        out << QStringLiteral("%1\tv%2\t%3\t%4\t%5%6\n")
                   .arg(m.id)
                   .arg(m.latestVersion)
                   .arg(fimStatusName(m.fimStatus).isEmpty() ? QStringLiteral("-")
                                                             : fimStatusName(m.fimStatus))
                   .arg(m.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(folder.isEmpty() ? QString() : folder + QLatin1Char('/'), m.name);
    }
    if (models.value.empty())
        out << tr("The repository %1 holds no models.\n").arg(repo.location());
    return ExitOk;
}

int doHistory(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto model = repo.findModel(inv.positional.value(0));
    if (!model.ok())
        return fail(err, model.error);
    const auto history = repo.history(model.value.id);
    if (!history.ok())
        return fail(err, history.error);
    for (const VersionInfo &v : history.value)
        out << QStringLiteral("%1\t%2\t%3\t%4 bytes\t%5\n")
                   .arg(v.number)
                   .arg(v.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        v.author)
                   .arg(v.size)
                   .arg(v.comment);
    return ExitOk;
}

int doExport(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto [name, version] = splitVersion(inv.positional.value(0));
    if (version < 0) {
        err << tr("amtsweg repo export: VERSION after @ must be a number from 1\n");
        return ExitUsage;
    }
    const auto model = repo.findModel(name);
    if (!model.ok())
        return fail(err, model.error);
    const auto xml = repo.versionXml(model.value.id, version);
    if (!xml.ok())
        return fail(err, xml.error);
    const QString target = inv.positional.value(1);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.value) != xml.value.size() ||
        !file.commit()) {
        err << tr("amtsweg repo export: cannot write %1: %2\n").arg(target, file.errorString());
        return ExitUnwritable;
    }
    out << tr("exported model %1 '%2' version %3 to %4\n")
               .arg(model.value.id)
               .arg(model.value.name)
               .arg(version > 0 ? version : model.value.latestVersion)
               .arg(target);
    return ExitOk;
}

int doSearch(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto hits = repo.search(inv.positional.join(QLatin1Char(' ')));
    if (!hits.ok())
        return fail(err, hits.error);
    for (const SearchHit &h : hits.value) {
        out << QStringLiteral("%1\t%2\tv%3\t%4\n")
                   .arg(h.modelId)
                   .arg(h.modelName)
                   .arg(h.version)
                   .arg(h.snippet);
        if (!h.elementIds.isEmpty())
            out << QStringLiteral("\telements: %1\n").arg(h.elementIds.join(QStringLiteral(", ")));
    }
    if (hits.value.empty())
        out << tr("No model matches '%1'.\n").arg(inv.positional.join(QLatin1Char(' ')));
    return ExitOk;
}

int doCheck(ProcessRepository &repo, const Invocation &, QTextStream &out, QTextStream &err)
{
    const auto report = repo.check();
    if (!report.ok())
        return fail(err, report.error);
    for (const RepositoryFinding &f : report.value.findings)
        out << repo.location() << ": " << f.code << ": " << f.message << '\n';
    if (!report.value.ok())
        return ExitFindings;
    out << tr("%1: ok (%2 models, %3 versions)\n")
               .arg(repo.location())
               .arg(report.value.models)
               .arg(report.value.versions);
    return ExitOk;
}

/// --expect-version N, or kAnyVersion; -2 when not a number.
int expectedVersion(const Invocation &inv)
{
    if (!inv.options.contains(QStringLiteral("--expect-version")))
        return kAnyVersion;
    bool ok = false;
    const int v = inv.options.value(QStringLiteral("--expect-version")).toInt(&ok);
    return ok && v >= 0 ? v : -2;
}

int doSave(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const int expected = expectedVersion(inv);
    if (expected == -2) {
        err << tr("amtsweg repo save: --expect-version needs a number\n");
        return ExitUsage;
    }
    const auto model = repo.findModel(inv.positional.value(0));
    if (!model.ok())
        return fail(err, model.error);
    QFile file(inv.positional.value(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("amtsweg repo save: cannot read %1: %2\n")
                   .arg(file.fileName(), file.errorString());
        return ExitUnreadable;
    }
    const auto saved = repo.saveVersionXml(model.value.id, expected, file.readAll(),
                                           inv.options.value(QStringLiteral("--comment")));
    if (!saved.ok())
        return fail(err, saved.error);
    out << tr("saved model %1 version %2\n").arg(model.value.id).arg(saved.value.number);
    out.flush();
    return ExitOk;
}

int doRestore(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto [name, version] = splitVersion(inv.positional.value(0));
    const int expected = expectedVersion(inv);
    if (version <= 0 || expected == -2) {
        err << tr("amtsweg repo restore: expects MODEL@VERSION (and --expect-version N)\n");
        return ExitUsage;
    }
    const auto model = repo.findModel(name);
    if (!model.ok())
        return fail(err, model.error);
    const auto restored = repo.restoreVersion(model.value.id, version, expected);
    if (!restored.ok())
        return fail(err, restored.error);
    out << tr("restored version %1 of model %2 as version %3\n")
               .arg(version)
               .arg(model.value.id)
               .arg(restored.value.number);
    return ExitOk;
}

/// `rules`: lists the rules switched off for the whole repository; `rules disable|enable
/// ID...` changes the list (unknown ids are refused, so that a typo is not kept silently).
int doRules(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString action = inv.positional.value(0);
    const QStringList ids = inv.positional.mid(1);
    if (!action.isEmpty()) {
        if ((action != QLatin1String("disable") && action != QLatin1String("enable")) ||
            ids.isEmpty()) {
            err << tr("amtsweg repo rules: expects disable ID... or enable ID...\n");
            return ExitUsage;
        }
        for (const QString &id : ids)
            if (!validation::findRule(id.toStdString())) {
                err << tr("amtsweg repo rules: there is no rule '%1'\n").arg(id);
                return ExitUsage;
            }
        if (RepositoryOutcome done = repo.setRulesDisabled(ids, action == QLatin1String("disable"));
            !done.ok())
            return fail(err, done.error);
    }
    const auto rules = repo.disabledRules();
    if (!rules.ok())
        return fail(err, rules.error);
    if (rules.value.isEmpty())
        out << tr("No rules are switched off in %1.\n").arg(repo.location());
    for (const QString &id : rules.value)
        out << tr("%1\tswitched off for every model\n").arg(id);
    return ExitOk;
}

/// Reads a password from the terminal with echo off, for a PostgreSQL server that wants one
/// which neither PGPASSWORD nor the pgpass file holds. It is only handed to the server, never
/// stored. Empty (the opening is cancelled) at the end of input.
QString passwordFromTerminal(const QString &what, QTextStream &err)
{
#ifdef Q_OS_UNIX
    // Echo off before the prompt shows: what is typed after it is kept (TCSAFLUSH drops only
    // what was typed before).
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        noEcho.c_lflag |= ECHONL; // the newline still shows
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    err << tr("Password for %1: ").arg(what);
    err.flush();
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line += char(c);
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    const QString password = QString::fromLocal8Bit(line);
    line.fill('\0');
    return password;
#else
    Q_UNUSED(what)
    Q_UNUSED(err)
    return {};
#endif
}

/// How the commands open a repository: a password prompt when stdin is a terminal.
RepositoryOpenOptions openOptions(QTextStream &err)
{
    RepositoryOpenOptions options;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
        options.askPassword = [&err](const QString &what) { return passwordFromTerminal(what, err); };
#else
    Q_UNUSED(err)
#endif
    return options;
}

/// A new repository file that a failed copy leaves behind is removed (with SQLite's WAL
/// files), so that DEST is as it was: absent.
void removeNewFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/// `copy SOURCE DEST`: `source` is the open SOURCE; DEST is created when missing and must be
/// empty. Progress goes to stderr once a copy takes longer than a second.
int doCopy(ProcessRepository &source, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString target = inv.positional.value(1);
    if (repositorylocation::same(source.location(), target)) {
        err << tr("amtsweg repo copy: SOURCE and DEST are the same repository\n");
        return ExitUsage;
    }
    const bool newFile = !repositorylocation::isServer(target) && !QFileInfo::exists(target);
    RepositoryOpenOptions options = openOptions(err);
    options.dailyBackup = false; // empty, or refused
    auto dest = ProcessRepository::open(target, options);
    if (!dest.ok())
        return fail(err, dest.error);
    QElapsedTimer sinceShown;
    sinceShown.start();
    const auto progress = [&](qint64 done, qint64 total) {
        if (sinceShown.elapsed() < 1000)
            return;
        sinceShown.restart();
        err << tr("amtsweg repo copy: %1 of %2 models copied…\n").arg(done).arg(total);
        err.flush();
    };
    const auto copied = RepositoryCopy::copy(source.backend(), dest.value->backend(), progress);
    if (!copied.ok()) {
        dest.value.reset();
        if (newFile)
            removeNewFile(target);
        return fail(err, copied.error);
    }
    const RepositoryCopyReport &r = copied.value;
    out << tr("copied %1 to %2 in %10 s (verified: every row equal, check clean)\n"
              "models: %3, versions: %4, folders: %5, tags: %6, rules switched off: %7\n"
              "bytes stored: %8 (XML: %9)\n")
               .arg(source.location(), dest.value->location())
               .arg(r.models)
               .arg(r.versions)
               .arg(r.folders)
               .arg(r.tags)
               .arg(r.disabledRules)
               .arg(r.storedBytes)
               .arg(r.xmlBytes)
               .arg(r.seconds, 0, 'f', 2);
    return ExitOk;
}

int doAccess(ProcessRepository &repo, const Invocation &, QTextStream &out, QTextStream &err)
{
    const auto info = RepositoryAccess::describe(repo);
    if (!info.ok())
        return fail(err, info.error);
    const AccessInfo &a = info.value;
    out << tr("repository: %1\n").arg(a.location) << tr("user: %1\n").arg(a.user)
        << (a.canWrite ? tr("access: read and edit\n") : tr("access: read only\n"));
    if (!a.readOnlyReason.isEmpty())
        out << a.readOnlyReason << '\n';
    if (!a.shared) {
        out << tr("The file's permissions decide who may read and edit it.\n");
        return ExitOk;
    }
    out << tr("roles: %1 (read), %2 (edit)\n").arg(a.readersRole, a.editorsRole);
    for (const AccessMember &m : a.members)
        out << QStringLiteral("\t%1\t%2\n")
                   .arg(m.role, m.level == AccessLevel::Edit ? tr("edit") : tr("read"));
    if (a.members.empty())
        out << tr("No login role has been granted access yet.\n");
    return ExitOk;
}

int doGrant(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString role = inv.positional.value(0);
    const QString level = inv.positional.value(1);
    if (level != QLatin1String("read") && level != QLatin1String("edit")) {
        err << tr("amtsweg repo grant: expects ROLE read or ROLE edit\n");
        return ExitUsage;
    }
    const RepositoryOutcome done = RepositoryAccess::grant(
        repo, role, level == QLatin1String("edit") ? AccessLevel::Edit : AccessLevel::Read);
    if (!done.ok())
        return fail(err, done.error);
    out << (level == QLatin1String("edit") ? tr("%1 may now read and edit %2\n")
                                           : tr("%1 may now read (not edit) %2\n"))
               .arg(role, repo.location());
    return ExitOk;
}

int doRevoke(ProcessRepository &repo, const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString role = inv.positional.value(0);
    if (const RepositoryOutcome done = RepositoryAccess::revoke(repo, role); !done.ok())
        return fail(err, done.error);
    out << tr("%1 may no longer read or edit %2\n").arg(role, repo.location());
    return ExitOk;
}

struct Command
{
    const char *name;
    int minArgs, maxArgs; // positional arguments (-1: any number)
    bool creates;         // creates the repository when missing
    QStringList options;  // accepted options with a value
    Handler handler;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"import", 1, -1, true, {}, doImport},
        {"list", 0, 0, false, {QStringLiteral("--format")}, doList},
        {"history", 1, 1, false, {}, doHistory},
        {"export", 2, 2, false, {}, doExport},
        {"search", 1, -1, false, {}, doSearch},
        {"check", 0, 0, false, {}, doCheck},
        {"save",
         2,
         2,
         false,
         {QStringLiteral("--comment"), QStringLiteral("--expect-version")},
         doSave},
        {"restore", 1, 1, false, {QStringLiteral("--expect-version")}, doRestore},
        {"rules", 0, -1, false, {}, doRules},
        {"copy", 2, 2, false, {}, doCopy},
        {"access", 0, 0, false, {}, doAccess},
        {"grant", 2, 2, false, {}, doGrant},
        {"revoke", 1, 1, false, {}, doRevoke},
    };
    return list;
}

} // namespace

QString RepoCommand::usage()
{
    return QStringLiteral(
        "  amtsweg repo [--repository PATH] import FILE_OR_FOLDER...\n"
        "  amtsweg repo [--repository PATH] list [--format text|json]\n"
        "  amtsweg repo [--repository PATH] history MODEL\n"
        "  amtsweg repo [--repository PATH] export MODEL[@VERSION] OUT.bpmn\n"
        "  amtsweg repo [--repository PATH] search TEXT\n"
        "  amtsweg repo [--repository PATH] check\n"
        "  amtsweg repo [--repository PATH] save MODEL FILE [--comment C] [--expect-version N]\n"
        "  amtsweg repo [--repository PATH] restore MODEL@VERSION [--expect-version N]\n"
        "  amtsweg repo [--repository PATH] rules [disable|enable RULE...]   model-check rules\n"
        "                                            switched off for every model\n"
        "  amtsweg repo copy SOURCE DEST            whole repository into an empty one (file or\n"
        "                                            postgresql://user@host:port/db, both ways)\n"
        "  amtsweg repo [--repository PATH] access  who you are and whether you may edit\n"
        "  amtsweg repo [--repository URL] grant ROLE read|edit   PostgreSQL: role membership\n"
        "  amtsweg repo [--repository URL] revoke ROLE\n"
        "                                            PATH: a file or a postgresql:// URL\n"
        "                                            MODEL: id or unique name\n");
}

int RepoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Invocation inv;
    inv.repository = RepositoryDatabase::defaultPath();
    static const QStringList valued = {QStringLiteral("--repository"), QStringLiteral("--format"),
                                       QStringLiteral("--comment"),
                                       QStringLiteral("--expect-version")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
        } else if (valued.contains(arg)) {
            if (i + 1 >= args.size()) {
                err << tr("amtsweg repo: %1 needs a value\n").arg(arg);
                return ExitUsage;
            }
            value = args[++i];
        }
        if (arg == QLatin1String("--repository")) {
            inv.repository = value;
            inv.repositoryGiven = true;
        }
        else if (valued.contains(arg))
            inv.options.insert(arg, value);
        else if (arg.startsWith(QLatin1String("--"))) {
            err << tr("amtsweg repo: unknown option '%1'\n").arg(arg);
            return ExitUsage;
        } else if (inv.command.isEmpty())
            inv.command = arg;
        else
            inv.positional << arg;
    }
    const auto it = std::find_if(commands().begin(), commands().end(), [&](const Command &c) {
        return inv.command == QLatin1String(c.name);
    });
    if (it == commands().end()) {
        err << tr("amtsweg repo: expects one of import, list, history, export, search, check, "
                  "save, restore, rules, copy, access, grant, revoke\n\n")
            << usageText();
        return ExitUsage;
    }
    const qsizetype n = inv.positional.size();
    bool optionsOk = true;
    for (auto o = inv.options.keyBegin(); o != inv.options.keyEnd(); ++o)
        optionsOk = optionsOk && it->options.contains(*o);
    const bool copying = inv.command == QLatin1String("copy");
    if (n < it->minArgs || (it->maxArgs >= 0 && n > it->maxArgs) || !optionsOk ||
        (copying && inv.repositoryGiven)) {
        err << tr("amtsweg repo %1: wrong arguments\n\n").arg(inv.command) << usageText();
        return ExitUsage;
    }
    RepositoryOpenOptions options = openOptions(err);
    options.create = it->creates;
    auto repo = ProcessRepository::open(copying ? inv.positional[0] : inv.repository, options);
    if (!repo.ok())
        return fail(err, repo.error);
    return it->handler(*repo.value, inv, out, err);
}

} // namespace amtsweg

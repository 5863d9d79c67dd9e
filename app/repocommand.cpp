#include "repocommand.h"

#include "commandline.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repository/repositorycheck.h"
#include "validation/ruleregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <functional>

namespace amtsweg {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RepoCommand", text);
}

struct Invocation
{
    QString repository;
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
        if (arg == QLatin1String("--repository"))
            inv.repository = value;
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
                  "save, restore, rules\n\n")
            << usageText();
        return ExitUsage;
    }
    const qsizetype n = inv.positional.size();
    bool optionsOk = true;
    for (auto o = inv.options.keyBegin(); o != inv.options.keyEnd(); ++o)
        optionsOk = optionsOk && it->options.contains(*o);
    if (n < it->minArgs || (it->maxArgs >= 0 && n > it->maxArgs) || !optionsOk) {
        err << tr("amtsweg repo %1: wrong arguments\n\n").arg(inv.command) << usageText();
        return ExitUsage;
    }
    RepositoryOpenOptions options;
    options.create = it->creates;
    auto repo = ProcessRepository::open(inv.repository, options);
    if (!repo.ok())
        return fail(err, repo.error);
    return it->handler(*repo.value, inv, out, err);
}

} // namespace amtsweg

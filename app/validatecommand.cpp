#include "validatecommand.h"

#include "commandline.h"
#include "repository/processrepository.h"
#include "validation/ruleregistry.h"
#include "validation/modelchecker.h"
#include "xml/bpmnreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace amtsweg {
namespace {

QJsonObject toJson(const Diagnostic &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), d.code);
    o.insert(QStringLiteral("severity"), severityName(d.severity));
    o.insert(QStringLiteral("elementId"), d.elementId);
    o.insert(QStringLiteral("message"), d.message);
    o.insert(QStringLiteral("file"), d.file);
    o.insert(QStringLiteral("line"), d.line);
    o.insert(QStringLiteral("column"), d.column);
    return o;
}

/// Reading keeps a damaged model open with warnings; validation judges it: these findings make
/// the file invalid BPMN 2.0 and count as errors.
void judge(Diagnostics &diagnostics)
{
    static const QStringList invalid = {
        QStringLiteral("duplicate-id"),       QStringLiteral("dangling-reference"),
        QStringLiteral("di-missing-element"), QStringLiteral("missing-attribute"),
        QStringLiteral("bad-flow-end"),       QStringLiteral("bad-lane-ref"),
        QStringLiteral("bad-number"),         QStringLiteral("bad-boolean"),
    };
    for (Diagnostic &d : diagnostics)
        if (d.severity == Severity::Warning && invalid.contains(d.code))
            d.severity = Severity::Error;
}

} // namespace

int ValidateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString format = QStringLiteral("text");
    QString ruleList = QStringLiteral("bpmn,e2e,fim");
    QStringList disabled;
    QString repository; // its switched-off rules count too
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size()) {
            format = args[++i];
        } else if (args[i].startsWith(QLatin1String("--format="))) {
            format = args[i].mid(9);
        } else if (args[i] == QLatin1String("--rules") && i + 1 < args.size()) {
            ruleList = args[++i];
        } else if (args[i].startsWith(QLatin1String("--rules="))) {
            ruleList = args[i].mid(8);
        } else if (args[i] == QLatin1String("--disable") && i + 1 < args.size()) {
            disabled += args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (args[i] == QLatin1String("--repository") && i + 1 < args.size()) {
            repository = args[++i];
        } else if (args[i].startsWith(QLatin1String("--repository="))) {
            repository = args[i].mid(13);
        } else if (args[i].startsWith(QLatin1String("--"))) {
            err << "amtsweg validate: unknown option '" << args[i] << "'\n";
            return ExitUsage;
        } else {
            files << args[i];
        }
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "amtsweg validate: --format must be text or json\n";
        return ExitUsage;
    }
    if (!repository.isEmpty()) {
        RepositoryOpenOptions open;
        open.create = false;
        open.dailyBackup = false;
        const auto repo = ProcessRepository::open(repository, open);
        const auto rules = repo.ok() ? repo.value->disabledRules() : repo.error;
        if (!rules.ok()) {
            err << "amtsweg validate: " << rules.message() << '\n';
            return ExitUnreadable;
        }
        disabled += rules.value;
    }
    validation::CheckOptions options;
    options.disabled = disabled;
    if (ruleList == QLatin1String("none")) {
        options.sets.clear();
    } else {
        QString unknown;
        const auto sets = validation::parseRuleSets(ruleList, &unknown);
        if (!sets) {
            err << "amtsweg validate: unknown rule set '" << unknown
                << "' (use bpmn, e2e, fim or none)\n";
            return ExitUsage;
        }
        options.sets = *sets;
    }
    if (files.isEmpty()) {
        err << "amtsweg validate: expects at least one FILE\n\n" << usageText();
        return ExitUsage;
    }

    bool unreadable = false, errors = false;
    QJsonArray results;
    for (const QString &file : files) {
        ReadResult read = BpmnReader::readFile(file);
        judge(read.diagnostics);
        if (read.ok())
            for (Diagnostic &d : validation::checkModel(*read.tree, options)) {
                d.file = file;
                read.diagnostics.push_back(std::move(d));
            }
        unreadable = unreadable || !read.ok();
        errors = errors || hasErrors(read.diagnostics);
        if (format == QLatin1String("json")) {
            QJsonArray findings;
            for (const Diagnostic &d : read.diagnostics)
                findings.append(toJson(d));
            QJsonObject entry;
            entry.insert(QStringLiteral("file"), file);
            entry.insert(QStringLiteral("readable"), read.ok());
            entry.insert(QStringLiteral("findings"), findings);
            results.append(entry);
        } else {
            for (const Diagnostic &d : read.diagnostics)
                (read.ok() ? out : err) << d.toString() << '\n';
        }
    }
    if (format == QLatin1String("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("files"), results);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        if (unreadable)
            for (const QJsonValue &v : results)
                for (const QJsonValue &f : v.toObject().value(QStringLiteral("findings")).toArray())
                    if (!v.toObject().value(QStringLiteral("readable")).toBool())
                        err << f.toObject().value(QStringLiteral("file")).toString() << ':'
                            << f.toObject().value(QStringLiteral("line")).toInt() << ':'
                            << std::max(1, f.toObject().value(QStringLiteral("column")).toInt())
                            << ": error: "
                            << f.toObject().value(QStringLiteral("message")).toString() << '\n';
    }
    if (unreadable)
        return ExitUnreadable;
    return errors ? ExitFindings : ExitOk;
}

} // namespace amtsweg

#include "guiloader.h"

#include "commandline.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

namespace amtsweg {
namespace {

int g_argc = 0;
char **g_argv = nullptr;

QString executableDir()
{
    char buffer[4096];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
    if (n <= 0)
        return QStringLiteral(".");
    buffer[n] = '\0';
    return QFileInfo(QString::fromLocal8Bit(buffer)).absolutePath();
}

void *loadPlugin(QString *error)
{
    static void *handle = nullptr;
    if (handle)
        return handle;
    const QString dir = executableDir();
    const QStringList candidates = {
        dir + QStringLiteral("/libamtsweg_gui.so"),
        dir + QStringLiteral("/../lib/amtsweg/libamtsweg_gui.so"),
    };
    QString reasons;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (handle)
            return handle;
        reasons += QString::fromLocal8Bit(dlerror()) + QLatin1Char('\n');
    }
    *error = reasons.isEmpty()
                 ? QStringLiteral("the GUI plugin libamtsweg_gui.so was not found next to the "
                                  "program or in ../lib/amtsweg")
                 : QStringLiteral("cannot load the GUI plugin: %1").arg(reasons.trimmed());
    return nullptr;
}

template <typename Function> Function resolve(const char *symbol, QString *error)
{
    void *handle = loadPlugin(error);
    if (!handle)
        return nullptr;
    auto function = reinterpret_cast<Function>(dlsym(handle, symbol));
    if (!function)
        *error = QStringLiteral("the GUI plugin lacks %1").arg(QLatin1String(symbol));
    return function;
}

/// Calls the plugin's export function `symbol` with the program's arguments, `args` and a
/// buffer for the error message. Returns its exit code, with `error` set unless it is 0.
template <typename Function, typename... Args>
int callExport(const char *symbol, QString *error, Args... args)
{
    const auto function = resolve<Function>(symbol, error);
    if (!function)
        return ExitUnwritable;
    char message[2048] = {};
    const int rc = function(g_argc, g_argv, args..., message, int(sizeof(message)));
    if (rc != 0)
        *error = QString::fromUtf8(message);
    return rc;
}

} // namespace

void setProgramArguments(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
}

int runGui(int argc, char **argv)
{
    QString error;
    const auto guiMain = resolve<GuiMainFunction>("amtsweg_gui_main", &error);
    if (!guiMain) {
        std::fprintf(stderr, "amtsweg: %s\n", error.toLocal8Bit().constData());
        return 70;
    }
    return guiMain(argc, argv);
}

int exportImage(const QString &in, const QString &out, const QString &diagramId, QString *error)
{
    return callExport<ExportImageFunction>("amtsweg_export_image", error,
                                           QFile::encodeName(in).constData(),
                                           QFile::encodeName(out).constData(),
                                           diagramId.toUtf8().constData());
}

int exportPoster(const QString &in, const QString &out, const QString &diagramId,
                 const QString &paper, double scale, QString *error)
{
    return callExport<ExportPosterFunction>(
        "amtsweg_export_poster", error, QFile::encodeName(in).constData(),
        QFile::encodeName(out).constData(), diagramId.toUtf8().constData(),
        paper.toUtf8().constData(), scale);
}

int exportAnalysisReport(const QString &in, const QString &out, const QString &format,
                         QString *error)
{
    return callExport<ExportAnalysisReportFunction>(
        "amtsweg_export_analysis_report", error, QFile::encodeName(in).constData(),
        QFile::encodeName(out).constData(), format.toUtf8().constData());
}

int exportHandout(const QString &in, const QString &out, const QString &fallbackName,
                  QString *error)
{
    return callExport<ExportHandoutFunction>(
        "amtsweg_export_handout", error, QFile::encodeName(in).constData(),
        QFile::encodeName(out).constData(), fallbackName.toUtf8().constData());
}

} // namespace amtsweg

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
    const auto function = resolve<ExportImageFunction>("amtsweg_export_image", error);
    if (!function)
        return ExitUnwritable;
    char message[2048] = {};
    const int rc = function(g_argc, g_argv, QFile::encodeName(in).constData(),
                            QFile::encodeName(out).constData(), diagramId.toUtf8().constData(),
                            message, int(sizeof(message)));
    if (rc != 0)
        *error = QString::fromUtf8(message);
    return rc;
}

int exportPoster(const QString &in, const QString &out, const QString &diagramId,
                 const QString &paper, double scale, QString *error)
{
    const auto function = resolve<ExportPosterFunction>("amtsweg_export_poster", error);
    if (!function)
        return ExitUnwritable;
    char message[2048] = {};
    const int rc = function(g_argc, g_argv, QFile::encodeName(in).constData(),
                            QFile::encodeName(out).constData(), diagramId.toUtf8().constData(),
                            paper.toUtf8().constData(), scale, message, int(sizeof(message)));
    if (rc != 0)
        *error = QString::fromUtf8(message);
    return rc;
}

int exportAnalysisReport(const QString &in, const QString &out, const QString &format,
                         QString *error)
{
    const auto function =
        resolve<ExportAnalysisReportFunction>("amtsweg_export_analysis_report", error);
    if (!function)
        return ExitUnwritable;
    char message[2048] = {};
    const int rc = function(g_argc, g_argv, QFile::encodeName(in).constData(),
                            QFile::encodeName(out).constData(), format.toUtf8().constData(),
                            message, int(sizeof(message)));
    if (rc != 0)
        *error = QString::fromUtf8(message);
    return rc;
}

} // namespace amtsweg

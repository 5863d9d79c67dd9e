// libamtsweg_gui.so: the GUI and image export, loaded by the amtsweg executable on demand
// (see guiloader.h). Everything here may use QtGui and QtWidgets.

#include "autosave.h"
#include "export/analysisreport.h"
#include "export/diagramimageexporter.h"
#include "export/handoutdocument.h"
#include "export/posterexporter.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "repositorycontroller.h"
#include "repositorysettings.h"
#include "xml/bpmnreader.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>

#include <cstring>

extern "C" __attribute__((visibility("default"))) int amtsweg_gui_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Amtsweg"));
    QApplication::setOrganizationName(QStringLiteral("Amtsweg"));
    QApplication::setApplicationVersion(QStringLiteral(AMTSWEG_VERSION));
    // Task bars (Wayland) match the window to the installed desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("de.amtsweg.Amtsweg"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/amtsweg.svg")));
    amtsweg::LanguageSettings::installStoredTranslators(); // before the first window
    amtsweg::MainWindow window;
    // amtsweg [--repository PATH|URL] [FILE]; without it the repository chosen in the settings
    QStringList args = QApplication::arguments().mid(1);
    QString repository = amtsweg::RepositorySettings::startLocation();
    if (const qsizetype at = args.indexOf(QStringLiteral("--repository"));
        at >= 0 && at + 1 < args.size()) {
        repository = args.at(at + 1);
        args.remove(at, 2);
    }
    window.show();
    window.repositoryController()->openRepository(repository);
    window.autosave()->offerRecovery(); // what a crash or kill left unsaved
    if (!args.isEmpty())
        window.openFile(args.first());
    return QApplication::exec();
}

namespace {

/// Reads `in` under a QGuiApplication (image export draws with QtGui but needs no display)
/// and hands the model to `write`, which returns an error message or an empty string.
template <typename Write>
int exportWith(int argc, char **argv, const char *in, char *error, int errorSize, Write write)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    auto fail = [&](const QString &message, int code) {
        const QByteArray bytes = message.toUtf8();
        std::strncpy(error, bytes.constData(), std::size_t(errorSize - 1));
        error[errorSize - 1] = '\0';
        return code;
    };
    const amtsweg::ReadResult read = amtsweg::BpmnReader::readFile(QFile::decodeName(in));
    if (!read.ok())
        return fail(read.diagnostics.empty() ? QStringLiteral("unreadable")
                                             : read.diagnostics.front().toString(),
                    2);
    const QString message = write(*read.tree);
    return message.isEmpty() ? 0 : fail(message, 3);
}

/// Reports in the language the user chose in the GUI (stored in QSettings).
void useStoredLanguage()
{
    QGuiApplication::setOrganizationName(QStringLiteral("Amtsweg"));
    QGuiApplication::setApplicationName(QStringLiteral("Amtsweg"));
    amtsweg::LanguageSettings::installStoredTranslators();
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
amtsweg_export_image(int argc, char **argv, const char *in, const char *out, const char *diagramId,
                     char *error, int errorSize)
{
    return exportWith(argc, argv, in, error, errorSize, [&](const amtsweg::ModelTree &tree) {
        return amtsweg::DiagramImageExporter::exportFile(tree, QFile::decodeName(out),
                                                         QString::fromUtf8(diagramId));
    });
}

extern "C" __attribute__((visibility("default"))) int
amtsweg_export_poster(int argc, char **argv, const char *in, const char *out, const char *diagramId,
                      const char *paper, double scale, char *error, int errorSize)
{
    return exportWith(argc, argv, in, error, errorSize, [&](const amtsweg::ModelTree &tree) {
        amtsweg::PosterOptions options;
        if (!amtsweg::PosterExporter::parsePaper(QString::fromUtf8(paper), options))
            return QStringLiteral("unknown paper '%1' (use A4, A3, A4-portrait, A3-portrait)")
                .arg(QString::fromUtf8(paper));
        options.scale = scale;
        return amtsweg::DiagramImageExporter::exportPoster(tree, QFile::decodeName(out),
                                                           QString::fromUtf8(diagramId), options);
    });
}

extern "C" __attribute__((visibility("default"))) int
amtsweg_export_analysis_report(int argc, char **argv, const char *in, const char *out,
                               const char *format, char *error, int errorSize)
{
    return exportWith(argc, argv, in, error, errorSize, [&](const amtsweg::ModelTree &tree) {
        const auto chosen = amtsweg::AnalysisReport::formatFromName(QString::fromUtf8(format));
        if (!chosen)
            return QStringLiteral("unknown report format '%1' (use html or pdf)")
                .arg(QString::fromUtf8(format));
        useStoredLanguage();
        amtsweg::AnalysisReportOptions options;
        options.title = QFileInfo(QFile::decodeName(in)).fileName();
        return amtsweg::AnalysisReport::exportFile(tree, QFile::decodeName(out), options,
                                                   nullptr, chosen);
    });
}

extern "C" __attribute__((visibility("default"))) int
amtsweg_export_handout(int argc, char **argv, const char *in, const char *out,
                       const char *fallbackName, char *error, int errorSize)
{
    return exportWith(argc, argv, in, error, errorSize, [&](const amtsweg::ModelTree &tree) {
        useStoredLanguage();
        amtsweg::HandoutOptions options;
        options.title =
            amtsweg::HandoutDocument::modelName(tree, QString::fromUtf8(fallbackName));
        return amtsweg::HandoutDocument::writePdf(tree, QFile::decodeName(out), options);
    });
}

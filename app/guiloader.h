#pragma once
// The GUI and image export live in a plugin (libamtsweg_gui.so) that the executable loads only
// when it needs them, so that command-line commands start without QtGui and QtWidgets.

#include <QString>

namespace amtsweg {

/// Entry points the plugin exports (extern "C").
using GuiMainFunction = int (*)(int argc, char **argv);
using ExportImageFunction = int (*)(int argc, char **argv, const char *in, const char *out,
                                    const char *diagramId, char *error, int errorSize);
using ExportPosterFunction = int (*)(int argc, char **argv, const char *in, const char *out,
                                     const char *diagramId, const char *paper, double scale,
                                     char *error, int errorSize);
using ExportAnalysisReportFunction = int (*)(int argc, char **argv, const char *in,
                                             const char *out, const char *format, char *error,
                                             int errorSize);
using ExportHandoutFunction = int (*)(int argc, char **argv, const char *in, const char *out,
                                      const char *fallbackName, char *error, int errorSize);

/// Loads the plugin and runs the GUI. Returns the GUI's exit code, or 70 with a message on
/// stderr when the plugin cannot be loaded.
int runGui(int argc, char **argv);

/// Loads the plugin and exports the diagram `diagramId` (first when empty) of `in` as an image
/// to `out`. Returns 0, or an exit code with `error` set.
int exportImage(const QString &in, const QString &out, const QString &diagramId, QString *error);

/// Loads the plugin and exports the diagram as a multi-page PDF poster on `paper` ("A3",
/// "A4-portrait", see PosterExporter::parsePaper) at `scale`. Returns 0, or an exit code with
/// `error` set.
int exportPoster(const QString &in, const QString &out, const QString &diagramId,
                 const QString &paper, double scale, QString *error);

/// Loads the plugin and writes the end-to-end analysis report of `in` (picture of the first
/// diagram, maturity level, media breaks, hand-offs, paths, automation, once-only, missing
/// knowledge) to `out` as `format` "html" or "pdf". Returns 0, or an exit code with `error` set.
int exportAnalysisReport(const QString &in, const QString &out, const QString &format,
                         QString *error);

/// Loads the plugin and writes the workshop handout of `in` (HandoutDocument: title page,
/// every diagram, Prozesssteckbrief, end-to-end analysis) to the PDF `out`; the model is named
/// by its Prozesssteckbrief, else `fallbackName`. Returns 0, or an exit code with `error` set.
int exportHandout(const QString &in, const QString &out, const QString &fallbackName,
                  QString *error);

/// Remembers argc/argv for the plugin's QApplication (set by main()).
void setProgramArguments(int argc, char **argv);

} // namespace amtsweg

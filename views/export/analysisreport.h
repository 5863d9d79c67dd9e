#pragma once
// AnalysisReport: the end-to-end analysis of a model as a report for people who do not open
// the modeller: a picture of the diagram with the media breaks and hand-offs marked (as the
// canvas overlay marks them), then the OZG maturity level with what caps it, and the tables of
// the Analysis dock (AnalysisTables): media breaks, hand-offs, paths, automation per
// participant, once-only candidates, missing knowledge. HTML (one self-contained file, the
// picture embedded as base64 PNG) or PDF (A4, the same HTML laid out by QTextDocument).
// Needs a QGuiApplication (fonts); without a display use QT_QPA_PLATFORM=offscreen.

#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

class QTextDocument;

namespace amtsweg {

struct AnalysisReportOptions
{
    QString title;     ///< the model's name for the heading (e.g. its file name)
    QString diagramId; ///< the diagram to picture; the first when empty
};

class AnalysisReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReport)

public:
    enum class Format { Html, Pdf };
    /// The format a file name asks for (.html, .htm, .pdf; case-insensitive), or nullopt.
    static std::optional<Format> formatForPath(const QString &path);
    /// "html" or "pdf" (case-insensitive), or nullopt.
    static std::optional<Format> formatFromName(const QString &name);

    /// Writes the report of `analysis` (made from `tree`; analyses `tree` when null) to `path`
    /// in `format` (by the suffix when nullopt). Returns an empty string, else a translated
    /// message.
    static QString exportFile(const ModelTree &tree, const QString &path,
                              const AnalysisReportOptions &options = {},
                              const e2e::Analysis *analysis = nullptr,
                              std::optional<Format> format = std::nullopt);

    /// Fills `document` with the report as the PDF shows it (the picture fitted into an A4
    /// text area), for printing it alone or as part of another document (a handout).
    static void fillPdfDocument(const ModelTree &tree, const e2e::Analysis &analysis,
                                const AnalysisReportOptions &options, QTextDocument *document);

    /// The diagram with the analysis marks, at `scale` pixels per diagram unit; a null image
    /// (and `error` set) when the model has no such diagram or it would be too large.
    static QImage picture(const ModelTree &tree, const e2e::Analysis &analysis,
                          const QString &diagramId, qreal scale, QString *error);
    /// The report as HTML; the picture is `<img src=pictureSource>` shown at `shownSize`
    /// (no picture when the source is empty, `pictureNote` said instead when not empty).
    static QString html(const ModelTree &tree, const e2e::Analysis &analysis,
                        const AnalysisReportOptions &options, const QString &pictureSource,
                        QSizeF shownSize, const QString &pictureNote = {});
};

} // namespace amtsweg

#pragma once
// DiagramImageExporter: one BPMN diagram as PNG (raster, chosen scale, white or transparent),
// SVG (vector, text as text) or PDF (vector, one page fitted to the diagram). Draws with the
// same BpmnPainter as the canvas. Reports problems as a message instead of throwing.
// Needs a QGuiApplication (fonts); on a machine without display use QT_QPA_PLATFORM=offscreen.

#include "bpmn/modeltree.h"
#include "notation/shapespec.h"

#include <QImage>
#include <QString>
#include <functional>
#include <optional>

class QPdfWriter;

namespace amtsweg {

enum class ImageFormat { Png, Svg, Pdf };
struct PosterOptions;

struct ImageExportOptions
{
    qreal scale = 1.0;        ///< PNG pixels per diagram unit
    bool transparent = false; ///< PNG: transparent instead of white background
    qreal margin = 20;        ///< diagram units of empty border around the content
};

class DiagramImageExporter
{
public:
    /// The format a file name asks for (.png, .svg, .pdf; case-insensitive), or nullopt.
    static std::optional<ImageFormat> formatForPath(const QString &path);

    /// Exports the diagram with id `diagramId` (the first diagram when empty) of `tree` to
    /// `path` in the format its suffix names. Returns an empty string on success, else a
    /// translated message saying what went wrong.
    static QString exportFile(const ModelTree &tree, const QString &path,
                              const QString &diagramId = {},
                              const ImageExportOptions &options = {});
    /// Exports the diagram (as exportFile() finds it) as a multi-page PDF poster, see
    /// PosterExporter.
    static QString exportPoster(const ModelTree &tree, const QString &path,
                                const QString &diagramId, const PosterOptions &options);
    /// The content of the diagram with id `diagramId` (the first when empty) into `content`;
    /// returns an empty string, else a translated message.
    static QString buildContent(const ModelTree &tree, const QString &diagramId,
                                DiagramContent &content);
    /// Exports prepared content (from DiagramBuilder::build).
    static QString exportContent(const DiagramContent &content, const QString &path,
                                 ImageFormat format, const ImageExportOptions &options = {});

    /// The diagram as an image; a null image when it would be too large.
    static QImage renderImage(const DiagramContent &content,
                              const ImageExportOptions &options = {});
    /// The area exported: everything painted plus the margin, in diagram units.
    static QRectF exportRect(const DiagramContent &content, qreal margin);

    /// Writes a PDF file (atomically) whose pages `paint` draws into a writer with creator
    /// and title set; `paint` returns an error message or an empty string.
    static QString writePdfFile(const QString &path, const QString &title,
                                const std::function<QString(QPdfWriter &)> &paint);

    /// Largest PNG edge in pixels.
    static constexpr int kMaxImageEdge = 32000;
    /// Largest PNG in pixels (about 1 GB of memory).
    static constexpr qint64 kMaxImagePixels = 256LL * 1024 * 1024;

private:
    static QString writePng(const DiagramContent &content, const QString &path,
                            const ImageExportOptions &options);
    static QString writeSvg(const DiagramContent &content, const QString &path,
                            const ImageExportOptions &options);
    static QString writePdf(const DiagramContent &content, const QString &path,
                            const ImageExportOptions &options);
};

} // namespace amtsweg

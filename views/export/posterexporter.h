#pragma once
// PosterExporter: one diagram on paper. Either fitted to one page, or as a poster for
// workshops: tiles of A4/A3 (portrait or landscape) at a chosen scale, neighbouring tiles
// overlapping a little, each page labelled "Row 1 / column 2" and optionally with crop marks at
// the corners of its tile. Paints vector graphics with the canvas's BpmnPainter into any paged
// device: a PDF file (QPdfWriter) or a printer (QPrinter).

#include "notation/shapespec.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace amtsweg {

struct PosterOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    qreal scale = 1.0;        ///< paper size of a diagram unit: scale / 96 inch
    bool fitToPage = false;   ///< one page, scaled to fit (scale is ignored)
    qreal marginMm = 10;      ///< empty paper around each tile (labels and crop marks go there)
    qreal overlapMm = 10;     ///< how much neighbouring tiles show twice
    bool pageLabels = true;   ///< "Row 1 / column 2" in the top margin
    bool cropMarks = false;   ///< short lines at the tile corners
    qreal diagramMargin = 20; ///< diagram units of empty border around the content
};

/// How a diagram is cut into pages.
struct PosterLayout
{
    int columns = 1;
    int rows = 1;
    QRectF area;     ///< the diagram area (diagram units) printed
    QSizeF tile;     ///< diagram units on one page
    QSizeF step;     ///< tile minus overlap
    qreal scale = 1; ///< the scale used (fitToPage computes it)
    int pageCount() const { return columns * rows; }
};

class PosterExporter
{
    Q_DECLARE_TR_FUNCTIONS(PosterExporter)

public:
    /// Reads "A4", "A3", optionally with "-portrait" or "-landscape" (case-insensitive; the
    /// default is landscape) into `options`; false when it is no such size.
    static bool parsePaper(const QString &text, PosterOptions &options);

    static PosterLayout layout(const DiagramContent &content, const PosterOptions &options);
    /// Paints the pages into `device` (its page layout is set from `options`, margins zero).
    /// Returns an empty string on success, else a translated message.
    static QString paint(QPagedPaintDevice *device, const DiagramContent &content,
                         const PosterOptions &options);
    /// Writes the pages as a vector PDF file.
    static QString writePdf(const DiagramContent &content, const QString &path,
                            const PosterOptions &options);
};

} // namespace amtsweg

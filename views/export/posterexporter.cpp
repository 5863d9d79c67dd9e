#include "posterexporter.h"

#include "diagramimageexporter.h"
#include "notation/diagramrenderer.h"

#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace amtsweg {
namespace {

/// Millimetres of paper per diagram unit at scale 1 (one unit is one CSS pixel, 1/96 inch).
constexpr qreal kMmPerUnit = 25.4 / 96;
/// Length of a crop mark, millimetres.
constexpr qreal kCropMarkMm = 6;

QSizeF pageMm(const PosterOptions &options)
{
    const QSizeF size = QPageSize(options.pageSize).size(QPageSize::Millimeter);
    return options.orientation == QPageLayout::Landscape ? size.transposed() : size;
}

int tilesFor(qreal length, qreal tile, qreal overlap)
{
    if (length <= tile)
        return 1;
    return int(std::ceil((length - overlap) / (tile - overlap) - 1e-9));
}

void drawCropMarks(QPainter &painter, const QRectF &r, qreal length)
{
    const QPointF corners[] = {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()};
    for (const QPointF &c : corners) {
        const qreal dx = c.x() == r.left() ? -1 : 1;
        const qreal dy = c.y() == r.top() ? -1 : 1;
        painter.drawLine(c, c + QPointF(dx * length, 0));
        painter.drawLine(c, c + QPointF(0, dy * length));
    }
}

} // namespace

bool PosterExporter::parsePaper(const QString &text, PosterOptions &options)
{
    const QStringList parts = text.toLower().split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    if (parts[0] == QLatin1String("a4"))
        options.pageSize = QPageSize::A4;
    else if (parts[0] == QLatin1String("a3"))
        options.pageSize = QPageSize::A3;
    else
        return false;
    options.orientation = QPageLayout::Landscape;
    if (parts.size() == 2) {
        if (parts[1] == QLatin1String("portrait"))
            options.orientation = QPageLayout::Portrait;
        else if (parts[1] != QLatin1String("landscape"))
            return false;
    }
    return true;
}

PosterLayout PosterExporter::layout(const DiagramContent &content, const PosterOptions &options)
{
    PosterLayout l;
    l.area = DiagramImageExporter::exportRect(content, options.diagramMargin);
    const QSizeF paper = pageMm(options) - QSizeF(2, 2) * options.marginMm;
    if (options.fitToPage) {
        l.scale = qMin(paper.width() / (l.area.width() * kMmPerUnit),
                       paper.height() / (l.area.height() * kMmPerUnit));
        l.tile = l.step = paper / (l.scale * kMmPerUnit);
        return l;
    }
    l.scale = options.scale > 0 ? options.scale : 1.0;
    const qreal mmPerUnit = l.scale * kMmPerUnit;
    l.tile = paper / mmPerUnit;
    const qreal overlap =
        qMin(options.overlapMm / mmPerUnit, qMin(l.tile.width(), l.tile.height()) / 2);
    l.step = l.tile - QSizeF(overlap, overlap);
    l.columns = tilesFor(l.area.width(), l.tile.width(), overlap);
    l.rows = tilesFor(l.area.height(), l.tile.height(), overlap);
    return l;
}

QString PosterExporter::paint(QPagedPaintDevice *device, const DiagramContent &content,
                              const PosterOptions &options)
{
    const PosterLayout l = layout(content, options);
    constexpr int kMaxPages = 400;
    if (l.pageCount() > kMaxPages)
        return tr("the poster would have %1 pages (at most %2); choose a smaller scale")
            .arg(l.pageCount())
            .arg(kMaxPages);
    // Printers may keep margins of their own: the painter then starts at their paint rect.
    device->setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const QRectF paintMm = device->pageLayout().paintRect(QPageLayout::Millimeter);
    QPainter painter;
    if (paintMm.isEmpty() || !painter.begin(device))
        return tr("cannot start painting the pages");
    const qreal pxPerMm = device->width() / paintMm.width();
    const qreal pxPerUnit = pxPerMm * l.scale * kMmPerUnit;
    const QRectF tileRect((QPointF(options.marginMm, options.marginMm) - paintMm.topLeft()) *
                              pxPerMm,
                          l.tile * pxPerUnit);
    QFont font = painter.font();
    font.setPixelSize(qMax(1, qRound(3.5 * pxPerMm)));
    for (int row = 0; row < l.rows; ++row) {
        for (int column = 0; column < l.columns; ++column) {
            if (row + column > 0 && !device->newPage())
                return tr("cannot add a page");
            painter.save();
            painter.setClipRect(tileRect);
            painter.translate(tileRect.topLeft());
            painter.scale(pxPerUnit, pxPerUnit);
            const QPointF origin(l.area.left() + column * l.step.width(),
                                 l.area.top() + row * l.step.height());
            // Fitted: centre the diagram on the page.
            const QSizeF spare = options.fitToPage ? (l.tile - l.area.size()) / 2 : QSizeF();
            painter.translate(QPointF(spare.width(), spare.height()) - origin);
            DiagramRenderer::paint(&painter, content);
            painter.restore();
            if (l.pageCount() > 1 && options.pageLabels) {
                painter.setFont(font);
                painter.setPen(Qt::darkGray);
                const QRectF labelRect(tileRect.left(), tileRect.top() - options.marginMm * pxPerMm,
                                       tileRect.width(), options.marginMm * pxPerMm);
                painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                                 tr("Row %1 / column %2").arg(row + 1).arg(column + 1));
                painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                                 tr("%1 (page %2 of %3)")
                                     .arg(content.name)
                                     .arg(row * l.columns + column + 1)
                                     .arg(l.pageCount()));
            }
            if (options.cropMarks) {
                painter.setPen(QPen(Qt::black, 0.2 * pxPerMm));
                drawCropMarks(painter, tileRect, qMin(kCropMarkMm, options.marginMm) * pxPerMm);
            }
        }
    }
    painter.end();
    return {};
}

QString PosterExporter::writePdf(const DiagramContent &content, const QString &path,
                                 const PosterOptions &options)
{
    return DiagramImageExporter::writePdfFile(path, content.name, [&](QPdfWriter &pdf) {
        pdf.setResolution(300);
        return paint(&pdf, content, options);
    });
}

} // namespace amtsweg

#include "diagramimageexporter.h"

#include "notation/diagrambuilder.h"
#include "notation/diagramrenderer.h"
#include "posterexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace amtsweg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiagramImageExporter", text);
}

/// Pixels per inch the vector formats assume, so that one diagram unit is one CSS pixel.
constexpr int kVectorDpi = 96;
/// PDF pages may not exceed 200 inches (PDF 1.7 implementation limit).
constexpr qreal kMaxPdfPoints = 14400;

QString saveBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

std::optional<ImageFormat> DiagramImageExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

QString DiagramImageExporter::exportFile(const ModelTree &tree, const QString &path,
                                         const QString &diagramId,
                                         const ImageExportOptions &options)
{
    const std::optional<ImageFormat> format = formatForPath(path);
    if (!format)
        return tr("unknown image format of %1 (use .png, .svg or .pdf)").arg(path);
    DiagramContent content;
    const QString error = buildContent(tree, diagramId, content);
    return error.isEmpty() ? exportContent(content, path, *format, options) : error;
}

QString DiagramImageExporter::exportPoster(const ModelTree &tree, const QString &path,
                                           const QString &diagramId, const PosterOptions &options)
{
    DiagramContent content;
    const QString error = buildContent(tree, diagramId, content);
    return error.isEmpty() ? PosterExporter::writePdf(content, path, options) : error;
}

QString DiagramImageExporter::buildContent(const ModelTree &tree, const QString &diagramId,
                                           DiagramContent &content)
{
    const DiagramBuilder builder(tree);
    const QByteArray id = diagramId.toUtf8();
    const NodeId diagram = builder.findDiagram(std::string_view(id.constData(), id.size()));
    if (diagram == kNoNode)
        return diagramId.isEmpty() ? tr("the file contains no diagram (BPMNDiagram)")
                                   : tr("no diagram with id '%1'").arg(diagramId);
    if (builder.planeOf(diagram) == kNoNode)
        return tr("diagram '%1' has no BPMNPlane").arg(diagramId);
    content = builder.build(diagram);
    return {};
}

QString DiagramImageExporter::exportContent(const DiagramContent &content, const QString &path,
                                            ImageFormat format, const ImageExportOptions &options)
{
    switch (format) {
    case ImageFormat::Png:
        return writePng(content, path, options);
    case ImageFormat::Svg:
        return writeSvg(content, path, options);
    case ImageFormat::Pdf:
        return writePdf(content, path, options);
    }
    return tr("unknown image format");
}

QRectF DiagramImageExporter::exportRect(const DiagramContent &content, qreal margin)
{
    QRectF r = DiagramRenderer::boundingRect(content);
    if (r.isEmpty())
        r = QRectF(0, 0, 1, 1);
    return r.adjusted(-margin, -margin, margin, margin);
}

QImage DiagramImageExporter::renderImage(const DiagramContent &content,
                                         const ImageExportOptions &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1.0;
    const QRectF area = exportRect(content, options.margin);
    const qreal w = std::ceil(area.width() * scale), h = std::ceil(area.height() * scale);
    if (w > kMaxImageEdge || h > kMaxImageEdge || qint64(w) * qint64(h) > kMaxImagePixels)
        return {};
    QImage image(int(w), int(h), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    DiagramRenderer::paint(&painter, content);
    painter.end();
    return image;
}

QString DiagramImageExporter::writePng(const DiagramContent &content, const QString &path,
                                       const ImageExportOptions &options)
{
    const QImage image = renderImage(content, options);
    if (image.isNull())
        return tr("the image would be too large (more than %1 pixels on a side or %2 "
                  "megapixels); choose a smaller scale")
            .arg(kMaxImageEdge)
            .arg(kMaxImagePixels / (1024 * 1024));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return tr("cannot encode PNG");
    return saveBytes(bytes, path);
}

QString DiagramImageExporter::writeSvg(const DiagramContent &content, const QString &path,
                                       const ImageExportOptions &options)
{
    const QRectF area = exportRect(content, options.margin);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(kVectorDpi);
    svg.setSize(area.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
    svg.setTitle(content.name);
    svg.setDescription(tr("BPMN diagram exported by Amtsweg"));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("cannot create SVG");
    painter.translate(-area.topLeft());
    DiagramRenderer::paint(&painter, content);
    painter.end();
    return saveBytes(bytes, path);
}

QString DiagramImageExporter::writePdf(const DiagramContent &content, const QString &path,
                                       const ImageExportOptions &options)
{
    const QRectF area = exportRect(content, options.margin);
    QSizeF points = area.size() * 72.0 / kVectorDpi;
    const qreal shrink = qMin(1.0, kMaxPdfPoints / qMax(points.width(), points.height()));
    points *= shrink;

    return writePdfFile(path, content.name, [&](QPdfWriter &pdf) -> QString {
        pdf.setResolution(kVectorDpi);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("cannot create PDF");
        const qreal fit = qMin(pdf.width() / area.width(), pdf.height() / area.height());
        painter.scale(fit, fit);
        painter.translate(-area.topLeft());
        DiagramRenderer::paint(&painter, content);
        painter.end();
        return {};
    });
}

QString DiagramImageExporter::writePdfFile(const QString &path, const QString &title,
                                           const std::function<QString(QPdfWriter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Amtsweg"));
        pdf.setTitle(title);
        const QString error = paint(pdf);
        if (!error.isEmpty())
            return error;
    }
    return saveBytes(bytes, path);
}

} // namespace amtsweg

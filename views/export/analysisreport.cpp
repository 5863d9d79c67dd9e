#include "analysisreport.h"

#include "canvas/analysisoverlay.h"
#include "diagramimageexporter.h"
#include "notation/shapespec.h"
#include "panels/analysistables.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace amtsweg {
namespace {

constexpr qreal kMargin = 20;             // diagram units around the picture
constexpr qreal kMaxPicturePixels = 12e6; // what the report embeds at most
/// The A4 text area (2 cm margins, what QTextDocument::print() keeps) in the units QTextDocument lays out a printout in
/// (1/96 inch): the picture is fitted into it.
const QSizeF kPdfPicture(600, 780);

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString barHtml(const std::vector<int> &shares)
{
    int total = 0;
    for (int s : shares)
        total += s;
    if (total <= 0)
        return {};
    QString cells;
    for (std::size_t i = 0; i < shares.size(); ++i)
        if (shares[i] > 0)
            cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>")
                         .arg(std::max(1, int(std::lround(100.0 * shares[i] / total))))
                         .arg(QLatin1String(AnalysisText::shareColour(i)));
    return QStringLiteral("<table class=\"bar\" width=\"120\" cellspacing=\"0\" "
                          "cellpadding=\"0\"><tr>%1</tr></table>")
        .arg(cells);
}

bool isCount(const AnalysisRow &row, int column)
{
    return std::size_t(column) < row.sortKeys.size() && row.sortKeys[std::size_t(column)].isValid();
}

QString tableHtml(const AnalysisTable &table, const char *heading)
{
    QString html = QStringLiteral("<%1>%2</%1>\n").arg(QLatin1String(heading), escaped(table.title));
    if (table.rows.empty())
        return html + QStringLiteral("<p class=\"empty\">%1</p>\n").arg(escaped(table.emptyText));
    html += QStringLiteral(
        "<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>");
    const AnalysisRow &first = table.rows.front();
    for (int c = 0; c < table.headers.size(); ++c) {
        // Count columns narrow, so that names and reasons get the width.
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(isCount(first, c) ? QStringLiteral(" width=\"11%\"") : QString(),
                         escaped(table.headers[c]));
    }
    html += QStringLiteral("</tr>\n");
    for (const AnalysisRow &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.cells.size(); ++c) {
            const bool bar = !row.shares.empty() && c + 1 == row.cells.size();
            html += QStringLiteral("<td%1>%2%3</td>")
                        .arg(isCount(row, c) ? QStringLiteral(" class=\"number\"") : QString(),
                             bar ? barHtml(row.shares) : QString(), escaped(row.cells[c]));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(table.note));
    return html;
}

QString legendHtml()
{
    return QStringLiteral("<p class=\"legend\"><span style=\"color:#d32f2f\">■</span> %1 "
                          "&nbsp; <span style=\"color:#ef6c00\">●</span> %2 &nbsp; "
                          "<span style=\"color:#ef6c00\">○</span> %3</p>\n")
        .arg(escaped(AnalysisReport::tr("media break")),
             escaped(AnalysisReport::tr("hand-off to another participant")),
             escaped(AnalysisReport::tr("hand-off to another lane")));
}

QString save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return AnalysisReport::tr("cannot write %1: %2").arg(path, file.errorString());
}

/// The scale at which the picture has at most kMaxPicturePixels, and at most `wanted`.
qreal pictureScale(const ModelTree &tree, const QString &diagramId, qreal wanted)
{
    DiagramContent content;
    if (!DiagramImageExporter::buildContent(tree, diagramId, content).isEmpty())
        return wanted;
    const QRectF area = DiagramImageExporter::exportRect(content, kMargin);
    const qreal pixels = std::max(1.0, area.width() * area.height());
    return std::min(wanted, std::sqrt(kMaxPicturePixels / pixels));
}

QString writeHtml(const ModelTree &tree, const e2e::Analysis &analysis, const QString &path,
                  const AnalysisReportOptions &options)
{
    const qreal scale = pictureScale(tree, options.diagramId, 1.5);
    QString note;
    const QImage image = AnalysisReport::picture(tree, analysis, options.diagramId, scale, &note);
    QString source;
    if (!image.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    const QString html = AnalysisReport::html(tree, analysis, options, source,
                                              QSizeF(image.size()) / scale, note);
    return save(html.toUtf8(), path);
}

QString writePdf(const ModelTree &tree, const e2e::Analysis &analysis, const QString &path,
                 const AnalysisReportOptions &options)
{
    QTextDocument document;
    AnalysisReport::fillPdfDocument(tree, analysis, options, &document);
    const QString title = AnalysisReport::tr("End-to-end analysis: %1").arg(options.title);
    return DiagramImageExporter::writePdfFile(path, title, [&](QPdfWriter &pdf) {
        // QTextDocument::print() keeps 2 cm margins of its own.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        document.print(&pdf);
        return QString();
    });
}

} // namespace

std::optional<AnalysisReport::Format> AnalysisReport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return Format::Html;
    return formatFromName(suffix);
}

std::optional<AnalysisReport::Format> AnalysisReport::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return Format::Html;
    if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

QString AnalysisReport::exportFile(const ModelTree &tree, const QString &path,
                                   const AnalysisReportOptions &options,
                                   const e2e::Analysis *analysis, std::optional<Format> format)
{
    if (!format)
        format = formatForPath(path);
    if (!format)
        return tr("unknown report format of %1 (use .html or .pdf)").arg(path);
    e2e::Analysis own;
    if (!analysis) {
        own = e2e::analyse(tree);
        analysis = &own;
    }
    return *format == Format::Html ? writeHtml(tree, *analysis, path, options)
                                   : writePdf(tree, *analysis, path, options);
}

void AnalysisReport::fillPdfDocument(const ModelTree &tree, const e2e::Analysis &analysis,
                                     const AnalysisReportOptions &options, QTextDocument *document)
{
    QString note;
    const QImage image = AnalysisReport::picture(
        tree, analysis, options.diagramId, pictureScale(tree, options.diagramId, 2.0), &note);
    const QUrl source(QStringLiteral("amtsweg-diagram.png"));
    const QSizeF shown = image.isNull() ? QSizeF()
                                        : QSizeF(image.size()).scaled(kPdfPicture, Qt::KeepAspectRatio);
    if (!image.isNull())
        document->addResource(QTextDocument::ImageResource, source, image);
    document->setHtml(AnalysisReport::html(tree, analysis, options,
                                           image.isNull() ? QString() : source.toString(), shown,
                                           note));
}

QImage AnalysisReport::picture(const ModelTree &tree, const e2e::Analysis &analysis,
                               const QString &diagramId, qreal scale, QString *error)
{
    DiagramContent content;
    if (const QString message = DiagramImageExporter::buildContent(tree, diagramId, content);
        !message.isEmpty()) {
        *error = message;
        return {};
    }
    ImageExportOptions options;
    options.scale = scale;
    options.margin = kMargin;
    QImage image = DiagramImageExporter::renderImage(content, options);
    if (image.isNull()) {
        *error = tr("The diagram is too large for a picture.");
        return {};
    }
    AnalysisOverlay overlay;
    overlay.setAnalysis(tree, analysis);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-DiagramImageExporter::exportRect(content, kMargin).topLeft());
    overlay.paint(&painter, content, tree);
    return image;
}

QString AnalysisReport::html(const ModelTree &tree, const e2e::Analysis &analysis,
                             const AnalysisReportOptions &options, const QString &pictureSource,
                             QSizeF shownSize, const QString &pictureNote)
{
    const AnalysisTables tables = AnalysisText::tables(tree, analysis);
    const QString title = tr("End-to-end analysis: %1").arg(options.title);
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
        "<style>\n"
        "body { font-family: sans-serif; font-size: 10pt; color: #202020; }\n"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 18px; }\n"
        "h3 { font-size: 11pt; }\n"
        ".level { font-size: 20pt; font-weight: bold; color: #1e4f8c; }\n"
        "table.data { border-collapse: collapse; border: 1px solid #b0b0b0; }\n"
        "table.data th { background-color: #e8edf3; text-align: left; }\n"
        "table.data th, table.data td { border: 1px solid #b0b0b0; vertical-align: top; }\n"
        "td.number { text-align: right; }\n"
        "table.bar { border: 1px solid #808080; }\n"
        ".meta, .legend, .note, .empty { color: #606060; }\n"
        "img { max-width: 100%; height: auto; border: 1px solid #d0d0d0; }\n"
        "</style>\n</head>\n<body>\n")
                       .arg(tr("en", "language code of the report's HTML"), escaped(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(escaped(tr("Made by Amtsweg on %1 from what the model states.")
                                 .arg(QLocale().toString(QDate::currentDate(),
                                                         QLocale::LongFormat))));
    html += QStringLiteral("<p class=\"level\">%1</p>\n<p>%2</p>\n")
                .arg(escaped(tables.levelTitle), escaped(tables.levelDescription));
    html += tableHtml(tables.reasons, "h3");
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Diagram")));
    if (!pictureSource.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                    .arg(pictureSource)
                    .arg(int(std::lround(shownSize.width())))
                    .arg(int(std::lround(shownSize.height())))
                    .arg(escaped(tr("The diagram with the media breaks and hand-offs marked")))
                + legendHtml();
    else if (!pictureNote.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(pictureNote));
    const std::vector<const AnalysisTable *> all = tables.all();
    for (std::size_t i = 1; i < all.size(); ++i) // the reasons are above
        html += tableHtml(*all[i], "h2");
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace amtsweg

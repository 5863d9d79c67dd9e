#include "handoutdocument.h"

#include "analysisreport.h"
#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramimageexporter.h"
#include "fim/fimread.h"
#include "notation/diagrambuilder.h"
#include "notation/diagramrenderer.h"
#include "panels/elementlabels.h"
#include "steckbriefdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>
#include <vector>

namespace amtsweg {
namespace {

constexpr qreal kMarginMm = 15;          // around the diagram pages' content
constexpr qreal kFooterMm = 10;          // from the page's bottom edge to the footer's baseline
constexpr qreal kHeaderMm = 10;          // height of a diagram page's heading
constexpr qreal kDiagramMargin = 20;     // diagram units around a diagram
constexpr qreal kMaxPaperScale = 1.5;    // small diagrams: at most 1.5 times their size
// Text pages are laid out as QTextDocument::print() lays out the Steckbrief and the analysis
// report on their own (2 mm page margins, 2 cm around the text), so that they break alike.
constexpr qreal kTextPageMarginMm = 2;
constexpr qreal kTextMarginCm = 2;
const QColor kGrey(0x60, 0x60, 0x60);

QPageLayout a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

/// One diagram of the handout.
struct HandoutDiagram
{
    DiagramContent content;
    QString title;
    QRectF area; ///< what is printed, diagram units
    QPageLayout::Orientation orientation() const
    {
        return area.width() > area.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    }
};

/// A text part (Steckbrief, analysis) laid out in portrait A4 pages of the PDF writer.
struct TextPart
{
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();
    QRectF body; ///< where a page's text goes, device pixels
    int pages() const { return document->pageCount(); }
};

void layOut(TextPart &part, QPdfWriter &pdf)
{
    QTextDocument &document = *part.document;
    document.documentLayout()->setPaintDevice(&pdf);
    // Frame margins are in 1/96 inch; the layout scales them to the device.
    QTextFrameFormat format = document.rootFrame()->frameFormat();
    format.setMargin(int(kTextMarginCm / 2.54 * 96));
    document.rootFrame()->setFrameFormat(format);
    const QMarginsF margins(kTextPageMarginMm, kTextPageMarginMm, kTextPageMarginMm,
                            kTextPageMarginMm);
    part.body = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins,
                            QPageLayout::Millimeter)
                    .paintRectPixels(pdf.resolution());
    document.setPageSize(part.body.size());
}

/// The diagram's name, else the name of what it draws; an unnamed collaboration or process is
/// the model itself.
QString diagramTitle(const ModelTree &tree, const DiagramContent &content, const QString &model)
{
    if (!content.name.trimmed().isEmpty())
        return content.name.simplified();
    const NodeId element = content.plane != kNoNode ? di::semanticOf(tree, content.plane) : kNoNode;
    if (element == kNoNode)
        return toQString(tree.id(content.diagram));
    const QString name = toQString(bpmn::name(tree, element)).simplified();
    if (name.isEmpty() && (bpmn::isCollaboration(tree, element) || bpmn::isProcess(tree, element)))
        return model;
    return elementDisplayName(tree, element);
}

std::vector<HandoutDiagram> diagramPages(const ModelTree &tree, const QString &model)
{
    std::vector<HandoutDiagram> pages;
    const DiagramBuilder builder(tree);
    for (NodeId diagram : builder.diagrams()) {
        if (builder.planeOf(diagram) == kNoNode)
            continue;
        HandoutDiagram page;
        page.content = builder.build(diagram);
        if (page.content.shapes.empty() && page.content.edges.empty())
            continue; // nothing to show
        page.title = diagramTitle(tree, page.content, model);
        page.area = DiagramImageExporter::exportRect(page.content, kDiagramMargin);
        pages.push_back(std::move(page));
    }
    return pages;
}

/// Paints on the PDF writer page by page, keeping count.
class Pages
{
public:
    Pages(QPdfWriter &pdf, QPainter &painter, QString footer, int total)
        : m_pdf(pdf), m_painter(painter), m_footer(std::move(footer)), m_total(total)
    {
    }

    /// Starts the next page (the first one is open already) in `orientation`.
    bool next(QPageLayout::Orientation orientation)
    {
        if (m_number > 0) {
            m_pdf.setPageLayout(a4(orientation));
            if (!m_pdf.newPage())
                return false;
        }
        ++m_number;
        if (m_number > 1)
            paintFooter();
        return true;
    }
    qreal pxPerMm() const { return m_pdf.width() / m_pdf.pageLayout().fullRect().width(); }
    QRectF pageRect() const { return QRectF(0, 0, m_pdf.width(), m_pdf.height()); }

private:
    void paintFooter()
    {
        m_painter.save();
        QFont font = m_painter.font();
        font.setPointSizeF(8);
        m_painter.setFont(font);
        m_painter.setPen(kGrey);
        const qreal mm = pxPerMm();
        const QRectF line(kMarginMm * mm, pageRect().height() - (kFooterMm + 4) * mm,
                          pageRect().width() - 2 * kMarginMm * mm, 5 * mm);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
                           HandoutDocument::tr("%1 / %2").arg(m_number).arg(m_total));
        m_painter.restore();
    }

    QPdfWriter &m_pdf;
    QPainter &m_painter;
    QString m_footer;
    int m_total;
    int m_number = 0;
};

void paintDiagram(QPainter &painter, const Pages &pages, const HandoutDiagram &page)
{
    const qreal mm = pages.pxPerMm();
    const QRectF full = pages.pageRect();
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(13);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF heading(kMarginMm * mm, kMarginMm * mm, full.width() - 2 * kMarginMm * mm,
                         kHeaderMm * mm);
    painter.drawText(heading, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, page.title);
    painter.restore();

    const QRectF box = full.adjusted(kMarginMm * mm, (kMarginMm + kHeaderMm) * mm,
                                     -kMarginMm * mm, -(kMarginMm + kFooterMm / 2) * mm);
    // One diagram unit is 1/96 inch at scale 1.
    const qreal paperScale = 25.4 / 96 * mm;
    const qreal scale = qMin(qMin(box.width() / page.area.width(),
                                  box.height() / page.area.height()),
                             kMaxPaperScale * paperScale);
    const QSizeF shown = page.area.size() * scale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(box.center() - QPointF(shown.width(), shown.height()) / 2);
    painter.scale(scale, scale);
    painter.translate(-page.area.topLeft());
    DiagramRenderer::paint(&painter, page.content);
    painter.restore();
}

void paintText(QPainter &painter, const TextPart &part, int index)
{
    const QSizeF size = part.document->pageSize();
    const QRectF view(0, index * size.height(), size.width(), size.height());
    painter.save();
    painter.translate(part.body.topLeft() - view.topLeft());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    part.document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QString pageRange(int first, int count)
{
    return count > 1 ? HandoutDocument::tr("pages %1–%2").arg(first).arg(first + count - 1)
                     : HandoutDocument::tr("page %1").arg(first);
}

void paintTitlePage(QPainter &painter, const Pages &pages, const QString &name,
                    const QDate &date, const HandoutPages &counts)
{
    const qreal mm = pages.pxPerMm();
    const QRectF full = pages.pageRect();
    const qreal left = 25 * mm, width = full.width() - 50 * mm;
    qreal y = 70 * mm;
    const auto line = [&](const QString &text, qreal points, bool bold, const QColor &colour,
                          qreal gapMm) {
        QFont font = painter.font();
        font.setPointSizeF(points);
        font.setBold(bold);
        painter.setFont(font);
        painter.setPen(colour);
        const QRectF bounds = painter.boundingRect(QRectF(left, y, width, full.height()),
                                                   Qt::AlignLeft | Qt::TextWordWrap, text);
        painter.drawText(bounds, Qt::AlignLeft | Qt::TextWordWrap, text);
        y = bounds.bottom() + gapMm * mm;
    };
    painter.save();
    line(HandoutDocument::tr("Workshop handout"), 14, false, kGrey, 4);
    line(name, 28, true, Qt::black, 8);
    line(QLocale().toString(date, QLocale::LongFormat), 13, false, Qt::black, 2);
    line(HandoutDocument::tr("Made with Amtsweg"), 11, false, kGrey, 25);
    line(HandoutDocument::tr("Contents"), 13, true, Qt::black, 3);
    int first = counts.title + 1;
    const auto entry = [&](const QString &what, int count) {
        if (count <= 0)
            return;
        line(HandoutDocument::tr("%1, %2").arg(what, pageRange(first, count)), 11, false,
             Qt::black, 1.5);
        first += count;
    };
    entry(HandoutDocument::tr("Diagrams"), counts.diagrams);
    entry(HandoutDocument::tr("Prozesssteckbrief"), counts.steckbrief);
    entry(HandoutDocument::tr("End-to-end analysis"), counts.analysis);
    painter.restore();
}

} // namespace

QString HandoutDocument::modelName(const ModelTree &tree, const QString &fallback)
{
    if (const auto steckbrief = fim::modelSteckbrief(tree); steckbrief && !steckbrief->name.trimmed().isEmpty())
        return steckbrief->name.simplified();
    if (!fallback.trimmed().isEmpty())
        return fallback.trimmed();
    const NodeId definitions = tree.root();
    for (const char *kind : {"collaboration", "process"})
        for (NodeId n = definitions != kNoNode ? tree.firstChildElement(definitions, kind) : kNoNode;
             n != kNoNode; n = tree.nextSiblingElement(n, kind))
            if (const QString name = toQString(bpmn::name(tree, n)).simplified(); !name.isEmpty())
                return name;
    return tr("Untitled model");
}

QString HandoutDocument::writePdf(const ModelTree &tree, const QString &path,
                                  const HandoutOptions &options, HandoutPages *pages)
{
    const QString name = options.title.trimmed().isEmpty() ? modelName(tree) : options.title;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const std::vector<HandoutDiagram> diagrams = diagramPages(tree, name);
    const std::optional<fim::Prozesssteckbrief> steckbrief = fim::modelSteckbrief(tree);
    HandoutPages counts;
    const QString error = DiagramImageExporter::writePdfFile(
        path, tr("Handout: %1").arg(name), [&](QPdfWriter &pdf) {
            pdf.setPageLayout(a4(QPageLayout::Portrait));
            TextPart steckbriefPart, analysisPart;
            if (steckbrief) {
                steckbriefPart.document->setHtml(SteckbriefDocument::html(*steckbrief));
                layOut(steckbriefPart, pdf);
            }
            AnalysisReportOptions analysisOptions;
            analysisOptions.title = name;
            AnalysisReport::fillPdfDocument(tree, e2e::analyse(tree), analysisOptions,
                                            analysisPart.document.get());
            layOut(analysisPart, pdf);
            counts.title = 1;
            counts.diagrams = int(diagrams.size());
            counts.steckbrief = steckbrief ? steckbriefPart.pages() : 0;
            counts.analysis = analysisPart.pages();

            QPainter painter;
            if (!painter.begin(&pdf))
                return tr("cannot start painting the pages");
            Pages sheets(pdf, painter, tr("%1 · Amtsweg handout").arg(name), counts.total());
            sheets.next(QPageLayout::Portrait);
            paintTitlePage(painter, sheets, name, date, counts);
            for (const HandoutDiagram &page : diagrams) {
                if (!sheets.next(page.orientation()))
                    return tr("cannot add a page");
                paintDiagram(painter, sheets, page);
            }
            for (const TextPart *part : {&steckbriefPart, &analysisPart}) {
                const int count = part == &steckbriefPart ? counts.steckbrief : counts.analysis;
                for (int i = 0; i < count; ++i) {
                    if (!sheets.next(QPageLayout::Portrait))
                        return tr("cannot add a page");
                    paintText(painter, *part, i);
                }
            }
            painter.end();
            return QString();
        });
    if (pages)
        *pages = counts;
    return error;
}

} // namespace amtsweg

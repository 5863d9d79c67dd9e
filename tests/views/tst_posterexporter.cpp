// PDF posters: the page grid follows paper, orientation and scale, the written PDF has one page
// per tile and is vector (no images), fitted output is one page, paper names parse.

#include "export/diagramimageexporter.h"
#include "export/posterexporter.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

/// Page objects of a PDF file ("/Type /Page", not "/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestPosterExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layoutFollowsPaperAndScale();
    void posterPdfHasOnePagePerTile();
    void fittedIsOnePage();
    void parsesPaper();

private:
    QByteArray write(const PosterOptions &options);

    std::unique_ptr<ModelTree> m_tree;
    DiagramContent m_content;
    QTemporaryDir m_dir;
};

void TestPosterExporter::initTestCase()
{
    ReadResult read =
        BpmnReader::readFile(test::wohngeldFixture());
    QVERIFY(read.ok());
    m_tree = std::move(read.tree);
    QCOMPARE(DiagramImageExporter::buildContent(*m_tree, {}, m_content), QString());
}

QByteArray TestPosterExporter::write(const PosterOptions &options)
{
    const QString path = m_dir.filePath(QStringLiteral("poster.pdf"));
    const QString error = PosterExporter::writePdf(m_content, path, options);
    if (!error.isEmpty())
        qWarning() << error;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPosterExporter::layoutFollowsPaperAndScale()
{
    PosterOptions a4;
    const PosterLayout l4 = PosterExporter::layout(m_content, a4);
    QVERIFY2(l4.pageCount() > 1, "the sample is larger than one A4 page at 100 %");
    // A4 landscape at 100 %: 277 × 190 mm of paper per tile, 10 mm margins.
    QCOMPARE(qRound(l4.tile.width()), qRound(277 / (25.4 / 96)));
    QCOMPARE(l4.columns,
             int(std::ceil((l4.area.width() - 10 / (25.4 / 96)) / l4.step.width() - 1e-9)));
    PosterOptions a3 = a4;
    a3.pageSize = QPageSize::A3;
    const PosterLayout l3 = PosterExporter::layout(m_content, a3);
    QCOMPARE(qRound(l3.tile.width()), qRound(400 / (25.4 / 96)));
    QVERIFY(l3.pageCount() <= l4.pageCount());
    PosterOptions half = a4;
    half.scale = 0.5;
    QVERIFY(PosterExporter::layout(m_content, half).pageCount() < l4.pageCount());
    PosterOptions large = a4;
    large.scale = 2;
    QVERIFY(PosterExporter::layout(m_content, large).pageCount() > l4.pageCount());
    PosterOptions portrait = a4;
    portrait.orientation = QPageLayout::Portrait;
    const PosterLayout lp = PosterExporter::layout(m_content, portrait);
    QCOMPARE(qRound(lp.tile.width()), qRound(190 / (25.4 / 96)));
}

void TestPosterExporter::posterPdfHasOnePagePerTile()
{
    PosterOptions options;
    options.pageSize = QPageSize::A3;
    options.cropMarks = true;
    const QByteArray pdf = write(options);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdfPageCount(pdf), PosterExporter::layout(m_content, options).pageCount());
    QVERIFY2(!pdf.contains("/Subtype /Image"), "vector: no raster images");
}

void TestPosterExporter::fittedIsOnePage()
{
    PosterOptions options;
    options.fitToPage = true;
    QCOMPARE(PosterExporter::layout(m_content, options).pageCount(), 1);
    const QByteArray pdf = write(options);
    QCOMPARE(pdfPageCount(pdf), 1);
    QVERIFY(!pdf.contains("/Subtype /Image"));
}

void TestPosterExporter::parsesPaper()
{
    PosterOptions o;
    QVERIFY(PosterExporter::parsePaper(QStringLiteral("A3"), o));
    QCOMPARE(o.pageSize, QPageSize::A3);
    QCOMPARE(o.orientation, QPageLayout::Landscape);
    QVERIFY(PosterExporter::parsePaper(QStringLiteral("a4-portrait"), o));
    QCOMPARE(o.pageSize, QPageSize::A4);
    QCOMPARE(o.orientation, QPageLayout::Portrait);
    QVERIFY(!PosterExporter::parsePaper(QStringLiteral("A5"), o));
    QVERIFY(!PosterExporter::parsePaper(QStringLiteral("A4-sideways"), o));
}

QTEST_MAIN(TestPosterExporter)
#include "tst_posterexporter.moc"

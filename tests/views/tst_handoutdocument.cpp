// The workshop handout (views/export/handoutdocument.h): one A4 PDF with a title page, every
// diagram on a page of its own (landscape where wider than high), the Prozesssteckbrief (left
// out when the model has none) and the end-to-end analysis with the same pages as the analysis
// report; and `amtsweg convert IN OUT.pdf --handout`. Pages are counted in the PDF itself and
// with pdfinfo, texts read back with pdftotext (poppler-utils, packaging/install-deps.sh).
// Leaves handout-sample.pdf in the build folder to look at.

#include "export/analysisreport.h"
#include "export/diagramimageexporter.h"
#include "export/handoutdocument.h"
#include "export/steckbriefdocument.h"
#include "fim/fimread.h"
#include "notation/diagrambuilder.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

QString fimModel() { return test::testDataDir() + QStringLiteral("/fim/fim-complete.bpmn"); }
QString plainModel()
{
    return test::testDataDir() + QStringLiteral("/good/multiple-diagrams.bpmn");
}

/// Page objects of a PDF (/Type /Page, not /Pages).
int pdfPageObjects(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString bytes = QString::fromLatin1(file.readAll());
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(bytes.count(page));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess tool;
    tool.start(program, args);
    if (!tool.waitForFinished(60000))
        return {};
    // NFKC: ligatures (U+FB02 for "fl") become their letters again.
    return QString::fromUtf8(tool.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

/// The text of pages `first`..`last` (1-based), white space (line breaks) as single blanks.
QString pdfText(const QString &path, int first, int last)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                QString::number(first), QStringLiteral("-l"), QString::number(last), path,
                QStringLiteral("-")})
        .simplified();
}

/// Page sizes in points as pdfinfo reports them, one per page.
QList<QSizeF> pdfPageSizes(const QString &path, int pages)
{
    const QString info = run(QStringLiteral("pdfinfo"),
                             {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QString::number(pages), path});
    static const QRegularExpression size(
        QStringLiteral("Page\\s+\\d+ size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    QList<QSizeF> sizes;
    for (auto it = size.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

int pdfInfoPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestHandoutDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
                     !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdftotext and pdfinfo (poppler-utils) are needed: packaging/install-deps.sh");
    }

    void fimModelHasEveryPart()
    {
        const ReadResult read = BpmnReader::readFile(fimModel());
        QVERIFY(read.ok());
        const ModelTree &tree = *read.tree;
        const auto steckbrief = fim::modelSteckbrief(tree);
        QVERIFY(steckbrief.has_value());

        const QString path = out(QStringLiteral("handout.pdf"));
        HandoutPages pages;
        HandoutOptions options;
        options.date = QDate(2026, 3, 14);
        QCOMPARE(HandoutDocument::writePdf(tree, path, options, &pages), QString());
        QVERIFY(QFile::exists(path));
        // A copy to look at (pdftoppm -png) in the build folder.
        const QString sample = test::buildDir() + QStringLiteral("/handout-sample.pdf");
        QFile::remove(sample);
        QVERIFY(QFile::copy(path, sample));

        // The parts take the pages they take on their own: the Steckbrief's and the analysis
        // report's PDFs, written by their own exporters, have as many.
        const QString name = HandoutDocument::modelName(tree);
        QCOMPARE(name, steckbrief->name);
        const QString alone = out(QStringLiteral("steckbrief.pdf"));
        QCOMPARE(SteckbriefDocument::writePdf(*steckbrief, alone), QString());
        const QString report = out(QStringLiteral("analysis.pdf"));
        AnalysisReportOptions reportOptions;
        reportOptions.title = name;
        QCOMPARE(AnalysisReport::exportFile(tree, report, reportOptions), QString());
        const int diagrams = int(DiagramBuilder(tree).diagrams().size());
        QVERIFY(diagrams > 1);

        QCOMPARE(pages.title, 1);
        QCOMPARE(pages.diagrams, diagrams);
        QCOMPARE(pages.steckbrief, pdfPageObjects(alone));
        QCOMPARE(pages.analysis, pdfPageObjects(report));
        QVERIFY(pages.steckbrief >= 1 && pages.analysis >= 1);
        QCOMPARE(pdfPageObjects(path), pages.total());
        QCOMPARE(pdfInfoPages(path), pages.total());

        // Title page: name, date, Amtsweg, contents.
        const QString title = pdfText(path, 1, 1);
        QVERIFY2(title.contains(QStringLiteral("Anzeige Beschäftigung schwangerer Frauen")),
                 qPrintable(title));
        QVERIFY(title.contains(QLocale().toString(options.date, QLocale::LongFormat)));
        QVERIFY(title.contains(QStringLiteral("Amtsweg")));
        QVERIFY(title.contains(QStringLiteral("Prozesssteckbrief")));
        // The diagram pages carry the diagrams' labels.
        const QString drawings = pdfText(path, 2, 1 + diagrams);
        QVERIFY2(drawings.contains(QStringLiteral("Anzeige eingegangen")), qPrintable(drawings));
        // The Steckbrief where it belongs, with its fields.
        const int steckbriefFirst = 2 + diagrams;
        const QString steckbriefText =
            pdfText(path, steckbriefFirst, steckbriefFirst + pages.steckbrief - 1);
        QVERIFY2(steckbriefText.contains(QStringLiteral("99006028261000")),
                 qPrintable(steckbriefText.left(600)));
        QVERIFY(steckbriefText.contains(QStringLiteral("FIM-Redaktion")));
        QVERIFY(steckbriefText.contains(QStringLiteral("§ 27 MuSchG")));
        QVERIFY(!steckbriefText.contains(QStringLiteral("OZG maturity level")));
        // The analysis after it, as the report says it.
        const int analysisFirst = steckbriefFirst + pages.steckbrief;
        const QString analysisText = pdfText(path, analysisFirst, pages.total());
        const QString reportText = pdfText(report, 1, pages.analysis);
        QVERIFY2(analysisText.contains(QStringLiteral("OZG maturity level")),
                 qPrintable(analysisText.left(600)));
        QVERIFY(analysisText.contains(QStringLiteral("End-to-end analysis: %1").arg(name)));
        // The same words as the report (the footer aside).
        const QStringList reportWords = reportText.split(QRegularExpression(QStringLiteral("\\s+")),
                                                         Qt::SkipEmptyParts);
        for (const QString &word : reportWords)
            QVERIFY2(analysisText.contains(word), qPrintable(word));
    }

    void widerDiagramsGoOnLandscapePages()
    {
        const ReadResult read = BpmnReader::readFile(fimModel());
        QVERIFY(read.ok());
        const QString path = out(QStringLiteral("orientation.pdf"));
        HandoutPages pages;
        QCOMPARE(HandoutDocument::writePdf(*read.tree, path, {}, &pages), QString());
        const QList<QSizeF> sizes = pdfPageSizes(path, pages.total());
        QCOMPARE(sizes.size(), pages.total());
        const DiagramBuilder builder(*read.tree);
        const std::vector<NodeId> diagrams = builder.diagrams();
        int landscape = 0;
        for (int i = 0; i < pages.total(); ++i) {
            const QSizeF s = sizes[i];
            // A4: 595 × 842 points, one way or the other.
            QVERIFY(qAbs(qMin(s.width(), s.height()) - 595.3) < 1);
            QVERIFY(qAbs(qMax(s.width(), s.height()) - 841.9) < 1);
            const bool isDiagram = i >= 1 && i <= int(diagrams.size());
            if (!isDiagram) {
                QVERIFY2(s.width() < s.height(), "text pages are portrait");
                continue;
            }
            const QRectF area =
                DiagramImageExporter::exportRect(builder.build(diagrams[std::size_t(i - 1)]), 20);
            QCOMPARE(s.width() > s.height(), area.width() > area.height());
            landscape += s.width() > s.height() ? 1 : 0;
        }
        QVERIFY(landscape > 0); // the collaboration is wide
    }

    void modelWithoutSteckbriefLeavesItOut()
    {
        const ReadResult read = BpmnReader::readFile(plainModel());
        QVERIFY(read.ok());
        QVERIFY(!fim::modelSteckbrief(*read.tree));
        const QString path = out(QStringLiteral("plain.pdf"));
        HandoutPages pages;
        HandoutOptions options;
        options.title = QStringLiteral("Gewerbe Übersicht");
        QCOMPARE(HandoutDocument::writePdf(*read.tree, path, options, &pages), QString());
        QCOMPARE(pages.steckbrief, 0);
        QCOMPARE(pages.diagrams, int(DiagramBuilder(*read.tree).diagrams().size()));
        QVERIFY(pages.analysis >= 1);
        QCOMPARE(pdfPageObjects(path), pages.total());
        const QString text = pdfText(path, 1, pages.total());
        QVERIFY(text.contains(QStringLiteral("Gewerbe Übersicht")));
        QVERIFY(!text.contains(QStringLiteral("Prozesssteckbrief")));
        QVERIFY(!text.contains(QStringLiteral("Prozessschlüssel")));
        QVERIFY(text.contains(QStringLiteral("OZG maturity level")));
    }

    void unwritablePathIsReported()
    {
        const ReadResult read = BpmnReader::readFile(plainModel());
        QVERIFY(read.ok());
        const QString error = HandoutDocument::writePdf(
            *read.tree, m_dir.filePath(QStringLiteral("missing/folder/handout.pdf")));
        QVERIFY(!error.isEmpty());
    }

    void commandLine()
    {
        const QString path = out(QStringLiteral("cli.pdf"));
        QProcess amtsweg;
        amtsweg.start(test::amtswegBinary(), {QStringLiteral("convert"), fimModel(), path,
                                              QStringLiteral("--handout")});
        QVERIFY(amtsweg.waitForFinished(120000));
        QVERIFY2(amtsweg.exitCode() == 0, amtsweg.readAllStandardError().constData());
        const ReadResult read = BpmnReader::readFile(fimModel());
        QVERIFY(read.ok());
        HandoutPages pages;
        QCOMPARE(HandoutDocument::writePdf(*read.tree, out(QStringLiteral("lib.pdf")), {}, &pages),
                 QString());
        QCOMPARE(pdfInfoPages(path), pages.total());
        QVERIFY(pdfText(path, 1, 1).contains(QStringLiteral("Anzeige Beschäftigung")));

        // Not a PDF, or with a poster: a usage error, nothing written.
        const QString png = out(QStringLiteral("cli.png"));
        amtsweg.start(test::amtswegBinary(), {QStringLiteral("convert"), fimModel(), png,
                                              QStringLiteral("--handout")});
        QVERIFY(amtsweg.waitForFinished(60000));
        QCOMPARE(amtsweg.exitCode(), 64);
        QVERIFY(!QFile::exists(png));
        amtsweg.start(test::amtswegBinary(),
                      {QStringLiteral("convert"), fimModel(), out(QStringLiteral("p.pdf")),
                       QStringLiteral("--handout"), QStringLiteral("--poster"),
                       QStringLiteral("A3")});
        QVERIFY(amtsweg.waitForFinished(60000));
        QCOMPARE(amtsweg.exitCode(), 64);
    }
};

QTEST_MAIN(TestHandoutDocument)
#include "tst_handoutdocument.moc"

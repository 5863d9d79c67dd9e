// AnalysisReport: the HTML report embeds the diagram (with the analysis marks) as a base64
// PNG and lists every entry of the analysis by element name; the PDF is A4 with the picture
// and the same text; the format follows the suffix or is named.

#include "export/analysisreport.h"
#include "handmadeanalysis.h"
#include "redpixels.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

using test::redPixels;

class TestAnalysisReport : public QObject
{
    Q_OBJECT

private:
    ReadResult m_read;
    e2e::Analysis m_analysis;
    QTemporaryDir m_dir;
    AnalysisReportOptions m_options{QStringLiteral("wohngeld-antrag.bpmn"), {}};

    const ModelTree &tree() const { return *m_read.tree; }
    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_read = BpmnReader::readFile(test::wohngeldFixture());
        QVERIFY(m_read.ok());
        m_analysis = test::handmadeAnalysis(tree());
        QVERIFY(m_dir.isValid());
    }

    void formats()
    {
        QCOMPARE(AnalysisReport::formatForPath(QStringLiteral("a/b.HTML")),
                 std::optional(AnalysisReport::Format::Html));
        QCOMPARE(AnalysisReport::formatForPath(QStringLiteral("b.htm")),
                 std::optional(AnalysisReport::Format::Html));
        QCOMPARE(AnalysisReport::formatForPath(QStringLiteral("b.pdf")),
                 std::optional(AnalysisReport::Format::Pdf));
        QVERIFY(!AnalysisReport::formatForPath(QStringLiteral("b.png")));
        QCOMPARE(AnalysisReport::formatFromName(QStringLiteral("PDF")),
                 std::optional(AnalysisReport::Format::Pdf));
        const QString error =
            AnalysisReport::exportFile(tree(), out(QStringLiteral("r.txt")), m_options, &m_analysis);
        QVERIFY(error.contains(QStringLiteral(".html")));
        QVERIFY(!QFile::exists(out(QStringLiteral("r.txt"))));
    }

    void pictureCarriesTheMarks()
    {
        QString error;
        const QImage marked = AnalysisReport::picture(tree(), m_analysis, {}, 1.0, &error);
        const QImage plain = AnalysisReport::picture(tree(), {}, {}, 1.0, &error);
        QVERIFY(!marked.isNull());
        QCOMPARE(marked.size(), plain.size());
        QCOMPARE(redPixels(plain), 0);        // the diagram itself has no red
        QVERIFY(redPixels(marked) > 200);     // the break's outline and transfer line
    }

    void htmlEmbedsThePictureAndListsByName()
    {
        const QString path = out(QStringLiteral("report.html"));
        QCOMPARE(AnalysisReport::exportFile(tree(), path, m_options, &m_analysis), QString());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));

        // The picture: a PNG inside the file, no reference to anything outside.
        const QRegularExpressionMatch img =
            QRegularExpression(QStringLiteral("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""))
                .match(html);
        QVERIFY(img.hasMatch());
        QImage picture;
        QVERIFY(picture.loadFromData(QByteArray::fromBase64(img.captured(1).toLatin1()), "PNG"));
        QVERIFY(picture.width() > 400 && picture.height() > 200);
        QVERIFY(redPixels(picture) > 200);
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));

        QVERIFY(html.contains(QStringLiteral("OZG maturity level 2")));
        QVERIFY(html.contains(QStringLiteral("<td>The notice is sent as a paper letter</td>"
                                            "<td>Bewilligungsbescheid</td>")));
        // Media break: kind label, reason (escaped), the elements by name.
        QVERIFY(html.contains(QStringLiteral(
            "<td>Typed in again</td><td>Paper letter 'Antrag mit Nachweisen' is typed in "
            "again in 'Antrag formell prüfen'</td><td>Antrag mit Nachweisen, Antrag "
            "formell prüfen</td>")));
        // Hand-offs one by one and per participant / lane.
        QVERIFY(html.contains(QStringLiteral("<td>Participant</td><td>Online-Dienst Wohngeld (EfA)"
                                            "</td><td>Wohngeldbehörde</td><td>Antragsdaten "
                                            "(XWohngeld)</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>Abteilungsleitung</td><td>Lane</td>"
                                            "<td class=\"number\">0</td><td class=\"number\">1</td>"
                                            "<td class=\"number\">1</td>")));
        // The path: number, hand-offs, steps by name.
        QVERIFY(html.contains(QStringLiteral(
            "<td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">1</td>"
            "<td>Antrag online ausfüllen → Nachweise hochladen → Antrag formell prüfen</td>")));
        // Automation: counts with percentages and a bar.
        QVERIFY(html.contains(QStringLiteral("<td>Wohngeldbehörde</td><td class=\"number\">1 (17 %)"
                                            "</td><td class=\"number\">3 (50 %)</td>")));
        QVERIFY(html.contains(QStringLiteral("<table class=\"bar\"")));
        QVERIFY(html.contains(QStringLiteral("<td>Rentenbescheid</td><td>Antrag mit Nachweisen</td>"
                                            "<td>Rentenversicherung</td><td>Name</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>Channel of message flow 'Nachforderung' "
                                            "is unknown</td><td>Nachforderung</td>")));
        QCOMPARE(html.count(QStringLiteral("<table class=\"data\"")), 8);
    }

    void emptyAnalysisSaysSo()
    {
        const QString path = out(QStringLiteral("empty.html"));
        const e2e::Analysis none;
        QCOMPARE(AnalysisReport::exportFile(tree(), path, m_options, &none), QString());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.contains(QStringLiteral("OZG maturity level not estimated")));
        QVERIFY(html.contains(QStringLiteral("No media breaks found.")));
        QVERIFY(!html.contains(QStringLiteral("<table class=\"data\"")));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,"))); // still the diagram
    }

    void pdfHasThePictureAndTheText()
    {
        const QString path = out(QStringLiteral("report.pdf"));
        QCOMPARE(AnalysisReport::exportFile(tree(), path, m_options, &m_analysis), QString());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Subtype /Image")); // the diagram picture
        const int pages = int(pdf.count("/Type /Page\n")) + int(pdf.count("/Type /Page\r"))
                          + int(pdf.count("/Type /Page ")) + int(pdf.count("/Type /Page/"));
        QVERIFY(pages >= 1);
        QVERIFY2(pdf.contains("/MediaBox [0 0 595"), "A4 pages"); // 595 × 842 pt
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            // Without the tool: a picture and some pages of text, but no unbounded growth.
            QVERIFY(pdf.size() > 20'000 && pdf.size() < 20'000'000);
            return;
        }
        QProcess tool;
        tool.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                 path, QStringLiteral("-")});
        QVERIFY(tool.waitForFinished(30000));
        // NFKC: the PDF's font joins "fl" into one glyph (U+FB02), which this splits again.
        const QString text = QString::fromUtf8(tool.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("OZG maturity level 2")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Typed in again")));
        QVERIFY(text.contains(QStringLiteral("Rentenversicherung")));
        QVERIFY(text.contains(QStringLiteral("Channel of message flow")));
    }
};

QTEST_MAIN(TestAnalysisReport)
#include "tst_analysisreport.moc"

// DiagramImageExporter: PNG (scale, background), SVG (vector, text as text), PDF (one page),
// choice of diagram, and errors as messages.

#include "export/diagramimageexporter.h"
#include "testpaths.h"
#include "viewtestmodel.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestDiagramImageExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatFromSuffix();
    void png();
    void pngScaleAndTransparency();
    void svgKeepsTextAsText();
    void pdfIsOneVectorPage();
    void chooseDiagram();
    void errors();

private:
    QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    ReadResult m_read;
    QTemporaryDir m_dir;
};

void TestDiagramImageExporter::initTestCase()
{
    m_read = test::readViewTestModel();
    QVERIFY(m_read.ok());
    QVERIFY(m_dir.isValid());
}

void TestDiagramImageExporter::formatFromSuffix()
{
    QCOMPARE(DiagramImageExporter::formatForPath(QStringLiteral("a/b.PNG")), ImageFormat::Png);
    QCOMPARE(DiagramImageExporter::formatForPath(QStringLiteral("b.svg")), ImageFormat::Svg);
    QCOMPARE(DiagramImageExporter::formatForPath(QStringLiteral("b.pdf")), ImageFormat::Pdf);
    QVERIFY(!DiagramImageExporter::formatForPath(QStringLiteral("b.bpmn")));
}

void TestDiagramImageExporter::png()
{
    const QString path = out(QStringLiteral("main.png"));
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, path), QString());
    const QImage image(path);
    QVERIFY(!image.isNull());
    // 600×200 pool plus the default 20 px margin (labels stay inside the pool)
    QVERIFY(qAbs(image.width() - 640) <= 12);
    QVERIFY(qAbs(image.height() - 240) <= 12);
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
    image.save(test::buildDir() + QStringLiteral("/exporter-main.png"));
}

void TestDiagramImageExporter::pngScaleAndTransparency()
{
    const QString one = out(QStringLiteral("one.png")), two = out(QStringLiteral("two.png"));
    ImageExportOptions options;
    options.transparent = true;
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, one, {}, options), QString());
    options.scale = 2;
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, two, {}, options), QString());
    const QImage a(one), b(two);
    QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(qAbs(b.height() - 2 * a.height()) <= 2);
    QVERIFY(a.hasAlphaChannel());
    QCOMPARE(qAlpha(a.pixel(2, 2)), 0);
    QCOMPARE(qAlpha(a.pixel(a.width() / 2, a.height() / 2)), 255); // inside the white pool
}

void TestDiagramImageExporter::svgKeepsTextAsText()
{
    const QString path = out(QStringLiteral("main.svg"));
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, path), QString());
    const QByteArray svg = readAll(path);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox"));
    QVERIFY(svg.contains("<text"));
    QVERIFY(svg.contains("Application"));
    QVERIFY(svg.contains("Authority"));
    QVERIFY(!svg.contains("<image")); // vector, no embedded raster
    QFile::remove(test::buildDir() + QStringLiteral("/exporter-main.svg"));
    QFile::copy(path, test::buildDir() + QStringLiteral("/exporter-main.svg"));
}

void TestDiagramImageExporter::pdfIsOneVectorPage()
{
    const QString path = out(QStringLiteral("main.pdf"));
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, path), QString());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             1);
    QVERIFY(!pdf.contains("/Subtype /Image"));
    // the page is the diagram's size: 1 diagram unit = 1 CSS pixel = 0.75 pt
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch m = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(m.hasMatch());
    QVERIFY(qAbs(m.captured(1).toDouble() - 640 * 0.75) < 12);
    QVERIFY(qAbs(m.captured(2).toDouble() - 240 * 0.75) < 12);
    QFile::remove(test::buildDir() + QStringLiteral("/exporter-main.pdf"));
    QFile::copy(path, test::buildDir() + QStringLiteral("/exporter-main.pdf"));
}

void TestDiagramImageExporter::chooseDiagram()
{
    const QString path = out(QStringLiteral("second.png"));
    QCOMPARE(DiagramImageExporter::exportFile(*m_read.tree, path, QStringLiteral("second")),
             QString());
    const QImage image(path); // one 100×80 task plus margins
    QVERIFY(image.width() < 160);
    QVERIFY(image.height() < 140);
}

void TestDiagramImageExporter::errors()
{
    QVERIFY(DiagramImageExporter::exportFile(*m_read.tree, out(QStringLiteral("x.gif")))
                .contains(QStringLiteral(".png")));
    QVERIFY(DiagramImageExporter::exportFile(*m_read.tree, out(QStringLiteral("x.png")),
                                             QStringLiteral("nope"))
                .contains(QStringLiteral("nope")));
    const QString unwritable = m_dir.filePath(QStringLiteral("missing/dir/x.png"));
    QVERIFY(!DiagramImageExporter::exportFile(*m_read.tree, unwritable).isEmpty());
    ImageExportOptions huge;
    huge.scale = 1000;
    QVERIFY(!DiagramImageExporter::exportFile(*m_read.tree, out(QStringLiteral("h.png")), {}, huge)
                 .isEmpty());
}

QTEST_MAIN(TestDiagramImageExporter)
#include "tst_diagramimageexporter.moc"

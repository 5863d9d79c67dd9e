// BPMN DI label styles: a BPMNLabel's labelStyle -> BPMNLabelStyle -> dc:Font (name, size,
// isBold, isItalic, isUnderline, isStrikeThrough) sets the font its text is drawn with, on the
// canvas and in every export, since both paint through BpmnPainter. Fonts that are not
// installed fall back to the standard label font's family; labels without a style keep the
// standard font. Files with label styles still read and write back unchanged. The rendered
// model goes to <build>/labelstyle.png for looking at.

#include "canvas/diagramscene.h"
#include "export/diagramimageexporter.h"
#include "notation/bpmnpainter.h"
#include "notation/diagrambuilder.h"
#include "notation/diagramrenderer.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QFontInfo>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

// Attributes in single quotes (moc of Qt 6.4 and raw strings, see tst_editing.cpp).
const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    xmlns:di='http://www.omg.org/spec/DD/20100524/DI'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:process id='Proc'>
    <bpmn:task id='Bold' name='Bold task'/>
    <bpmn:task id='Plain' name='Plain task'/>
    <bpmn:startEvent id='Start' name='Italic start'/>
    <bpmn:endEvent id='End' name='Serif end'/>
    <bpmn:sequenceFlow id='Flow' name='styled flow' sourceRef='Bold' targetRef='Plain'/>
    <bpmn:task id='Dangling' name='Dangling style'/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Proc'>
      <bpmndi:BPMNShape id='Bold_di' bpmnElement='Bold'>
        <dc:Bounds x='100' y='100' width='120' height='80'/>
        <bpmndi:BPMNLabel labelStyle='LSBold'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Plain_di' bpmnElement='Plain'>
        <dc:Bounds x='320' y='100' width='120' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Start_di' bpmnElement='Start'>
        <dc:Bounds x='32' y='122' width='36' height='36'/>
        <bpmndi:BPMNLabel labelStyle='LSOdd'>
          <dc:Bounds x='10' y='165' width='80' height='14'/>
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='End_di' bpmnElement='End'>
        <dc:Bounds x='502' y='122' width='36' height='36'/>
        <bpmndi:BPMNLabel labelStyle='LSSerif'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Dangling_di' bpmnElement='Dangling'>
        <dc:Bounds x='320' y='250' width='120' height='80'/>
        <bpmndi:BPMNLabel labelStyle='Missing'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id='Flow_di' bpmnElement='Flow'>
        <di:waypoint x='220' y='140'/><di:waypoint x='320' y='140'/>
        <bpmndi:BPMNLabel labelStyle='LSBold'>
          <dc:Bounds x='235' y='110' width='70' height='14'/>
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
    <bpmndi:BPMNLabelStyle id='LSBold'>
      <dc:Font name='Arial' size='14' isBold='true' isItalic='false'/>
    </bpmndi:BPMNLabelStyle>
    <bpmndi:BPMNLabelStyle id='LSOdd'>
      <dc:Font name='No Such Font,sans-serif' size='11.0' isItalic='true' isUnderline='true'
               isStrikeThrough='true'/>
    </bpmndi:BPMNLabelStyle>
    <bpmndi:BPMNLabelStyle id='LSSerif'>
      <dc:Font name='Times New Roman' size='13'/>
    </bpmndi:BPMNLabelStyle>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

/// A paint device that records the text each drawText() call sets and the font it uses.
class FontRecorder : public QPaintDevice
{
public:
    QHash<QString, QFont> fonts; ///< by the text drawn (one line each in this model)

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 1000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 264;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(FontRecorder &owner) : QPaintEngine(AllFeatures), m_owner(owner) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            const QString text = item.text().trimmed();
            m_owner.fonts[text] = item.font();
        }
        Type type() const override { return User; }

    private:
        FontRecorder &m_owner;
    };
    mutable Engine m_engine{*this};
};

ReadResult readModel()
{
    return BpmnReader::readBytes(QByteArray(kModel), QStringLiteral("labelstyle"));
}

} // namespace

class TestLabelStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builderReadsTheFont();
    void unknownFontsFallBack();
    void canvasDrawsWithTheFont();
    void exportsDrawWithTheFont();
    void svgExportNamesTheFont();
    void labelStylesRoundTrip();

private:
    static const ShapeSpec &shape(const DiagramContent &c, const ModelTree &t, const char *id)
    {
        for (const ShapeSpec &s : c.shapes)
            if (s.diElement == t.byId(id))
                return s;
        qFatal("no shape %s", id);
    }
};

void TestLabelStyle::builderReadsTheFont()
{
    const ReadResult read = readModel();
    // The reader reports the one dangling labelStyle, nothing else.
    QCOMPARE(read.diagnostics.size(), std::size_t(1));
    QVERIFY2(read.diagnostics.front().message.contains(QStringLiteral("Missing")),
             qPrintable(read.diagnostics.front().toString()));
    const ModelTree &t = *read.tree;
    const DiagramContent c = DiagramBuilder(t).build(t.byId("Diagram"));
    const ShapeSpec &bold = shape(c, t, "Bold_di");
    QVERIFY(bold.labelFont);
    QCOMPARE(bold.labelFont->pixelSize(), 14);
    QVERIFY(bold.labelFont->bold());
    QVERIFY(!bold.labelFont->italic());
    QCOMPARE(bold.labelFont->families().front(), QStringLiteral("Arial"));

    const ShapeSpec &odd = shape(c, t, "Start_di");
    QVERIFY(odd.labelFont);
    QCOMPARE(odd.labelFont->pixelSize(), 11);
    QVERIFY(odd.labelFont->italic() && odd.labelFont->underline() && odd.labelFont->strikeOut());
    QVERIFY(!odd.labelFont->bold());

    QVERIFY(!shape(c, t, "Plain_di").labelFont);    // no BPMNLabel
    QVERIFY(!shape(c, t, "Dangling_di").labelFont); // labelStyle names nothing
    QCOMPARE(c.edges.size(), std::size_t(1));
    QVERIFY(c.edges.front().labelFont && c.edges.front().labelFont->bold());
}

void TestLabelStyle::unknownFontsFallBack()
{
    const QFont standard = BpmnPainter::labelFont();
    const QFont odd = BpmnPainter::styledLabelFont(QStringLiteral("No Such Font,sans-serif"), 11,
                                                   false, true, false, false);
    QCOMPARE(odd.families().front(), QStringLiteral("No Such Font"));
    QVERIFY(odd.families().contains(QStringLiteral("DejaVu Sans")));
    // Not installed: the same face as the standard label font, in the style asked for.
    QCOMPARE(QFontInfo(odd).family(), QFontInfo(standard).family());
    QVERIFY(QFontInfo(odd).italic());
    // A serif name falls back to serif faces, a monospace name to monospace ones.
    const QFont serif = BpmnPainter::styledLabelFont(QStringLiteral("Times New Roman"), 13, false,
                                                     false, false, false);
    QCOMPARE(serif.styleHint(), QFont::Serif);
    QVERIFY(serif.families().contains(QStringLiteral("DejaVu Serif")));
    QVERIFY(!serif.families().contains(QStringLiteral("DejaVu Sans")));
    QCOMPARE(
        BpmnPainter::styledLabelFont(QStringLiteral("Courier New"), 0, false, false, false, false)
            .styleHint(),
        QFont::TypeWriter);
    // No name and no size: the standard font with the style flags only.
    const QFont plainBold = BpmnPainter::styledLabelFont({}, 0, true, false, false, false);
    QCOMPARE(plainBold.families(), standard.families());
    QCOMPARE(plainBold.pixelSize(), standard.pixelSize());
    QVERIFY(plainBold.bold());
}

void TestLabelStyle::canvasDrawsWithTheFont()
{
    ReadResult read = readModel();
    DiagramScene scene;
    scene.setDiagram(read.tree.get(), read.tree->byId("Diagram"));
    FontRecorder recorder;
    {
        QPainter painter(&recorder);
        scene.render(&painter, QRectF(0, 0, 1000, 1000), QRectF(0, 0, 1000, 1000));
    }
    QVERIFY(recorder.fonts.contains(QStringLiteral("Bold task")));
    const QFont bold = recorder.fonts.value(QStringLiteral("Bold task"));
    QCOMPARE(bold.pixelSize(), 14);
    QVERIFY(bold.bold());
    const QFont plain = recorder.fonts.value(QStringLiteral("Plain task"));
    QCOMPARE(plain.pixelSize(), 12);
    QVERIFY(!plain.bold());
    QVERIFY(recorder.fonts.value(QStringLiteral("Italic start")).italic());
    QVERIFY(recorder.fonts.value(QStringLiteral("styled flow")).bold());
    QCOMPARE(recorder.fonts.value(QStringLiteral("Serif end")).pixelSize(), 13);
    QCOMPARE(recorder.fonts.value(QStringLiteral("Dangling style")).pixelSize(), 12);
}

void TestLabelStyle::exportsDrawWithTheFont()
{
    ReadResult read = readModel();
    DiagramContent content;
    QVERIFY(DiagramImageExporter::buildContent(*read.tree, {}, content).isEmpty());
    FontRecorder recorder;
    {
        QPainter painter(&recorder);
        DiagramRenderer::paint(&painter, content);
    }
    QCOMPARE(recorder.fonts.value(QStringLiteral("Bold task")).pixelSize(), 14);
    QVERIFY(recorder.fonts.value(QStringLiteral("Bold task")).bold());
    QVERIFY(recorder.fonts.value(QStringLiteral("Italic start")).underline());
    QVERIFY(!recorder.fonts.value(QStringLiteral("Plain task")).bold());

    // The label rectangle grows with the font: the 14 px bold flow label is wider than the
    // same text in the standard font.
    EdgeSpec plainEdge = content.edges.front();
    plainEdge.labelFont.reset();
    QVERIFY(BpmnPainter::edgeLabelRect(content.edges.front()).width() >
            BpmnPainter::edgeLabelRect(plainEdge).width());

    const QImage image = DiagramImageExporter::renderImage(content);
    QVERIFY(!image.isNull());
    QVERIFY(image.save(test::buildDir() + QStringLiteral("/labelstyle.png")));
}

void TestLabelStyle::svgExportNamesTheFont()
{
    ReadResult read = readModel();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("styled.svg"));
    QCOMPARE(DiagramImageExporter::exportFile(*read.tree, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // QSvgGenerator writes the font of each text element right before it.
    const qsizetype boldText = svg.indexOf(QStringLiteral(">Bold task<"));
    const qsizetype plainText = svg.indexOf(QStringLiteral(">Plain task<"));
    QVERIFY(boldText > 0 && plainText > 0);
    const QString boldTag = svg.mid(svg.lastIndexOf(QStringLiteral("<text"), boldText),
                                    boldText - svg.lastIndexOf(QStringLiteral("<text"), boldText));
    const QString plainTag =
        svg.mid(svg.lastIndexOf(QStringLiteral("<text"), plainText),
                plainText - svg.lastIndexOf(QStringLiteral("<text"), plainText));
    QVERIFY2(boldTag.contains(QStringLiteral("font-weight=\"700\"")), qPrintable(boldTag));
    QVERIFY2(!plainTag.contains(QStringLiteral("font-weight=\"700\"")), qPrintable(plainTag));
}

void TestLabelStyle::labelStylesRoundTrip()
{
    ReadResult read = readModel();
    const QByteArray once = BpmnWriter::write(*read.tree);
    QVERIFY(once.contains("<bpmndi:BPMNLabelStyle id="));
    QVERIFY(once.contains("isStrikeThrough="));
    QVERIFY(once.contains("labelStyle="));
    ReadResult again = BpmnReader::readBytes(once, QStringLiteral("again"));
    QCOMPARE(BpmnWriter::write(*again.tree), once);
}

QTEST_MAIN(TestLabelStyle)
#include "tst_labelstyle.moc"

// Level of detail on the canvas: shapes a few pixels big and flows whose markers would be a
// pixel or less draw a cheap stand-in (outline, plain polyline) in overviews; at 100 % and
// normal zooms everything is drawn in full. Counts the primitives the items hand to a paint
// engine. With AMTSWEG_LOD_GRAB=DIR set, also writes the fitted 5,000-node view to
// DIR/lod-fitted.png and the same view drawn in full detail to DIR/lod-full.png, for looking at.

#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "notation/bpmnpainter.h"
#include "testpaths.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <climits>

using namespace amtsweg;

namespace {

struct Counts
{
    int total() const
    {
        return pixmaps + texts + paths + polylines + polygons + rects + ellipses + lines;
    }
    int pixmaps = 0, texts = 0, paths = 0, polylines = 0, polygons = 0, rects = 0, ellipses = 0,
        lines = 0;
};

/// Counts what QPainter hands to the engine; draws nothing.
class CountingEngine : public QPaintEngine, public Counts
{
public:
    CountingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return QPaintEngine::User; }

    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++pixmaps; }
    void drawTextItem(const QPointF &, const QTextItem &) override { ++texts; }
    void drawPath(const QPainterPath &) override { ++paths; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode mode) override
    {
        ++(mode == PolylineMode ? polylines : polygons);
    }
    void drawRects(const QRectF *, int n) override { rects += n; }
    void drawEllipse(const QRectF &) override { ++ellipses; }
    void drawLines(const QLineF *, int n) override { lines += n; }
};

class CountingDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    CountingEngine &engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 1058;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    mutable CountingEngine m_engine;
};

/// Renders `item` alone (in a scene, as the view does) at `scale`; the engine's counts.
Counts render(QGraphicsItem *item, qreal scale)
{
    QGraphicsScene scene;
    scene.addItem(item);
    CountingDevice device;
    {
        QPainter painter(&device);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF source = item->sceneBoundingRect();
        scene.render(&painter, QRectF(QPointF(10, 10), source.size() * scale), source,
                     Qt::IgnoreAspectRatio);
    }
    scene.removeItem(item);
    return static_cast<const Counts &>(device.engine());
}

ShapeSpec task()
{
    ShapeSpec s;
    s.kind = ShapeKind::Task;
    s.taskType = TaskType::User;
    s.loop = LoopKind::ParallelMultiInstance;
    s.bounds = QRectF(100, 100, 100, 80);
    s.name = QStringLiteral("Antrag prüfen");
    return s;
}

ShapeSpec startEvent()
{
    ShapeSpec s;
    s.kind = ShapeKind::StartEvent;
    s.trigger = EventTrigger::Message;
    s.bounds = QRectF(100, 100, 36, 36);
    return s;
}

ShapeSpec gateway()
{
    ShapeSpec s;
    s.kind = ShapeKind::ExclusiveGateway;
    s.bounds = QRectF(100, 100, 50, 50);
    return s;
}

EdgeSpec flow(EdgeKind kind)
{
    EdgeSpec e;
    e.kind = kind;
    e.isDefault = kind == EdgeKind::SequenceFlow;
    e.isConditional = kind == EdgeKind::SequenceFlow;
    e.waypoints = QPolygonF({QPointF(0, 0), QPointF(200, 0), QPointF(200, 150)});
    return e;
}

} // namespace

Q_DECLARE_METATYPE(amtsweg::ShapeSpec)

class TestLevelOfDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapesInFullAtNormalZoom_data();
    void shapesInFullAtNormalZoom();
    void tinyShapesSimplified_data();
    void tinyShapesSimplified();
    void flows();
    void fittedLargeModel();
};

void TestLevelOfDetail::shapesInFullAtNormalZoom_data()
{
    QTest::addColumn<ShapeSpec>("spec");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<int>("minimum"); // primitives of the full symbol
    QTest::addColumn<bool>("text");
    QTest::newRow("task 100 %") << task() << 1.0 << 4 << true;
    QTest::newRow("task 25 %") << task() << 0.25 << 4 << true;
    QTest::newRow("task 10 %") << task() << 0.1 << 4 << false; // text skipped below 20 %
    QTest::newRow("event 100 %") << startEvent() << 1.0 << 2 << false;
    QTest::newRow("event 20 %") << startEvent() << 0.2 << 2 << false; // 7 px
    QTest::newRow("gateway 100 %") << gateway() << 1.0 << 2 << false;
}

void TestLevelOfDetail::shapesInFullAtNormalZoom()
{
    QFETCH(ShapeSpec, spec);
    QFETCH(qreal, scale);
    QFETCH(int, minimum);
    QFETCH(bool, text);
    ShapeItem item(spec);
    const Counts full = render(&item, scale);
    QVERIFY2(full.total() >= minimum, qPrintable(QString::number(full.total())));
    QCOMPARE(full.texts > 0, text);
}

void TestLevelOfDetail::tinyShapesSimplified_data()
{
    QTest::addColumn<ShapeSpec>("spec");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("task 5 %") << task() << 0.05;        // 5 px
    QTest::newRow("event 10 %") << startEvent() << 0.1; // 3.6 px
    QTest::newRow("gateway 5 %") << gateway() << 0.05;  // 2.5 px
}

void TestLevelOfDetail::tinyShapesSimplified()
{
    QFETCH(ShapeSpec, spec);
    QFETCH(qreal, scale);
    ShapeItem item(spec);
    const Counts tiny = render(&item, scale);
    QCOMPARE(tiny.texts, 0);
    QCOMPARE(tiny.pixmaps, 0);
    QCOMPARE(tiny.total(), 1); // the outline alone
    // selected: the outline and the selection frame
    item.setSelected(true);
    QCOMPARE(render(&item, scale).total(), 2);
}

void TestLevelOfDetail::flows()
{
    for (EdgeKind kind : {EdgeKind::SequenceFlow, EdgeKind::MessageFlow, EdgeKind::Association}) {
        EdgeSpec spec = flow(kind);
        spec.direction = AssociationDirection::One;
        spec.message = kind == EdgeKind::MessageFlow ? MessageVisibility::Initiating
                                                     : MessageVisibility::Hidden;
        EdgeItem item(spec);
        const Counts full = render(&item, 1.0);
        // line and arrow head (sequence flows: also the default slash and condition diamond)
        const int marks = kind == EdgeKind::SequenceFlow ? 4 : 2;
        QVERIFY2(full.total() >= marks, qPrintable(QString::number(full.total())));
        const Counts zoomed = render(&item, 0.2);
        QCOMPARE(zoomed.total(), full.total());
        const Counts tiny = render(&item, 0.05);
        QCOMPARE(tiny.total(), 1);
        QCOMPARE(tiny.polylines, 1);
    }
}

void TestLevelOfDetail::fittedLargeModel()
{
    const QString out = qEnvironmentVariable("AMTSWEG_LOD_GRAB");
    if (out.isEmpty())
        QSKIP("set AMTSWEG_LOD_GRAB=DIR to write the fitted 5,000-node view");
    const QString generator = QStringLiteral(AMTSWEG_SHARED_DIR "/tools/gen-large-bpmn.py");
    if (!QFile::exists(generator))
        QSKIP("gen-large-bpmn.py not available");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large-5000.bpmn"));
    QCOMPARE(
        QProcess::execute(QStringLiteral("python3"), {generator, QStringLiteral("5000"), path}), 0);
    BpmnDocument doc;
    QVERIFY(doc.load(path));
    DiagramView view;
    auto *scene = new DiagramScene(&view);
    scene->setDocument(&doc, di::diagrams(doc.tree()).front());
    view.setScene(scene);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToWindow();
    const QImage fitted = view.viewport()->grab().toImage();
    QVERIFY(fitted.save(out + QStringLiteral("/lod-fitted.png")));

    // The same view with every item drawn in full (what the canvas drew before).
    QImage full(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    full.fill(view.backgroundBrush().style() == Qt::NoBrush ? QColor(Qt::white)
                                                            : view.backgroundBrush().color());
    {
        QPainter painter(&full);
        painter.setRenderHints(view.renderHints());
        painter.setTransform(view.viewportTransform());
        for (QGraphicsItem *item : scene->items(Qt::AscendingOrder)) {
            if (item->type() == ShapeItem::Type) {
                ShapeSpec spec = static_cast<ShapeItem *>(item)->spec();
                spec.name.clear();
                BpmnPainter::paintShape(&painter, spec);
            } else if (item->type() == EdgeItem::Type) {
                BpmnPainter::paintEdge(&painter, static_cast<EdgeItem *>(item)->spec());
            }
        }
    }
    QVERIFY(full.save(out + QStringLiteral("/lod-full.png")));
    // a corner four times enlarged, to compare pixels
    const QRect corner(540, 0, 300, 150);
    for (const auto &[image, name] : {std::pair(fitted, "fitted"), std::pair(full, "full")})
        QVERIFY(image.copy(corner)
                    .scaled(corner.size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                    .save(out + QStringLiteral("/lod-%1-corner.png").arg(QLatin1String(name))));
}

QTEST_MAIN(TestLevelOfDetail)
#include "tst_levelofdetail.moc"

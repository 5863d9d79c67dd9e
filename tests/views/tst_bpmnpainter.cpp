// BpmnPainter: renders a gallery of every symbol and checks pixels that must (not) be set.
// The gallery is written to <build>/bpmnpainter-gallery.png for looking at.

#include "notation/bpmnpainter.h"
#include "notation/diagramrenderer.h"
#include "testpaths.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QtMath>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

constexpr qreal kCellW = 170;
constexpr qreal kCellH = 150;

bool isDark(QRgb c)
{
    return qGray(c) < 110;
}

class Gallery
{
public:
    /// Adds a shape in the next cell of the grid; its bounds are centred in the cell.
    ShapeSpec &add(ShapeKind kind, QSizeF size, const QString &name)
    {
        const int col = m_count % 10, row = m_count / 10;
        ++m_count;
        ShapeSpec s;
        s.kind = kind;
        s.name = name;
        const QPointF cellCentre(col * kCellW + kCellW / 2, row * kCellH + kCellH / 2 - 15);
        s.bounds = QRectF(cellCentre - QPointF(size.width() / 2, size.height() / 2), size);
        s.z = m_count;
        content.shapes.push_back(s);
        return content.shapes.back();
    }
    ShapeSpec &event(ShapeKind kind, EventTrigger trigger, const QString &name,
                     bool interrupting = true)
    {
        ShapeSpec &s = add(kind, QSizeF(36, 36), name);
        s.trigger = trigger;
        s.isInterrupting = interrupting;
        return s;
    }
    EdgeSpec &edge(EdgeKind kind, const QString &name)
    {
        const int col = m_count % 10, row = m_count / 10;
        ++m_count;
        EdgeSpec e;
        e.kind = kind;
        e.name = name;
        const qreal x = col * kCellW, y = row * kCellH + kCellH / 2;
        e.waypoints = QPolygonF({{x + 15, y}, {x + 85, y}, {x + 85, y + 40}, {x + 155, y + 40}});
        e.z = 1000 + m_count;
        content.edges.push_back(e);
        return content.edges.back();
    }
    QImage render(qreal scale = 1) const
    {
        const int rows = (m_count + 9) / 10;
        QImage image(int(10 * kCellW * scale), int(rows * kCellH * scale), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(scale, scale);
        DiagramRenderer::paint(&p, content);
        return image;
    }
    DiagramContent content;

private:
    int m_count = 0;
};

/// Fraction of dark pixels on a circle of radius r (±1 px) around c.
qreal darkOnCircle(const QImage &img, QPointF c, qreal r)
{
    int dark = 0;
    const int samples = 144;
    for (int i = 0; i < samples; ++i) {
        const qreal a = i * 2 * M_PI / samples;
        bool any = false;
        for (qreal dr : {-1.0, -0.5, 0.0, 0.5, 1.0})
            any = any || isDark(img.pixel((c + QPointF(qCos(a), qSin(a)) * (r + dr)).toPoint()));
        dark += any ? 1 : 0;
    }
    return qreal(dark) / samples;
}

/// Bounding box of the dark pixels inside `area`.
QRect darkBox(const QImage &img, const QRect &area)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (isDark(img.pixel(x, y)))
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestBpmnPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gallery();
    void throwMarkersAreFilled();
    void interruptingBorderSolidNonInterruptingDashed();
    void poolNameRotatedInHeaderBand();
    void verticalPoolNameInTopBand();
    void gatewayMarkerVisibility();
    void taskLabelStaysInside();
    void externalLabelBelowShape();
    void labelBoundsMovedOutOfShape();
    void fillColourUsed();
    void sequenceFlowArrowFilledMessageFlowArrowOpen();

private:
    Gallery m_gallery;
    QImage m_image;
    QHash<QString, ShapeSpec> m_byName;
    QHash<QString, EdgeSpec> m_edgeByName;
};

void TestBpmnPainter::initTestCase()
{
    Gallery &g = m_gallery;
    const QSizeF task(100, 80);
    const TaskType taskTypes[] = {TaskType::None,    TaskType::User,   TaskType::Manual,
                                  TaskType::Service, TaskType::Script, TaskType::BusinessRule,
                                  TaskType::Send,    TaskType::Receive};
    const char *taskNames[] = {"Task",        "User Task",          "Manual Task", "Service Task",
                               "Script Task", "Business Rule Task", "Send Task",   "Receive Task"};
    for (int i = 0; i < 8; ++i)
        g.add(ShapeKind::Task, task, QString::fromLatin1(taskNames[i])).taskType = taskTypes[i];
    g.add(ShapeKind::Task, task, QStringLiteral("Receive (instantiate)")).taskType =
        TaskType::Receive;
    g.content.shapes.back().instantiate = true;
    g.add(ShapeKind::Task, task, QStringLiteral("A task with a rather long name that wraps"));

    g.add(ShapeKind::Task, task, QStringLiteral("Loop")).loop = LoopKind::Standard;
    g.add(ShapeKind::Task, task, QStringLiteral("Parallel MI")).loop =
        LoopKind::ParallelMultiInstance;
    g.add(ShapeKind::Task, task, QStringLiteral("Sequential MI")).loop =
        LoopKind::SequentialMultiInstance;
    g.add(ShapeKind::Task, task, QStringLiteral("Compensation")).isForCompensation = true;
    ShapeSpec &collapsed = g.add(ShapeKind::SubProcess, task, QStringLiteral("Collapsed"));
    collapsed.isExpanded = false;
    collapsed.loop = LoopKind::Standard;
    ShapeSpec &adhoc = g.add(ShapeKind::SubProcess, task, QStringLiteral("Ad-hoc collapsed"));
    adhoc.isExpanded = false;
    adhoc.isAdHoc = true;
    g.add(ShapeKind::CallActivity, task, QStringLiteral("Call Activity")).isExpanded = false;
    g.add(ShapeKind::CallActivity, task, QStringLiteral("Call Global User Task")).taskType =
        TaskType::User;
    g.content.shapes.back().isExpanded = false;
    g.content.shapes.back().callsGlobalTask = true;
    g.add(ShapeKind::Transaction, QSizeF(150, 100), QStringLiteral("Transaction"));
    g.add(ShapeKind::SubProcess, QSizeF(150, 100), QStringLiteral("Event Sub-Process"))
        .isEventSubProcess = true;

    ShapeSpec &eventSub = g.add(ShapeKind::SubProcess, task, QStringLiteral("Collapsed event sub"));
    eventSub.isEventSubProcess = true;
    eventSub.isExpanded = false;
    eventSub.trigger = EventTrigger::Message;
    eventSub.isInterrupting = false;
    g.add(ShapeKind::SubProcess, QSizeF(150, 100), QStringLiteral("Expanded Sub-Process"));
    g.add(ShapeKind::SubProcess, QSizeF(150, 100), QStringLiteral("Ad-hoc")).isAdHoc = true;
    g.add(ShapeKind::Task, task, QStringLiteral("Coloured")).fill = QColor(0xff, 0xcc, 0x00);
    g.content.shapes.back().stroke = QColor(0x80, 0x00, 0x00);

    const EventTrigger triggers[] = {EventTrigger::None,
                                     EventTrigger::Message,
                                     EventTrigger::Timer,
                                     EventTrigger::Escalation,
                                     EventTrigger::Conditional,
                                     EventTrigger::Link,
                                     EventTrigger::Error,
                                     EventTrigger::Cancel,
                                     EventTrigger::Compensation,
                                     EventTrigger::Signal,
                                     EventTrigger::Terminate,
                                     EventTrigger::Multiple,
                                     EventTrigger::ParallelMultiple};
    const char *triggerNames[] = {"None",
                                  "Message",
                                  "Timer",
                                  "Escalation",
                                  "Conditional",
                                  "Link",
                                  "Error",
                                  "Cancel",
                                  "Compensation",
                                  "Signal",
                                  "Terminate",
                                  "Multiple",
                                  "Parallel Multiple"};
    const std::pair<ShapeKind, const char *> eventKinds[] = {
        {ShapeKind::StartEvent, "Start"},
        {ShapeKind::IntermediateCatchEvent, "Catch"},
        {ShapeKind::IntermediateThrowEvent, "Throw"},
        {ShapeKind::EndEvent, "End"},
        {ShapeKind::BoundaryEvent, "Boundary"}};
    for (const auto &[kind, kindName] : eventKinds)
        for (int i = 0; i < 13; ++i)
            g.event(kind, triggers[i],
                    QStringLiteral("%1 %2").arg(QLatin1String(kindName),
                                                QLatin1String(triggerNames[i])));
    g.event(ShapeKind::StartEvent, EventTrigger::Message, QStringLiteral("Start non-interrupting"),
            false);
    g.event(ShapeKind::BoundaryEvent, EventTrigger::Timer,
            QStringLiteral("Boundary non-interrupting"), false);

    const QSizeF gw(50, 50);
    g.add(ShapeKind::ExclusiveGateway, gw, QStringLiteral("Exclusive"));
    g.add(ShapeKind::ExclusiveGateway, gw, QStringLiteral("Exclusive no marker")).isMarkerVisible =
        false;
    g.add(ShapeKind::InclusiveGateway, gw, QStringLiteral("Inclusive"));
    g.add(ShapeKind::ParallelGateway, gw, QStringLiteral("Parallel"));
    g.add(ShapeKind::ComplexGateway, gw, QStringLiteral("Complex"));
    g.add(ShapeKind::EventBasedGateway, gw, QStringLiteral("Event-based"));
    g.add(ShapeKind::EventBasedGateway, gw, QStringLiteral("Event-based instantiate"))
        .eventGateway = EventGatewayKind::ExclusiveInstantiate;
    g.add(ShapeKind::EventBasedGateway, gw, QStringLiteral("Parallel event-based")).eventGateway =
        EventGatewayKind::ParallelInstantiate;

    const QSizeF data(36, 50);
    g.add(ShapeKind::DataObject, data, QStringLiteral("Data Object"));
    g.add(ShapeKind::DataObject, data, QStringLiteral("Collection")).isCollection = true;
    g.add(ShapeKind::DataInput, data, QStringLiteral("Data Input"));
    g.add(ShapeKind::DataOutput, data, QStringLiteral("Data Output"));
    g.add(ShapeKind::DataStore, QSizeF(50, 50), QStringLiteral("Data Store"));
    g.add(ShapeKind::TextAnnotation, QSizeF(100, 40), QStringLiteral("Text annotation"));
    g.add(ShapeKind::Group, QSizeF(140, 100), QStringLiteral("Group"));
    g.add(ShapeKind::Message, QSizeF(30, 20), QStringLiteral("Message"));
    g.add(ShapeKind::Conversation, QSizeF(40, 35), QStringLiteral("Conversation"));
    g.add(ShapeKind::Placeholder, task, QStringLiteral("unknown"));

    g.add(ShapeKind::Participant, QSizeF(160, 120), QStringLiteral("Pool")).isMultiParticipant =
        true;
    g.add(ShapeKind::Participant, QSizeF(120, 130), QStringLiteral("Vertical Pool")).isHorizontal =
        false;
    g.add(ShapeKind::Participant, QSizeF(160, 60), QStringLiteral("Black box pool")).isExpanded =
        false;
    g.add(ShapeKind::Lane, QSizeF(160, 120), QStringLiteral("Lane"));
    g.add(ShapeKind::Lane, QSizeF(120, 130), QStringLiteral("Vertical Lane")).isHorizontal = false;

    g.edge(EdgeKind::SequenceFlow, QStringLiteral("Sequence"));
    g.edge(EdgeKind::SequenceFlow, QStringLiteral("Default")).isDefault = true;
    g.edge(EdgeKind::SequenceFlow, QStringLiteral("Conditional")).isConditional = true;
    g.edge(EdgeKind::MessageFlow, QStringLiteral("Message Flow"));
    g.edge(EdgeKind::MessageFlow, QStringLiteral("Initiating")).message =
        MessageVisibility::Initiating;
    g.edge(EdgeKind::MessageFlow, QStringLiteral("Non-initiating")).message =
        MessageVisibility::NonInitiating;
    g.edge(EdgeKind::Association, QStringLiteral("Association"));
    g.edge(EdgeKind::Association, QStringLiteral("Directed")).direction = AssociationDirection::One;
    g.edge(EdgeKind::Association, QStringLiteral("Both")).direction = AssociationDirection::Both;
    g.edge(EdgeKind::DataInputAssociation, QStringLiteral("Data Input Assoc."));
    g.edge(EdgeKind::DataOutputAssociation, QStringLiteral("Data Output Assoc."));
    g.edge(EdgeKind::ConversationLink, QString());
    g.edge(EdgeKind::Placeholder, QStringLiteral("unknown"));

    for (const ShapeSpec &s : g.content.shapes)
        m_byName.insert(s.name, s);
    for (const EdgeSpec &e : g.content.edges)
        m_edgeByName.insert(e.name, e);
    m_image = g.render();
}

void TestBpmnPainter::gallery()
{
    const QString path = test::buildDir() + QStringLiteral("/bpmnpainter-gallery.png");
    QVERIFY2(m_image.save(path), qPrintable(path));
    QVERIFY(!m_image.isNull());
    // AMTSWEG_GALLERY_SCALE=3 also writes an enlarged copy for looking at details.
    const qreal scale = qEnvironmentVariableIntValue("AMTSWEG_GALLERY_SCALE");
    if (scale > 1)
        QVERIFY(m_gallery.render(scale).save(test::buildDir() +
                                             QStringLiteral("/bpmnpainter-gallery-zoomed.png")));
}

void TestBpmnPainter::throwMarkersAreFilled()
{
    // A point inside the envelope, away from the flap lines (36-box coordinates (13, 21)).
    auto envelopeBody = [&](const QString &name) {
        const QRectF b = m_byName.value(name).bounds;
        return m_image.pixel((b.topLeft() + QPointF(13, 21)).toPoint());
    };
    QVERIFY(isDark(envelopeBody(QStringLiteral("Throw Message"))));
    QVERIFY(isDark(envelopeBody(QStringLiteral("End Message"))));
    QVERIFY(!isDark(envelopeBody(QStringLiteral("Catch Message"))));
    QVERIFY(!isDark(envelopeBody(QStringLiteral("Start Message"))));
    QVERIFY(!isDark(envelopeBody(QStringLiteral("Boundary Message"))));
    // signal triangle centre
    auto centre = [&](const QString &name) {
        return m_image.pixel((m_byName.value(name).bounds.center() + QPointF(0, 3)).toPoint());
    };
    QVERIFY(isDark(centre(QStringLiteral("Throw Signal"))));
    QVERIFY(!isDark(centre(QStringLiteral("Catch Signal"))));
    QVERIFY(isDark(centre(QStringLiteral("End Terminate"))));
    QVERIFY(!isDark(centre(QStringLiteral("Start None"))));
}

void TestBpmnPainter::interruptingBorderSolidNonInterruptingDashed()
{
    const ShapeSpec solid = m_byName.value(QStringLiteral("Boundary Timer"));
    const ShapeSpec dashed = m_byName.value(QStringLiteral("Boundary non-interrupting"));
    QVERIFY(darkOnCircle(m_image, solid.bounds.center(), 18) > 0.95);
    const qreal dashedFraction = darkOnCircle(m_image, dashed.bounds.center(), 18);
    QVERIFY2(dashedFraction > 0.3 && dashedFraction < 0.85,
             qPrintable(QString::number(dashedFraction)));
    const ShapeSpec start = m_byName.value(QStringLiteral("Start non-interrupting"));
    QVERIFY(darkOnCircle(m_image, start.bounds.center(), 18) < 0.85);
    QVERIFY(darkOnCircle(m_image, m_byName.value(QStringLiteral("Start Message")).bounds.center(),
                         18) > 0.95);
}

void TestBpmnPainter::poolNameRotatedInHeaderBand()
{
    const QRect b = m_byName.value(QStringLiteral("Pool")).bounds.toRect();
    const QRect band(b.left() + 3, b.top() + 3, 24, b.height() - 6);
    const QRect body(b.left() + 33, b.top() + 3, b.width() - 36, b.height() - 20);
    const QRect text = darkBox(m_image, band);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.height() > 2 * text.width(), "pool name is not rotated");
    QVERIFY(darkBox(m_image, body).isEmpty());
}

void TestBpmnPainter::verticalPoolNameInTopBand()
{
    const QRect b = m_byName.value(QStringLiteral("Vertical Pool")).bounds.toRect();
    const QRect band(b.left() + 3, b.top() + 3, b.width() - 6, 24);
    const QRect text = darkBox(m_image, band);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.width() > 2 * text.height());
    QVERIFY(darkBox(m_image, QRect(b.left() + 3, b.top() + 33, b.width() - 6, b.height() - 36))
                .isEmpty());
}

void TestBpmnPainter::gatewayMarkerVisibility()
{
    auto centre = [&](const QString &name) {
        return m_image.pixel(m_byName.value(name).bounds.center().toPoint());
    };
    QVERIFY(isDark(centre(QStringLiteral("Exclusive"))));
    QVERIFY(!isDark(centre(QStringLiteral("Exclusive no marker"))));
    QVERIFY(isDark(centre(QStringLiteral("Parallel"))));
    QVERIFY(isDark(centre(QStringLiteral("Complex"))));
    QVERIFY(!isDark(centre(QStringLiteral("Inclusive"))));
}

void TestBpmnPainter::taskLabelStaysInside()
{
    const ShapeSpec task =
        m_byName.value(QStringLiteral("A task with a rather long name that wraps"));
    const QRect b = task.bounds.toRect();
    const QRect inner = darkBox(m_image, b.adjusted(4, 4, -4, -4));
    QVERIFY(inner.height() > 25); // wrapped over several lines
    const QRect around = b.adjusted(-20, -20, 20, 20);
    for (int y = around.top(); y <= around.bottom(); ++y)
        for (int x = around.left(); x <= around.right(); ++x)
            if (!b.adjusted(-3, -3, 3, 3).contains(x, y))
                QVERIFY2(!isDark(m_image.pixel(x, y)), "task text leaks out of the task");
}

void TestBpmnPainter::externalLabelBelowShape()
{
    for (const QString &name : {QStringLiteral("Start None"), QStringLiteral("Exclusive"),
                                QStringLiteral("Data Store")}) {
        const ShapeSpec s = m_byName.value(name);
        const QRectF label = BpmnPainter::shapeLabelRect(s);
        QVERIFY(!label.isEmpty());
        QVERIFY(!label.intersects(s.bounds));
        QVERIFY(label.top() >= s.bounds.bottom());
        QVERIFY(!darkBox(m_image, label.toRect()).isEmpty());
    }
}

void TestBpmnPainter::labelBoundsMovedOutOfShape()
{
    ShapeSpec s;
    s.kind = ShapeKind::EndEvent;
    s.name = QStringLiteral("End");
    s.bounds = QRectF(100, 100, 36, 36);
    s.labelBounds = QRectF(105, 120, 30, 14); // a tool put it over the circle's lower half
    QVERIFY(!BpmnPainter::shapeLabelRect(s).intersects(s.bounds.adjusted(1, 1, -1, -1)));
    s.labelBounds = QRectF(20, 110, 60, 14); // left of the event: kept
    QCOMPARE(BpmnPainter::shapeLabelRect(s).center().y(), s.labelBounds.center().y());
    QVERIFY(BpmnPainter::shapeLabelRect(s).right() < 100);
}

void TestBpmnPainter::fillColourUsed()
{
    const ShapeSpec s = m_byName.value(QStringLiteral("Coloured"));
    const QRgb inside = m_image.pixel((s.bounds.topLeft() + QPointF(30, 60)).toPoint());
    QCOMPARE(QColor(inside).name(), QStringLiteral("#ffcc00"));
    const QRgb border = m_image.pixel((s.bounds.topLeft() + QPointF(50, 0)).toPoint());
    QVERIFY(qRed(border) > 100 && qGreen(border) < 60);
}

void TestBpmnPainter::sequenceFlowArrowFilledMessageFlowArrowOpen()
{
    const EdgeSpec seq = m_edgeByName.value(QStringLiteral("Sequence"));
    const QPointF tip = seq.waypoints.last();
    QVERIFY(isDark(m_image.pixel((tip - QPointF(6, 1.5)).toPoint())));
    QVERIFY(isDark(m_image.pixel((tip - QPointF(6, -1.5)).toPoint())));
    const EdgeSpec msg = m_edgeByName.value(QStringLiteral("Message Flow"));
    QVERIFY(!isDark(m_image.pixel((msg.waypoints.last() - QPointF(7, 0)).toPoint())));
    QVERIFY(!isDark(m_image.pixel(msg.waypoints.first().toPoint()))); // open start circle
    // default slash crosses the line next to its start, off the line itself
    const EdgeSpec def = m_edgeByName.value(QStringLiteral("Default"));
    QVERIFY(
        !darkBox(m_image, QRectF(def.waypoints.first() + QPointF(6, -7), QSizeF(12, 4)).toRect())
             .isEmpty());
    QVERIFY(darkBox(m_image, QRectF(seq.waypoints.first() + QPointF(6, -7), QSizeF(12, 4)).toRect())
                .isEmpty());
}

QTEST_MAIN(TestBpmnPainter)
#include "tst_bpmnpainter.moc"

// GUI tests of dropping a flow node on a sequence flow, headless, each checking the model: a
// new element from the palette or a moved unconnected node splits the flow into two (the old
// one ends at the node, a new one with a fresh id leaves it for the old target, incoming and
// outgoing lists follow, routes stay orthogonal), the flow is highlighted while hovered, and
// one undo restores the single flow.

#include "bpmn/elements.h"
#include "canvas/diagramitems.h"
#include "canvasfixture.h"

#include <QGraphicsPathItem>

using namespace amtsweg;
using test::Canvas;

namespace {

// Attributes in single quotes (moc of Qt 6.4 and raw strings, see tst_editing.cpp).
const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    xmlns:di='http://www.omg.org/spec/DD/20100524/DI'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:process id='Proc' isExecutable='false'>
    <bpmn:startEvent id='Start'><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id='End'><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
    <bpmn:task id='Loose' name='Loose task'/>
    <bpmn:sequenceFlow id='F1' name='ja' sourceRef='Start' targetRef='End'/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Proc'>
      <bpmndi:BPMNShape id='Start_di' bpmnElement='Start'>
        <dc:Bounds x='100' y='142' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='End_di' bpmnElement='End'>
        <dc:Bounds x='600' y='142' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Loose_di' bpmnElement='Loose'>
        <dc:Bounds x='250' y='300' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id='F1_di' bpmnElement='F1'>
        <di:waypoint x='136' y='160'/><di:waypoint x='600' y='160'/>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

} // namespace

class TestEditingSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(kModel)); }
    void cleanup() { m_canvas.reset(); }
    void paletteTaskSplitsFlow();
    void movedNodeSplitsFlow();
    void startEventDoesNotSplit();

private:
    std::vector<NodeId> flows() const
    {
        const ModelTree &t = m_canvas->doc->tree();
        return bpmn::childElements(t, t.byId("Proc"), "sequenceFlow");
    }
    QStringList refs(NodeId node, const char *local) const
    {
        const ModelTree &t = m_canvas->doc->tree();
        QStringList result;
        for (NodeId ref : bpmn::childElements(t, node, local))
            result << QString::fromStdString(std::string(t.text(ref)));
        return result;
    }
    QString attr(NodeId node, const char *name) const
    {
        const ModelTree &t = m_canvas->doc->tree();
        return QString::fromStdString(std::string(t.attr(node, t.names().find({}, name))));
    }
    /// The visible flow highlight, if any.
    QGraphicsPathItem *highlight() const
    {
        for (QGraphicsItem *item : m_canvas->scene->items())
            if (item->type() == QGraphicsPathItem::Type && item->isVisible())
                return static_cast<QGraphicsPathItem *>(item);
        return nullptr;
    }
    /// Checks the split of F1 at `node` and returns the new flow.
    NodeId checkSplit(NodeId node);
    void checkUnsplit();

    std::unique_ptr<Canvas> m_canvas;
};

NodeId TestEditingSplit::checkSplit(NodeId node)
{
    const ModelTree &t = m_canvas->doc->tree();
    const std::vector<NodeId> all = flows();
    if (all.size() != 2)
        return kNoNode;
    const NodeId f1 = t.byId("F1");
    const NodeId added = all[0] == f1 ? all[1] : all[0];
    const QString nodeId = QString::fromStdString(std::string(t.id(node)));
    const QString addedId = QString::fromStdString(std::string(t.id(added)));
    if (attr(f1, "targetRef") != nodeId || attr(added, "sourceRef") != nodeId ||
        attr(added, "targetRef") != QLatin1String("End") || attr(f1, "name") != "ja" ||
        addedId.isEmpty() || addedId == QLatin1String("F1"))
        return kNoNode;
    if (refs(node, "incoming") != QStringList{"F1"} ||
        refs(node, "outgoing") != QStringList{addedId} ||
        refs(t.byId("End"), "incoming") != QStringList{addedId} ||
        refs(t.byId("Start"), "outgoing") != QStringList{"F1"})
        return kNoNode;
    const QRectF shape = *di::bounds(t, m_canvas->scene->diElementFor(node));
    const QList<QPointF> first = di::waypoints(t, t.byId("F1_di"));
    const QList<QPointF> second = di::waypoints(t, m_canvas->scene->diElementFor(added));
    // Straight routes: the node sits on the flow's line.
    if (first != QList<QPointF>{{136, 160}, {shape.left(), 160}} ||
        second != QList<QPointF>{{shape.right(), 160}, {600, 160}})
        return kNoNode;
    return added;
}

void TestEditingSplit::checkUnsplit()
{
    const ModelTree &t = m_canvas->doc->tree();
    QCOMPARE(flows().size(), std::size_t(1));
    QCOMPARE(attr(t.byId("F1"), "targetRef"), QStringLiteral("End"));
    QCOMPARE(refs(t.byId("End"), "incoming"), QStringList{"F1"});
    QCOMPARE(di::waypoints(t, t.byId("F1_di")), (QList<QPointF>{{136, 160}, {600, 160}}));
}

void TestEditingSplit::paletteTaskSplitsFlow()
{
    Canvas &c = *m_canvas;
    c.scene->setToolMode(ToolMode::Create, CreateKind::Task);
    QTest::mouseMove(c.viewport(), c.at({380, 163}));
    QVERIFY2(highlight(), "hovering over the flow highlights it");
    // Pictures to look at (build dir): the ghost on the highlighted flow, then the result.
    QVERIFY(c.view->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-split-hover.png")));
    QTest::mouseMove(c.viewport(), c.at({380, 250}));
    QVERIFY(!highlight());
    c.click({380, 163});
    QVERIFY(!highlight());
    QCOMPARE(c.scene->selectedElements().size(), 1);
    const NodeId task = di::semanticOf(c.doc->tree(), c.scene->selectedElements().front());
    QVERIFY(bpmn::isTask(c.doc->tree(), task));
    QCOMPARE(c.boundsOf(c.scene->selectedElements().front()).center().y(), 160.0);
    QVERIFY(checkSplit(task) != kNoNode);
    QVERIFY(c.view->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-split.png")));
    QCOMPARE(c.undo()->count(), 1);
    c.undo()->undo();
    checkUnsplit();
    QVERIFY(!c.doc->tree().isAttached(task));
    c.undo()->redo();
    QVERIFY(checkSplit(task) != kNoNode);
}

void TestEditingSplit::movedNodeSplitsFlow()
{
    Canvas &c = *m_canvas;
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, c.at({300, 340}));
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(c.viewport(), c.at(QPointF(300, 340) + QPointF(80, -175) * i / 5.0));
    QVERIFY2(highlight(), "dragging over the flow highlights it");
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.at({380, 165}));
    QVERIFY(!highlight());
    const NodeId loose = c.id("Loose");
    QCOMPARE(c.boundsOf("Loose_di").center().y(), 160.0);
    QVERIFY(checkSplit(loose) != kNoNode);
    QCOMPARE(c.undo()->count(), 1);
    c.undo()->undo();
    checkUnsplit();
    QCOMPARE(c.boundsOf("Loose_di"), QRectF(250, 300, 100, 80));
}

void TestEditingSplit::startEventDoesNotSplit()
{
    Canvas &c = *m_canvas;
    c.scene->setToolMode(ToolMode::Create, CreateKind::StartEvent);
    c.click({380, 163});
    QCOMPARE(flows().size(), std::size_t(1));
    QCOMPARE(c.undo()->count(), 1); // created, but the flow is left alone
    checkUnsplit();
}

QTEST_MAIN(TestEditingSplit)
#include "tst_editingsplit.moc"

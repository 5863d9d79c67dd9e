// GUI tests of resizing, headless, each checking the model: corner handles resize shapes
// (snapped, one undo step), lanes resize together with their neighbour and pool and keep
// flowNodeRef in sync, pools take their lanes along.

#include "bpmn/elements.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/selectionhandles.h"
#include "canvasfixture.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "xml/bpmnreader.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <set>

using namespace amtsweg;

namespace {

// Attributes in single quotes: moc (Qt 6.4) does not understand raw string literals and would
// lose track of the source after a "//" that follows an odd number of double quotes.
const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    xmlns:di='http://www.omg.org/spec/DD/20100524/DI'
    xmlns:camunda='http://camunda.org/schema/1.0/bpmn'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:collaboration id='Collab'>
    <bpmn:participant id='PoolA' name='Amt' processRef='ProcA'/>
    <bpmn:participant id='PoolB' name='Bürger' processRef='ProcB'/>
  </bpmn:collaboration>
  <bpmn:process id='ProcA' isExecutable='false'>
    <bpmn:laneSet id='LaneSet'>
      <bpmn:lane id='Lane1' name='Sachbearbeitung'>
        <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Boundary</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id='Lane2' name='Leitung'>
        <bpmn:flowNodeRef>End</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id='Start'><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id='Task1' name='Antrag prüfen' camunda:assignee='sb'>
      <bpmn:extensionElements><camunda:properties/></bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming>
      <bpmn:outgoing>F2</bpmn:outgoing>
    </bpmn:task>
    <bpmn:boundaryEvent id='Boundary' attachedToRef='Task1'/>
    <bpmn:endEvent id='End'><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id='F1' sourceRef='Start' targetRef='Task1'/>
    <bpmn:sequenceFlow id='F2' sourceRef='Task1' targetRef='End'/>
  </bpmn:process>
  <bpmn:process id='ProcB' isExecutable='false'/>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Collab'>
      <bpmndi:BPMNShape id='PoolA_di' bpmnElement='PoolA' isHorizontal='true'>
        <dc:Bounds x='0' y='0' width='800' height='300'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Lane1_di' bpmnElement='Lane1' isHorizontal='true'>
        <dc:Bounds x='30' y='0' width='770' height='150'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Lane2_di' bpmnElement='Lane2' isHorizontal='true'>
        <dc:Bounds x='30' y='150' width='770' height='150'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Start_di' bpmnElement='Start'>
        <dc:Bounds x='80' y='57' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Task1_di' bpmnElement='Task1'>
        <dc:Bounds x='170' y='35' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Boundary_di' bpmnElement='Boundary'>
        <dc:Bounds x='232' y='97' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='End_di' bpmnElement='End'>
        <dc:Bounds x='400' y='207' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id='F1_di' bpmnElement='F1'>
        <di:waypoint x='116' y='75'/><di:waypoint x='170' y='75'/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id='F2_di' bpmnElement='F2'>
        <di:waypoint x='270' y='75'/><di:waypoint x='320' y='75'/>
        <di:waypoint x='320' y='225'/><di:waypoint x='400' y='225'/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNShape id='PoolB_di' bpmnElement='PoolB' isHorizontal='true'>
        <dc:Bounds x='0' y='350' width='800' height='200'/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";
} // namespace

using test::Canvas;

class TestEditingResize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(kModel)); }
    void cleanup() { m_canvas.reset(); }
    void cornerHandleResizesTask();
    void laneBorderMovesTheNeighbour();
    void lastLaneGrowsThePool();
    void laneResizeMovesFlowNodeRefs();
    void laneKeepsMinimumNeighbour();
    void poolResizeTakesLanesAlong();
    void lanesWiderWithThePool();

private:
    std::unique_ptr<Canvas> m_canvas;
};

void TestEditingResize::cornerHandleResizesTask()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    QCOMPARE(c.scene->selectionHandles()->handles().size(), qsizetype(4));
    c.drag({270, 115}, {302, 138});
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(170, 35, 130, 105));
    c.drag({170, 35}, {250, 100}); // top-left corner: stops at the minimum size
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(250, 100, 50, 40));
    c.undo()->undo();
    c.undo()->undo();
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
}

void TestEditingResize::laneBorderMovesTheNeighbour()
{
    Canvas &c = *m_canvas;
    c.click({600, 100}); // inside the lane: selects it
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("Lane1_di")});
    c.drag({800, 150}, {800, 181});
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 180));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 180, 770, 120));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 300));
    c.undo()->undo();
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 150));
}

void TestEditingResize::lastLaneGrowsThePool()
{
    Canvas &c = *m_canvas;
    c.click({600, 250});
    c.drag({800, 300}, {800, 340});
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 190));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 340));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(c.undo()->count(), 1);
}

void TestEditingResize::laneResizeMovesFlowNodeRefs()
{
    Canvas &c = *m_canvas;
    c.click({600, 100});
    c.drag({800, 150}, {800, 240}); // the end event (centre y 225) is now in the first lane
    const ModelTree &t = c.doc->tree();
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane1"));
    QVERIFY(!bpmn::referenceChild(t, c.id("Lane2"), "flowNodeRef", c.id("End")));
    c.undo()->undo();
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane2"));
}

void TestEditingResize::laneKeepsMinimumNeighbour()
{
    Canvas &c = *m_canvas;
    c.click({600, 100});
    c.drag({800, 150}, {800, 290});
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 240));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 240, 770, 60));
}

void TestEditingResize::poolResizeTakesLanesAlong()
{
    Canvas &c = *m_canvas;
    c.click({15, 150}); // the pool's name strip
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("PoolA_di")});
    c.drag({800, 300}, {800, 360});
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 360));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 210));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    c.drag({0, 0}, {0, -40}); // the top border: the first lane grows upwards
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, -40, 800, 400));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, -40, 770, 190));
    QCOMPARE(c.undo()->count(), 2);
}

void TestEditingResize::lanesWiderWithThePool()
{
    Canvas &c = *m_canvas;
    c.click({600, 250});
    c.drag({800, 300}, {900, 300});
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 900, 300));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 870, 150));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 870, 150));
}

QTEST_MAIN(TestEditingResize)
#include "tst_editingresize.moc"

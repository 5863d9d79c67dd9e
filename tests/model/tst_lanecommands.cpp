// AddLaneCommand, ResizeLanesCommand and MoveShapesLanesCommand: lanes added to pools with and
// without lanes (content moves away, pool grows, membership synced), lane borders moved with
// their neighbours and membership following, moved nodes changing lanes; exact undo.

#include "bpmn/elements.h"
#include "commands/addlanecommand.h"
#include "commands/moveshapeslanescommand.h"
#include "commands/resizelanescommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "xml/bpmnreader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QtTest>

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
    <bpmn:participant id='Pool' name='Amt' processRef='Proc'/>
  </bpmn:collaboration>
  <bpmn:process id='Proc' isExecutable='false'>
    <bpmn:laneSet id='LaneSet'>
      <bpmn:lane id='Lane1'>
        <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gw</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id='Lane2'>
        <bpmn:flowNodeRef>End</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id='Start'><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id='Task' name='Prüfen' camunda:assignee='sb'>
      <bpmn:documentation>Doku</bpmn:documentation>
      <bpmn:extensionElements><camunda:properties/></bpmn:extensionElements>
      <bpmn:incoming>F1</bpmn:incoming>
      <bpmn:outgoing>F2</bpmn:outgoing>
      <bpmn:standardLoopCharacteristics/>
    </bpmn:task>
    <bpmn:exclusiveGateway id='Gw' default='F3'>
      <bpmn:incoming>F2</bpmn:incoming>
      <bpmn:outgoing>F3</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:endEvent id='End'><bpmn:incoming>F3</bpmn:incoming><bpmn:messageEventDefinition id='Msg'/></bpmn:endEvent>
    <bpmn:sequenceFlow id='F1' sourceRef='Start' targetRef='Task'/>
    <bpmn:sequenceFlow id='F2' sourceRef='Task' targetRef='Gw'/>
    <bpmn:sequenceFlow id='F3' sourceRef='Gw' targetRef='End'/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Collab'>
      <bpmndi:BPMNShape id='Pool_di' bpmnElement='Pool' isHorizontal='true'>
        <dc:Bounds x='0' y='0' width='600' height='300'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Lane1_di' bpmnElement='Lane1' isHorizontal='true'>
        <dc:Bounds x='30' y='0' width='570' height='150'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Lane2_di' bpmnElement='Lane2' isHorizontal='true'>
        <dc:Bounds x='30' y='150' width='570' height='150'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Start_di' bpmnElement='Start'>
        <dc:Bounds x='80' y='57' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Task_di' bpmnElement='Task'>
        <dc:Bounds x='170' y='35' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Gw_di' bpmnElement='Gw' isMarkerVisible='true'>
        <dc:Bounds x='320' y='50' width='50' height='50'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='End_di' bpmnElement='End'>
        <dc:Bounds x='450' y='207' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id='F1_di' bpmnElement='F1'>
        <di:waypoint x='116' y='75'/><di:waypoint x='170' y='75'/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id='F2_di' bpmnElement='F2'>
        <di:waypoint x='270' y='75'/><di:waypoint x='320' y='75'/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id='F3_di' bpmnElement='F3'>
        <di:waypoint x='345' y='100'/><di:waypoint x='345' y='225'/><di:waypoint x='450' y='225'/>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

std::unique_ptr<BpmnDocument> readModel()
{
    ReadResult read = BpmnReader::readBytes(QByteArray(kModel), QStringLiteral("fixture"));
    return std::make_unique<BpmnDocument>(std::move(read.tree));
}

/// Redo, undo and redo again must give exactly the states after and before.
void checkUndoRedo(BpmnDocument &doc, const QByteArray &before, const QByteArray &after)
{
    doc.undoStack()->undo();
    QCOMPARE(doc.toXml(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.toXml(), after);
}

} // namespace

class TestLaneCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addLaneBelowALane();
    void addLaneAboveALane();
    void firstLanesOfAPool();
    void resizeLanesSyncsMembership();
    void moveIntoAnotherLane();
    void moveWithinALaneChangesNoReference();

private:
    static QRectF bounds(const BpmnDocument &doc, const char *id)
    {
        return *di::bounds(doc.tree(), doc.tree().byId(id));
    }
    static std::vector<NodeId> lanes(const BpmnDocument &doc, NodeId holder)
    {
        std::vector<NodeId> result;
        for (NodeId set : bpmn::childElements(doc.tree(), holder, "laneSet"))
            for (NodeId lane : bpmn::childElements(doc.tree(), set, "lane"))
                result.push_back(lane);
        return result;
    }
};

void TestLaneCommands::addLaneBelowALane()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    auto *command = new AddLaneCommand(doc.get(), t.byId("Lane1"), true, t.byId("Plane"));
    doc->push(command);
    const std::vector<NodeId> all = lanes(*doc, t.byId("Proc"));
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all[0], t.byId("Lane1"));
    QCOMPARE(all[1], command->lane());
    QCOMPARE(*di::bounds(t, di::diagramElementOf(t, all[1])), QRectF(30, 150, 570, 120));
    QCOMPARE(bounds(*doc, "Lane2_di"), QRectF(30, 270, 570, 150));
    QCOMPARE(bounds(*doc, "End_di"), QRectF(450, 327, 36, 36));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 600, 420));
    QCOMPARE(bounds(*doc, "Lane1_di"), QRectF(30, 0, 570, 150));
    QCOMPARE(di::waypoints(t, t.byId("F3_di")),
             (QList<QPointF>{{345, 100}, {345, 345}, {450, 345}}));
    QCOMPARE(bpmn::laneOf(t, t.byId("End")), t.byId("Lane2"));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestLaneCommands::addLaneAboveALane()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    auto *command = new AddLaneCommand(doc.get(), t.byId("Lane1"), false, t.byId("Plane"));
    doc->push(command);
    QCOMPARE(lanes(*doc, t.byId("Proc")).front(), command->lane());
    QCOMPARE(*di::bounds(t, di::diagramElementOf(t, command->lane())), QRectF(30, 0, 570, 120));
    QCOMPARE(bounds(*doc, "Lane1_di"), QRectF(30, 120, 570, 150));
    QCOMPARE(bounds(*doc, "Task_di"), QRectF(170, 155, 100, 80));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 600, 420));
    QCOMPARE(bpmn::laneOf(t, t.byId("Task")), t.byId("Lane1"));
}

void TestLaneCommands::firstLanesOfAPool()
{
    auto doc = readModel();
    ModelTree &t = doc->nodeFactory();
    // Take the lanes away first (a pool without lanes), then add one below.
    doc->removeElements({t.byId("LaneSet")});
    doc->undoStack()->clear();
    const QByteArray before = doc->toXml();
    auto *command = new AddLaneCommand(doc.get(), t.byId("Pool"), true, t.byId("Plane"));
    doc->push(command);
    const std::vector<NodeId> all = lanes(*doc, t.byId("Proc"));
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[1], command->lane());
    QCOMPARE(*di::bounds(t, di::diagramElementOf(t, all[0])), QRectF(30, 0, 570, 300));
    QCOMPARE(*di::bounds(t, di::diagramElementOf(t, all[1])), QRectF(30, 300, 570, 120));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 600, 420));
    for (const char *node : {"Start", "Task", "Gw", "End"})
        QCOMPARE(bpmn::laneOf(t, t.byId(node)), all[0]);
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestLaneCommands::resizeLanesSyncsMembership()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    QList<QPair<NodeId, QRectF>> change{{t.byId("Lane1_di"), QRectF(30, 0, 570, 240)},
                                        {t.byId("Lane2_di"), QRectF(30, 240, 570, 60)}};
    doc->push(new ResizeLanesCommand(doc.get(), change, t.byId("Proc")));
    QCOMPARE(bounds(*doc, "Lane1_di"), QRectF(30, 0, 570, 240));
    QCOMPARE(bpmn::laneOf(t, t.byId("End")), t.byId("Lane1"));
    QVERIFY(bpmn::childElements(t, t.byId("Lane2"), "flowNodeRef").empty());
    checkUndoRedo(*doc, before, doc->toXml());
    // Unchanged bounds: nothing to do.
    doc->push(new ResizeLanesCommand(doc.get(), change, t.byId("Proc")));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestLaneCommands::moveIntoAnotherLane()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    doc->push(new MoveShapesLanesCommand(doc.get(), {t.byId("Task_di")}, QPointF(0, 150)));
    QCOMPARE(bounds(*doc, "Task_di"), QRectF(170, 185, 100, 80));
    QCOMPARE(bpmn::laneOf(t, t.byId("Task")), t.byId("Lane2"));
    QVERIFY(!bpmn::referenceChild(t, t.byId("Lane1"), "flowNodeRef", t.byId("Task")));
    QCOMPARE(di::waypoints(t, t.byId("F1_di")).last(), QPointF(170, 225));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestLaneCommands::moveWithinALaneChangesNoReference()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    doc->push(new MoveShapesLanesCommand(doc.get(), {t.byId("Task_di")}, QPointF(20, 10)));
    QCOMPARE(bpmn::laneOf(t, t.byId("Task")), t.byId("Lane1"));
    QVERIFY(changed.isEmpty()); // geometry only
}

QTEST_MAIN(TestLaneCommands)
#include "tst_lanecommands.moc"

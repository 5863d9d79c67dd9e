// ReplaceElementCommand: same id and place, references and DI stay connected, foreign and
// still valid content kept, what the new type does not allow dropped, event definitions
// replaced, shapes resized around their centre with edge ends following, exact undo.

#include "bpmn/elements.h"
#include "commands/replaceelementcommand.h"
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

class TestReplaceElementCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskToUserTaskKeepsEverything();
    void taskToGatewayDropsWhatDoesNotFit();
    void gatewayLosesDefaultWhenNotAllowed();
    void eventDefinitionReplaced();
    void sameTypeIsDropped();
    void signals();
};

void TestReplaceElementCommand::taskToUserTaskKeepsEverything()
{
    auto doc = readModel();
    const QByteArray before = doc->toXml();
    const ModelTree &t = doc->tree();
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("Task"), "userTask"));
    const NodeId task = t.byId("Task");
    QCOMPARE(t.localName(task), std::string_view("userTask"));
    QCOMPARE(bpmn::name(t, task), std::string_view("Prüfen"));
    for (const char *child : {"documentation", "extensionElements", "incoming", "outgoing",
                              "standardLoopCharacteristics"})
        QVERIFY2(t.firstChildElement(task, child) != kNoNode, child);
    QCOMPARE(t.attr(task, doc->nodeFactory().names().intern("http://camunda.org/schema/1.0/bpmn",
                                                            "assignee", "camunda")),
             std::string_view("sb"));
    QCOMPARE(bpmn::targetOf(t, t.byId("F1")), task);
    QCOMPARE(bpmn::laneOf(t, task), t.byId("Lane1"));
    QCOMPARE(di::semanticOf(t, t.byId("Task_di")), task);
    QCOMPARE(*di::bounds(t, t.byId("Task_di")), QRectF(170, 35, 100, 80));
    // the element stays where it was among its siblings
    QCOMPARE(t.prev(task) != kNoNode ? t.id(t.prev(task)) : std::string_view(),
             std::string_view("Start"));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestReplaceElementCommand::taskToGatewayDropsWhatDoesNotFit()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("Task"), "inclusiveGateway"));
    const NodeId gw = t.byId("Task");
    QVERIFY(bpmn::isGateway(t, gw));
    QVERIFY(t.firstChildElement(gw, "standardLoopCharacteristics") == kNoNode);
    QVERIFY(t.firstChildElement(gw, "extensionElements") != kNoNode);
    QVERIFY(t.firstChildElement(gw, "incoming") != kNoNode);
    QCOMPARE(bpmn::name(t, gw), std::string_view("Prüfen"));
    QCOMPARE(*di::bounds(t, t.byId("Task_di")), QRectF(195, 50, 50, 50));
    QCOMPARE(di::waypoints(t, t.byId("F1_di")).last(), QPointF(195, 75));
    QCOMPARE(di::waypoints(t, t.byId("F2_di")).first(), QPointF(245, 75));
    checkUndoRedo(*doc, before, doc->toXml());
    doc->undoStack()->undo();
    QVERIFY(t.firstChildElement(t.byId("Task"), "standardLoopCharacteristics") != kNoNode);
}

void TestReplaceElementCommand::gatewayLosesDefaultWhenNotAllowed()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("Gw"), "parallelGateway"));
    QVERIFY(!t.attribute(t.byId("Gw"), t.known().default_));
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("Gw"), "inclusiveGateway"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(t.attr(t.byId("Gw"), t.known().default_), std::string_view("F3"));
}

void TestReplaceElementCommand::eventDefinitionReplaced()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("End"), "endEvent",
                                        std::string("errorEventDefinition")));
    const NodeId end = t.byId("End");
    QVERIFY(t.firstChildElement(end, "messageEventDefinition") == kNoNode);
    QVERIFY(t.firstChildElement(end, "errorEventDefinition") != kNoNode);
    QVERIFY(t.firstChildElement(end, "incoming") != kNoNode);
    checkUndoRedo(*doc, before, doc->toXml());
    // Kept when not asked to change (nullopt), dropped for "" (none).
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("End"), "intermediateThrowEvent"));
    QVERIFY(t.firstChildElement(t.byId("End"), "errorEventDefinition") != kNoNode);
    doc->push(new ReplaceElementCommand(doc.get(), t.byId("End"), "endEvent", std::string()));
    QVERIFY(t.firstChildElement(t.byId("End"), "errorEventDefinition") == kNoNode);
}

void TestReplaceElementCommand::sameTypeIsDropped()
{
    auto doc = readModel();
    doc->push(new ReplaceElementCommand(doc.get(), doc->tree().byId("Task"), "task"));
    QCOMPARE(doc->undoStack()->count(), 0);
    doc->push(new ReplaceElementCommand(doc.get(), doc->tree().byId("Task"), "noSuchElement"));
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestReplaceElementCommand::signals()
{
    auto doc = readModel();
    const ModelTree &t = doc->tree();
    const NodeId old = t.byId("Task");
    QSignalSpy removed(doc.get(), &BpmnDocument::elementRemoved);
    QSignalSpy added(doc.get(), &BpmnDocument::elementAdded);
    QSignalSpy geometry(doc.get(), &BpmnDocument::geometryChanged);
    doc->push(new ReplaceElementCommand(doc.get(), old, "serviceTask"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.front().front().value<NodeId>(), old);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.front().front().value<NodeId>(), t.byId("Task"));
    QVERIFY(geometry.size() >= 1); // the shape drawing it
}

QTEST_MAIN(TestReplaceElementCommand)
#include "tst_replaceelementcommand.moc"

#pragma once
// A pool with two lanes, start event, task, gateway and end event with their flows and full DI
// (and a camunda namespace): the model the command tests of lanes, replacement and insertion
// work on, and the undo/redo check they share.

#include "document.h"
#include "xml/bpmnreader.h"

#include <QUndoStack>
#include <QtTest/QTest>

#include <memory>

namespace amtsweg::test {

// Attributes in single quotes: moc (Qt 6.4) does not understand raw string literals and would
// lose track of the source after a "//" that follows an odd number of double quotes.
inline const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
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

inline std::unique_ptr<BpmnDocument> readModel()
{
    ReadResult read = BpmnReader::readBytes(QByteArray(kModel), QStringLiteral("fixture"));
    return std::make_unique<BpmnDocument>(std::move(read.tree));
}

/// Redo, undo and redo again must give exactly the states after and before.
inline void checkUndoRedo(BpmnDocument &doc, const QByteArray &before, const QByteArray &after)
{
    doc.undoStack()->undo();
    QCOMPARE(doc.toXml(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.toXml(), after);
}

} // namespace amtsweg::test

#pragma once
// Two pools (the authority's with two lanes: start event, task with a boundary event and
// camunda extensions, end event, flows with DI; the citizen's empty): the model the editing
// GUI tests of tests/views work on.

namespace amtsweg::test {

// Attributes in single quotes: moc (Qt 6.4) does not understand raw string literals and would
// lose track of the source after a "//" that follows an odd number of double quotes.
inline const char kEditingModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
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

} // namespace amtsweg::test

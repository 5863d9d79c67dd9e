#pragma once
// The editing model (tests/common/editingmodel.h) with more to move between containers and to
// attach: a message catch event with extensions and flows, a link catch event, a none and a
// message throw event in the first lane, an expanded sub-process (inner task, error boundary
// event) in the second, a task in the citizen's pool joined by a message flow. For the tests of
// moving flow nodes between containers and of boundary events.

#include "editingmodel.h"

#include "document.h"
#include "xml/bpmnreader.h"

#include <memory>

namespace amtsweg::test {

inline QByteArray containerModelXml()
{
    QByteArray xml(kEditingModel);
    // Each addition goes right after the first occurrence of its anchor.
    const std::pair<const char *, const char *> additions[] = {
        {"processRef='ProcB'/>", "<bpmn:messageFlow id='M1' sourceRef='Task1' targetRef='TaskB'/>"},
        {"<bpmn:flowNodeRef>Boundary</bpmn:flowNodeRef>",
         "<bpmn:flowNodeRef>Catch</bpmn:flowNodeRef><bpmn:flowNodeRef>LinkCatch</bpmn:flowNodeRef>"
         "<bpmn:flowNodeRef>Throw</bpmn:flowNodeRef><bpmn:flowNodeRef>MsgThrow</bpmn:flowNodeRef>"},
        {"<bpmn:flowNodeRef>End</bpmn:flowNodeRef>", "<bpmn:flowNodeRef>Sub</bpmn:flowNodeRef>"},
        {"<bpmn:outgoing>F2</bpmn:outgoing>", "<bpmn:outgoing>F3</bpmn:outgoing>"},
        {"<bpmn:incoming>F2</bpmn:incoming>", "<bpmn:incoming>F4</bpmn:incoming>"},
        {"targetRef='End'/>",
         "<bpmn:intermediateCatchEvent id='Catch' name='Nachricht' camunda:asyncBefore='true'>"
         "<bpmn:extensionElements><camunda:properties/></bpmn:extensionElements>"
         "<bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing>"
         "<bpmn:messageEventDefinition id='CatchDef'/></bpmn:intermediateCatchEvent>"
         "<bpmn:intermediateCatchEvent id='LinkCatch'><bpmn:linkEventDefinition name='L'/>"
         "</bpmn:intermediateCatchEvent>"
         "<bpmn:intermediateThrowEvent id='Throw'/>"
         "<bpmn:intermediateThrowEvent id='MsgThrow'><bpmn:messageEventDefinition/>"
         "</bpmn:intermediateThrowEvent>"
         "<bpmn:subProcess id='Sub' name='Pruefen'><bpmn:task id='Inner' name='Innen'/>"
         "</bpmn:subProcess>"
         "<bpmn:boundaryEvent id='ErrBoundary' attachedToRef='Sub'><bpmn:errorEventDefinition/>"
         "</bpmn:boundaryEvent>"
         "<bpmn:sequenceFlow id='F3' sourceRef='Task1' targetRef='Catch'/>"
         "<bpmn:sequenceFlow id='F4' sourceRef='Catch' targetRef='End'/>"},
        {"<bpmndi:BPMNPlane id='Plane' bpmnElement='Collab'>",
         "<bpmndi:BPMNShape id='Catch_di' bpmnElement='Catch'>"
         "<dc:Bounds x='400' y='57' width='36' height='36'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='LinkCatch_di' bpmnElement='LinkCatch'>"
         "<dc:Bounds x='480' y='107' width='36' height='36'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='Throw_di' bpmnElement='Throw'>"
         "<dc:Bounds x='560' y='107' width='36' height='36'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='MsgThrow_di' bpmnElement='MsgThrow'>"
         "<dc:Bounds x='640' y='107' width='36' height='36'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='Sub_di' bpmnElement='Sub' isExpanded='true'>"
         "<dc:Bounds x='460' y='170' width='300' height='120'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='Inner_di' bpmnElement='Inner'>"
         "<dc:Bounds x='510' y='200' width='100' height='60'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNShape id='ErrBoundary_di' bpmnElement='ErrBoundary'>"
         "<dc:Bounds x='742' y='272' width='36' height='36'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNEdge id='F3_di' bpmnElement='F3'><di:waypoint x='220' y='35'/>"
         "<di:waypoint x='220' y='20'/><di:waypoint x='418' y='20'/><di:waypoint x='418' y='57'/>"
         "</bpmndi:BPMNEdge>"
         "<bpmndi:BPMNEdge id='F4_di' bpmnElement='F4'><di:waypoint x='418' y='93'/>"
         "<di:waypoint x='418' y='207'/></bpmndi:BPMNEdge>"
         "<bpmndi:BPMNShape id='TaskB_di' bpmnElement='TaskB'>"
         "<dc:Bounds x='170' y='410' width='100' height='80'/></bpmndi:BPMNShape>"
         "<bpmndi:BPMNEdge id='M1_di' bpmnElement='M1'><di:waypoint x='200' y='115'/>"
         "<di:waypoint x='200' y='410'/></bpmndi:BPMNEdge>"},
    };
    for (const auto &[anchor, added] : additions) {
        const qsizetype at = xml.indexOf(anchor);
        if (at < 0)
            qFatal("containermodel.h: '%s' is no longer in the editing model", anchor);
        xml.insert(at + qsizetype(qstrlen(anchor)), added);
    }
    xml.replace(
        "<bpmn:process id='ProcB' isExecutable='false'/>",
        "<bpmn:process id='ProcB' isExecutable='false'><bpmn:task id='TaskB'/></bpmn:process>");
    return xml;
}

inline std::unique_ptr<BpmnDocument> readContainerModel()
{
    ReadResult read = BpmnReader::readBytes(containerModelXml(), QStringLiteral("fixture"));
    return std::make_unique<BpmnDocument>(std::move(read.tree));
}

} // namespace amtsweg::test

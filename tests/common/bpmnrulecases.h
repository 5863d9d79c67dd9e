#pragma once
// Small models for the rule tests, one or more per rule: "+" rows must be flagged with exactly
// the listed elements, "-" rows not at all. tst_bpmnrules checks Amtsweg's rules on them;
// tst_bpmnlintparity also runs bpmnlint on them and compares.

#include <QByteArray>
#include <QString>

#include <set>
#include <vector>

namespace amtsweg::test {

using Ids = std::set<QString>;

inline const char *const kHead =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:amtsweg="https://amtsweg.de/schema/bpmn/1.0" id="Defs" targetNamespace="t" %1>)";

/// A definitions document around `body` (root elements and diagrams).
inline QByteArray definitionsXml(const QString &body, const QString &rootAttributes = {})
{
    return (QString::fromUtf8(kHead).arg(rootAttributes) + body + QStringLiteral("</definitions>"))
        .toUtf8();
}

/// A process "P" holding `content`.
inline QByteArray processXml(const QString &content)
{
    return definitionsXml(QStringLiteral(R"(<process id="P">)") + content + QStringLiteral("</process>"));
}

/// A good straight path start → task → end, to embed.
inline const char *const kPath = R"(<startEvent id="S" name="s"/><task id="T" name="t"/><endEvent id="E" name="e"/>
<sequenceFlow id="F1" sourceRef="S" targetRef="T"/><sequenceFlow id="F2" sourceRef="T" targetRef="E"/>)";

struct Case
{
    const char *name;
    QString rule;
    QByteArray xml;
    Ids expected;
};

/// One model per row: "+" rows must flag exactly `expected`, "-" rows nothing.
inline std::vector<Case> ruleCases()
{
    std::vector<Case> all;
    auto add = [&all](const char *name, const char *rule, const QByteArray &xml, Ids ids) {
        all.push_back({name, QString::fromLatin1(rule), xml, std::move(ids)});
    };
    const QString path = QString::fromUtf8(kPath);

    add("start-event-required +", "start-event-required",
        processXml(R"(<task id="T" name="t"/><endEvent id="E"/><sequenceFlow id="F" sourceRef="T" targetRef="E"/>)"),
        {"P"});
    add("start-event-required sub-process +", "start-event-required",
        processXml(path + R"(<subProcess id="Sub"><endEvent id="SE"/></subProcess>)"), {"Sub"});
    add("start-event-required -", "start-event-required", processXml(path), {});
    add("start-event-required ad-hoc -", "start-event-required",
        processXml(path + R"(<adHocSubProcess id="Ad"><task id="A1" name="a"/></adHocSubProcess>)"), {});

    add("end-event-required +", "end-event-required",
        processXml(R"(<startEvent id="S"/><task id="T" name="t"/><sequenceFlow id="F" sourceRef="S" targetRef="T"/>)"),
        {"P"});
    add("end-event-required -", "end-event-required", processXml(path), {});

    add("single-blank-start-event +", "single-blank-start-event",
        processXml(path + R"(<startEvent id="S2" name="s2"/><sequenceFlow id="F3" sourceRef="S2" targetRef="T"/>)"),
        {"P"});
    add("single-blank-start-event typed second -", "single-blank-start-event",
        processXml(path + R"(<startEvent id="S2" name="m"><messageEventDefinition/></startEvent><sequenceFlow id="F3" sourceRef="S2" targetRef="T"/>)"),
        {});

    add("sub-process-blank-start-event +", "sub-process-blank-start-event",
        processXml(R"(<subProcess id="Sub"><startEvent id="SS"><timerEventDefinition/></startEvent></subProcess>)"),
        {"SS"});
    add("sub-process-blank-start-event -", "sub-process-blank-start-event",
        processXml(R"(<subProcess id="Sub"><startEvent id="SS"/></subProcess>)"), {});

    add("event-sub-process-typed-start-event +", "event-sub-process-typed-start-event",
        processXml(R"(<subProcess id="Ev" triggeredByEvent="true"><startEvent id="ES"/></subProcess>)"),
        {"ES"});
    add("event-sub-process-typed-start-event -", "event-sub-process-typed-start-event",
        processXml(R"(<subProcess id="Ev" triggeredByEvent="true"><startEvent id="ES"><errorEventDefinition/></startEvent></subProcess>)"),
        {});

    add("ad-hoc-sub-process +", "ad-hoc-sub-process",
        processXml(R"(<adHocSubProcess id="Ad"><startEvent id="AS"/><task id="A1"/><endEvent id="AE"/></adHocSubProcess>)"),
        {"AS", "AE"});
    add("ad-hoc-sub-process -", "ad-hoc-sub-process",
        processXml(R"(<adHocSubProcess id="Ad"><task id="A1"/></adHocSubProcess>)"), {});

    add("no-implicit-start +", "no-implicit-start",
        processXml(path + R"(<task id="Lone" name="l"/><sequenceFlow id="F3" sourceRef="Lone" targetRef="E"/>)"),
        {"Lone"});
    add("no-implicit-start link catch -", "no-implicit-start",
        processXml(path + R"(<intermediateCatchEvent id="LC" name="l"><linkEventDefinition name="A"/></intermediateCatchEvent><sequenceFlow id="F3" sourceRef="LC" targetRef="E"/>)"),
        {});
    add("no-implicit-end +", "no-implicit-end",
        processXml(path + R"(<task id="Dead" name="d"/><sequenceFlow id="F3" sourceRef="S" targetRef="Dead"/>)"),
        {"Dead"});
    add("no-implicit-end -", "no-implicit-end", processXml(path), {});

    add("superfluous-termination +", "superfluous-termination",
        processXml(R"(<startEvent id="S"/><endEvent id="TE"><terminateEventDefinition/></endEvent><sequenceFlow id="F" sourceRef="S" targetRef="TE"/>)"),
        {"TE"});
    add("superfluous-termination two ends -", "superfluous-termination",
        processXml(R"(<startEvent id="S"/><parallelGateway id="G"/><endEvent id="TE"><terminateEventDefinition/></endEvent><endEvent id="E2"/>
<sequenceFlow id="F" sourceRef="S" targetRef="G"/><sequenceFlow id="Fa" sourceRef="G" targetRef="TE"/><sequenceFlow id="Fb" sourceRef="G" targetRef="E2"/>)"),
        {});

    add("conditional-flows +", "conditional-flows",
        processXml(R"(<exclusiveGateway id="G" default="D"/><task id="A"/><task id="B"/><task id="C"/>
<sequenceFlow id="D" sourceRef="G" targetRef="A"/><sequenceFlow id="C1" sourceRef="G" targetRef="B"><conditionExpression>x</conditionExpression></sequenceFlow>
<sequenceFlow id="Bare" sourceRef="G" targetRef="C"/>)"),
        {"Bare"});
    add("conditional-flows -", "conditional-flows",
        processXml(R"(<exclusiveGateway id="G" default="D"/><task id="A"/><task id="B"/>
<sequenceFlow id="D" sourceRef="G" targetRef="A"/><sequenceFlow id="C1" sourceRef="G" targetRef="B"><conditionExpression>x</conditionExpression></sequenceFlow>)"),
        {});

    add("event-based-gateway +", "event-based-gateway",
        processXml(R"(<eventBasedGateway id="G"/><intermediateCatchEvent id="M"><messageEventDefinition/></intermediateCatchEvent>
<sequenceFlow id="FC" sourceRef="G" targetRef="M"><conditionExpression>x</conditionExpression></sequenceFlow>)"),
        {"G", "FC"});
    add("event-based-gateway -", "event-based-gateway",
        processXml(R"(<eventBasedGateway id="G"/><intermediateCatchEvent id="M"><messageEventDefinition/></intermediateCatchEvent>
<intermediateCatchEvent id="Ti"><timerEventDefinition/></intermediateCatchEvent>
<sequenceFlow id="F1" sourceRef="G" targetRef="M"/><sequenceFlow id="F2" sourceRef="G" targetRef="Ti"/>)"),
        {});

    add("fake-join +", "fake-join",
        processXml(path + R"(<sequenceFlow id="F3" sourceRef="S" targetRef="T"/>)"), {"T"});
    add("fake-join -", "fake-join", processXml(path), {});

    add("no-disconnected +", "no-disconnected", processXml(path + R"(<task id="Alone" name="a"/>)"),
        {"Alone"});
    add("no-disconnected compensation -", "no-disconnected",
        processXml(path + R"(<task id="Undo" name="u" isForCompensation="true"/>)"), {});

    add("no-duplicate-sequence-flows +", "no-duplicate-sequence-flows",
        processXml(path + R"(<sequenceFlow id="Dup" sourceRef="S" targetRef="T"/>)"), {"Dup", "S", "T"});
    add("no-duplicate-sequence-flows other condition -", "no-duplicate-sequence-flows",
        processXml(path + R"(<sequenceFlow id="Dup" sourceRef="S" targetRef="T"><conditionExpression>y</conditionExpression></sequenceFlow>)"),
        {});

    add("no-gateway-join-fork +", "no-gateway-join-fork",
        processXml(R"(<task id="A"/><task id="B"/><parallelGateway id="G"/><task id="C"/><task id="D"/>
<sequenceFlow id="q1" sourceRef="A" targetRef="G"/><sequenceFlow id="q2" sourceRef="B" targetRef="G"/>
<sequenceFlow id="q3" sourceRef="G" targetRef="C"/><sequenceFlow id="q4" sourceRef="G" targetRef="D"/>)"),
        {"G"});
    add("no-gateway-join-fork -", "no-gateway-join-fork",
        processXml(R"(<task id="A"/><parallelGateway id="G"/><task id="C"/><task id="D"/>
<sequenceFlow id="q1" sourceRef="A" targetRef="G"/><sequenceFlow id="q3" sourceRef="G" targetRef="C"/><sequenceFlow id="q4" sourceRef="G" targetRef="D"/>)"),
        {});

    add("no-implicit-split +", "no-implicit-split",
        processXml(path + R"(<endEvent id="E2"/><sequenceFlow id="F3" sourceRef="T" targetRef="E2"/>)"), {"T"});
    add("no-implicit-split conditional -", "no-implicit-split",
        processXml(path + R"(<endEvent id="E2"/><sequenceFlow id="F3" sourceRef="T" targetRef="E2"><conditionExpression>x</conditionExpression></sequenceFlow>)"),
        {});

    add("superfluous-gateway +", "superfluous-gateway",
        processXml(R"(<task id="A"/><exclusiveGateway id="G"/><task id="B"/><sequenceFlow id="q1" sourceRef="A" targetRef="G"/><sequenceFlow id="q2" sourceRef="G" targetRef="B"/>)"),
        {"G"});
    add("superfluous-gateway -", "superfluous-gateway", processXml(path), {});

    add("superfluous-label +", "superfluous-label",
        processXml(R"(<task id="A"/><task id="B"/><sequenceFlow id="L" name="then" sourceRef="A" targetRef="B"/>)"),
        {"L"});
    add("superfluous-label decision -", "superfluous-label",
        processXml(R"(<exclusiveGateway id="G"/><task id="A"/><task id="B"/><sequenceFlow id="Y" name="yes" sourceRef="G" targetRef="A"/><sequenceFlow id="N" name="no" sourceRef="G" targetRef="B"/>)"),
        {});

    add("no-complex-gateway +", "no-complex-gateway", processXml(R"(<complexGateway id="CG"/>)"), {"CG"});
    add("no-complex-gateway -", "no-complex-gateway", processXml(path), {});
    add("no-inclusive-gateway +", "no-inclusive-gateway", processXml(R"(<inclusiveGateway id="IG"/>)"), {"IG"});
    add("no-inclusive-gateway -", "no-inclusive-gateway", processXml(path), {});

    add("label-required +", "label-required",
        processXml(R"(<startEvent id="S"/><task id="T" name="  "/><exclusiveGateway id="G"/><task id="A" name="a"/><task id="B" name="b"/>
<sequenceFlow id="q1" sourceRef="S" targetRef="T"/><sequenceFlow id="q2" sourceRef="T" targetRef="G"/>
<sequenceFlow id="q3" sourceRef="G" targetRef="A"><conditionExpression>x</conditionExpression></sequenceFlow><sequenceFlow id="q4" sourceRef="G" targetRef="B" name="b"/>)"),
        {"S", "T", "G", "q3"});
    add("label-required joins and parallel -", "label-required",
        processXml(R"(<parallelGateway id="PG"/><exclusiveGateway id="J"/><task id="A" name="a"/><sequenceFlow id="q1" sourceRef="J" targetRef="A"/>)"),
        {});

    add("single-event-definition +", "single-event-definition",
        processXml(R"(<startEvent id="S"><messageEventDefinition/><timerEventDefinition/></startEvent>)"), {"S"});
    add("single-event-definition -", "single-event-definition",
        processXml(R"(<startEvent id="S"><messageEventDefinition/></startEvent>)"), {});

    add("link-event +", "link-event",
        processXml(R"(<intermediateThrowEvent id="LT"><linkEventDefinition name="A"/></intermediateThrowEvent>
<intermediateCatchEvent id="NoName"><linkEventDefinition/></intermediateCatchEvent>)"),
        {"LT", "NoName"});
    add("link-event pair -", "link-event",
        processXml(R"(<intermediateThrowEvent id="LT"><linkEventDefinition name="A"/></intermediateThrowEvent>
<intermediateCatchEvent id="LC"><linkEventDefinition name="A"/></intermediateCatchEvent>)"),
        {});

    add("global +", "global",
        definitionsXml(R"(<message id="Unused" name="m"/><message id="Nameless"/><signal id="S1" name="s"/><signal id="S2" name="s"/>
<process id="P"><intermediateCatchEvent id="C"><messageEventDefinition messageRef="Nameless"/></intermediateCatchEvent>
<intermediateCatchEvent id="C1"><signalEventDefinition signalRef="S1"/></intermediateCatchEvent>
<intermediateCatchEvent id="C2"><signalEventDefinition signalRef="S2"/></intermediateCatchEvent></process>)"),
        {"Unused", "Nameless", "S1", "S2"});
    add("global -", "global",
        definitionsXml(R"(<message id="M" name="m"/><process id="P"><receiveTask id="R" messageRef="M"/></process>)"), {});

    const QString di = QStringLiteral(R"(<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="P">
<bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="0" y="0" width="100" height="80"/></bpmndi:BPMNShape>
<bpmndi:BPMNShape id="B_di" bpmnElement="B"><dc:Bounds x="%1" y="0" width="100" height="80"/></bpmndi:BPMNShape>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>)");
    const QString twoTasks = QStringLiteral(R"(<process id="P"><task id="A"/><task id="B"/><task id="Undrawn"/><dataObject id="DO"/></process>)");
    add("no-bpmndi +", "no-bpmndi", definitionsXml(twoTasks + di.arg(200)), {"Undrawn"});
    add("no-bpmndi -", "no-bpmndi",
        definitionsXml(QStringLiteral(R"(<process id="P"><task id="A"/><task id="B"/></process>)") + di.arg(200)), {});
    add("no-overlapping-elements +", "no-overlapping-elements", definitionsXml(twoTasks + di.arg(50)), {"A", "B"});
    add("no-overlapping-elements -", "no-overlapping-elements", definitionsXml(twoTasks + di.arg(200)), {});

    const QString pools = QStringLiteral(R"(<collaboration id="C"><participant id="Pa" processRef="P1"/><participant id="Pb" processRef="P2"/>
<messageFlow id="MF" sourceRef="%1" targetRef="%2"/></collaboration>
<process id="P1"><task id="A"/><task id="A2"/></process><process id="P2"><task id="B"/></process>)");
    add("message-flow-same-pool +", "message-flow-same-pool", definitionsXml(pools.arg("A", "A2")), {"MF"});
    add("message-flow-same-pool pool to task +", "message-flow-same-pool", definitionsXml(pools.arg("Pa", "A")), {"MF"});
    add("message-flow-same-pool -", "message-flow-same-pool", definitionsXml(pools.arg("A", "B")), {});

    add("sequence-flow-scope +", "sequence-flow-scope",
        definitionsXml(QStringLiteral(R"(<process id="P1"><task id="A"/><sequenceFlow id="X" sourceRef="A" targetRef="B"/></process>
<process id="P2"><task id="B"/></process>)")),
        {"X"});
    add("sequence-flow-scope into sub-process +", "sequence-flow-scope",
        processXml(R"(<task id="A"/><subProcess id="Sub"><task id="In"/></subProcess><sequenceFlow id="X" sourceRef="A" targetRef="In"/>)"),
        {"X"});
    add("sequence-flow-scope -", "sequence-flow-scope", processXml(path), {});

    add("boundary-event-host +", "boundary-event-host",
        processXml(path + R"(<boundaryEvent id="OnGateway" attachedToRef="S"/><boundaryEvent id="Nowhere"/>)"),
        {"OnGateway", "Nowhere"});
    add("boundary-event-host -", "boundary-event-host",
        processXml(path + R"(<boundaryEvent id="Timer" attachedToRef="T"><timerEventDefinition/></boundaryEvent>)"), {});

    add("unreachable-node +", "unreachable-node",
        processXml(path + R"(<task id="L1"/><task id="L2"/><sequenceFlow id="a" sourceRef="L1" targetRef="L2"/><sequenceFlow id="b" sourceRef="L2" targetRef="L1"/>)"),
        {"L1", "L2"});
    add("unreachable-node boundary and link -", "unreachable-node",
        processXml(path + R"(<boundaryEvent id="B" attachedToRef="T"><timerEventDefinition/></boundaryEvent><task id="Late"/>
<sequenceFlow id="b1" sourceRef="B" targetRef="Late"/><intermediateThrowEvent id="LT"><linkEventDefinition name="x"/></intermediateThrowEvent>
<sequenceFlow id="b2" sourceRef="Late" targetRef="LT"/><intermediateCatchEvent id="LC"><linkEventDefinition name="x"/></intermediateCatchEvent>
<task id="After"/><sequenceFlow id="b3" sourceRef="LC" targetRef="After"/><sequenceFlow id="b4" sourceRef="After" targetRef="After"/>)"),
        {});
    return all;
}

} // namespace amtsweg::test

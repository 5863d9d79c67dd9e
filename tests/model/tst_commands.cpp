// Tests of the document commands: each command's redo/undo/redo leaves the tree exactly as
// after/before (compared through a full deterministic dump of the tree), emits the right
// signals, merges or drops itself as documented, and keeps foreign content.

#include "bpmn/elements.h"
#include "commands/addelementcommand.h"
#include "commands/moveshapescommand.h"
#include "commands/reconnectflowcommand.h"
#include "commands/removeelementcommand.h"
#include "commands/resizeshapecommand.h"
#include "commands/setpropertycommand.h"
#include "commands/setwaypointscommand.h"
#include "commands/undomacro.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

// A collaboration of two pools with lanes, a gateway with a default flow, a boundary event,
// a message flow, an association, a data input association, foreign attributes and
// extension elements, labels, and DI numbers spelled "100.0".
const char kFixture[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
    id="Definitions_1" targetNamespace="http://example.org/bpmn">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Pool_A" name="Amt" processRef="Process_A"/>
    <bpmn:participant id="Pool_B" name="Bürger" processRef="Process_B"/>
    <bpmn:messageFlow id="Message_1" sourceRef="Task_1" targetRef="Pool_B"/>
    <bpmn:textAnnotation id="Note_1"><bpmn:text>Hinweis</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="Assoc_1" sourceRef="Task_1" targetRef="Note_1"/>
  </bpmn:collaboration>
  <bpmn:process id="Process_A" isExecutable="false">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_1" name="Sachbearbeitung">
        <bpmn:flowNodeRef>Start_1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gw_1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Boundary_1</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_2" name="Leitung">
        <bpmn:flowNodeRef>End_1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_2</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_1" name="Antrag prüfen" camunda:assignee="sb" camunda:priority="2">
      <bpmn:documentation>Prüft den Antrag</bpmn:documentation>
      <bpmn:extensionElements><camunda:properties><camunda:property name="k" value="v"/></camunda:properties></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gw_1" name="ok?" default="Flow_3" camunda:x="1">
      <bpmn:incoming>Flow_2</bpmn:incoming>
      <bpmn:outgoing>Flow_3</bpmn:outgoing>
      <bpmn:outgoing>Flow_4</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:endEvent id="End_1"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
    <bpmn:task id="Task_2">
      <bpmn:incoming>Flow_4</bpmn:incoming>
      <bpmn:dataInputAssociation id="DataIn_1"><bpmn:sourceRef>DataRef_1</bpmn:sourceRef></bpmn:dataInputAssociation>
    </bpmn:task>
    <bpmn:boundaryEvent id="Boundary_1" attachedToRef="Task_1"/>
    <bpmn:dataObjectReference id="DataRef_1" dataObjectRef="Data_1"/>
    <bpmn:dataObject id="Data_1"/>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_1"/>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="Gw_1"/>
    <bpmn:sequenceFlow id="Flow_3" name="ja" sourceRef="Gw_1" targetRef="End_1"/>
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Gw_1" targetRef="Task_2"/>
  </bpmn:process>
  <bpmn:process id="Process_B" isExecutable="false"/>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Pool_A_di" bpmnElement="Pool_A" isHorizontal="true"><dc:Bounds x="0" y="0" width="800" height="400"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_1_di" bpmnElement="Lane_1" isHorizontal="true"><dc:Bounds x="30" y="0" width="770" height="200"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_2_di" bpmnElement="Lane_2" isHorizontal="true"><dc:Bounds x="30" y="200" width="770" height="200"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="100.0" y="82" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="200" y="60" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gw_1_di" bpmnElement="Gw_1" isMarkerVisible="true"><dc:Bounds x="360" y="75" width="50" height="50"/><bpmndi:BPMNLabel><dc:Bounds x="370" y="50" width="30" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1"><dc:Bounds x="480" y="282" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_2_di" bpmnElement="Task_2"><dc:Bounds x="560" y="260" width="100" height="80"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Boundary_1_di" bpmnElement="Boundary_1"><dc:Bounds x="262" y="122" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="DataRef_1_di" bpmnElement="DataRef_1"><dc:Bounds x="600" y="120" width="36" height="50"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Pool_B_di" bpmnElement="Pool_B" isHorizontal="true"><dc:Bounds x="0" y="450" width="800" height="100"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Note_1_di" bpmnElement="Note_1"><dc:Bounds x="320" y="-80" width="100" height="30"/></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="100"/><di:waypoint x="200" y="100"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="300" y="100"/><di:waypoint x="360" y="100"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="385" y="125"/><di:waypoint x="385" y="300"/><di:waypoint x="480" y="300"/><bpmndi:BPMNLabel><dc:Bounds x="390" y="200" width="12" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="410" y="100"/><di:waypoint x="610" y="100"/><di:waypoint x="610" y="260"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Message_1_di" bpmnElement="Message_1"><di:waypoint x="250" y="140"/><di:waypoint x="250" y="450"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Assoc_1_di" bpmnElement="Assoc_1"><di:waypoint x="260" y="60"/><di:waypoint x="350" y="-50"/></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="DataIn_1_di" bpmnElement="DataIn_1"><di:waypoint x="618" y="170"/><di:waypoint x="618" y="260"/></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

/// A deterministic, complete dump of the subtree at `n`: every node kind, qualified name
/// (URI, local, prefix), attribute (in order) and text. Two trees print the same exactly when
/// they have the same content at the same places.
void dumpNode(const ModelTree &t, NodeId n, int depth, QByteArray &out)
{
    out.append(QByteArray(depth * 2, ' '));
    switch (t.kind(n)) {
    case NodeKind::Document:
        out.append("#document");
        break;
    case NodeKind::Text:
        out.append("#text:").append(t.nodeText(n).data(), qsizetype(t.nodeText(n).size()));
        break;
    case NodeKind::CData:
        out.append("#cdata:").append(t.nodeText(n).data(), qsizetype(t.nodeText(n).size()));
        break;
    case NodeKind::Comment:
        out.append("#comment:").append(t.nodeText(n).data(), qsizetype(t.nodeText(n).size()));
        break;
    case NodeKind::Instruction:
        out.append("#pi:").append(t.nodeText(n).data(), qsizetype(t.nodeText(n).size()));
        break;
    case NodeKind::Element: {
        const QualifiedName &q = t.qname(n);
        out.append('{').append(q.nsUri.data(), qsizetype(q.nsUri.size())).append('}');
        out.append(q.prefix.data(), qsizetype(q.prefix.size())).append(':');
        out.append(q.local.data(), qsizetype(q.local.size()));
        for (const Attribute &a : t.attributes(n)) {
            const QualifiedName &an = t.names()[a.name];
            out.append(" {").append(an.nsUri.data(), qsizetype(an.nsUri.size())).append('}');
            out.append(an.prefix.data(), qsizetype(an.prefix.size())).append(':');
            out.append(an.local.data(), qsizetype(an.local.size())).append("=\"");
            out.append(a.value.data(), qsizetype(a.value.size())).append('"');
        }
        break;
    }
    }
    out.append('\n');
    for (NodeId c = t.firstChild(n); c != kNoNode; c = t.next(c))
        dumpNode(t, c, depth + 1, out);
}

QByteArray dump(const ModelTree &t)
{
    QByteArray out;
    dumpNode(t, t.documentNode(), 0, out);
    return out;
}

std::unique_ptr<BpmnDocument> loadFixture()
{
    ReadResult r = BpmnReader::readBytes(QByteArray(kFixture), QStringLiteral("fixture.bpmn"));
    if (!r.ok())
        return nullptr;
    for (const Diagnostic &d : r.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    return std::make_unique<BpmnDocument>(std::move(r.tree));
}

NodeId byId(const BpmnDocument &doc, const char *id)
{
    return doc.tree().byId(id);
}

QString attr(const BpmnDocument &doc, const char *id, const char *name)
{
    const ModelTree &t = doc.tree();
    const NodeId n = t.byId(id);
    if (n == kNoNode)
        return QStringLiteral("<missing element>");
    for (const Attribute &a : t.attributes(n))
        if (t.names()[a.name].local == name)
            return QString::fromUtf8(a.value.data(), qsizetype(a.value.size()));
    return QStringLiteral("<absent>");
}

/// Ids (or "<node>" for id-less nodes) of a signal spy's first arguments.
QStringList spiedIds(const BpmnDocument &doc, const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy) {
        const NodeId n = args.at(0).value<NodeId>();
        const std::string_view id = doc.tree().id(n);
        ids << (id.empty() ? QStringLiteral("<%1>").arg(
                                 QString::fromUtf8(doc.tree().localName(n).data(),
                                                   qsizetype(doc.tree().localName(n).size())))
                           : QString::fromUtf8(id.data(), qsizetype(id.size())));
    }
    return ids;
}

/// Pushes `command`, then undoes and redoes it, checking that undo restores `before` exactly
/// and redo restores the state after the first execution exactly. Returns the state after.
QByteArray checkRoundTrip(BpmnDocument &doc, QUndoCommand *command, bool *ok)
{
    *ok = false;
    const QByteArray before = dump(doc.tree());
    const int count = doc.undoStack()->count();
    doc.push(command);
    [&] { QCOMPARE(doc.undoStack()->count(), count + 1); }();
    const QByteArray after = dump(doc.tree());
    [&] { QVERIFY(after != before); }();
    doc.undoStack()->undo();
    [&] { QCOMPARE(dump(doc.tree()), before); }();
    doc.undoStack()->redo();
    [&] { QCOMPARE(dump(doc.tree()), after); }();
    doc.undoStack()->undo();
    [&] { QCOMPARE(dump(doc.tree()), before); }();
    doc.undoStack()->redo();
    [&] { QCOMPARE(dump(doc.tree()), after); }();
    *ok = !QTest::currentTestFailed();
    return after;
}

#define ROUND_TRIP(doc, command)                                                                   \
    [&] {                                                                                          \
        bool ok_ = false;                                                                          \
        const QByteArray r_ = checkRoundTrip(doc, command, &ok_);                                  \
        if (!ok_)                                                                                  \
            QTest::qFail("round trip failed", __FILE__, __LINE__);                                 \
        return r_;                                                                                 \
    }()

bool hasReference(const BpmnDocument &doc, const char *owner, const char *childName,
                  const char *target)
{
    return bpmn::referenceChild(doc.tree(), byId(doc, owner), childName, byId(doc, target)) !=
           kNoNode;
}

QList<QPointF> points(const BpmnDocument &doc, const char *edgeId)
{
    return di::waypoints(doc.tree(), byId(doc, edgeId));
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureReads();
    void numbers_data();
    void numbers();
    void addFlowNodeWithShapeAndLane();
    void addSequenceFlowAddsReferences();
    void removeTaskTakesAttachedAlong();
    void removeFlowCleansReferences();
    void removeByShape();
    void removeParticipantTakesProcess();
    void removeLane();
    void setAttributeKeepsForeignContent();
    void removeAttributeRestoresOrder();
    void setPropertyMerges();
    void setPropertyMergeBackIsDropped();
    void setPropertyNoOpIsDropped();
    void setChildText();
    void setIdRewritesReferences();
    void moveShape();
    void moveSelectionMovesWholeEdges();
    void moveZeroIsDropped();
    void emptyUndoMacroIsDropped();
    void resizeShape();
    void setWaypoints();
    void reconnectTarget();
    void reconnectSourceDropsDefault();
    void writerOutputAfterEdits();
    void miwgRemoveEachElement_data();
    void miwgRemoveEachElement();
};

void TestCommands::fixtureReads()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const ModelTree &t = doc->tree();
    QVERIFY(bpmn::isTask(t, byId(*doc, "Task_1")));
    QVERIFY(bpmn::isActivity(t, byId(*doc, "Task_1")));
    QVERIFY(bpmn::isFlowNode(t, byId(*doc, "Gw_1")));
    QVERIFY(bpmn::isFlowElementsContainer(t, byId(*doc, "Process_A")));
    QVERIFY(!bpmn::isFlowElementsContainer(t, byId(*doc, "Pool_A")));
    QVERIFY(bpmn::isGateway(t, byId(*doc, "Gw_1")));
    QVERIFY(!bpmn::isGateway(t, byId(*doc, "Task_1")));
    QVERIFY(bpmn::isEvent(t, byId(*doc, "Boundary_1")));
    QVERIFY(bpmn::isBoundaryEvent(t, byId(*doc, "Boundary_1")));
    QVERIFY(bpmn::isParticipant(t, byId(*doc, "Pool_A")));
    QVERIFY(bpmn::isLane(t, byId(*doc, "Lane_1")));
    QVERIFY(bpmn::isSequenceFlow(t, byId(*doc, "Flow_1")));
    QVERIFY(bpmn::isMessageFlow(t, byId(*doc, "Message_1")));
    QVERIFY(bpmn::isConnection(t, byId(*doc, "Assoc_1")));
    QCOMPARE(bpmn::name(t, byId(*doc, "Gw_1")), std::string_view("ok?"));
    QCOMPARE(bpmn::sourceOf(t, byId(*doc, "Flow_2")), byId(*doc, "Task_1"));
    QCOMPARE(bpmn::targetOf(t, byId(*doc, "Flow_2")), byId(*doc, "Gw_1"));
    QCOMPARE(bpmn::outgoingFlows(t, byId(*doc, "Gw_1")),
             (std::vector<NodeId>{byId(*doc, "Flow_3"), byId(*doc, "Flow_4")}));
    QCOMPARE(bpmn::incomingFlows(t, byId(*doc, "Task_1")),
             std::vector<NodeId>{byId(*doc, "Flow_1")});
    QCOMPARE(bpmn::boundaryEvents(t, byId(*doc, "Task_1")),
             std::vector<NodeId>{byId(*doc, "Boundary_1")});
    QCOMPARE(bpmn::laneOf(t, byId(*doc, "Task_2")), byId(*doc, "Lane_2"));
    QCOMPARE(bpmn::participantOf(t, byId(*doc, "Process_A")), byId(*doc, "Pool_A"));
    QCOMPARE(bpmn::declaredPrefix(t, schema::uri::model), std::optional<std::string_view>("bpmn"));
    QCOMPARE(di::diagramElementOf(t, byId(*doc, "Task_1")), byId(*doc, "Task_1_di"));
    QCOMPARE(di::semanticOf(t, byId(*doc, "Task_1_di")), byId(*doc, "Task_1"));
    QCOMPARE(di::bounds(t, byId(*doc, "Start_1_di")),
             std::optional<QRectF>(QRectF(100, 82, 36, 36)));
    QCOMPARE(di::labelBounds(t, byId(*doc, "Gw_1_di")),
             std::optional<QRectF>(QRectF(370, 50, 30, 14)));
    QCOMPARE(points(*doc, "Flow_3_di").size(), 3);
    QCOMPARE(di::edgeSourceShape(t, byId(*doc, "Flow_3_di")), byId(*doc, "Gw_1_di"));
    QCOMPARE(di::edgeTargetShape(t, byId(*doc, "Message_1_di")), byId(*doc, "Pool_B_di"));
    QCOMPARE(di::planes(t).size(), std::size_t(1));
    QCOMPARE(di::planeFor(t, byId(*doc, "Process_A")), byId(*doc, "Plane_1"));
    QCOMPARE(di::edgesAttachedTo(t, byId(*doc, "Task_1_di")).size(), std::size_t(4));
}

void TestCommands::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("spelling");
    QTest::newRow("whole") << 100.0 << "100";
    QTest::newRow("negative whole") << -40.0 << "-40";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("half") << 110.5 << "110.5";
    QTest::newRow("shortest round trip") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("large") << 1e20 << "1e+20";
}

void TestCommands::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, spelling);
    QCOMPARE(QString::fromStdString(di::formatNumber(value)), spelling);
    QCOMPARE(di::parseNumber(spelling.toStdString()),
             std::optional<double>(value == 0 ? 0 : value));
    QCOMPARE(di::parseNumber("100.0"), std::optional<double>(100));
    QCOMPARE(di::parseNumber(" 12 "), std::optional<double>(12));
    QVERIFY(!di::parseNumber("12px"));
    QVERIFY(!di::parseNumber(""));
    QVERIFY(!di::parseNumber("nan"));
    QCOMPARE(di::roundCoordinate(100.1 + 0.2), 100.3);
}

void TestCommands::addFlowNodeWithShapeAndLane()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ModelTree &f = doc->nodeFactory();
    const NodeId task = bpmn::createBpmnElement(f, "serviceTask");
    const std::string id(f.id(task));
    QVERIFY(QByteArray::fromStdString(id).startsWith("Activity_"));
    const NodeId shape = di::createShape(f, id, QRectF(700, 60, 100, 80));
    QVERIFY(!f.isAttached(task));

    QSignalSpy added(doc.get(), &BpmnDocument::elementAdded);
    QSignalSpy removed(doc.get(), &BpmnDocument::elementRemoved);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    ROUND_TRIP(*doc, new AddElementCommand(doc.get(), byId(*doc, "Process_A"), task,
                                           byId(*doc, "Plane_1"), shape, byId(*doc, "Lane_1")));
    // Signals of push, undo, redo, undo, redo.
    QCOMPARE(added.count(), 6);
    QCOMPARE(added.at(0).at(0).value<NodeId>(), task);
    QCOMPARE(added.at(1).at(0).value<NodeId>(), shape);
    QCOMPARE(removed.count(), 4);
    QCOMPARE(removed.at(0).at(0).value<NodeId>(), shape); // undo runs backwards
    QCOMPARE(removed.at(1).at(0).value<NodeId>(), task);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(changed.at(0).at(0).value<NodeId>(), byId(*doc, "Lane_1"));
    QCOMPARE(doc->tree().names()[changed.at(0).at(1).value<NameId>()].local,
             std::string_view("flowNodeRef"));

    const ModelTree &t = doc->tree();
    QVERIFY(t.isAttached(task));
    QCOMPARE(t.byId(id), task);
    QCOMPARE(t.qname(task).prefix, std::string_view("bpmn"));
    QCOMPARE(t.qname(shape).prefix, std::string_view("bpmndi"));
    QVERIFY(hasReference(*doc, "Lane_1", "flowNodeRef", id.c_str()));
    // Schema order: flow elements follow the laneSet; the task goes after the other flow
    // elements of its slot (the process' flowElement slot), the shape at the end of the plane.
    QVERIFY(bpmn::childSlotOf(t, t.parent(task), t.prev(task)) <=
            bpmn::childSlotOf(t, t.parent(task), task));
    QCOMPARE(t.parent(shape), byId(*doc, "Plane_1"));
    QCOMPARE(di::bounds(t, shape), std::optional<QRectF>(QRectF(700, 60, 100, 80)));
    QCOMPARE(bpmn::laneOf(t, task), byId(*doc, "Lane_1"));
}

void TestCommands::addSequenceFlowAddsReferences()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    const QByteArray before = dump(doc->tree());
    const NodeId flow = doc->addSequenceFlow(byId(*doc, "Task_2"), byId(*doc, "End_1"),
                                             {{610, 340}, {498, 340}, {498, 318}});
    const ModelTree &t = doc->tree();
    const std::string id(t.id(flow));
    QVERIFY(QByteArray::fromStdString(id).startsWith("Flow_"));
    QVERIFY(hasReference(*doc, "Task_2", "outgoing", id.c_str()));
    QVERIFY(hasReference(*doc, "End_1", "incoming", id.c_str()));
    // <outgoing> goes after <incoming> and before the data association (schema order).
    const NodeId out = bpmn::referenceChild(t, byId(*doc, "Task_2"), "outgoing", flow);
    QVERIFY(t.is(t.prev(out), "incoming"));
    QVERIFY(t.is(t.next(out), "dataInputAssociation"));
    const NodeId edge = di::diagramElementOf(t, flow);
    QVERIFY(di::isEdge(t, edge));
    QCOMPARE(di::waypoints(t, edge).size(), 3);
    QCOMPARE(changed.count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(dump(doc->tree()), before);
    QVERIFY(!t.isAttached(flow));
}

void TestCommands::removeTaskTakesAttachedAlong()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy removed(doc.get(), &BpmnDocument::elementRemoved);
    QSignalSpy added(doc.get(), &BpmnDocument::elementAdded);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    auto *command = new RemoveElementCommand(doc.get(), byId(*doc, "Task_1"));
    doc->push(command);
    const QStringList gone = spiedIds(*doc, removed);
    for (const char *id :
         {"Task_1", "Task_1_di", "Flow_1", "Flow_2", "Flow_1_di", "Flow_2_di", "Message_1",
          "Message_1_di", "Assoc_1", "Assoc_1_di", "Boundary_1", "Boundary_1_di"})
        QVERIFY2(gone.contains(QLatin1String(id)), id);
    QCOMPARE(gone.size(), 12);
    QCOMPARE(command->removedRoots().size(), std::size_t(12));
    for (const char *id : {"Task_1", "Flow_1", "Message_1", "Boundary_1_di"})
        QCOMPARE(byId(*doc, id), kNoNode);
    // References from what stays are gone; the rest is untouched.
    QVERIFY(!doc->tree().firstChildElement(byId(*doc, "Start_1"), "outgoing"));
    QVERIFY(!doc->tree().firstChildElement(byId(*doc, "Gw_1"), "incoming"));
    QCOMPARE(bpmn::childElements(doc->tree(), byId(*doc, "Lane_1"), "flowNodeRef").size(),
             std::size_t(2));
    QVERIFY(hasReference(*doc, "Lane_1", "flowNodeRef", "Gw_1"));
    QCOMPARE(attr(*doc, "Gw_1", "default"), QStringLiteral("Flow_3"));
    QVERIFY(byId(*doc, "Note_1") != kNoNode);
    const QStringList changedIds = spiedIds(*doc, changed);
    QVERIFY(changedIds.contains(QStringLiteral("Start_1")));
    QVERIFY(changedIds.contains(QStringLiteral("Gw_1")));
    QVERIFY(changedIds.contains(QStringLiteral("Lane_1")));

    removed.clear();
    doc->undoStack()->undo();
    QCOMPARE(removed.count(), 0);
    QCOMPARE(added.count(), 12);
    QCOMPARE(byId(*doc, "Task_1"), command->removedRoots().front());

    auto fresh = loadFixture();
    QCOMPARE(dump(doc->tree()), dump(fresh->tree()));
    doc->undoStack()->redo();
    const QByteArray afterRedo = dump(doc->tree());
    doc->undoStack()->undo();
    QCOMPARE(dump(doc->tree()), dump(fresh->tree()));
    doc->undoStack()->redo();
    QCOMPARE(dump(doc->tree()), afterRedo);
}

void TestCommands::removeFlowCleansReferences()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ROUND_TRIP(*doc, new RemoveElementCommand(doc.get(), byId(*doc, "Flow_3")));
    QCOMPARE(attr(*doc, "Gw_1", "default"), QStringLiteral("<absent>"));
    QCOMPARE(attr(*doc, "Gw_1", "name"), QStringLiteral("ok?"));
    QCOMPARE(attr(*doc, "Gw_1", "x"), QStringLiteral("1")); // camunda:x survives
    QVERIFY(hasReference(*doc, "Gw_1", "outgoing", "Flow_4"));
    QVERIFY(!doc->tree().firstChildElement(byId(*doc, "End_1"), "incoming"));
    QCOMPARE(byId(*doc, "Flow_3_di"), kNoNode);
    // Undo put `default` back between name and camunda:x (checked by the dump comparison).
}

void TestCommands::removeByShape()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    // The shape stands for its element; the data input association depends on DataRef_1.
    ROUND_TRIP(
        *doc, new RemoveElementCommand(doc.get(), std::vector<NodeId>{byId(*doc, "DataRef_1_di")}));
    QCOMPARE(byId(*doc, "DataRef_1"), kNoNode);
    QCOMPARE(byId(*doc, "DataIn_1"), kNoNode);
    QCOMPARE(byId(*doc, "DataIn_1_di"), kNoNode);
    QVERIFY(byId(*doc, "Data_1") != kNoNode);
    QVERIFY(byId(*doc, "Task_2") != kNoNode);
}

void TestCommands::removeParticipantTakesProcess()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ROUND_TRIP(*doc, new RemoveElementCommand(doc.get(), byId(*doc, "Pool_A")));
    for (const char *id : {"Pool_A", "Process_A", "Task_1", "Pool_A_di", "Task_1_di", "Lane_1_di",
                           "Flow_4_di", "Message_1", "Assoc_1", "DataIn_1_di"})
        QVERIFY2(byId(*doc, id) == kNoNode, id);
    for (const char *id : {"Pool_B", "Process_B", "Pool_B_di", "Note_1", "Note_1_di"})
        QVERIFY2(byId(*doc, id) != kNoNode, id);
}

void TestCommands::removeLane()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ROUND_TRIP(*doc, new RemoveElementCommand(doc.get(), byId(*doc, "Lane_2")));
    QCOMPARE(byId(*doc, "Lane_2_di"), kNoNode);
    QVERIFY(byId(*doc, "End_1") != kNoNode); // lanes do not own their flow nodes
    QCOMPARE(bpmn::laneOf(doc->tree(), byId(*doc, "End_1")), kNoNode);
}

void TestCommands::setAttributeKeepsForeignContent()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const NodeId task = byId(*doc, "Task_1");
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), task, doc->tree().known().name,
                                            std::string_view("Antrag bescheiden")));
    QCOMPARE(attr(*doc, "Task_1", "name"), QStringLiteral("Antrag bescheiden"));
    QCOMPARE(attr(*doc, "Task_1", "assignee"), QStringLiteral("sb"));
    QVERIFY(doc->tree().firstChildElement(task, "extensionElements"));
    QCOMPARE(changed.count(), 5);
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).value<NodeId>(), task);
        QCOMPARE(args.at(1).value<NameId>(), doc->tree().known().name);
    }
    // A foreign attribute is a property like any other.
    const NameId assignee = doc->nodeFactory().names().intern("http://camunda.org/schema/1.0/bpmn",
                                                              "assignee", "camunda");
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), task, assignee, std::string_view("lead")));
    QCOMPARE(attr(*doc, "Task_1", "assignee"), QStringLiteral("lead"));
}

void TestCommands::removeAttributeRestoresOrder()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    // name is between id and camunda:assignee: undo must put it back there.
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), byId(*doc, "Task_1"),
                                            doc->tree().known().name, std::nullopt));
    QCOMPARE(attr(*doc, "Task_1", "name"), QStringLiteral("<absent>"));
    // Adding an attribute that was not there.
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), byId(*doc, "Task_2"),
                                            doc->attributeName("isForCompensation"),
                                            std::string_view("true")));
}

void TestCommands::setPropertyMerges()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const QByteArray before = dump(doc->tree());
    const NodeId task = byId(*doc, "Task_2");
    for (const char *name : {"P", "Pr", "Prü", "Prüf"})
        doc->setName(task, name);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(attr(*doc, "Task_2", "name"), QStringLiteral("Prüf"));
    // Another property or element does not merge.
    doc->setName(byId(*doc, "Task_1"), "x");
    doc->setElementProperty(task, doc->attributeName("startQuantity"), std::string_view("2"));
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(dump(doc->tree()), before);
    doc->undoStack()->redo();
    QCOMPARE(attr(*doc, "Task_2", "name"), QStringLiteral("Prüf"));
    // After a save point edits do not merge into the saved command.
    doc->setClean();
    doc->setName(task, "Prüfen");
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestCommands::setPropertyMergeBackIsDropped()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const QByteArray before = dump(doc->tree());
    const NodeId note = byId(*doc, "Note_1");
    const NameId text = doc->bpmnElementName("text");
    doc->setElementProperty(note, text, std::string_view("Hinweis!"));
    doc->setElementProperty(note, text, std::string_view("Hinweis"));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(dump(doc->tree()), before);
    QVERIFY(!doc->isModified());
}

void TestCommands::setPropertyNoOpIsDropped()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    doc->setName(byId(*doc, "Task_1"), "Antrag prüfen");
    doc->setElementProperty(byId(*doc, "Task_2"), doc->tree().known().name, std::nullopt);
    doc->setElementProperty(byId(*doc, "Task_2"), doc->bpmnElementName("documentation"),
                            std::nullopt);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!doc->isModified());
}

void TestCommands::setChildText()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const NameId documentation = doc->bpmnElementName("documentation");
    // Creates <documentation> first in Task_2 (schema order), and removes it on undo.
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), byId(*doc, "Task_2"), documentation,
                                            std::string_view("Neu")));
    const NodeId doc2 = doc->tree().firstChildElement(byId(*doc, "Task_2"));
    QVERIFY(doc->tree().is(doc2, "documentation"));
    QCOMPARE(doc->tree().text(doc2), std::string("Neu"));
    // Changes existing text; removes the element for an empty value.
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), byId(*doc, "Task_1"), documentation,
                                            std::string_view("Anders")));
    QCOMPARE(doc->tree().text(doc->tree().firstChildElement(byId(*doc, "Task_1"), "documentation")),
             std::string("Anders"));
    // Removing it right after is the same property again: it merges into that edit.
    doc->setElementProperty(byId(*doc, "Task_1"), documentation, std::nullopt);
    QCOMPARE(doc->undoStack()->count(), 2);
    QVERIFY(!doc->tree().firstChildElement(byId(*doc, "Task_1"), "documentation"));
    doc->undoStack()->undo();
    QCOMPARE(doc->tree().text(doc->tree().firstChildElement(byId(*doc, "Task_1"), "documentation")),
             std::string("Prüft den Antrag"));
    doc->undoStack()->redo();
    auto fresh = loadFixture();
    ROUND_TRIP(*fresh,
               new SetPropertyCommand(fresh.get(), byId(*fresh, "Task_1"),
                                      fresh->bpmnElementName("documentation"), std::string_view()));
    QVERIFY(!fresh->tree().firstChildElement(byId(*fresh, "Task_1"), "documentation"));
    // An element's own text.
    const NodeId textNode = doc->tree().firstChildElement(byId(*doc, "Note_1"), "text");
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), textNode, kTextProperty,
                                            std::string_view("a < b")));
    QCOMPARE(doc->tree().text(textNode), std::string("a < b"));
    QCOMPARE(changed.at(0).at(1).value<NameId>(), kTextProperty);
}

void TestCommands::setIdRewritesReferences()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const NodeId gw = byId(*doc, "Gw_1");
    ROUND_TRIP(*doc, new SetPropertyCommand(doc.get(), gw, doc->tree().known().id,
                                            std::string_view("Gateway_ok")));
    QCOMPARE(byId(*doc, "Gateway_ok"), gw);
    QCOMPARE(byId(*doc, "Gw_1"), kNoNode);
    QCOMPARE(attr(*doc, "Flow_2", "targetRef"), QStringLiteral("Gateway_ok"));
    QCOMPARE(attr(*doc, "Flow_3", "sourceRef"), QStringLiteral("Gateway_ok"));
    QCOMPARE(attr(*doc, "Gw_1_di", "bpmnElement"), QStringLiteral("Gateway_ok"));
    QVERIFY(hasReference(*doc, "Lane_1", "flowNodeRef", "Gateway_ok"));
    // An id in use is refused.
    doc->setElementProperty(gw, doc->tree().known().id, std::string_view("Task_1"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(byId(*doc, "Task_1") != gw);
    QCOMPARE(doc->tree().id(gw), std::string_view("Gateway_ok"));
}

void TestCommands::moveShape()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy geometry(doc.get(), &BpmnDocument::geometryChanged);
    ROUND_TRIP(*doc,
               new MoveShapesCommand(doc.get(), {byId(*doc, "Start_1_di")}, QPointF(10, -2.5)));
    const ModelTree &t = doc->tree();
    // "100.0" + 10 is written "110"; 82 - 2.5 is "79.5".
    QCOMPARE(attr(*doc, "Start_1_di", "id"), QStringLiteral("Start_1_di"));
    const NodeId bounds = di::boundsNode(t, byId(*doc, "Start_1_di"));
    QCOMPARE(t.attr(bounds, t.known().x), std::string_view("110"));
    QCOMPARE(t.attr(bounds, t.known().y), std::string_view("79.5"));
    QCOMPARE(t.attr(bounds, t.known().width), std::string_view("36"));
    // Only the first waypoint of the outgoing edge moves.
    QCOMPARE(points(*doc, "Flow_1_di"), (QList<QPointF>{{146, 97.5}, {200, 100}}));
    QCOMPARE(geometry.count(), 10);
    QCOMPARE(spiedIds(*doc, geometry).mid(0, 2), (QStringList{"Start_1_di", "Flow_1_di"}));

    // A shape with a label; the incoming edge's last point, outgoing edges' first points.
    ROUND_TRIP(*doc, new MoveShapesCommand(doc.get(), {byId(*doc, "Gw_1")}, QPointF(0, 20)));
    QCOMPARE(di::labelBounds(t, byId(*doc, "Gw_1_di")),
             std::optional<QRectF>(QRectF(370, 70, 30, 14)));
    QCOMPARE(points(*doc, "Flow_2_di").last(), QPointF(360, 120));
    QCOMPARE(points(*doc, "Flow_3_di").first(), QPointF(385, 145));
    QCOMPARE(points(*doc, "Flow_3_di").at(1), QPointF(385, 300));
    QCOMPARE(di::labelBounds(t, byId(*doc, "Flow_3_di")),
             std::optional<QRectF>(QRectF(390, 200, 12, 14)));
}

void TestCommands::moveSelectionMovesWholeEdges()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ROUND_TRIP(*doc,
               new MoveShapesCommand(doc.get(), {byId(*doc, "Gw_1_di"), byId(*doc, "End_1_di")},
                                     QPointF(5, 5)));
    QCOMPARE(points(*doc, "Flow_3_di"), (QList<QPointF>{{390, 130}, {390, 305}, {485, 305}}));
    QCOMPARE(di::labelBounds(doc->tree(), byId(*doc, "Flow_3_di")),
             std::optional<QRectF>(QRectF(395, 205, 12, 14)));
    // A selected edge moves wholly even when its ends stay.
    ROUND_TRIP(*doc, new MoveShapesCommand(doc.get(), {byId(*doc, "Flow_4_di")}, QPointF(0, 1)));
    QCOMPARE(points(*doc, "Flow_4_di").last(), QPointF(610, 261));
}

void TestCommands::moveZeroIsDropped()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    doc->moveShapes({byId(*doc, "Task_1_di")}, QPointF(0, 0));
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCommands::emptyUndoMacroIsDropped()
{
    QUndoStack stack;
    stack.push(new QUndoCommand(QStringLiteral("first")));
    stack.setClean();
    { const UndoMacro refused(&stack, QStringLiteral("refused")); }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("first"));
    QVERIFY(stack.isClean());
    QVERIFY(!stack.canRedo());
    {
        const UndoMacro outer(&stack, QStringLiteral("outer"));
        stack.push(new QUndoCommand(QStringLiteral("a")));
        { const UndoMacro inner(&stack, QStringLiteral("inner")); } // joins the outer step
        stack.push(new QUndoCommand(QStringLiteral("b")));
    }
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.undoText(), QStringLiteral("outer"));
    QCOMPARE(stack.command(1)->childCount(), 2);
    { const UndoMacro refusedAgain(&stack, QStringLiteral("refused again")); }
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.undoText(), QStringLiteral("outer"));
}

void TestCommands::resizeShape()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy geometry(doc.get(), &BpmnDocument::geometryChanged);
    ROUND_TRIP(*doc, new ResizeShapeCommand(doc.get(), byId(*doc, "Task_1_di"),
                                            QRectF(190, 50, 120.25, 100)));
    QCOMPARE(di::bounds(doc->tree(), byId(*doc, "Task_1_di")),
             std::optional<QRectF>(QRectF(190, 50, 120.25, 100)));
    QCOMPARE(geometry.count(), 5);
    QCOMPARE(geometry.at(0).at(0).value<NodeId>(), byId(*doc, "Task_1_di"));
    doc->resizeShape(byId(*doc, "Task_1_di"), QRectF(190, 50, 120.25, 100));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestCommands::setWaypoints()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const QList<QPointF> route{{410, 100}, {500, 100}, {500, 300}, {560, 300}};
    ROUND_TRIP(*doc, new SetWaypointsCommand(doc.get(), byId(*doc, "Flow_4_di"), route));
    QCOMPARE(points(*doc, "Flow_4_di"), route);
    doc->setWaypoints(byId(*doc, "Flow_4_di"), route);
    QCOMPARE(doc->undoStack()->count(), 1);
    // Waypoints stay before the label.
    ROUND_TRIP(*doc, new SetWaypointsCommand(doc.get(), byId(*doc, "Flow_3_di"),
                                             {{385, 125}, {480, 300}}));
    const ModelTree &t = doc->tree();
    QVERIFY(di::isLabel(t, t.lastChild(byId(*doc, "Flow_3_di"))));
}

void TestCommands::reconnectTarget()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    ROUND_TRIP(*doc, new ReconnectFlowCommand(doc.get(), byId(*doc, "Flow_4"), FlowEnd::Target,
                                              byId(*doc, "End_1")));
    QCOMPARE(attr(*doc, "Flow_4", "targetRef"), QStringLiteral("End_1"));
    QVERIFY(!hasReference(*doc, "Task_2", "incoming", "Flow_4"));
    QVERIFY(hasReference(*doc, "End_1", "incoming", "Flow_4"));
    QVERIFY(hasReference(*doc, "End_1", "incoming", "Flow_3"));
    // From (610,100) towards End_1's centre (498,300): enters the shape at its top.
    QCOMPARE(points(*doc, "Flow_4_di").last(), QPointF(508.08, 282));
    const QStringList ids = spiedIds(*doc, changed);
    QVERIFY(ids.mid(0, 3).contains(QStringLiteral("Flow_4")));
    QVERIFY(ids.mid(0, 3).contains(QStringLiteral("Task_2")));
    QVERIFY(ids.mid(0, 3).contains(QStringLiteral("End_1")));
    // An explicit point; reconnecting to the same node only moves the point.
    ROUND_TRIP(*doc, new ReconnectFlowCommand(doc.get(), byId(*doc, "Flow_4_di"), FlowEnd::Target,
                                              byId(*doc, "End_1_di"), QPointF(500, 290)));
    QCOMPARE(points(*doc, "Flow_4_di").last(), QPointF(500, 290));
    doc->push(new ReconnectFlowCommand(doc.get(), byId(*doc, "Flow_4"), FlowEnd::Target,
                                       byId(*doc, "End_1")));
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestCommands::reconnectSourceDropsDefault()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    ROUND_TRIP(*doc, new ReconnectFlowCommand(doc.get(), byId(*doc, "Flow_3"), FlowEnd::Source,
                                              byId(*doc, "Task_2")));
    QCOMPARE(attr(*doc, "Flow_3", "sourceRef"), QStringLiteral("Task_2"));
    QCOMPARE(attr(*doc, "Gw_1", "default"), QStringLiteral("<absent>"));
    QVERIFY(!hasReference(*doc, "Gw_1", "outgoing", "Flow_3"));
    QVERIFY(hasReference(*doc, "Task_2", "outgoing", "Flow_3"));
    // Message flows have no incoming/outgoing lists.
    ROUND_TRIP(*doc, new ReconnectFlowCommand(doc.get(), byId(*doc, "Message_1"), FlowEnd::Source,
                                              byId(*doc, "Task_2")));
    QCOMPARE(attr(*doc, "Message_1", "sourceRef"), QStringLiteral("Task_2"));
    QCOMPARE(bpmn::childElements(doc->tree(), byId(*doc, "Task_2"), "outgoing").size(),
             std::size_t(1));
}

void TestCommands::writerOutputAfterEdits()
{
    auto doc = loadFixture();
    QVERIFY(doc);
    const QByteArray original = BpmnWriter::write(doc->tree());
    // A lane as container: the node goes into the lane's process and into the lane.
    const NodeId added = doc->addFlowNode(byId(*doc, "Lane_2"), "task", QRectF(700, 250, 100, 80));
    QCOMPARE(doc->tree().parent(added), byId(*doc, "Process_A"));
    QCOMPARE(bpmn::laneOf(doc->tree(), added), byId(*doc, "Lane_2"));
    const NodeId inPool = doc->addFlowNode(byId(*doc, "Pool_B"), "task", QRectF(100, 470, 100, 60));
    QCOMPARE(doc->tree().parent(inPool), byId(*doc, "Process_B"));
    doc->reconnectFlow(byId(*doc, "Flow_4"), FlowEnd::Target, added);
    QCOMPARE(bpmn::targetOf(doc->tree(), byId(*doc, "Flow_4")), added);
    doc->removeElements({byId(*doc, "Task_1")});
    doc->moveShapes({byId(*doc, "End_1_di")}, QPointF(3, 4));
    doc->setName(byId(*doc, "Gw_1"), "geprüft?");
    const QByteArray edited = BpmnWriter::write(doc->tree());
    QVERIFY(edited != original);
    ReadResult reread = BpmnReader::readBytes(edited, QStringLiteral("edited.bpmn"));
    QVERIFY(reread.ok());
    for (const Diagnostic &d : reread.diagnostics)
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(BpmnWriter::write(doc->tree()), original);
    QVERIFY(!doc->isModified());
}

void TestCommands::miwgRemoveEachElement_data()
{
    QTest::addColumn<QString>("path");
    if (!test::haveShared())
        return;
    const QDir reference(test::sharedDir() + QStringLiteral("/testdata/miwg/Reference"));
    for (const QString &sub : reference.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QFileInfo &file :
             QDir(reference.filePath(sub))
                 .entryInfoList({QStringLiteral("*.bpmn")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file.fileName())) << file.filePath();
}

/// On real models: removing any drawn element leaves no reference dangling, and undo/redo
/// restore the whole tree exactly; moving every shape at once round-trips too.
void TestCommands::miwgRemoveEachElement()
{
    AMTSWEG_REQUIRE_SHARED();
    QFETCH(QString, path);
    ReadResult read = BpmnReader::readFile(path);
    QVERIFY(read.ok());
    BpmnDocument doc(std::move(read.tree));
    const ModelTree &t = doc.tree();
    const QByteArray original = dump(t);
    const std::vector<bpmn::Reference> references = bpmn::collectReferences(t);

    std::vector<NodeId> drawn, shapes;
    for (NodeId plane : di::planes(t))
        for (NodeId c = t.firstChild(plane); c != kNoNode; c = t.next(c))
            if (di::isDiagramElement(t, c)) {
                if (di::isShape(t, c))
                    shapes.push_back(c);
                if (const NodeId s = di::semanticOf(t, c))
                    drawn.push_back(s);
            }
    QVERIFY(!drawn.empty());
    for (NodeId element : drawn) {
        const std::string id(t.id(element));
        doc.push(new RemoveElementCommand(&doc, element));
        QVERIFY2(!t.isAttached(element), id.c_str());
        for (const bpmn::Reference &r : references) {
            const NodeId holder = r.child != kNoNode ? r.child : r.from;
            if (!t.isAttached(holder))
                continue;
            const std::string value =
                r.child != kNoNode ? t.text(r.child) : std::string(t.attr(r.from, r.attribute));
            bool resolves = true;
            for (std::string_view token : bpmn::splitList(value))
                resolves = resolves && t.resolveRef(token) != kNoNode;
            QVERIFY2(resolves,
                     qPrintable(QStringLiteral("removing %1 left %2 dangling in %3")
                                    .arg(QString::fromStdString(id), QString::fromStdString(value),
                                         QString::fromUtf8(t.id(r.from).data(),
                                                           qsizetype(t.id(r.from).size())))));
        }
        const QByteArray after = dump(t);
        doc.undoStack()->undo();
        QVERIFY2(dump(t) == original, id.c_str());
        doc.undoStack()->redo();
        QVERIFY2(dump(t) == after, id.c_str());
        doc.undoStack()->undo();
    }
    doc.moveShapes(shapes, QPointF(12.5, -7));
    QVERIFY(dump(t) != original);
    doc.undoStack()->undo();
    QCOMPARE(dump(t), original);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"

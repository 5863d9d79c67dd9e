// RemoveLanesCommand and SplitLaneCommand: a deleted lane's neighbours take its space (halfway
// each between two, all of it for one; nested lanes along), the pool keeps its size and the
// lane's flow nodes are listed where they now lie; a lane or pool divided into two or three
// keeps its bounds and its flow nodes go to the new lanes by position. Horizontal and vertical
// pools, nested lanes; one exact undo step each.

#include "bpmn/elements.h"
#include "commands/removelanescommand.h"
#include "commands/splitlanecommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "lanedpoolmodel.h"
#include "xml/bpmnreader.h"

#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

// A vertical pool (name strip on top) with lanes A | B | C, B divided into B1 | B2; TX is in
// C without a shape. A second, horizontal pool has no lanes. Attributes in single quotes (moc).
const char kVertical[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:collaboration id='Collab'>
    <bpmn:participant id='Pool' processRef='Proc'/>
    <bpmn:participant id='Pool2' processRef='Proc2'/>
  </bpmn:collaboration>
  <bpmn:process id='Proc'>
    <bpmn:laneSet id='Set'>
      <bpmn:lane id='A'><bpmn:flowNodeRef>TA</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id='B'>
        <bpmn:flowNodeRef>TB1</bpmn:flowNodeRef><bpmn:flowNodeRef>TB2</bpmn:flowNodeRef>
        <bpmn:childLaneSet id='BSet'>
          <bpmn:lane id='B1'><bpmn:flowNodeRef>TB1</bpmn:flowNodeRef></bpmn:lane>
          <bpmn:lane id='B2'><bpmn:flowNodeRef>TB2</bpmn:flowNodeRef></bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id='C'>
        <bpmn:flowNodeRef>TC</bpmn:flowNodeRef><bpmn:flowNodeRef>TX</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:task id='TA'/><bpmn:task id='TB1'/><bpmn:task id='TB2'/><bpmn:task id='TC'/>
    <bpmn:task id='TX'/>
  </bpmn:process>
  <bpmn:process id='Proc2'><bpmn:task id='T2'/></bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Collab'>
      <bpmndi:BPMNShape id='Pool_di' bpmnElement='Pool' isHorizontal='false'>
        <dc:Bounds x='0' y='0' width='450' height='500'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='A_di' bpmnElement='A' isHorizontal='false'>
        <dc:Bounds x='0' y='30' width='150' height='470'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='B_di' bpmnElement='B' isHorizontal='false'>
        <dc:Bounds x='150' y='30' width='150' height='470'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='B1_di' bpmnElement='B1' isHorizontal='false'>
        <dc:Bounds x='150' y='60' width='75' height='440'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='B2_di' bpmnElement='B2' isHorizontal='false'>
        <dc:Bounds x='225' y='60' width='75' height='440'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='C_di' bpmnElement='C' isHorizontal='false'>
        <dc:Bounds x='300' y='30' width='150' height='470'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='TA_di' bpmnElement='TA'>
        <dc:Bounds x='40' y='100' width='60' height='40'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='TB1_di' bpmnElement='TB1'>
        <dc:Bounds x='160' y='200' width='50' height='40'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='TB2_di' bpmnElement='TB2'>
        <dc:Bounds x='240' y='300' width='50' height='40'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='TC_di' bpmnElement='TC'>
        <dc:Bounds x='390' y='100' width='50' height='40'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Pool2_di' bpmnElement='Pool2' isHorizontal='true'>
        <dc:Bounds x='500' y='0' width='400' height='200'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='T2_di' bpmnElement='T2'>
        <dc:Bounds x='600' y='130' width='100' height='60'/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

std::unique_ptr<BpmnDocument> readVertical()
{
    ReadResult read = BpmnReader::readBytes(QByteArray(kVertical), QStringLiteral("vertical"));
    return std::make_unique<BpmnDocument>(std::move(read.tree));
}

} // namespace

class TestRemoveSplitLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteOnlyNeighbourTakesAll();
    void deleteMiddleLaneNeighboursShare();
    void deleteFirstLaneNestedLanesFollow();
    void deleteNestedLane();
    void deleteTwoLanesAtOnce();
    void undrawnMembersGoToTheLaneBefore();
    void deletePoolWithLanes();
    void splitLaneIntoThree();
    void nodeOnTheNewBorderJoinsOneLane();
    void splitVerticalLaneIntoTwo();
    void splitPoolWithoutLanes();
    void splitScalesExistingNestedLanes();
    void splitRefusesWhenMoreLanesExist();

private:
    static QRectF bounds(const BpmnDocument &doc, const char *id)
    {
        return *di::bounds(doc.tree(), doc.tree().byId(id));
    }
    static QRectF boundsOf(const BpmnDocument &doc, NodeId semantic)
    {
        return *di::bounds(doc.tree(), di::diagramElementOf(doc.tree(), semantic));
    }
    /// The ids of the flow nodes `lane` lists, sorted.
    static QStringList members(const BpmnDocument &doc, const char *lane)
    {
        return members(doc, doc.tree().byId(lane));
    }
    static QStringList members(const BpmnDocument &doc, NodeId lane)
    {
        QStringList ids;
        for (NodeId ref : bpmn::childElements(doc.tree(), lane, "flowNodeRef"))
            ids << QString::fromUtf8(doc.tree().text(ref).data(),
                                     qsizetype(doc.tree().text(ref).size()));
        ids.sort();
        return ids;
    }
    /// Deletes `ids` (semantic elements or shapes) as the editor does; checks undo/redo.
    static void remove(BpmnDocument &doc, std::initializer_list<const char *> ids)
    {
        const QByteArray before = doc.toXml();
        std::vector<NodeId> elements;
        for (const char *id : ids)
            elements.push_back(doc.tree().byId(id));
        doc.removeElements(elements);
        QCOMPARE(doc.undoStack()->count(), 1);
        checkUndoRedo(doc, before, doc.toXml());
    }
    static SplitLaneCommand *split(BpmnDocument &doc, const char *target, int count)
    {
        const QByteArray before = doc.toXml();
        auto *command =
            new SplitLaneCommand(&doc, doc.tree().byId(target), count, doc.tree().byId("Plane"));
        doc.push(command);
        if (doc.undoStack()->count() == 1)
            checkUndoRedo(doc, before, doc.toXml());
        return command;
    }
};

void TestRemoveSplitLanes::deleteOnlyNeighbourTakesAll()
{
    auto doc = readModel(); // horizontal: Lane1 above Lane2
    remove(*doc, {"Lane1_di"});
    const ModelTree &t = doc->tree();
    QCOMPARE(t.byId("Lane1"), kNoNode);
    QCOMPARE(bounds(*doc, "Lane2_di"), QRectF(30, 0, 570, 300));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 600, 300));
    QCOMPARE(members(*doc, "Lane2"), (QStringList{"End", "Gw", "Start", "Task"}));
    QCOMPARE(bounds(*doc, "Task_di"), QRectF(170, 35, 100, 80)); // nothing else moves
}

void TestRemoveSplitLanes::deleteMiddleLaneNeighboursShare()
{
    auto doc = readVertical();
    remove(*doc, {"B"});
    const ModelTree &t = doc->tree();
    for (const char *gone : {"B", "B1", "B2", "B_di", "B1_di", "B2_di", "BSet"})
        QCOMPARE(t.byId(gone), kNoNode);
    QCOMPARE(bounds(*doc, "A_di"), QRectF(0, 30, 225, 470));
    QCOMPARE(bounds(*doc, "C_di"), QRectF(225, 30, 225, 470));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 450, 500));
    QCOMPARE(members(*doc, "A"), (QStringList{"TA", "TB1"}));
    QCOMPARE(members(*doc, "C"), (QStringList{"TB2", "TC", "TX"}));
    QVERIFY(t.byId("TB1") != kNoNode && t.byId("TB1_di") != kNoNode);
}

void TestRemoveSplitLanes::deleteFirstLaneNestedLanesFollow()
{
    auto doc = readVertical();
    remove(*doc, {"A_di"});
    QCOMPARE(bounds(*doc, "B_di"), QRectF(0, 30, 300, 470));
    QCOMPARE(bounds(*doc, "B1_di"), QRectF(0, 60, 225, 440));
    QCOMPARE(bounds(*doc, "B2_di"), QRectF(225, 60, 75, 440));
    QCOMPARE(bounds(*doc, "C_di"), QRectF(300, 30, 150, 470));
    QCOMPARE(members(*doc, "B"), (QStringList{"TA", "TB1", "TB2"}));
    QCOMPARE(members(*doc, "B1"), (QStringList{"TA", "TB1"}));
}

void TestRemoveSplitLanes::deleteNestedLane()
{
    auto doc = readVertical();
    remove(*doc, {"B1"});
    QCOMPARE(bounds(*doc, "B2_di"), QRectF(150, 60, 150, 440));
    QCOMPARE(bounds(*doc, "B_di"), QRectF(150, 30, 150, 470));
    QCOMPARE(bounds(*doc, "A_di"), QRectF(0, 30, 150, 470));
    QCOMPARE(members(*doc, "B2"), (QStringList{"TB1", "TB2"}));
    QCOMPARE(members(*doc, "A"), QStringList{"TA"});
}

void TestRemoveSplitLanes::deleteTwoLanesAtOnce()
{
    auto doc = readVertical();
    remove(*doc, {"A", "C_di"});
    QCOMPARE(bounds(*doc, "B_di"), QRectF(0, 30, 450, 470));
    QCOMPARE(bounds(*doc, "B1_di"), QRectF(0, 60, 225, 440));
    QCOMPARE(bounds(*doc, "B2_di"), QRectF(225, 60, 225, 440));
    QCOMPARE(members(*doc, "B"), (QStringList{"TA", "TB1", "TB2", "TC", "TX"}));
    QCOMPARE(members(*doc, "B2"), (QStringList{"TB2", "TC"}));
}

void TestRemoveSplitLanes::undrawnMembersGoToTheLaneBefore()
{
    auto doc = readVertical();
    remove(*doc, {"C"});
    QCOMPARE(bounds(*doc, "B_di"), QRectF(150, 30, 300, 470));
    QCOMPARE(bounds(*doc, "B2_di"), QRectF(225, 60, 225, 440));
    QCOMPARE(members(*doc, "B"), (QStringList{"TB1", "TB2", "TC", "TX"}));
    QCOMPARE(members(*doc, "B2"), (QStringList{"TB2", "TC"}));
    QCOMPARE(members(*doc, "A"), QStringList{"TA"});
}

void TestRemoveSplitLanes::deletePoolWithLanes()
{
    auto doc = readVertical();
    remove(*doc, {"Pool_di", "B"});
    const ModelTree &t = doc->tree();
    for (const char *gone : {"Proc", "A", "B", "C", "TA", "A_di", "Pool_di"})
        QCOMPARE(t.byId(gone), kNoNode);
    QCOMPARE(bounds(*doc, "Pool2_di"), QRectF(500, 0, 400, 200));
}

void TestRemoveSplitLanes::splitLaneIntoThree()
{
    auto doc = readModel();
    SplitLaneCommand *command = split(*doc, "Lane1", 3);
    const ModelTree &t = doc->tree();
    QCOMPARE(command->lanes().size(), std::size_t(3));
    QCOMPARE(bounds(*doc, "Lane1_di"), QRectF(30, 0, 570, 150));
    QCOMPARE(bounds(*doc, "Lane2_di"), QRectF(30, 150, 570, 150));
    QCOMPARE(bounds(*doc, "Pool_di"), QRectF(0, 0, 600, 300));
    for (int i = 0; i < 3; ++i) {
        const NodeId lane = command->lanes()[std::size_t(i)];
        QVERIFY(bpmn::isLaneSet(t, t.parent(lane)));
        QCOMPARE(t.parent(t.parent(lane)), t.byId("Lane1"));
        QCOMPARE(boundsOf(*doc, lane), QRectF(60, 50 * i, 540, 50));
        QCOMPARE(t.attr(di::diagramElementOf(t, lane), t.known().isHorizontal), "true");
    }
    QVERIFY(members(*doc, command->lanes()[0]).isEmpty());
    QCOMPARE(members(*doc, command->lanes()[1]), (QStringList{"Gw", "Start", "Task"}));
    QVERIFY(members(*doc, command->lanes()[2]).isEmpty());
    QCOMPARE(members(*doc, "Lane1"), (QStringList{"Gw", "Start", "Task"}));
    QCOMPARE(members(*doc, "Lane2"), QStringList{"End"});
    QVERIFY(doc->toXml().contains("<bpmn:childLaneSet id=\"LaneSet_"));
}

void TestRemoveSplitLanes::nodeOnTheNewBorderJoinsOneLane()
{
    auto doc = readModel();
    SplitLaneCommand *command = split(*doc, "Lane1", 2); // border at y = 75, the nodes' centres
    QCOMPARE(boundsOf(*doc, command->lanes()[1]), QRectF(60, 75, 540, 75));
    QVERIFY(members(*doc, command->lanes()[0]).isEmpty());
    QCOMPARE(members(*doc, command->lanes()[1]), (QStringList{"Gw", "Start", "Task"}));
}

void TestRemoveSplitLanes::splitVerticalLaneIntoTwo()
{
    auto doc = readVertical();
    SplitLaneCommand *command = split(*doc, "C", 2);
    QCOMPARE(command->lanes().size(), std::size_t(2));
    QCOMPARE(bounds(*doc, "C_di"), QRectF(300, 30, 150, 470));
    QCOMPARE(boundsOf(*doc, command->lanes()[0]), QRectF(300, 60, 75, 440));
    QCOMPARE(boundsOf(*doc, command->lanes()[1]), QRectF(375, 60, 75, 440));
    QCOMPARE(doc->tree().attr(di::diagramElementOf(doc->tree(), command->lanes()[1]),
                              doc->tree().known().isHorizontal),
             "false");
    QVERIFY(members(*doc, command->lanes()[0]).isEmpty());
    QCOMPARE(members(*doc, command->lanes()[1]), QStringList{"TC"});
    QCOMPARE(members(*doc, "C"), (QStringList{"TC", "TX"}));
}

void TestRemoveSplitLanes::splitPoolWithoutLanes()
{
    auto doc = readVertical();
    SplitLaneCommand *command = split(*doc, "Pool2", 2);
    const ModelTree &t = doc->tree();
    QCOMPARE(command->lanes().size(), std::size_t(2));
    QCOMPARE(t.parent(t.parent(command->lanes()[0])), t.byId("Proc2"));
    QCOMPARE(bounds(*doc, "Pool2_di"), QRectF(500, 0, 400, 200));
    QCOMPARE(boundsOf(*doc, command->lanes()[0]), QRectF(530, 0, 370, 100));
    QCOMPARE(boundsOf(*doc, command->lanes()[1]), QRectF(530, 100, 370, 100));
    QVERIFY(members(*doc, command->lanes()[0]).isEmpty());
    QCOMPARE(members(*doc, command->lanes()[1]), QStringList{"T2"});
    QVERIFY(doc->toXml().contains("<bpmn:laneSet id=\"LaneSet_"));
}

void TestRemoveSplitLanes::splitScalesExistingNestedLanes()
{
    auto doc = readVertical();
    SplitLaneCommand *command = split(*doc, "B", 3);
    const ModelTree &t = doc->tree();
    QCOMPARE(command->lanes().size(), std::size_t(3));
    QCOMPARE(command->lanes()[0], t.byId("B1"));
    QCOMPARE(command->lanes()[1], t.byId("B2"));
    QCOMPARE(t.parent(command->lanes()[2]), t.byId("BSet"));
    QCOMPARE(bounds(*doc, "B1_di"), QRectF(150, 60, 50, 440));
    QCOMPARE(bounds(*doc, "B2_di"), QRectF(200, 60, 50, 440));
    QCOMPARE(boundsOf(*doc, command->lanes()[2]), QRectF(250, 60, 50, 440));
    QCOMPARE(members(*doc, "B1"), QStringList{"TB1"});
    QVERIFY(members(*doc, "B2").isEmpty());
    QCOMPARE(members(*doc, command->lanes()[2]), QStringList{"TB2"});
}

void TestRemoveSplitLanes::splitRefusesWhenMoreLanesExist()
{
    auto doc = readVertical();
    const QByteArray before = doc->toXml();
    doc->push(
        new SplitLaneCommand(doc.get(), doc->tree().byId("Pool"), 2, doc->tree().byId("Plane")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->toXml(), before);
}

QTEST_MAIN(TestRemoveSplitLanes)
#include "tst_removesplitlanes.moc"

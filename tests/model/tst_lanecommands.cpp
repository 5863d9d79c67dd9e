// AddLaneCommand, ResizeLanesCommand and MoveShapesLanesCommand: lanes added to pools with and
// without lanes (content moves away, pool grows, membership synced), lane borders moved with
// their neighbours and membership following, moved nodes changing lanes; exact undo.

#include "bpmn/elements.h"
#include "commands/addlanecommand.h"
#include "commands/moveshapeslanescommand.h"
#include "commands/resizelanescommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "lanedpoolmodel.h"
#include "xml/bpmnreader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

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

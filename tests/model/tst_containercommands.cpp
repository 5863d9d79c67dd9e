// Commands that change the container of flow nodes: ReparentElementsCommand and
// MoveToContainerCommand (into another pool, into and out of a sub-process: flows that would
// cross the boundary removed, lanes updated, foreign content kept), AttachBoundaryEventCommand
// and DetachBoundaryEventCommand (same id, definitions and extensions kept, bpmn.io's rules on
// which events attach and detach). Every change is one undo step that restores the exact file.

#include "bpmn/boundaryrules.h"
#include "bpmn/elements.h"
#include "commands/attachboundaryeventcommand.h"
#include "commands/detachboundaryeventcommand.h"
#include "commands/moveshapescommand.h"
#include "commands/movetocontainercommand.h"
#include "commands/setpropertycommand.h"
#include "containermodel.h"
#include "di/diagraminfo.h"
#include "lanedpoolmodel.h"

#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

QStringList laneRefs(const ModelTree &t, const char *lane)
{
    QStringList result;
    for (NodeId ref : bpmn::childElements(t, t.byId(lane), "flowNodeRef"))
        result << QString::fromStdString(t.text(ref));
    return result;
}

QString parentId(const ModelTree &t, const char *id)
{
    return QString::fromUtf8(t.id(t.parent(t.byId(id))));
}

std::string_view camunda(BpmnDocument &doc, NodeId n, const char *local)
{
    const ModelTree &t = doc.tree();
    return t.attr(n, doc.nodeFactory().names().intern("http://camunda.org/schema/1.0/bpmn", local,
                                                      "camunda"));
}

} // namespace

class TestContainerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskIntoOtherPool();
    void bothEndsMoveTogether();
    void intoSubProcessAndOut();
    void nothingToMove();
    void attachCatchEvent();
    void attachIntoOtherContainer();
    void attachRules();
    void detach();
    void detachRules();
};

void TestContainerCommands::taskIntoOtherPool()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    const NodeId task = t.byId("Task1");
    QVERIFY(
        doc->push(new MoveToContainerCommand(doc.get(), {task}, t.byId("ProcB"), t.byId("Plane"))));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(parentId(t, "Task1"), QStringLiteral("ProcB"));
    QCOMPARE(parentId(t, "Boundary"), QStringLiteral("ProcB")); // follows its host
    QCOMPARE(t.byId("Task1"), task);                            // the same node, same id
    QCOMPARE(camunda(*doc, task, "assignee"), std::string_view("sb"));
    QVERIFY(t.firstChildElement(task, "extensionElements") != kNoNode);
    // Sequence flows to nodes left behind cross the pool boundary: gone with their edges and
    // entries; the message flow would now join one pool to itself: gone.
    for (const char *id : {"F1", "F2", "F3", "F1_di", "F2_di", "F3_di", "M1", "M1_di"})
        QVERIFY2(t.byId(id) == kNoNode, id);
    QVERIFY(t.byId("F4") != kNoNode);
    QVERIFY(bpmn::childElements(t, task, "incoming").empty());
    QVERIFY(bpmn::childElements(t, task, "outgoing").empty());
    QVERIFY(bpmn::childElements(t, t.byId("Start"), "outgoing").empty());
    QCOMPARE(bpmn::childElements(t, t.byId("End"), "incoming").size(), std::size_t(1));
    QVERIFY(!laneRefs(t, "Lane1").contains("Task1"));
    QVERIFY(!laneRefs(t, "Lane1").contains("Boundary"));
    QCOMPARE(*di::bounds(t, t.byId("Task1_di")),
             QRectF(170, 35, 100, 80)); // geometry is the drag's
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestContainerCommands::bothEndsMoveTogether()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    // The drag first (as the canvas does it), then the container change, in one step.
    auto *command = new MoveToContainerCommand(doc.get(), {t.byId("Start"), t.byId("Task1")},
                                               t.byId("ProcB"), t.byId("Plane"));
    new MoveShapesCommand(doc.get(),
                          {t.byId("Start_di"), t.byId("Task1_di"), t.byId("Boundary_di")}, {0, 400},
                          command);
    QVERIFY(doc->push(command));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(parentId(t, "Start"), QStringLiteral("ProcB"));
    QCOMPARE(parentId(t, "F1"), QStringLiteral("ProcB")); // both ends moved: the flow follows
    QVERIFY(t.byId("F1_di") != kNoNode);
    QVERIFY(t.byId("F2") == kNoNode);
    QCOMPARE(*di::bounds(t, t.byId("Task1_di")), QRectF(170, 435, 100, 80));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestContainerCommands::intoSubProcessAndOut()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    // Catch (with flows in and out) into the sub-process: no lane lists sub-process content.
    QVERIFY(doc->push(
        new MoveToContainerCommand(doc.get(), {t.byId("Catch")}, t.byId("Sub"), t.byId("Plane"))));
    QCOMPARE(parentId(t, "Catch"), QStringLiteral("Sub"));
    QVERIFY(!laneRefs(t, "Lane1").contains("Catch"));
    QVERIFY(t.byId("F3") == kNoNode && t.byId("F4") == kNoNode);
    QVERIFY(t.byId("CatchDef") != kNoNode);
    QCOMPARE(camunda(*doc, t.byId("Catch"), "asyncBefore"), std::string_view("true"));
    checkUndoRedo(*doc, before, doc->toXml());
    doc->undoStack()->undo();

    // Inner out of the sub-process into the pool, its shape moved into the first lane.
    auto *out =
        new MoveToContainerCommand(doc.get(), {t.byId("Inner")}, t.byId("ProcA"), t.byId("Plane"));
    new MoveShapesCommand(doc.get(), {t.byId("Inner_di")}, {-200, -170}, out);
    QVERIFY(doc->push(out));
    QCOMPARE(parentId(t, "Inner"), QStringLiteral("ProcA"));
    QVERIFY(laneRefs(t, "Lane1").contains("Inner"));
    QVERIFY(!laneRefs(t, "Lane2").contains("Inner"));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestContainerCommands::nothingToMove()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    // Already there, or a sub-process into itself: dropped from the stack.
    doc->push(
        new MoveToContainerCommand(doc.get(), {t.byId("Task1")}, t.byId("ProcA"), t.byId("Plane")));
    doc->push(
        new MoveToContainerCommand(doc.get(), {t.byId("Sub")}, t.byId("Sub"), t.byId("Plane")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->toXml(), readContainerModel()->toXml());
}

void TestContainerCommands::attachCatchEvent()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    auto *attach = new AttachBoundaryEventCommand(doc.get(), t.byId("Catch"), t.byId("Task1"),
                                                  t.byId("Plane"));
    QVERIFY(doc->push(attach));
    QCOMPARE(doc->undoStack()->count(), 1);
    const NodeId event = t.byId("Catch");
    QCOMPARE(attach->boundaryEvent(), event);
    QCOMPARE(t.localName(event), std::string_view("boundaryEvent"));
    QCOMPARE(t.attr(event, t.known().attachedToRef), std::string_view("Task1"));
    QCOMPARE(bpmn::name(t, event), std::string_view("Nachricht"));
    QCOMPARE(t.parent(t.byId("CatchDef")), event);
    QVERIFY(t.firstChildElement(event, "extensionElements") != kNoNode);
    QCOMPARE(camunda(*doc, event, "asyncBefore"), std::string_view("true"));
    // A boundary event has no incoming flow; the outgoing one stays.
    QVERIFY(t.byId("F3") == kNoNode && t.byId("F3_di") == kNoNode);
    QVERIFY(bpmn::childElements(t, event, "incoming").empty());
    QCOMPARE(bpmn::sourceOf(t, t.byId("F4")), event);
    QCOMPARE(di::semanticOf(t, t.byId("Catch_di")), event);
    QVERIFY(laneRefs(t, "Lane1").contains("Catch"));
    // Moving the host takes it along now (MoveSet finds it through attachedToRef).
    QCOMPARE(bpmn::boundaryEvents(t, t.byId("Task1")),
             (std::vector<NodeId>{t.byId("Boundary"), event}));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestContainerCommands::attachIntoOtherContainer()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    QVERIFY(doc->push(new AttachBoundaryEventCommand(doc.get(), t.byId("Throw"), t.byId("Inner"),
                                                     t.byId("Plane"))));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(parentId(t, "Throw"), QStringLiteral("Sub"));
    QCOMPARE(t.localName(t.byId("Throw")), std::string_view("boundaryEvent"));
    QCOMPARE(t.attr(t.byId("Throw"), t.known().attachedToRef), std::string_view("Inner"));
    QVERIFY(!laneRefs(t, "Lane1").contains("Throw"));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestContainerCommands::attachRules()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    // Link catch, message throw, start and end events never become boundary events.
    for (const char *id : {"LinkCatch", "MsgThrow", "Start", "End"}) {
        QVERIFY2(!bpmn::canBeAttached(t, t.byId(id)), id);
        doc->push(new AttachBoundaryEventCommand(doc.get(), t.byId(id), t.byId("Task1"),
                                                 t.byId("Plane")));
    }
    for (const char *id : {"Throw", "Catch", "Boundary"})
        QVERIFY2(bpmn::canBeAttached(t, t.byId(id)), id);
    // Gateways and events carry none; event sub-processes neither.
    QVERIFY(bpmn::canHostBoundaryEvents(t, t.byId("Sub")));
    QVERIFY(!bpmn::canHostBoundaryEvents(t, t.byId("End")));
    doc->push(
        new AttachBoundaryEventCommand(doc.get(), t.byId("Throw"), t.byId("End"), t.byId("Plane")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->toXml(), before);
    doc->push(new SetPropertyCommand(doc.get(), t.byId("Sub"), t.known().triggeredByEvent, "true"));
    QVERIFY(!bpmn::canHostBoundaryEvents(t, t.byId("Sub")));

    // Re-attaching a boundary event to another host only changes attachedToRef.
    QVERIFY(doc->push(new AttachBoundaryEventCommand(doc.get(), t.byId("Boundary"), t.byId("Inner"),
                                                     t.byId("Plane"))));
    QCOMPARE(t.attr(t.byId("Boundary"), t.known().attachedToRef), std::string_view("Inner"));
    QCOMPARE(parentId(t, "Boundary"), QStringLiteral("Sub"));
}

void TestContainerCommands::detach()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    const QByteArray before = doc->toXml();
    // Without definition it becomes an intermediate throw event (as bpmn.io), in the pool.
    QVERIFY(doc->push(
        new DetachBoundaryEventCommand(doc.get(), t.byId("Boundary"), kNoNode, t.byId("Plane"))));
    const NodeId none = t.byId("Boundary");
    QCOMPARE(t.localName(none), std::string_view("intermediateThrowEvent"));
    QVERIFY(!t.attribute(none, t.known().attachedToRef));
    QCOMPARE(parentId(t, "Boundary"), QStringLiteral("ProcA"));
    QCOMPARE(di::semanticOf(t, t.byId("Boundary_di")), none);
    checkUndoRedo(*doc, before, doc->toXml());

    // With a message definition: an intermediate catch event keeping it, moved into Sub.
    auto *attach = new AttachBoundaryEventCommand(doc.get(), t.byId("Catch"), t.byId("Task1"),
                                                  t.byId("Plane"));
    QVERIFY(doc->push(attach));
    const QByteArray attached = doc->toXml();
    auto *detach =
        new DetachBoundaryEventCommand(doc.get(), t.byId("Catch"), t.byId("Sub"), t.byId("Plane"));
    QVERIFY(doc->push(detach));
    const NodeId event = t.byId("Catch");
    QCOMPARE(detach->event(), event);
    QCOMPARE(t.localName(event), std::string_view("intermediateCatchEvent"));
    QCOMPARE(t.parent(t.byId("CatchDef")), event);
    QCOMPARE(parentId(t, "Catch"), QStringLiteral("Sub"));
    QCOMPARE(camunda(*doc, event, "asyncBefore"), std::string_view("true"));
    QVERIFY(t.byId("F4") == kNoNode); // its outgoing flow would leave the sub-process
    checkUndoRedo(*doc, attached, doc->toXml());
}

void TestContainerCommands::detachRules()
{
    auto doc = readContainerModel();
    const ModelTree &t = doc->tree();
    // Error boundary events and non-interrupting ones stay attached (bpmn.io).
    QVERIFY(!bpmn::canBeDetached(t, t.byId("ErrBoundary")));
    QVERIFY(bpmn::canBeDetached(t, t.byId("Boundary")));
    doc->push(
        new SetPropertyCommand(doc.get(), t.byId("Boundary"), t.known().cancelActivity, "false"));
    QVERIFY(!bpmn::canBeDetached(t, t.byId("Boundary")));
    const QByteArray before = doc->toXml();
    for (const char *id : {"ErrBoundary", "Boundary", "Catch"})
        doc->push(new DetachBoundaryEventCommand(doc.get(), t.byId(id), kNoNode, t.byId("Plane")));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->toXml(), before);
}

QTEST_MAIN(TestContainerCommands)
#include "tst_containercommands.moc"

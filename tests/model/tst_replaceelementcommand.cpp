// ReplaceElementCommand: same id and place, references and DI stay connected, foreign and
// still valid content kept, what the new type does not allow dropped, event definitions
// replaced, shapes resized around their centre with edge ends following, exact undo.

#include "bpmn/elements.h"
#include "commands/replaceelementcommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "lanedpoolmodel.h"
#include "xml/bpmnreader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

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

// InsertElementsCommand: prepared subtrees linked in at their schema positions (also under
// nodes the same command inserts), attributes of attached elements set, reference children
// announced as property changes, exact undo.

#include "bpmn/elements.h"
#include "commands/insertelementscommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "lanedpoolmodel.h"
#include "xml/bpmnreader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

class TestInsertElementsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsAtSchemaPositions();
    void nestedInsertAndAttributes();
    void nothingToDoIsDropped();
};

void TestInsertElementsCommand::insertsAtSchemaPositions()
{
    auto doc = readModel();
    ModelTree &t = doc->nodeFactory();
    const QByteArray before = doc->toXml();
    const NodeId object = bpmn::createBpmnElement(t, "dataObject");
    const NodeId ref = bpmn::createBpmnElement(t, "dataObjectReference");
    t.setAttribute(ref, bpmn::attributeName(t, "dataObjectRef"), t.id(object));
    const NodeId shape = di::createShape(t, t.id(ref), QRectF(500, 40, 36, 50));
    const NodeId laneRef = bpmn::createReference(t, "flowNodeRef", "Start");
    QSignalSpy added(doc.get(), &BpmnDocument::elementAdded);
    QSignalSpy changed(doc.get(), &BpmnDocument::elementChanged);
    doc->push(new InsertElementsCommand(doc.get(), QStringLiteral("Add data object"),
                                        {{t.byId("Proc"), object},
                                         {t.byId("Proc"), ref},
                                         {t.byId("Plane"), shape},
                                         {t.byId("Lane2"), laneRef}}));
    QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Add data object"));
    QCOMPARE(t.parent(object), t.byId("Proc"));
    // flow elements come after the lane set
    QVERIFY(t.isAttached(ref) && t.prev(t.byId("LaneSet")) == kNoNode);
    QCOMPARE(t.parent(shape), t.byId("Plane"));
    QCOMPARE(added.size(), 3);
    QCOMPARE(changed.size(), 1); // the lane's flowNodeRef
    QCOMPARE(changed.front().front().value<NodeId>(), t.byId("Lane2"));
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestInsertElementsCommand::nestedInsertAndAttributes()
{
    auto doc = readModel();
    ModelTree &t = doc->nodeFactory();
    const QByteArray before = doc->toXml();
    const NodeId process = bpmn::createBpmnElement(t, "process");
    const NodeId participant = bpmn::createBpmnElement(t, "participant");
    t.setAttribute(participant, t.known().processRef, t.id(process));
    const NodeId task = bpmn::createBpmnElement(t, "task");
    doc->push(new InsertElementsCommand(
        doc.get(), QStringLiteral("Add pool"),
        {{t.root(), process}, {process, task}, {t.byId("Collab"), participant}},
        {{t.byId("Pool"), t.known().name, "Behörde"}}));
    QCOMPARE(t.parent(task), process);
    QVERIFY(t.isAttached(task));
    QCOMPARE(bpmn::name(t, t.byId("Pool")), std::string_view("Behörde"));
    QCOMPARE(bpmn::participantOf(t, process), participant);
    checkUndoRedo(*doc, before, doc->toXml());
}

void TestInsertElementsCommand::nothingToDoIsDropped()
{
    auto doc = readModel();
    doc->push(new InsertElementsCommand(doc.get(), QStringLiteral("Nothing"), {}));
    QCOMPARE(doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestInsertElementsCommand)
#include "tst_insertelementscommand.moc"

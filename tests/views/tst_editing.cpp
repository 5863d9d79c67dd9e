// GUI tests of the canvas as an editor, headless: the scene follows its BpmnDocument without
// ever pushing commands in reaction to it; click, Ctrl-click, rubber-band and Ctrl+A select;
// a drag moves the selection (with pool and sub-process content, boundary events and attached
// flows) as one undo step; arrow keys nudge; Delete removes with attached flows. Every test
// drives the viewport with QTest and checks the model.

#include "bpmn/elements.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "editingmodel.h"
#include "xml/bpmnreader.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

class TestEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sceneFollowsDocument();
    void noCommandsInReactionToSignals();
    void clickAndCtrlClickSelect();
    void rubberBandSelects();
    void selectAllKey();
    void dragMovesInOneUndoStep();
    void dragPoolMovesItsContent();
    void dragIntoOtherLaneUpdatesFlowNodeRef();
    void arrowKeysNudge();
    void deleteRemovesWithAttachedFlows();
    void escapeCancelsDrag();

private:
    NodeId id(const char *s) const { return m_doc->tree().byId(s); }
    QRectF boundsOf(const char *diId) const { return *di::bounds(m_doc->tree(), id(diId)); }
    QPoint at(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QWidget *viewport() const { return m_view->viewport(); }
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers mods = Qt::NoModifier);
    QUndoStack *undo() const { return m_doc->undoStack(); }

    std::unique_ptr<BpmnDocument> m_doc;
    std::unique_ptr<DiagramView> m_view;
    DiagramScene *m_scene = nullptr;
};

void TestEditing::init()
{
    ReadResult read = BpmnReader::readBytes(QByteArray(kEditingModel), QStringLiteral("editing"));
    QVERIFY(read.ok());
    m_doc = std::make_unique<BpmnDocument>(std::move(read.tree));
    m_view = std::make_unique<DiagramView>();
    m_scene = new DiagramScene(m_view.get());
    m_scene->setDocument(m_doc.get(), m_doc->tree().byId("Diagram"));
    m_view->setScene(m_scene);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    m_view->centerOn(QPointF(400, 270));
}

void TestEditing::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestEditing::drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers mods)
{
    QTest::mousePress(viewport(), Qt::LeftButton, mods, at(from));
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport(), at(from + (to - from) * i / 5.0));
    QTest::mouseRelease(viewport(), Qt::LeftButton, mods, at(to));
}

void TestEditing::sceneFollowsDocument()
{
    QCOMPARE(m_scene->elementItemCount(), 10);
    auto *task = m_scene->shapeItem(id("Task1_di"));
    QVERIFY(task);
    m_doc->setName(id("Task1"), "Bescheid erstellen");
    QCOMPARE(task->spec().name, QStringLiteral("Bescheid erstellen"));
    m_doc->moveShapes({id("Task1_di")}, QPointF(10, 20));
    QCOMPARE(task->pos(), QPointF(180, 55));
    QCOMPARE(m_scene->edgeItem(id("F1_di"))->spec().waypoints.last(), QPointF(180, 95));
    const NodeId added = m_doc->addFlowNode(id("Lane2"), "task", QRectF(500, 180, 100, 80));
    const NodeId addedDi = m_scene->diElementFor(added);
    QVERIFY(m_scene->shapeItem(addedDi));
    m_doc->removeElements({id("Task1")});
    QVERIFY(!m_scene->itemFor(id("Task1_di")));
    QVERIFY(!m_scene->itemFor(id("F1_di"))); // attached flows went along
    undo()->undo();
    QVERIFY(m_scene->shapeItem(m_doc->tree().byId("Task1_di")));
    QVERIFY(m_scene->edgeItem(m_doc->tree().byId("F2_di")));
    undo()->undo();
    QVERIFY(!m_scene->itemFor(addedDi));
    // A reset (new model) rebuilds the scene on the diagram with the same id.
    ReadResult read = BpmnReader::readBytes(QByteArray(kEditingModel), QStringLiteral("again"));
    m_doc->setTree(std::move(read.tree));
    QCOMPARE(m_scene->elementItemCount(), 10);
    QVERIFY(m_scene->shapeItem(id("Task1_di")));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->pos(), QPointF(170, 35));
}

void TestEditing::noCommandsInReactionToSignals()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("pushed while")));
    // Select an element and open its label editor: model changes must not make the scene
    // write (e.g. by committing the open editor) while the document applies a command.
    m_scene->selectElements({id("Task1_di")});
    QVERIFY(m_scene->editLabel(id("Task1_di")));
    QSignalSpy indexChanges(undo(), &QUndoStack::indexChanged);
    m_doc->moveShapes({id("Task1_di")}, QPointF(40, 0));
    QCOMPARE(undo()->count(), 1);
    undo()->undo();
    undo()->redo();
    m_doc->removeElements({id("Task1")}); // removes the element being edited
    QCOMPARE(undo()->count(), 2);
    undo()->undo();
    QCOMPARE(undo()->count(), 2);
    QCOMPARE(indexChanges.size(), 5); // push, undo, redo, push, undo: nothing else
    QVERIFY(!m_scene->isEditingLabel());
}

void TestEditing::clickAndCtrlClickSelect()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("Task1_di")});
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, at({98, 75}));
    QCOMPARE(m_scene->selectedElements().size(), 2);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, at({220, 60}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("Start_di")});
    // A click on an edge selects it; inside a lane selects the lane; outside clears.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({320, 150}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("F2_di")});
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 250}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("Lane2_di")});
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 320}));
    QVERIFY(m_scene->selectedElements().isEmpty());
    QCOMPARE(undo()->count(), 0); // selecting changes nothing in the model
}

void TestEditing::rubberBandSelects()
{
    // From inside the lane (not on a shape) around start event and task.
    drag({60, 20}, {290, 125});
    QList<NodeId> selected = m_scene->selectedElements();
    std::sort(selected.begin(), selected.end());
    QList<NodeId> expected{id("Start_di"), id("Task1_di"), id("F1_di")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(undo()->count(), 0);
}

void TestEditing::selectAllKey()
{
    QTest::keyClick(viewport(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_scene->selectedElements().size(), m_scene->elementItemCount());
}

void TestEditing::dragMovesInOneUndoStep()
{
    drag({220, 60}, {320, 60}); // +100 along x: the centre stays on the 10 px grid
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(boundsOf("Task1_di"), QRectF(270, 35, 100, 80));
    QCOMPARE(boundsOf("Boundary_di"), QRectF(332, 97, 36, 36)); // attached event came along
    const QList<QPointF> f1 = di::waypoints(m_doc->tree(), id("F1_di"));
    QCOMPARE(f1.first(), QPointF(116, 75)); // the source did not move
    QCOMPARE(f1.last(), QPointF(270, 75));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->pos(), QPointF(270, 35));
    undo()->undo();
    QCOMPARE(boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
    QCOMPARE(boundsOf("Boundary_di"), QRectF(232, 97, 36, 36));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->pos(), QPointF(170, 35));
    undo()->redo();
    QCOMPARE(boundsOf("Task1_di"), QRectF(270, 35, 100, 80));
}

void TestEditing::dragPoolMovesItsContent()
{
    drag({15, 150}, {15, 200}); // the pool's name strip
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(boundsOf("PoolA_di"), QRectF(0, 50, 800, 300));
    QCOMPARE(boundsOf("Lane2_di"), QRectF(30, 200, 770, 150));
    QCOMPARE(boundsOf("Task1_di"), QRectF(170, 85, 100, 80));
    QCOMPARE(di::waypoints(m_doc->tree(), id("F2_di")).at(2), QPointF(320, 275));
    QCOMPARE(boundsOf("PoolB_di"), QRectF(0, 350, 800, 200)); // the other pool stays
}

void TestEditing::dragIntoOtherLaneUpdatesFlowNodeRef()
{
    drag({220, 60}, {220, 210}); // task centre 75 -> 225: into "Leitung"
    QCOMPARE(undo()->count(), 1);
    const ModelTree &t = m_doc->tree();
    QCOMPARE(bpmn::laneOf(t, id("Task1")), id("Lane2"));
    QCOMPARE(bpmn::laneOf(t, id("Boundary")), id("Lane2"));
    QVERIFY(!bpmn::referenceChild(t, id("Lane1"), "flowNodeRef", id("Task1")));
    // Attached flows keep orthogonal routes: a straight flow gets two bends, the corner next
    // to the moved end follows it.
    QCOMPARE(di::waypoints(t, id("F1_di")),
             (QList<QPointF>{{116, 75}, {143, 75}, {143, 225}, {170, 225}}));
    QCOMPARE(di::waypoints(t, id("F2_di")), (QList<QPointF>{{270, 225}, {400, 225}}));
    undo()->undo();
    QCOMPARE(di::waypoints(t, id("F2_di")),
             (QList<QPointF>{{270, 75}, {320, 75}, {320, 225}, {400, 225}}));
    QCOMPARE(bpmn::laneOf(t, id("Task1")), id("Lane1"));
}

void TestEditing::arrowKeysNudge()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::keyClick(viewport(), Qt::Key_Right);
    QCOMPARE(boundsOf("Task1_di"), QRectF(171, 35, 100, 80));
    QTest::keyClick(viewport(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(boundsOf("Task1_di"), QRectF(171, 45, 100, 80));
    QCOMPARE(boundsOf("Boundary_di"), QRectF(233, 107, 36, 36));
    QCOMPARE(undo()->count(), 2);
}

void TestEditing::deleteRemovesWithAttachedFlows()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::keyClick(viewport(), Qt::Key_Delete);
    QCOMPARE(undo()->count(), 1);
    const ModelTree &t = m_doc->tree();
    for (const char *gone : {"Task1", "F1", "F2", "Boundary", "Task1_di", "F1_di", "F2_di"})
        QVERIFY2(t.byId(gone) == kNoNode, gone);
    QVERIFY(!bpmn::referenceChild(t, id("Start"), "outgoing", kNoNode));
    QVERIFY(bpmn::childElements(t, id("Start"), "outgoing").empty());
    QCOMPARE(m_scene->elementItemCount(), 6);
    undo()->undo();
    QCOMPARE(m_scene->elementItemCount(), 10);
    QCOMPARE(t.attr(id("Task1"), m_doc->nodeFactory().names().intern(
                                     "http://camunda.org/schema/1.0/bpmn", "assignee", "camunda")),
             std::string_view("sb"));
}

void TestEditing::escapeCancelsDrag()
{
    QTest::mousePress(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::mouseMove(viewport(), at({260, 60}));
    QTest::mouseMove(viewport(), at({300, 60}));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->pos().x(), 250.0); // preview only
    QCOMPARE(boundsOf("Task1_di").x(), 170.0);
    QTest::keyClick(viewport(), Qt::Key_Escape);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at({300, 60}));
    QCOMPARE(undo()->count(), 0);
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->pos(), QPointF(170, 35));
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"

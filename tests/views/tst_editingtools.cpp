// GUI tests of the canvas tools, headless, each checking the model: palette creation by
// click, drag and drop (snapped, in the right lane, refused outside pools), the first pool of a
// process diagram, lanes from the palette, the connect tool (sequence flow with an orthogonal
// route, message flow, refused connections), bendpoint and segment drags, reconnecting an end,
// the context pad (append, replace menu, delete) and direct label editing.

#include "bpmn/elements.h"
#include "canvas/contextpad.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementreplacer.h"
#include "canvas/orthogonalrouter.h"
#include "canvas/palettewidget.h"
#include "canvas/selectionhandles.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "editingmodel.h"
#include "xml/bpmnreader.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

class TestEditingTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createTaskByClick();
    void createGatewayByDrag();
    void createByDropFromPalette();
    void createOutsidePoolsIsRefused();
    void firstPoolWrapsTheProcess();
    void laneToolAddsLanes();
    void verticalPoolWithLanes();
    void connectSequenceFlow();
    void connectMessageFlowToPool();
    void refusedConnectionChangesNothing();
    void segmentDragKeepsRouteOrthogonal();
    void reconnectTargetEnd();
    void contextPadAppends();
    void contextPadReplaceMenu();
    void replaceKeyAndSpacePanning();
    void replaceKeepsIdConnectionsAndForeignContent();
    void labelEditCommitsOnce();
    void labelEditEscapeCancels();
    void subProcessMovesItsContent();
    void dataObjectAndDataAssociations();
    void contextPadConnect();
    void snapshotAfterEditing();
    void snapshotWhileEditing();

private:
    NodeId id(const char *s) const { return m_doc->tree().byId(s); }
    QRectF boundsOf(NodeId diElement) const { return *di::bounds(m_doc->tree(), diElement); }
    QRectF boundsOf(const char *diId) const { return boundsOf(id(diId)); }
    QPoint at(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QWidget *viewport() const { return m_view->viewport(); }
    void drag(const QPointF &from, const QPointF &to);
    QUndoStack *undo() const { return m_doc->undoStack(); }
    /// The elements of a BPMN local name below `parent`, in document order.
    std::vector<NodeId> children(NodeId parent, const char *local) const
    {
        return bpmn::childElements(m_doc->tree(), parent, local);
    }
    void open(const QByteArray &xml);

    std::unique_ptr<BpmnDocument> m_doc;
    std::unique_ptr<DiagramView> m_view;
    PaletteWidget *m_palette = nullptr;
    DiagramScene *m_scene = nullptr;
};

void TestEditingTools::open(const QByteArray &xml)
{
    m_view.reset();
    ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("tools"));
    QVERIFY(read.ok());
    m_doc = std::make_unique<BpmnDocument>(std::move(read.tree));
    m_view = std::make_unique<DiagramView>();
    m_scene = new DiagramScene(m_view.get());
    m_scene->setDocument(m_doc.get(), di::diagrams(m_doc->tree()).front());
    m_view->setScene(m_scene);
    m_palette = new PaletteWidget(m_view.get());
    m_palette->setScene(m_scene);
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    m_view->centerOn(QPointF(400, 300));
}

void TestEditingTools::init()
{
    open(QByteArray(kEditingModel));
}

void TestEditingTools::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestEditingTools::drag(const QPointF &from, const QPointF &to)
{
    QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport(), at(from + (to - from) * i / 5.0));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
}

void TestEditingTools::createTaskByClick()
{
    m_palette->actionFor(ToolMode::Create, CreateKind::Task)->trigger();
    QCOMPARE(m_scene->toolMode(), ToolMode::Create);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({603, 222}));
    QCOMPARE(undo()->count(), 1);
    const std::vector<NodeId> tasks = children(id("ProcA"), "task");
    QCOMPARE(tasks.size(), std::size_t(2));
    const NodeId task = tasks.back();
    const NodeId shape = m_scene->diElementFor(task);
    // x on the 10 px grid, y aligned with the end event's centre (225) in the same lane
    QCOMPARE(boundsOf(shape), QRectF(550, 185, 100, 80));
    QCOMPARE(bpmn::laneOf(m_doc->tree(), task), id("Lane2"));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{shape});
    QCOMPARE(m_scene->toolMode(), ToolMode::Select);
    QVERIFY(m_palette->actionFor(ToolMode::Select)->isChecked());
    undo()->undo();
    QCOMPARE(children(id("ProcA"), "task").size(), std::size_t(1));
    QVERIFY(!bpmn::referenceChild(m_doc->tree(), id("Lane2"), "flowNodeRef", task));
}

void TestEditingTools::createGatewayByDrag()
{
    m_scene->setToolMode(ToolMode::Create, CreateKind::Gateway);
    drag({500, 100}, {561, 262});
    QCOMPARE(undo()->count(), 1);
    const std::vector<NodeId> gateways = children(id("ProcA"), "exclusiveGateway");
    QCOMPARE(gateways.size(), std::size_t(1));
    const NodeId shape = m_scene->diElementFor(gateways.front());
    QCOMPARE(boundsOf(shape), QRectF(535, 235, 50, 50));
    QCOMPARE(m_doc->tree().attr(shape, m_doc->tree().known().isMarkerVisible),
             std::string_view("true"));
    QCOMPARE(bpmn::laneOf(m_doc->tree(), gateways.front()), id("Lane2"));
}

void TestEditingTools::createByDropFromPalette()
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(PaletteWidget::kMimeType),
                 QByteArray::number(int(CreateKind::DataStore)));
    const QPoint pos = at({600, 450});
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &drop);
    const std::vector<NodeId> stores = children(id("ProcB"), "dataStoreReference");
    QCOMPARE(stores.size(), std::size_t(1));
    QCOMPARE(boundsOf(m_scene->diElementFor(stores.front())), QRectF(575, 425, 50, 50));
}

void TestEditingTools::createOutsidePoolsIsRefused()
{
    m_scene->setToolMode(ToolMode::Create, CreateKind::Task);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 620}));
    QCOMPARE(undo()->count(), 0);
    // a text annotation may go there: it belongs to the collaboration
    m_scene->setToolMode(ToolMode::Create, CreateKind::TextAnnotation);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 620}));
    QCOMPARE(children(id("Collab"), "textAnnotation").size(), std::size_t(1));
}

void TestEditingTools::firstPoolWrapsTheProcess()
{
    m_doc = std::make_unique<BpmnDocument>(); // an empty process diagram
    m_scene->setDocument(m_doc.get(), di::diagrams(m_doc->tree()).front());
    m_scene->setToolMode(ToolMode::Create, CreateKind::Task);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({300, 300}));
    m_scene->setToolMode(ToolMode::Create, CreateKind::Pool);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({100, 100}));
    QCOMPARE(undo()->count(), 2);
    const ModelTree &t = m_doc->tree();
    const NodeId plane = di::planeOf(t, di::diagrams(t).front());
    const NodeId collaboration = di::semanticOf(t, plane);
    QVERIFY(bpmn::isCollaboration(t, collaboration));
    const NodeId participant = t.firstChildElement(collaboration, "participant");
    const NodeId process = t.firstChildElement(t.root(), "process");
    QCOMPARE(t.resolveRef(t.attr(participant, t.known().processRef)), process);
    const QRectF pool = boundsOf(m_scene->diElementFor(participant));
    QVERIFY(pool.contains(boundsOf(m_scene->diElementFor(children(process, "task").front()))));
    undo()->undo();
    QVERIFY(bpmn::isProcess(t, di::semanticOf(t, plane)));
    QVERIFY(bpmn::childElements(t, t.root(), "collaboration").empty());
}

void TestEditingTools::laneToolAddsLanes()
{
    m_scene->setToolMode(ToolMode::Create, CreateKind::Lane);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({400, 450}));
    QCOMPARE(undo()->count(), 1);
    const ModelTree &t = m_doc->tree();
    const NodeId laneSet = t.firstChildElement(id("ProcB"), "laneSet");
    QVERIFY(laneSet != kNoNode);
    const std::vector<NodeId> lanes = children(laneSet, "lane");
    QCOMPARE(lanes.size(), std::size_t(2));
    QCOMPARE(boundsOf("PoolB_di"), QRectF(0, 350, 800, 320));
    QCOMPARE(boundsOf(m_scene->diElementFor(lanes[0])), QRectF(30, 350, 770, 200));
    QCOMPARE(boundsOf(m_scene->diElementFor(lanes[1])), QRectF(30, 550, 770, 120));
    // A lane below the first lane of pool A: what lies below moves down.
    m_scene->setToolMode(ToolMode::Create, CreateKind::Lane);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 100}));
    const std::vector<NodeId> lanesA = children(id("LaneSet"), "lane");
    QCOMPARE(lanesA.size(), std::size_t(3));
    QCOMPARE(lanesA[0], id("Lane1")); // the new one in the middle
    QCOMPARE(lanesA[2], id("Lane2"));
    QCOMPARE(boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(boundsOf(m_scene->diElementFor(lanesA[1])), QRectF(30, 150, 770, 120));
    QCOMPARE(boundsOf("Lane2_di"), QRectF(30, 270, 770, 150));
    QCOMPARE(boundsOf("End_di"), QRectF(400, 327, 36, 36));
    QCOMPARE(boundsOf("PoolA_di"), QRectF(0, 0, 800, 420));
    QCOMPARE(bpmn::laneOf(t, id("End")), id("Lane2"));
}

void TestEditingTools::verticalPoolWithLanes()
{
    m_doc = std::make_unique<BpmnDocument>(); // an empty process diagram
    m_scene->setDocument(m_doc.get(), di::diagrams(m_doc->tree()).front());
    m_palette->actionFor(ToolMode::Create, CreateKind::VerticalPool)->trigger();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({300, 300}));
    const ModelTree &t = m_doc->tree();
    const NodeId collaboration = t.firstChildElement(t.root(), "collaboration");
    const NodeId participant = t.firstChildElement(collaboration, "participant");
    const NodeId pool = m_scene->diElementFor(participant);
    QCOMPARE(boundsOf(pool), QRectF(175, 0, 250, 600));
    QCOMPARE(t.attr(pool, t.known().isHorizontal), std::string_view("false"));
    m_scene->setToolMode(ToolMode::Create, CreateKind::Lane);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({300, 300}));
    const NodeId process = t.resolveRef(t.attr(participant, t.known().processRef));
    const std::vector<NodeId> lanes = children(t.firstChildElement(process, "laneSet"), "lane");
    QCOMPARE(lanes.size(), std::size_t(2));
    QCOMPARE(boundsOf(m_scene->diElementFor(lanes[0])), QRectF(175, 30, 250, 570));
    QCOMPARE(boundsOf(m_scene->diElementFor(lanes[1])), QRectF(425, 30, 120, 570));
    QCOMPARE(boundsOf(pool), QRectF(175, 0, 370, 600));
    // A task dropped into the second lane is listed there.
    m_scene->setToolMode(ToolMode::Create, CreateKind::Task);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({485, 300}));
    QCOMPARE(bpmn::laneOf(t, children(process, "task").front()), lanes[1]);
}

void TestEditingTools::connectSequenceFlow()
{
    QTest::keyClick(viewport(), Qt::Key_C);
    QCOMPARE(m_scene->toolMode(), ToolMode::Connect);
    drag({98, 75}, {418, 225}); // start event to end event
    QCOMPARE(undo()->count(), 1);
    const ModelTree &t = m_doc->tree();
    const std::vector<NodeId> flows = children(id("ProcA"), "sequenceFlow");
    QCOMPARE(flows.size(), std::size_t(3));
    const NodeId flow = flows.back();
    QCOMPARE(bpmn::sourceOf(t, flow), id("Start"));
    QCOMPARE(bpmn::targetOf(t, flow), id("End"));
    QVERIFY(bpmn::referenceChild(t, id("Start"), "outgoing", flow));
    QVERIFY(bpmn::referenceChild(t, id("End"), "incoming", flow));
    const QList<QPointF> points = di::waypoints(t, m_scene->diElementFor(flow));
    QCOMPARE(points, (QList<QPointF>{{116, 75}, {258, 75}, {258, 225}, {400, 225}}));
    QVERIFY(routing::isOrthogonal(points));
    QCOMPARE(m_scene->toolMode(), ToolMode::Select);
}

void TestEditingTools::connectMessageFlowToPool()
{
    m_scene->setToolMode(ToolMode::Connect);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60})); // click-click connecting
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({500, 500}));
    const std::vector<NodeId> flows = children(id("Collab"), "messageFlow");
    QCOMPARE(flows.size(), std::size_t(1));
    const ModelTree &t = m_doc->tree();
    QCOMPARE(bpmn::sourceOf(t, flows.front()), id("Task1"));
    QCOMPARE(bpmn::targetOf(t, flows.front()), id("PoolB"));
    QCOMPARE(di::waypoints(t, m_scene->diElementFor(flows.front())),
             (QList<QPointF>{{220, 115}, {220, 350}}));
}

void TestEditingTools::refusedConnectionChangesNothing()
{
    m_scene->setToolMode(ToolMode::Connect);
    drag({418, 225}, {98, 75}); // end event to start event
    QCOMPARE(undo()->count(), 0);
    m_scene->setToolMode(ToolMode::Connect);
    drag({220, 60}, {220, 60}); // onto itself
    QCOMPARE(undo()->count(), 0);
}

void TestEditingTools::segmentDragKeepsRouteOrthogonal()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({320, 150}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("F2_di")});
    QCOMPARE(m_scene->selectionHandles()->handleAt({320, 150}).kind,
             SelectionHandles::Kind::Segment);
    drag({320, 150}, {352, 150});
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(di::waypoints(m_doc->tree(), id("F2_di")),
             (QList<QPointF>{{270, 75}, {350, 75}, {350, 225}, {400, 225}}));
    // A bendpoint dragged onto the line between its neighbours disappears.
    drag({350, 75}, {351, 224});
    QCOMPARE(di::waypoints(m_doc->tree(), id("F2_di")),
             (QList<QPointF>{{270, 75}, {350, 225}, {400, 225}}));
    QCOMPARE(undo()->count(), 2);
    undo()->undo();
    undo()->undo();
    QCOMPARE(di::waypoints(m_doc->tree(), id("F2_di")),
             (QList<QPointF>{{270, 75}, {320, 75}, {320, 225}, {400, 225}}));
}

void TestEditingTools::reconnectTargetEnd()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({140, 75}));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{id("F1_di")});
    drag({170, 75}, {418, 220});
    QCOMPARE(undo()->count(), 1);
    const ModelTree &t = m_doc->tree();
    QCOMPARE(bpmn::targetOf(t, id("F1")), id("End"));
    QVERIFY(!bpmn::referenceChild(t, id("Task1"), "incoming", id("F1")));
    QVERIFY(bpmn::referenceChild(t, id("End"), "incoming", id("F1")));
    const QPointF end = di::waypoints(t, id("F1_di")).last();
    QVERIFY(QRectF(400, 207, 36, 36).adjusted(-1, -1, 1, 1).contains(end));
    undo()->undo();
    QCOMPARE(bpmn::targetOf(t, id("F1")), id("Task1"));
}

void TestEditingTools::contextPadAppends()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    ContextPad *pad = m_scene->contextPad();
    QVERIFY(pad->isVisible());
    QCOMPARE(pad->target(), id("Task1_di"));
    QTest::mouseClick(viewport(), Qt::LeftButton, {},
                      at(pad->entryScenePos(ContextPad::Entry::AppendTask)));
    QCOMPARE(undo()->count(), 1); // element and flow: one step
    const ModelTree &t = m_doc->tree();
    const std::vector<NodeId> tasks = children(id("ProcA"), "task");
    QCOMPARE(tasks.size(), std::size_t(2));
    const NodeId added = m_scene->diElementFor(tasks.back());
    QCOMPARE(boundsOf(added), QRectF(320, 35, 100, 80));
    QCOMPARE(m_scene->selectedElements(), QList<NodeId>{added});
    const NodeId flow = children(id("ProcA"), "sequenceFlow").back();
    QCOMPARE(bpmn::sourceOf(t, flow), id("Task1"));
    QCOMPARE(bpmn::targetOf(t, flow), tasks.back());
    QCOMPARE(di::waypoints(t, m_scene->diElementFor(flow)), (QList<QPointF>{{270, 75}, {320, 75}}));
    QCOMPARE(bpmn::laneOf(t, tasks.back()), id("Lane1"));
    // Appending again from the same task stacks the next one below.
    m_scene->selectElements({id("Task1_di")});
    pad->trigger(ContextPad::Entry::AppendEndEvent);
    const NodeId end = m_scene->diElementFor(children(id("ProcA"), "endEvent").back());
    QVERIFY(boundsOf(end).top() > 115);
    undo()->undo();
    undo()->undo();
    QCOMPARE(children(id("ProcA"), "task").size(), std::size_t(1));
    QCOMPARE(children(id("ProcA"), "sequenceFlow").size(), std::size_t(2));
    // Annotations are appended with an association.
    m_scene->selectElements({id("Task1_di")});
    pad->trigger(ContextPad::Entry::AppendAnnotation);
    const std::vector<NodeId> associations = children(id("ProcA"), "association");
    QCOMPARE(associations.size(), std::size_t(1));
    QCOMPARE(bpmn::sourceOf(t, associations.front()), id("Task1"));
}

void TestEditingTools::contextPadReplaceMenu()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({98, 75}));
    ContextPad *pad = m_scene->contextPad();
    QTest::mouseClick(viewport(), Qt::LeftButton, {},
                      at(pad->entryScenePos(ContextPad::Entry::Replace)));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QAction *message = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == QStringLiteral("Message start event"))
            message = a;
    QVERIFY(message);
    message->trigger();
    menu->close();
    const ModelTree &t = m_doc->tree();
    QVERIFY(bpmn::isStartEvent(t, id("Start")));
    QVERIFY(t.firstChildElement(id("Start"), "messageEventDefinition") != kNoNode);
    QCOMPARE(undo()->count(), 1);
}

void TestEditingTools::replaceKeyAndSpacePanning()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::keyClick(viewport(), Qt::Key_R);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QVERIFY(menu->actions().size() >= 9);
    menu->close();
    // Space held: a left drag pans instead of moving the task.
    const int before = m_view->horizontalScrollBar()->value();
    QTest::keyPress(viewport(), Qt::Key_Space);
    const QPoint from = at({220, 60});
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), from - QPoint(20 * i, 0));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from - QPoint(80, 0));
    QTest::keyRelease(viewport(), Qt::Key_Space);
    QCOMPARE(m_view->horizontalScrollBar()->value(), before + 80);
    QCOMPARE(boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
    QCOMPARE(undo()->count(), 0);
}

void TestEditingTools::replaceKeepsIdConnectionsAndForeignContent()
{
    ElementReplacer &replacer = m_scene->editor()->replacer();
    QVERIFY(replacer.replace(id("Task1_di"), {QStringLiteral("User task"), "userTask", {}}));
    const ModelTree &t = m_doc->tree();
    const NodeId task = id("Task1");
    QCOMPARE(t.localName(task), std::string_view("userTask"));
    QVERIFY(t.firstChildElement(task, "extensionElements") != kNoNode);
    QCOMPARE(t.attr(task, m_doc->nodeFactory().names().intern("http://camunda.org/schema/1.0/bpmn",
                                                              "assignee", "camunda")),
             std::string_view("sb"));
    QCOMPARE(bpmn::targetOf(t, id("F1")), task);
    QVERIFY(bpmn::referenceChild(t, task, "incoming", id("F1")));
    QCOMPARE(bpmn::laneOf(t, task), id("Lane1"));
    QCOMPARE(bpmn::boundaryEvents(t, task), std::vector<NodeId>{id("Boundary")});
    QCOMPARE(boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->spec().taskType, TaskType::User);
    // A task becoming a gateway takes a gateway's size around the same centre.
    QVERIFY(replacer.replace(id("Task1_di"), {QStringLiteral("Parallel"), "parallelGateway", {}}));
    QCOMPARE(boundsOf("Task1_di"), QRectF(195, 50, 50, 50));
    QCOMPARE(di::waypoints(t, id("F1_di")).last(), QPointF(195, 75));
    undo()->undo();
    undo()->undo();
    QCOMPARE(t.localName(id("Task1")), std::string_view("task"));
    QCOMPARE(boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
    QCOMPARE(m_scene->shapeItem(id("Task1_di"))->spec().kind, ShapeKind::Task);
}

void TestEditingTools::labelEditCommitsOnce()
{
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QVERIFY(m_scene->isEditingLabel());
    QTest::keyClicks(viewport(), QStringLiteral("Antrag"));
    QTest::keyClick(viewport(), Qt::Key_Return);
    QTest::keyClicks(viewport(), QStringLiteral("pr"));
    QKeyEvent umlaut(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral("ü"));
    QApplication::sendEvent(viewport(), &umlaut);
    QTest::keyClicks(viewport(), QStringLiteral("fen"));
    QTest::keyClick(viewport(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_scene->isEditingLabel());
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(bpmn::name(m_doc->tree(), id("Task1")), std::string_view("Antrag\nprüfen"));
    // E on the selection, then a click outside commits.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({98, 75}));
    QTest::keyClick(viewport(), Qt::Key_E);
    QVERIFY(m_scene->isEditingLabel());
    QTest::keyClicks(viewport(), QStringLiteral("Eingang"));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 620}));
    QVERIFY(!m_scene->isEditingLabel());
    QCOMPARE(bpmn::name(m_doc->tree(), id("Start")), std::string_view("Eingang"));
    QCOMPARE(undo()->count(), 2);
}

void TestEditingTools::labelEditEscapeCancels()
{
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::keyClicks(viewport(), QStringLiteral("Weg damit"));
    QTest::keyClick(viewport(), Qt::Key_Escape);
    QVERIFY(!m_scene->isEditingLabel());
    QCOMPARE(undo()->count(), 0);
    QCOMPARE(bpmn::name(m_doc->tree(), id("Task1")), std::string_view("Antrag prüfen"));
}

void TestEditingTools::subProcessMovesItsContent()
{
    m_scene->setToolMode(ToolMode::Create, CreateKind::SubProcess);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 480}));
    const NodeId sub = children(id("ProcB"), "subProcess").front();
    const NodeId subShape = m_scene->diElementFor(sub);
    QCOMPARE(boundsOf(subShape), QRectF(425, 380, 350, 200));
    m_scene->setToolMode(ToolMode::Create, CreateKind::Task);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({600, 480}));
    const NodeId inner = children(sub, "task").front(); // created inside the sub-process
    QVERIFY(bpmn::childElements(m_doc->tree(), id("ProcB"), "task").empty());
    drag({440, 390}, {400, 360}); // grab the sub-process near its corner
    QCOMPARE(boundsOf(subShape), QRectF(385, 350, 350, 200));
    QCOMPARE(boundsOf(m_scene->diElementFor(inner)), QRectF(510, 410, 100, 80));
    QCOMPARE(undo()->count(), 3);
}

void TestEditingTools::dataObjectAndDataAssociations()
{
    m_scene->setToolMode(ToolMode::Create, CreateKind::DataObject);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 240}));
    const ModelTree &t = m_doc->tree();
    const NodeId ref = children(id("ProcA"), "dataObjectReference").front();
    const NodeId object = children(id("ProcA"), "dataObject").front();
    QCOMPARE(t.resolveRef(t.attr(ref, m_doc->attributeName("dataObjectRef"))), object);
    QCOMPARE(undo()->count(), 1);
    m_scene->setToolMode(ToolMode::Connect);
    drag({220, 240}, {220, 60}); // data -> task: input association inside the task
    m_scene->setToolMode(ToolMode::Connect);
    drag({220, 60}, {220, 240}); // task -> data: output association
    const NodeId input = t.firstChildElement(id("Task1"), "dataInputAssociation");
    const NodeId output = t.firstChildElement(id("Task1"), "dataOutputAssociation");
    QVERIFY(input != kNoNode && output != kNoNode);
    QCOMPARE(t.resolveRef(t.text(t.firstChildElement(input, "sourceRef"))), ref);
    QCOMPARE(t.resolveRef(t.text(t.firstChildElement(output, "targetRef"))), ref);
    QVERIFY(m_scene->edgeItem(m_scene->diElementFor(input)));
    // Moving the data object takes the ends of both associations along.
    drag({220, 240}, {260, 240});
    QCOMPARE(di::waypoints(t, m_scene->diElementFor(output)).last().x(),
             di::waypoints(t, m_scene->diElementFor(input)).first().x());
    QCOMPARE(undo()->count(), 4);
}

void TestEditingTools::contextPadConnect()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    ContextPad *pad = m_scene->contextPad();
    QTest::mouseClick(viewport(), Qt::LeftButton, {},
                      at(pad->entryScenePos(ContextPad::Entry::Connect)));
    QCOMPARE(m_scene->toolMode(), ToolMode::Connect);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({418, 225}));
    const ModelTree &t = m_doc->tree();
    const NodeId flow = children(id("ProcA"), "sequenceFlow").back();
    QCOMPARE(bpmn::sourceOf(t, flow), id("Task1"));
    QCOMPARE(bpmn::targetOf(t, flow), id("End"));
    QCOMPARE(m_scene->toolMode(), ToolMode::Select);
}

void TestEditingTools::snapshotWhileEditing()
{
    // The label editor open, and a pool halfway through a drag (its outline follows).
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    QTest::keyClicks(viewport(), QStringLiteral("Antrag"));
    QTest::keyClick(viewport(), Qt::Key_Return);
    QTest::keyClicks(viewport(), QStringLiteral("pruefen"));
    m_view->centerOn(QPointF(400, 300));
    QVERIFY(m_view->grab().toImage().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-label.png")));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, at({15, 450}));
    QTest::mouseMove(viewport(), at({40, 470}));
    QTest::mouseMove(viewport(), at({75, 490}));
    m_view->centerOn(QPointF(400, 300));
    QVERIFY(m_view->grab().toImage().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-live.png")));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at({75, 490}));
    QCOMPARE(boundsOf("PoolB_di").topLeft(), QPointF(60, 390));
}

void TestEditingTools::snapshotAfterEditing()
{
    // A few edits through the GUI, then a picture to look at (build dir, editing-tools.png).
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({220, 60}));
    m_scene->contextPad()->trigger(ContextPad::Entry::AppendGateway);
    m_scene->contextPad()->trigger(ContextPad::Entry::AppendTask);
    m_scene->setToolMode(ToolMode::Connect);
    drag({220, 60}, {500, 500});
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at({320, 150}));
    m_view->centerOn(QPointF(400, 280));
    const QImage image = m_view->grab().toImage();
    QVERIFY(image.save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-tools.png")));
    QCOMPARE(undo()->count(), 3);
}

QTEST_MAIN(TestEditingTools)
#include "tst_editingtools.moc"

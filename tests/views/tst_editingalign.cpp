// GUI tests of align and distribute, headless, each checking the model: the selection aligns
// to its extremes or the centre of its bounding box, distribute spreads equal gaps, flows
// follow like after a drag, boundary events and pool content move with their owner, and one
// undo restores every bound. The canvas context menu offers the actions for two or more
// shapes, and so does the context pad of a multiple selection (bpmn.io's multi-element pad:
// an align menu and delete).

#include "canvas/contextpad.h"
#include "canvas/shapealigner.h"
#include "canvasfixture.h"
#include "testpaths.h"

#include <QApplication>
#include <QMenu>

using namespace amtsweg;
using test::Canvas;

namespace {

// Attributes in single quotes (moc of Qt 6.4 and raw strings, see tst_editing.cpp).
const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    xmlns:di='http://www.omg.org/spec/DD/20100524/DI'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:process id='Proc' isExecutable='false'>
    <bpmn:task id='T1'><bpmn:outgoing>F1</bpmn:outgoing></bpmn:task>
    <bpmn:task id='T2'><bpmn:incoming>F1</bpmn:incoming></bpmn:task>
    <bpmn:task id='T3'/>
    <bpmn:boundaryEvent id='B3' attachedToRef='T3'/>
    <bpmn:sequenceFlow id='F1' sourceRef='T1' targetRef='T2'/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Proc'>
      <bpmndi:BPMNShape id='T1_di' bpmnElement='T1'>
        <dc:Bounds x='100' y='100' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='T2_di' bpmnElement='T2'>
        <dc:Bounds x='300' y='160' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='T3_di' bpmnElement='T3'>
        <dc:Bounds x='600' y='60' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='B3_di' bpmnElement='B3'>
        <dc:Bounds x='662' y='122' width='36' height='36'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id='F1_di' bpmnElement='F1'>
        <di:waypoint x='200' y='140'/><di:waypoint x='250' y='140'/>
        <di:waypoint x='250' y='200'/><di:waypoint x='300' y='200'/>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

bool isOrthogonal(const QList<QPointF> &route)
{
    for (qsizetype i = 1; i < route.size(); ++i)
        if (route[i].x() != route[i - 1].x() && route[i].y() != route[i - 1].y())
            return false;
    return true;
}

} // namespace

class TestEditingAlign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(kModel)); }
    void cleanup() { m_canvas.reset(); }
    void alignLeftAndUndo();
    void alignTopFlowsFollow();
    void alignCentreAndMiddle();
    void distributeHorizontally();
    void boundaryEventsAreCarried();
    void contextMenuOffersAlignment();
    void contextPadOffersAlignment();
    void contextPadDistributesAndDeletes();

private:
    /// Clicks the pad's align entry and returns the menu it opens.
    QMenu *openPadAlignMenu() const
    {
        Canvas &c = *m_canvas;
        ContextPad *pad = c.scene->contextPad();
        if (!pad->isVisible() || !pad->entries().contains(ContextPad::Entry::Align))
            return nullptr;
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                          c.at(pad->entryScenePos(ContextPad::Entry::Align)));
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }
    static QAction *action(QMenu *menu, Alignment alignment)
    {
        for (QAction *a : menu->actions())
            if (a->text() == ShapeAligner::text(alignment))
                return a;
        return nullptr;
    }
    void selectAll() const
    {
        Canvas &c = *m_canvas;
        c.scene->selectElements({c.id("T1_di"), c.id("T2_di"), c.id("T3_di")});
    }
    std::unique_ptr<Canvas> m_canvas;
};

void TestEditingAlign::alignLeftAndUndo()
{
    Canvas &c = *m_canvas;
    selectAll();
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Left));
    QCOMPARE(c.boundsOf("T1_di"), QRectF(100, 100, 100, 80));
    QCOMPARE(c.boundsOf("T2_di"), QRectF(100, 160, 100, 80));
    QCOMPARE(c.boundsOf("T3_di"), QRectF(100, 60, 100, 80));
    QCOMPARE(c.undo()->count(), 1);
    c.undo()->undo();
    QCOMPARE(c.boundsOf("T2_di"), QRectF(300, 160, 100, 80));
    QCOMPARE(c.boundsOf("T3_di"), QRectF(600, 60, 100, 80));
    QCOMPARE(c.boundsOf("B3_di"), QRectF(662, 122, 36, 36));
    // Aligned shapes do not move again: nothing to push.
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Right));
    QVERIFY(!ShapeAligner(*c.scene).apply(Alignment::Right));
    QCOMPARE(c.undo()->count(), 1);
}

void TestEditingAlign::alignTopFlowsFollow()
{
    Canvas &c = *m_canvas;
    selectAll();
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Top));
    for (const char *shape : {"T1_di", "T2_di", "T3_di"})
        QCOMPARE(c.boundsOf(shape).top(), 60.0);
    const QList<QPointF> route = di::waypoints(c.doc->tree(), c.id("F1_di"));
    QVERIFY2(isOrthogonal(route), "the flow keeps an orthogonal route");
    QCOMPARE(route.front(), QPointF(200, 100)); // still on T1's right side, moved up
    QCOMPARE(route.back(), QPointF(300, 100));  // still on T2's left side
    c.undo()->undo();
    QCOMPARE(di::waypoints(c.doc->tree(), c.id("F1_di")).back(), QPointF(300, 200));
}

void TestEditingAlign::alignCentreAndMiddle()
{
    Canvas &c = *m_canvas;
    selectAll();
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Center)); // selection spans x 100..700
    for (const char *shape : {"T1_di", "T2_di", "T3_di"})
        QCOMPARE(c.boundsOf(shape).center().x(), 400.0);
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Middle)); // y 60..240
    for (const char *shape : {"T1_di", "T2_di", "T3_di"})
        QCOMPARE(c.boundsOf(shape).center().y(), 150.0);
    QCOMPARE(c.undo()->count(), 2);
}

void TestEditingAlign::distributeHorizontally()
{
    Canvas &c = *m_canvas;
    c.scene->selectElements({c.id("T1_di"), c.id("T2_di")});
    QVERIFY(!ShapeAligner(*c.scene).canApply(Alignment::DistributeHorizontally));
    QVERIFY(ShapeAligner(*c.scene).canApply(Alignment::Left));
    selectAll();
    // 600 units from T1's left to T3's right, 300 of them tasks: gaps of 150.
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::DistributeHorizontally));
    QCOMPARE(c.boundsOf("T1_di"), QRectF(100, 100, 100, 80));
    QCOMPARE(c.boundsOf("T2_di"), QRectF(350, 160, 100, 80));
    QCOMPARE(c.boundsOf("T3_di"), QRectF(600, 60, 100, 80));
    QCOMPARE(di::waypoints(c.doc->tree(), c.id("F1_di")).back(), QPointF(350, 200));
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::DistributeVertically));
    // T3 (60..140) and T2 (160..240) stay; T1 in between, at equal (here overlapping) gaps.
    QCOMPARE(c.boundsOf("T1_di").top() - c.boundsOf("T3_di").bottom(),
             c.boundsOf("T2_di").top() - c.boundsOf("T1_di").bottom());
    QCOMPARE(c.boundsOf("T3_di").top(), 60.0);
    c.undo()->undo();
    c.undo()->undo();
    QCOMPARE(c.boundsOf("T2_di"), QRectF(300, 160, 100, 80));
}

void TestEditingAlign::boundaryEventsAreCarried()
{
    Canvas &c = *m_canvas;
    c.scene->selectElements({c.id("T1_di"), c.id("T3_di"), c.id("B3_di")});
    QCOMPARE(ShapeAligner(*c.scene).alignableShapes().size(), 2); // B3 goes with T3
    QVERIFY(ShapeAligner(*c.scene).apply(Alignment::Bottom));
    QCOMPARE(c.boundsOf("T3_di"), QRectF(600, 100, 100, 80));
    QCOMPARE(c.boundsOf("B3_di"), QRectF(662, 162, 36, 36));
}

void TestEditingAlign::contextMenuOffersAlignment()
{
    Canvas &c = *m_canvas;
    c.click({150, 140});
    QVERIFY(!c.scene->createContextMenu()); // one shape: nothing to align
    c.click({350, 200}, Qt::ControlModifier);
    QCOMPARE(c.scene->selectedElements().size(), 2);
    std::unique_ptr<QMenu> menu(c.scene->createContextMenu());
    QVERIFY(menu);
    QAction *top = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == ShapeAligner::text(Alignment::Top))
            top = a;
    QVERIFY(top);
    top->trigger();
    QCOMPARE(c.boundsOf("T2_di").top(), 100.0);
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.undo()->undoText(), QStringLiteral("Align Top"));
}

void TestEditingAlign::contextPadOffersAlignment()
{
    Canvas &c = *m_canvas;
    c.click({150, 140});
    ContextPad *pad = c.scene->contextPad();
    QVERIFY(!pad->isForSelection());
    QVERIFY(!pad->entries().contains(ContextPad::Entry::Align));
    c.click({350, 200}, Qt::ControlModifier);
    QVERIFY(pad->isVisible());
    QVERIFY(pad->isForSelection());
    QCOMPARE(pad->entries(), (QList{ContextPad::Entry::Align, ContextPad::Entry::Delete}));
    // Next to the selection's top right corner, like bpmn.io's multi-element pad.
    QVERIFY(pad->entryScenePos(ContextPad::Entry::Align).x() > 400);
    QVERIFY(pad->entryScenePos(ContextPad::Entry::Align).y() < 130);
    QVERIFY(c.view->grab().save(test::buildDir() + QStringLiteral("/editingalign-pad.png")));
    QMenu *menu = openPadAlignMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size() - 2, 8); // six align and two distribute actions, 2 separators
    QVERIFY(action(menu, Alignment::Left)->isEnabled());
    QVERIFY(!action(menu, Alignment::DistributeHorizontally)->isEnabled()); // needs three
    action(menu, Alignment::Left)->trigger();
    menu->close();
    QCOMPARE(c.boundsOf("T2_di"), QRectF(100, 160, 100, 80));
    QCOMPARE(c.boundsOf("T1_di"), QRectF(100, 100, 100, 80));
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.undo()->undoText(), QStringLiteral("Align Left"));
    // The pad follows the moved selection.
    QCoreApplication::processEvents();
    QVERIFY(pad->entryScenePos(ContextPad::Entry::Align).x() < 260);
    c.undo()->undo();
    QCOMPARE(c.boundsOf("T2_di"), QRectF(300, 160, 100, 80));
}

void TestEditingAlign::contextPadDistributesAndDeletes()
{
    Canvas &c = *m_canvas;
    c.click({150, 140});
    c.click({350, 200}, Qt::ControlModifier);
    c.click({650, 80}, Qt::ControlModifier);
    QCOMPARE(c.scene->selectedElements().size(), 3);
    QMenu *menu = openPadAlignMenu();
    QVERIFY(menu);
    QVERIFY(action(menu, Alignment::DistributeHorizontally)->isEnabled());
    action(menu, Alignment::DistributeHorizontally)->trigger();
    menu->close();
    QCOMPARE(c.undo()->count(), 1);
    const qreal gap1 = c.boundsOf("T2_di").left() - c.boundsOf("T1_di").right();
    const qreal gap2 = c.boundsOf("T3_di").left() - c.boundsOf("T2_di").right();
    QCOMPARE(gap1, gap2);
    QCOMPARE(c.boundsOf("T1_di").left(), 100.0);
    QCOMPARE(c.boundsOf("T3_di").left(), 600.0);
    // Delete on the pad removes the whole selection in one step.
    QCoreApplication::processEvents();
    ContextPad *pad = c.scene->contextPad();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                      c.at(pad->entryScenePos(ContextPad::Entry::Delete)));
    QCOMPARE(c.undo()->count(), 2);
    for (const char *gone : {"T1", "T2", "T3", "B3", "F1"})
        QCOMPARE(c.id(gone), kNoNode);
    c.undo()->undo();
    QVERIFY(c.id("T2") != kNoNode && c.id("F1") != kNoNode);
}

QTEST_MAIN(TestEditingAlign)
#include "tst_editingalign.moc"

// GUI tests of resizing, headless, each checking the model: corner handles resize shapes
// (snapped, one undo step), lanes resize together with their neighbour and pool and keep
// flowNodeRef in sync, pools take their lanes along.

#include "bpmn/elements.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/selectionhandles.h"
#include "canvasfixture.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "editingmodel.h"
#include "xml/bpmnreader.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::test;

using test::Canvas;

class TestEditingResize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(kEditingModel)); }
    void cleanup() { m_canvas.reset(); }
    void cornerHandleResizesTask();
    void laneBorderMovesTheNeighbour();
    void lastLaneGrowsThePool();
    void laneResizeMovesFlowNodeRefs();
    void laneKeepsMinimumNeighbour();
    void poolResizeTakesLanesAlong();
    void lanesWiderWithThePool();

private:
    std::unique_ptr<Canvas> m_canvas;
};

void TestEditingResize::cornerHandleResizesTask()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    QCOMPARE(c.scene->selectionHandles()->handles().size(), qsizetype(4));
    c.drag({270, 115}, {302, 138});
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(170, 35, 130, 105));
    c.drag({170, 35}, {250, 100}); // top-left corner: stops at the minimum size
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(250, 100, 50, 40));
    c.undo()->undo();
    c.undo()->undo();
    QCOMPARE(c.boundsOf("Task1_di"), QRectF(170, 35, 100, 80));
}

void TestEditingResize::laneBorderMovesTheNeighbour()
{
    Canvas &c = *m_canvas;
    c.click({600, 100}); // inside the lane: selects it
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("Lane1_di")});
    c.drag({800, 150}, {800, 181});
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 180));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 180, 770, 120));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 300));
    c.undo()->undo();
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 150));
}

void TestEditingResize::lastLaneGrowsThePool()
{
    Canvas &c = *m_canvas;
    c.click({600, 250});
    c.drag({800, 300}, {800, 340});
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 190));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 340));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(c.undo()->count(), 1);
}

void TestEditingResize::laneResizeMovesFlowNodeRefs()
{
    Canvas &c = *m_canvas;
    c.click({600, 100});
    c.drag({800, 150}, {800, 240}); // the end event (centre y 225) is now in the first lane
    const ModelTree &t = c.doc->tree();
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane1"));
    QVERIFY(!bpmn::referenceChild(t, c.id("Lane2"), "flowNodeRef", c.id("End")));
    c.undo()->undo();
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane2"));
}

void TestEditingResize::laneKeepsMinimumNeighbour()
{
    Canvas &c = *m_canvas;
    c.click({600, 100});
    c.drag({800, 150}, {800, 290});
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 240));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 240, 770, 60));
}

void TestEditingResize::poolResizeTakesLanesAlong()
{
    Canvas &c = *m_canvas;
    c.click({15, 150}); // the pool's name strip
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("PoolA_di")});
    c.drag({800, 300}, {800, 360});
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 360));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 770, 210));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    c.drag({0, 0}, {0, -40}); // the top border: the first lane grows upwards
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, -40, 800, 400));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, -40, 770, 190));
    QCOMPARE(c.undo()->count(), 2);
}

void TestEditingResize::lanesWiderWithThePool()
{
    Canvas &c = *m_canvas;
    c.click({600, 250});
    c.drag({800, 300}, {900, 300});
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 900, 300));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 870, 150));
    QCOMPARE(c.boundsOf("Lane2_di"), QRectF(30, 150, 870, 150));
}

QTEST_MAIN(TestEditingResize)
#include "tst_editingresize.moc"

// GUI tests of deleting and dividing lanes, headless, each checking the model: the context pad
// of a lane or pool offers "divide into two/three lanes" (bpmn.io) while it has fewer lanes,
// clicking it divides the lane inside its bounds with the flow nodes listed by position; the
// pad's delete lets the neighbour take the lane's space; the canvas context menu (a right
// click selects the lane under the cursor) offers the same. One undo step each. The canvas
// before and after dividing goes to <build>/editinglanes-*.png for looking at.

#include "bpmn/elements.h"
#include "canvas/contextpad.h"
#include "canvasfixture.h"
#include "editingmodel.h"
#include "testpaths.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>

using namespace amtsweg;
using test::Canvas;

class TestEditingLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(test::kEditingModel)); }
    void cleanup() { m_canvas.reset(); }
    void padDividesALaneIntoThree();
    void padDividesAPoolWithoutLanes();
    void padDeletesALane();
    void contextMenuOnALane();

private:
    /// Nested lanes of a lane (its childLaneSet) or of a process (its laneSet).
    std::vector<NodeId> lanesIn(const char *holder) const
    {
        const ModelTree &t = m_canvas->doc->tree();
        std::vector<NodeId> lanes;
        for (NodeId set : bpmn::childElements(t, m_canvas->id(holder)))
            if (bpmn::isLaneSet(t, set))
                for (NodeId lane : bpmn::childElements(t, set, "lane"))
                    lanes.push_back(lane);
        return lanes;
    }
    QRectF boundsOfLane(NodeId lane) const
    {
        return m_canvas->boundsOf(m_canvas->scene->diElementFor(lane));
    }
    /// Right-clicks `scenePos` and triggers the context menu entry `text` (false when the menu
    /// did not open or lacks it).
    bool contextMenu(const QPointF &scenePos, const QString &text)
    {
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *entry = nullptr;
            for (QAction *a : menu->actions())
                if (a->text() == text && a->isEnabled())
                    entry = a;
            found = entry != nullptr;
            if (entry)
                entry->trigger();
            menu->close();
        });
        const QPoint pos = m_canvas->at(scenePos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos,
                                m_canvas->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(m_canvas->viewport(), &event);
        return found;
    }

    std::unique_ptr<Canvas> m_canvas;
};

void TestEditingLanes::padDividesALaneIntoThree()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    c.click({45, 75}); // Lane1's name strip
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("Lane1_di")});
    ContextPad *pad = c.scene->contextPad();
    QVERIFY(pad->entries().contains(ContextPad::Entry::DivideIntoTwoLanes));
    QVERIFY(pad->entries().contains(ContextPad::Entry::DivideIntoThreeLanes));
    QVERIFY(c.view->grab().save(test::buildDir() + QStringLiteral("/editinglanes-pad.png")));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                      c.at(pad->entryScenePos(ContextPad::Entry::DivideIntoThreeLanes)));
    QCOMPARE(c.undo()->count(), 1);
    const std::vector<NodeId> lanes = lanesIn("Lane1");
    QCOMPARE(lanes.size(), std::size_t(3));
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 300));
    QCOMPARE(boundsOfLane(lanes[0]), QRectF(60, 0, 740, 50));
    QCOMPARE(boundsOfLane(lanes[1]), QRectF(60, 50, 740, 50));
    QCOMPARE(boundsOfLane(lanes[2]), QRectF(60, 100, 740, 50));
    const ModelTree &t = c.doc->tree();
    for (const char *node : {"Start", "Task1"}) // centres at y = 75
        QVERIFY(bpmn::referenceChild(t, lanes[1], "flowNodeRef", c.id(node)));
    QVERIFY(bpmn::referenceChild(t, lanes[2], "flowNodeRef", c.id("Boundary"))); // y = 115
    QVERIFY(bpmn::childElements(t, lanes[0], "flowNodeRef").empty());
    // The lane stays selected; with three lanes inside it offers no more dividing.
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("Lane1_di")});
    QVERIFY(!pad->entries().contains(ContextPad::Entry::DivideIntoThreeLanes));
    QVERIFY(c.view->grab().save(test::buildDir() + QStringLiteral("/editinglanes-divided.png")));
    c.undo()->undo();
    QCOMPARE(c.doc->toXml(), before);
    QVERIFY(lanesIn("Lane1").empty());
}

void TestEditingLanes::padDividesAPoolWithoutLanes()
{
    Canvas &c = *m_canvas;
    c.click({15, 450}); // PoolB's name strip
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("PoolB_di")});
    ContextPad *pad = c.scene->contextPad();
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                      c.at(pad->entryScenePos(ContextPad::Entry::DivideIntoTwoLanes)));
    QCOMPARE(c.undo()->count(), 1);
    const std::vector<NodeId> lanes = lanesIn("ProcB");
    QCOMPARE(lanes.size(), std::size_t(2));
    QCOMPARE(boundsOfLane(lanes[0]), QRectF(30, 350, 770, 100));
    QCOMPARE(boundsOfLane(lanes[1]), QRectF(30, 450, 770, 100));
    QCOMPARE(c.boundsOf("PoolB_di"), QRectF(0, 350, 800, 200));
    // The lanes are drawn: a click on the second one's name strip selects it.
    c.click({45, 500});
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.scene->diElementFor(lanes[1])});
}

void TestEditingLanes::padDeletesALane()
{
    Canvas &c = *m_canvas;
    c.click({45, 225}); // Lane2's name strip
    ContextPad *pad = c.scene->contextPad();
    QCOMPARE(pad->target(), c.id("Lane2_di"));
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {},
                      c.at(pad->entryScenePos(ContextPad::Entry::Delete)));
    QCOMPARE(c.undo()->count(), 1);
    const ModelTree &t = c.doc->tree();
    QCOMPARE(c.id("Lane2"), kNoNode);
    QCOMPARE(c.scene->itemFor(c.id("Lane2_di")), nullptr);
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 300));
    QCOMPARE(c.boundsOf("PoolA_di"), QRectF(0, 0, 800, 300));
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane1"));
    QCOMPARE(c.boundsOf("End_di"), QRectF(400, 207, 36, 36));
    c.undo()->undo();
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 150));
    QCOMPARE(bpmn::laneOf(t, c.id("End")), c.id("Lane2"));
}

void TestEditingLanes::contextMenuOnALane()
{
    Canvas &c = *m_canvas;
    c.click({500, 500}); // PoolB's interior selects PoolB
    QVERIFY(contextMenu({45, 75}, QStringLiteral("Divide into Two Lanes")));
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{c.id("Lane1_di")}); // right click selects
    QCOMPARE(lanesIn("Lane1").size(), std::size_t(2));
    QCOMPARE(c.undo()->count(), 1);
    QVERIFY(contextMenu({45, 225}, QStringLiteral("Delete Lane")));
    QCOMPARE(c.undo()->count(), 2);
    QCOMPARE(c.id("Lane2"), kNoNode);
    QCOMPARE(c.boundsOf("Lane1_di"), QRectF(30, 0, 770, 300));
    // Lane1's nested lanes: the lower one grew along.
    const std::vector<NodeId> nested = lanesIn("Lane1");
    QCOMPARE(boundsOfLane(nested[1]), QRectF(60, 75, 740, 225));
    QVERIFY(bpmn::referenceChild(c.doc->tree(), c.id("Lane1"), "flowNodeRef", c.id("End")));
    QCOMPARE(bpmn::laneOf(c.doc->tree(), c.id("End")), nested[1]); // the innermost
}

QTEST_MAIN(TestEditingLanes)
#include "tst_editinglanes.moc"

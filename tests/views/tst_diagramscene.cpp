// DiagramScene and DiagramView: one item per DI element keyed by its id, stacking order,
// updateItem() after model changes, zoom and fit.

#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "notation/diagrambuilder.h"
#include "testpaths.h"
#include "viewtestmodel.h"

#include <QApplication>
#include <QWheelEvent>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestDiagramScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneItemPerDiElement();
    void stackingOrder();
    void updateItemFollowsGeometry();
    void updateItemFromSemanticChange();
    void updateItemAddsAndRemoves();
    void secondDiagram();
    void viewZoomAndFit();

private:
    NodeId diNode(std::string_view id) const { return m_read.tree->byId(id); }
    ReadResult m_read;
    std::unique_ptr<DiagramScene> m_scene;
};

void TestDiagramScene::init()
{
    m_read = test::readViewTestModel();
    QVERIFY(m_read.ok());
    m_scene = std::make_unique<DiagramScene>();
    m_scene->setDiagram(m_read.tree.get(), DiagramBuilder(*m_read.tree).findDiagram({}));
}

void TestDiagramScene::oneItemPerDiElement()
{
    QCOMPARE(m_scene->elementItemCount(), 10); // 7 shapes + 3 edges
    for (const char *id :
         {"pool_di", "lane_di", "start_di", "task_di", "gw_di", "end_di", "ghost_di"}) {
        QGraphicsItem *item = m_scene->itemFor(diNode(id));
        QVERIFY2(item && item->type() == ShapeItem::Type, id);
        QCOMPARE(static_cast<ShapeItem *>(item)->diElement(), diNode(id));
    }
    QCOMPARE(m_scene->itemFor(diNode("flow1_di"))->type(), int(EdgeItem::Type));
    // external labels: events, gateway and the named flow; tasks draw their names inside
    QVERIFY(m_scene->labelFor(diNode("start_di")));
    QVERIFY(m_scene->labelFor(diNode("gw_di")));
    QVERIFY(m_scene->labelFor(diNode("flowNo_di")));
    QVERIFY(!m_scene->labelFor(diNode("task_di")));
    QVERIFY(!m_scene->labelFor(diNode("flow1_di")));
}

void TestDiagramScene::stackingOrder()
{
    auto z = [&](const char *id) { return m_scene->itemFor(diNode(id))->zValue(); };
    QVERIFY(z("pool_di") < z("lane_di"));
    QVERIFY(z("lane_di") < z("task_di"));
    QVERIFY(z("task_di") < z("flow1_di"));
    QVERIFY(z("flow1_di") < m_scene->labelFor(diNode("start_di"))->zValue());
}

void TestDiagramScene::updateItemFollowsGeometry()
{
    ModelTree &tree = *m_read.tree;
    const NodeId shape = diNode("task_di");
    const NodeId bounds = tree.childElement(shape, schema::Ns::Dc, "Bounds");
    QGraphicsItem *item = m_scene->itemFor(shape);
    QCOMPARE(item->pos(), QPointF(170, 60));
    tree.setAttribute(bounds, tree.known().x, tree.store("400"));
    tree.setAttribute(bounds, tree.known().y, tree.store("300"));
    m_scene->updateItem(bounds); // a geometry node resolves to its shape
    QCOMPARE(m_scene->itemFor(shape), item);
    QCOMPARE(item->pos(), QPointF(400, 300));
    QVERIFY(item->sceneBoundingRect().contains(QRectF(400, 300, 100, 80)));
    QVERIFY(m_scene->sceneRect().contains(item->sceneBoundingRect()));

    const NodeId start = diNode("start_di");
    const QRectF labelBefore = m_scene->labelFor(start)->boundingRect();
    const NodeId startBounds = tree.childElement(start, schema::Ns::Dc, "Bounds");
    tree.setAttribute(startBounds, tree.known().y, tree.store("0"));
    m_scene->updateItem(start);
    QVERIFY(m_scene->labelFor(start)->boundingRect().top() < labelBefore.top() - 50);
}

void TestDiagramScene::updateItemFromSemanticChange()
{
    ModelTree &tree = *m_read.tree;
    const NodeId gateway = tree.byId("gw");
    tree.setAttribute(gateway, tree.known().name, tree.store(""));
    m_scene->updateItem(gateway); // the semantic element resolves to its DI element
    QVERIFY(!m_scene->labelFor(diNode("gw_di")));
    tree.setAttribute(gateway, tree.known().name, tree.store("A much longer question?"));
    m_scene->updateItem(gateway);
    QVERIFY(m_scene->labelFor(diNode("gw_di")));
    // the default marker follows the gateway's default attribute
    tree.removeAttribute(gateway, tree.known().default_);
    m_scene->updateItem(tree.byId("flowNo"));
    QVERIFY(!static_cast<EdgeItem *>(m_scene->itemFor(diNode("flowNo_di")))->spec().isDefault);
}

void TestDiagramScene::updateItemAddsAndRemoves()
{
    ModelTree &tree = *m_read.tree;
    const NodeId shape = diNode("end_di");
    const NodeId plane = tree.parent(shape);
    tree.detach(shape);
    m_scene->updateItem(shape);
    QVERIFY(!m_scene->itemFor(shape));
    QVERIFY(!m_scene->labelFor(shape));
    QCOMPARE(m_scene->elementItemCount(), 9);
    tree.insert(plane, shape);
    m_scene->updateItem(shape);
    QVERIFY(m_scene->itemFor(shape));
    QVERIFY(m_scene->labelFor(shape));
    QCOMPARE(m_scene->elementItemCount(), 10);
}

void TestDiagramScene::secondDiagram()
{
    DiagramScene scene;
    scene.setDiagram(m_read.tree.get(), DiagramBuilder(*m_read.tree).findDiagram("second"));
    QCOMPARE(scene.elementItemCount(), 1);
    QVERIFY(scene.itemFor(diNode("task_di2")));
    QVERIFY(!scene.itemFor(diNode("task_di")));
    m_scene->updateItem(diNode("task_di2")); // not in this scene's plane: ignored
    QCOMPARE(m_scene->elementItemCount(), 10);
}

void TestDiagramScene::viewZoomAndFit()
{
    DiagramView view;
    view.setScene(m_scene.get());
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy zoomed(&view, &DiagramView::zoomChanged);
    view.fitToWindow();
    QVERIFY(view.zoom() < 0.6);
    QCOMPARE(zoomed.size(), 1);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(QRectF(0, 0, 600, 200)));

    const qreal before = view.zoom();
    const QPointF at(150, 100);
    QWheelEvent plain(at, view.viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &plain);
    QCOMPARE(view.zoom(), before); // scrolls, does not zoom
    QWheelEvent ctrl(at, view.viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &ctrl);
    QVERIFY(view.zoom() > before * 1.1);
    view.setZoom(100);
    QCOMPARE(view.zoom(), DiagramView::kMaxZoom);
    view.resetZoom();
    QCOMPARE(view.zoom(), 1.0);
}

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"

// GUI tests of dropping flow nodes into containers and onto activity borders, headless, each
// checking the model: an intermediate event dragged on a task's border (from the canvas or the
// palette) becomes its boundary event and then moves with it, a boundary event dragged off
// detaches, refused events and hosts leave the model alone; a task dragged into another pool
// or a node into or out of a sub-process changes its process/sub-process, lanes and flows;
// the drop target is highlighted during moves and palette drags. One undo restores the file.

#include "bpmn/elements.h"
#include "canvas/drophighlight.h"
#include "canvas/palettewidget.h"
#include "canvasfixture.h"
#include "containermodel.h"

#include <QGraphicsPathItem>
#include <QMimeData>

using namespace amtsweg;
using test::Canvas;

class TestEditingContainers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(test::readContainerModel()); }
    void cleanup() { m_canvas.reset(); }
    void eventDraggedOntoBorderAttaches();
    void paletteEventOnBorderAttaches();
    void boundaryEventDraggedOffDetaches();
    void refusedEventsAndHosts();
    void taskIntoOtherPool();
    void intoSubProcessAndOut();
    void paletteDragHighlightsTargets();

private:
    const ModelTree &tree() const { return m_canvas->doc->tree(); }
    QString attr(const char *id, NameId name) const
    {
        return QString::fromUtf8(tree().attr(tree().byId(id), name));
    }
    QString local(const char *id) const
    {
        return QString::fromUtf8(tree().localName(tree().byId(id)));
    }
    QString parentId(const char *id) const
    {
        return QString::fromUtf8(tree().id(tree().parent(tree().byId(id))));
    }
    QStringList laneRefs(const char *lane) const
    {
        QStringList result;
        for (NodeId ref : bpmn::childElements(tree(), tree().byId(lane), "flowNodeRef"))
            result << QString::fromStdString(tree().text(ref));
        return result;
    }
    /// The visible drop highlight, or nullptr.
    DropHighlightItem *dropHighlight() const
    {
        for (QGraphicsItem *item : m_canvas->scene->items())
            if (item->type() == DropHighlightItem::Type && item->isVisible())
                return static_cast<DropHighlightItem *>(item);
        return nullptr;
    }
    bool flowHighlighted() const
    {
        for (QGraphicsItem *item : m_canvas->scene->items())
            if (item->type() == QGraphicsPathItem::Type && item->isVisible())
                return true;
        return false;
    }
    /// Presses at `from` and moves to `to` in five steps, without releasing.
    void dragTo(const QPointF &from, const QPointF &to) const
    {
        QTest::mousePress(m_canvas->viewport(), Qt::LeftButton, {}, m_canvas->at(from));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(m_canvas->viewport(), m_canvas->at(from + (to - from) * i / 5.0));
    }
    void release(const QPointF &at) const
    {
        QTest::mouseRelease(m_canvas->viewport(), Qt::LeftButton, {}, m_canvas->at(at));
    }
    /// Sends a palette drag of `kind` over the viewport at scene position `at` (enter + move).
    void paletteDragOver(CreateKind kind, const QPointF &at, QMimeData &mime) const
    {
        mime.setData(QString::fromLatin1(PaletteWidget::kMimeType), QByteArray::number(int(kind)));
        const QPoint p = m_canvas->at(at);
        QDragEnterEvent enter(p, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_canvas->viewport(), &enter);
        QDragMoveEvent move(p, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_canvas->viewport(), &move);
    }
    void checkOneUndoStep(const QByteArray &before) const
    {
        const QByteArray after = m_canvas->doc->toXml();
        QCOMPARE(m_canvas->undo()->count(), 1);
        m_canvas->undo()->undo();
        QCOMPARE(m_canvas->doc->toXml(), before);
        m_canvas->undo()->redo();
        QCOMPARE(m_canvas->doc->toXml(), after);
    }

    std::unique_ptr<Canvas> m_canvas;
};

void TestEditingContainers::eventDraggedOntoBorderAttaches()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    const NameId attachedTo = tree().known().attachedToRef;
    dragTo({578, 125}, {222, 40}); // the none throw event onto the task's top border
    QVERIFY2(dropHighlight(), "the host is highlighted while hovering its border");
    QCOMPARE(dropHighlight()->target, c.id("Task1_di"));
    QVERIFY(dropHighlight()->allowed);
    QVERIFY(c.view->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-attach-hover.png")));
    release({222, 40});
    QVERIFY(!dropHighlight());
    QCOMPARE(local("Throw"), QStringLiteral("boundaryEvent"));
    QCOMPARE(attr("Throw", attachedTo), QStringLiteral("Task1"));
    QCOMPARE(parentId("Throw"), QStringLiteral("ProcA"));
    const QRectF event = c.boundsOf("Throw_di");
    QCOMPARE(event.size(), QSizeF(36, 36));
    QCOMPARE(event.center().y(), 35.0); // centred on the border
    QVERIFY(event.center().x() > 170 && event.center().x() < 270);
    QVERIFY(c.view->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/editing-attach.png")));
    checkOneUndoStep(before);

    // It moves with its host now.
    c.drag({190, 95}, {230, 95});
    const QPointF moved = c.boundsOf("Task1_di").topLeft() - QPointF(170, 35);
    QVERIFY(!moved.isNull());
    QCOMPARE(c.boundsOf("Throw_di"), event.translated(moved));
    QCOMPARE(local("Throw"), QStringLiteral("boundaryEvent"));
}

void TestEditingContainers::paletteEventOnBorderAttaches()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    c.scene->setToolMode(ToolMode::Create, CreateKind::IntermediateEvent);
    QTest::mouseMove(c.viewport(), c.at({275, 80}));
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Task1_di"));
    c.click({275, 80});
    QCOMPARE(c.scene->selectedElements().size(), 1);
    const NodeId shape = c.scene->selectedElements().front();
    const NodeId event = di::semanticOf(tree(), shape);
    QVERIFY(bpmn::isBoundaryEvent(tree(), event));
    QCOMPARE(tree().attr(event, tree().known().attachedToRef), std::string_view("Task1"));
    QCOMPARE(c.boundsOf(shape), QRectF(252, 62, 36, 36)); // centre on the right border
    QVERIFY(laneRefs("Lane1").contains(QString::fromUtf8(tree().id(event))));
    checkOneUndoStep(before);

    // The same by dragging the palette entry onto the canvas.
    QMimeData mime;
    paletteDragOver(CreateKind::IntermediateEvent, {530, 287}, mime); // Sub's bottom border
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Sub_di"));
    QDropEvent drop(c.at({530, 287}), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &drop);
    QVERIFY(!dropHighlight());
    const NodeId dropped = di::semanticOf(tree(), c.scene->selectedElements().front());
    QVERIFY(bpmn::isBoundaryEvent(tree(), dropped));
    QCOMPARE(tree().attr(dropped, tree().known().attachedToRef), std::string_view("Sub"));
    QCOMPARE(c.boundsOf(c.scene->selectedElements().front()).center(), QPointF(530, 290));
    QCOMPARE(c.undo()->count(), 2);
}

void TestEditingContainers::boundaryEventDraggedOffDetaches()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    dragTo({250, 115}, {250, 230});
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Lane2_di"));
    release({250, 230});
    QCOMPARE(local("Boundary"), QStringLiteral("intermediateThrowEvent"));
    QVERIFY(!tree().attribute(tree().byId("Boundary"), tree().known().attachedToRef));
    QCOMPARE(parentId("Boundary"), QStringLiteral("ProcA"));
    QVERIFY(laneRefs("Lane2").contains("Boundary"));
    QVERIFY(!laneRefs("Lane1").contains("Boundary"));
    QVERIFY(c.boundsOf("Boundary_di").center().y() > 200);
    checkOneUndoStep(before);
}

void TestEditingContainers::refusedEventsAndHosts()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    // A link catch event on the task's border: red, and the drop does nothing.
    dragTo({498, 125}, {272, 75});
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Task1_di"));
    QVERIFY(!dropHighlight()->allowed);
    release({272, 75});
    // An error boundary event stays on its host (bpmn.io): dragged off, nothing happens.
    dragTo({760, 290}, {700, 100});
    QVERIFY(dropHighlight());
    QVERIFY(!dropHighlight()->allowed);
    release({700, 100});
    QCOMPARE(c.doc->toXml(), before);
    QCOMPARE(c.undo()->count(), 0);
    QCOMPARE(local("LinkCatch"), QStringLiteral("intermediateCatchEvent"));
}

void TestEditingContainers::taskIntoOtherPool()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    dragTo({190, 95}, {450, 450});
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("PoolB_di"));
    release({450, 450});
    QCOMPARE(parentId("Task1"), QStringLiteral("ProcB"));
    QCOMPARE(parentId("Boundary"), QStringLiteral("ProcB"));
    QCOMPARE(attr("Task1", c.doc->nodeFactory().names().intern("http://camunda.org/schema/1.0/bpmn",
                                                               "assignee", "camunda")),
             QStringLiteral("sb"));
    QVERIFY(tree().firstChildElement(c.id("Task1"), "extensionElements") != kNoNode);
    for (const char *id : {"F1", "F2", "F3", "M1", "F1_di", "M1_di"})
        QVERIFY2(c.id(id) == kNoNode, id);
    QVERIFY(!laneRefs("Lane1").contains("Task1"));
    QVERIFY(QRectF(0, 350, 800, 200).contains(c.boundsOf("Task1_di")));
    const QPointF delta = c.boundsOf("Task1_di").topLeft() - QPointF(170, 35);
    QCOMPARE(c.boundsOf("Boundary_di"), QRectF(232, 97, 36, 36).translated(delta));
    QVERIFY(c.scene->edgeItem(c.id("F4_di"))); // the scene follows: F4 is still drawn
    checkOneUndoStep(before);
    c.undo()->undo();
    QVERIFY(c.scene->edgeItem(c.id("F1_di")));
    QVERIFY(c.scene->edgeItem(c.id("M1_di")));
}

void TestEditingContainers::intoSubProcessAndOut()
{
    Canvas &c = *m_canvas;
    const QByteArray before = c.doc->toXml();
    dragTo({578, 125}, {700, 240});
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Sub_di"));
    release({700, 240});
    QCOMPARE(parentId("Throw"), QStringLiteral("Sub"));
    QCOMPARE(local("Throw"), QStringLiteral("intermediateThrowEvent"));
    QVERIFY(!laneRefs("Lane1").contains("Throw"));
    checkOneUndoStep(before);

    c.drag({560, 230}, {130, 125});
    QCOMPARE(parentId("Inner"), QStringLiteral("ProcA"));
    QVERIFY(laneRefs("Lane1").contains("Inner"));
    QCOMPARE(c.undo()->count(), 2);
    c.undo()->undo();
    QCOMPARE(parentId("Inner"), QStringLiteral("Sub"));
    QVERIFY(!laneRefs("Lane1").contains("Inner"));
}

void TestEditingContainers::paletteDragHighlightsTargets()
{
    Canvas &c = *m_canvas;
    QMimeData mime;
    paletteDragOver(CreateKind::Task, {480, 270}, mime); // in the sub-process, below Inner
    QVERIFY(dropHighlight());
    QCOMPARE(dropHighlight()->target, c.id("Sub_di"));
    QVERIFY(!flowHighlighted());
    QDragMoveEvent overFlow(c.at({330, 22}), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &overFlow);
    QVERIFY2(flowHighlighted(), "the flow a drop would split");
    QCOMPARE(dropHighlight()->target, c.id("Lane1_di"));
    QDragMoveEvent outside(c.at({400, 325}), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &outside); // between the pools: nowhere to go
    QVERIFY(!dropHighlight());
    QDragLeaveEvent leave;
    QApplication::sendEvent(c.viewport(), &leave);
    QVERIFY(!dropHighlight() && !flowHighlighted());
    QCOMPARE(c.undo()->count(), 0);

    // Dropped over the flow: the task splits it, in the lane's process.
    paletteDragOver(CreateKind::Task, {330, 22}, mime);
    QDropEvent drop(c.at({330, 22}), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(c.viewport(), &drop);
    const NodeId task = di::semanticOf(tree(), c.scene->selectedElements().front());
    QVERIFY(bpmn::isTask(tree(), task));
    QCOMPARE(bpmn::targetOf(tree(), c.id("F3")), task);
    QVERIFY(laneRefs("Lane1").contains(QString::fromUtf8(tree().id(task))));
    QVERIFY(!dropHighlight() && !flowHighlighted());
}

QTEST_MAIN(TestEditingContainers)
#include "tst_editingcontainers.moc"

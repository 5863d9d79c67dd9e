// Modelling with the keyboard alone (KeyboardModelling, the palette's keys): a process
// start → task → gateway → two tasks → end is modelled through key presses on the view and
// the palette only, every append is one undo step, Tab walks the shapes in reading order,
// Ctrl+arrows move the selection, K connects two selected shapes with the right flow kind.
// Headless GUI test.

#include "bpmn/elements.h"
#include "canvas/contextpad.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/keyboardmodelling.h"
#include "canvas/diagrameditor.h"
#include "canvas/palettewidget.h"
#include "canvasfixture.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "lanedpoolmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <algorithm>
#include <memory>

using namespace amtsweg;

class TestKeyboardModelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsAProcessWithTheKeyboardAlone();
    void tabWalksTheShapesInReadingOrder();
    void controlArrowsSelectTheNeighbour();
    void shiftAOpensTheAppendMenu();
    void connectsAcrossPoolsWithAMessageFlow();
};

namespace {

/// A palette and a view in one window, as the main window has them.
struct Workbench
{
    std::unique_ptr<BpmnDocument> doc;
    std::unique_ptr<QWidget> window;
    PaletteWidget *palette = nullptr;
    DiagramView *view = nullptr;
    DiagramScene *scene = nullptr;

    explicit Workbench(std::unique_ptr<BpmnDocument> document) : doc(std::move(document))
    {
        window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(window.get());
        palette = new PaletteWidget(window.get());
        palette->setOrientation(Qt::Vertical);
        view = new DiagramView(window.get());
        scene = new DiagramScene(view);
        scene->setDocument(doc.get(), di::diagrams(doc->tree()).front());
        view->setScene(scene);
        palette->setScene(scene);
        layout->addWidget(palette);
        layout->addWidget(view);
        window->resize(1100, 800);
        window->show();
        window->activateWindow();
        view->setFocus();
    }
    const ModelTree &tree() const { return doc->tree(); }
    QUndoStack *undo() const { return doc->undoStack(); }
    void key(int k, Qt::KeyboardModifiers mods = {}) const
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view,
                        Qt::Key(k), mods);
    }
    /// Types a label into the open label editor and commits it (Ctrl+Enter).
    void typeLabel(const QString &text) const
    {
        QVERIFY(scene->isEditingLabel());
        QTest::keyClicks(view, text);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!scene->isEditingLabel());
    }
    NodeId selectedSemantic() const
    {
        const QList<NodeId> selected = scene->selectedElements();
        return selected.size() == 1 ? di::semanticOf(tree(), selected.front()) : kNoNode;
    }
    QString selectedName() const
    {
        return QString::fromUtf8(bpmn::name(tree(), selectedSemantic()));
    }
    /// The elements of the model (removed ones are detached from the root).
    QList<NodeId> elements() const
    {
        QList<NodeId> all{tree().root()};
        for (qsizetype i = 0; i < all.size(); ++i)
            for (NodeId c = tree().firstChildElement(all[i]); c != kNoNode;
                 c = tree().nextSiblingElement(c))
                all << c;
        return all;
    }
    /// "source -> target" for every sequence flow of the model, sorted.
    QStringList sequenceFlows() const
    {
        QStringList flows;
        for (NodeId n : elements())
            if (bpmn::isSequenceFlow(tree(), n))
                flows << QStringLiteral("%1 -> %2").arg(
                    QString::fromUtf8(bpmn::name(tree(), bpmn::sourceOf(tree(), n))),
                    QString::fromUtf8(bpmn::name(tree(), bpmn::targetOf(tree(), n))));
        flows.sort();
        return flows;
    }
    int count(std::string_view local) const
    {
        int found = 0;
        for (NodeId n : elements())
            found += tree().localName(n) == local ? 1 : 0;
        return found;
    }
};

} // namespace

void TestKeyboardModelling::modelsAProcessWithTheKeyboardAlone()
{
    Workbench w(std::make_unique<BpmnDocument>());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QCOMPARE(QApplication::focusWidget(), w.view);

    // The palette by its shortcut, the start event by the arrows, Enter creates it.
    QTest::keyClick(w.view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(w.palette->isAncestorOf(QApplication::focusWidget()));
    const QString startEntry = w.palette->actionFor(ToolMode::Create, CreateKind::StartEvent)->text();
    for (int i = 0; i < 20; ++i) {
        auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget());
        QVERIFY(button);
        if (button->defaultAction()->text() == startEntry)
            break;
        w.key(Qt::Key_Down);
    }
    int steps = w.undo()->index();
    w.key(Qt::Key_Return);
    QCOMPARE(w.undo()->index(), steps + 1);
    QCOMPARE(QApplication::focusWidget(), w.view); // back on the canvas
    QVERIFY(bpmn::isStartEvent(w.tree(), w.selectedSemantic()));
    w.typeLabel(QStringLiteral("Antrag da"));

    // Each append: one undo step, the new element selected, its label editor open.
    const struct
    {
        int key;
        const char *label;
        const char *type;
    } appends[] = {
        {Qt::Key_A, "Antrag pruefen", "task"},
        {Qt::Key_G, "Vollstaendig?", "exclusiveGateway"},
        {Qt::Key_A, "Bescheid erstellen", "task"},
    };
    for (const auto &a : appends) {
        steps = w.undo()->index();
        w.key(a.key);
        QCOMPARE(w.undo()->index(), steps + 1);
        QCOMPARE(w.tree().localName(w.selectedSemantic()), std::string_view(a.type));
        w.typeLabel(QString::fromLatin1(a.label));
    }
    const NodeId first = w.scene->selectedElements().front();
    // Back to the gateway (Ctrl+Left), the second branch goes below the first.
    w.key(Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(w.selectedName(), QStringLiteral("Vollstaendig?"));
    steps = w.undo()->index();
    w.key(Qt::Key_A);
    QCOMPARE(w.undo()->index(), steps + 1);
    w.typeLabel(QStringLiteral("Nachfordern"));
    const QList<NodeId> second = w.scene->selectedElements();

    // The end event after the first branch.
    w.key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(w.selectedName(), QStringLiteral("Bescheid erstellen"));
    steps = w.undo()->index();
    w.key(Qt::Key_N);
    QCOMPARE(w.undo()->index(), steps + 1);
    QVERIFY(bpmn::isEndEvent(w.tree(), w.selectedSemantic()));
    w.typeLabel(QStringLiteral("Erledigt"));
    const NodeId end = w.scene->selectedElements().front();

    // The second branch to the end event: select it, add the end event, K.
    w.scene->clearSelection();
    for (int i = 0; i < 10 && w.scene->selectedElements() != second; ++i)
        w.key(Qt::Key_Tab);
    QCOMPARE(w.scene->selectedElements(), second);
    w.key(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.scene->selectedElements().size(), 2);
    QVERIFY(w.scene->selectedElements().contains(end));
    steps = w.undo()->index();
    w.key(Qt::Key_K);
    QCOMPARE(w.undo()->index(), steps + 1);

    QCOMPARE(w.count("startEvent"), 1);
    QCOMPARE(w.count("task"), 3);
    QCOMPARE(w.count("exclusiveGateway"), 1);
    QCOMPARE(w.count("endEvent"), 1);
    QCOMPARE(w.sequenceFlows(),
             QStringList({QStringLiteral("Antrag da -> Antrag pruefen"),
                          QStringLiteral("Antrag pruefen -> Vollstaendig?"),
                          QStringLiteral("Bescheid erstellen -> Erledigt"),
                          QStringLiteral("Nachfordern -> Erledigt"),
                          QStringLiteral("Vollstaendig? -> Bescheid erstellen"),
                          QStringLiteral("Vollstaendig? -> Nachfordern")}));
    // The second branch stands below the first (bpmn.io stacks branches).
    QVERIFY(w.scene->shapeItem(second.front())->bounds().top() >
            w.scene->shapeItem(first)->bounds().bottom());

    // Undo takes back the connection, then the whole end event append (element and flow).
    w.undo()->undo();
    QCOMPARE(w.sequenceFlows().size(), 5);
    w.undo()->undo(); // the end event's label
    w.undo()->undo(); // the end event with its flow
    QCOMPARE(w.count("endEvent"), 0);
    QCOMPARE(w.sequenceFlows().size(), 4);
}

void TestKeyboardModelling::tabWalksTheShapesInReadingOrder()
{
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    KeyboardModelling &keys = c.scene->editor()->keyboard();
    const QList<NodeId> order = keys.readingOrder();
    const QList<NodeId> all = c.scene->diElements();
    QCOMPARE(order.size(), std::count_if(all.begin(), all.end(),
                                         [&](NodeId n) { return c.scene->shapeItem(n); }));
    // Reading order: rows top to bottom, within a row left to right; containers first.
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRectF a = c.scene->shapeItem(order[i - 1])->bounds();
        const QRectF b = c.scene->shapeItem(order[i])->bounds();
        const QPointF pa = c.scene->shapeItem(order[i - 1])->isContainer() ? a.topLeft() : a.center();
        const QPointF pb = c.scene->shapeItem(order[i])->isContainer() ? b.topLeft() : b.center();
        QVERIFY2(pa.y() <= pb.y() + 30, qPrintable(QString::number(i)));
        if (qAbs(pa.y() - pb.y()) < 1)
            QVERIFY(pa.x() <= pb.x());
    }
    c.view->setFocus();
    for (NodeId expected : order) {
        QTest::keyClick(c.view.get(), Qt::Key_Tab);
        QCOMPARE(c.scene->selectedElements(), QList<NodeId>{expected});
    }
    // Past the last shape: nothing selected, the focus leaves the canvas (no keyboard trap).
    QWidget window; // the canvas and, after it in the focus chain, a line edit
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(c.view.get());
    auto *after = new QLineEdit(&window);
    layout->addWidget(after);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    c.view->setFocus();
    QTest::keyClick(c.view.get(), Qt::Key_Tab);
    QVERIFY(c.scene->selectedElements().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), after);
    c.view->setFocus();
    c.scene->selectElements({order.back()});
    QTest::keyClick(c.view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{order[order.size() - 2]});
    layout->removeWidget(c.view.get());
    c.view->setParent(nullptr); // the fixture deletes it
}

void TestKeyboardModelling::controlArrowsSelectTheNeighbour()
{
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId task = c.scene->diElementFor(c.id("Task"));
    QVERIFY(task != kNoNode);
    c.scene->selectElements({task});
    const QRectF before = c.scene->shapeItem(task)->bounds();
    QTest::keyClick(c.view.get(), Qt::Key_Right, Qt::ControlModifier);
    const QList<NodeId> selected = c.scene->selectedElements();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.front() != task);
    const QRectF now = c.scene->shapeItem(selected.front())->bounds();
    QVERIFY(now.center().x() > before.center().x());
    QCOMPARE(c.scene->shapeItem(task)->bounds(), before); // not nudged
    QCOMPARE(c.undo()->count(), 0);
    QTest::keyClick(c.view.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(c.scene->selectedElements(), QList<NodeId>{task});
}

void TestKeyboardModelling::shiftAOpensTheAppendMenu()
{
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId task = c.scene->diElementFor(c.id("Task"));
    c.scene->selectElements({task});
    QTest::keyClick(c.view.get(), Qt::Key_A, Qt::ShiftModifier);
    auto *menu = c.view->findChild<QMenu *>(QStringLiteral("appendMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().section(QLatin1Char('\t'), 0, 0);
    QVERIFY(texts.contains(ContextPad::entryToolTip(ContextPad::Entry::AppendTask)));
    QVERIFY(texts.contains(ContextPad::entryToolTip(ContextPad::Entry::AppendGateway)));
    // Down to the gateway entry, Enter: a gateway appended in one step.
    const int gatewayRow = int(texts.indexOf(ContextPad::entryToolTip(ContextPad::Entry::AppendGateway)));
    for (int i = 0; i < gatewayRow; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QCOMPARE(c.undo()->count(), 1);
    const QList<NodeId> selected = c.scene->selectedElements();
    QCOMPARE(selected.size(), 1);
    QVERIFY(bpmn::isGateway(c.doc->tree(), di::semanticOf(c.doc->tree(), selected.front())));
    QVERIFY(c.scene->isEditingLabel());
}

void TestKeyboardModelling::connectsAcrossPoolsWithAMessageFlow()
{
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    // A second pool below, created from the palette's keyboard path.
    PaletteWidget palette;
    palette.setScene(c.scene);
    c.view->centerOn(QPointF(400, 700));
    const NodeId pool = palette.createFromKeyboard(CreateKind::Pool);
    QVERIFY(pool != kNoNode);
    QTest::keyClick(c.view.get(), Qt::Key_Escape); // leave the pool's name as it is
    const NodeId task = c.scene->diElementFor(c.id("Task"));
    c.scene->selectElements({task});
    c.scene->selectElements({pool}, true);
    const int steps = c.undo()->index();
    QTest::keyClick(c.view.get(), Qt::Key_K);
    QCOMPARE(c.undo()->index(), steps + 1);
    const QList<NodeId> selected = c.scene->selectedElements();
    QCOMPARE(selected.size(), 1);
    QVERIFY(bpmn::isMessageFlow(c.doc->tree(), di::semanticOf(c.doc->tree(), selected.front())));
}

QTEST_MAIN(TestKeyboardModelling)
#include "tst_keyboardmodelling.moc"

// FIM mode of the canvas (DiagramScene::setFimMode): the palette, the context pad and the
// replace menu offer only FIM-BPMN symbols and come back in full when the mode ends; new pools
// are vertical and take lanes side by side; the label editor shows the FIM label pattern of the
// element and, for a finished label that does not fit, a hint without refusing the edit.
// Headless GUI test. With AMTSWEG_FIM_SCREENSHOTS=<dir> it also saves the palette and a vertical
// pool with two lanes as PNG files there, for a look.

#include "bpmn/elements.h"
#include "canvas/contextpad.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/elementcreator.h"
#include "canvas/elementreplacer.h"
#include "canvas/labeleditor.h"
#include "canvas/palettewidget.h"
#include "canvas/poolcreator.h"
#include "canvasfixture.h"
#include "fim/fimprofile.h"
#include "lanedpoolmodel.h"
#include "xml/bpmnwriter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QtTest/QtTest>

using namespace amtsweg;
using Entry = ContextPad::Entry;

class TestFimMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paletteShowsOnlyFimEntries();
    void contextPadAppendsOnlyFimSymbols();
    void createdSymbolsBelongToTheProfile();
    void refusedCreationLeavesNoUndoStep();
    void replaceMenuOffersOnlyFimSymbols_data();
    void replaceMenuOffersOnlyFimSymbols();
    void newPoolIsVerticalWithLanesSideBySide();
    void verticalPoolFlowsDownwards();
    void placeholderNamesThePattern_data();
    void placeholderNamesThePattern();
    void nonFittingLabelGetsAHint();
};

namespace {

QStringList optionLabels(test::Canvas &c, const char *diId)
{
    QStringList labels;
    for (const ReplaceOption &o : c.scene->editor()->replacer().options(c.id(diId)))
        labels << o.label;
    return labels;
}

LabelEditor *labelEditor(const DiagramScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->type() == LabelEditor::Type)
            return static_cast<LabelEditor *>(item);
    return nullptr;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AMTSWEG_FIM_SCREENSHOTS");
    QCoreApplication::processEvents(); // lay out what changed
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

/// The lanes' shapes in the plane, left to right.
QList<QRectF> laneBounds(test::Canvas &c)
{
    QList<QRectF> lanes;
    for (NodeId di : c.scene->diElements())
        if (const ShapeItem *s = c.scene->shapeItem(di); s && s->spec().kind == ShapeKind::Lane)
            lanes << s->bounds();
    std::sort(lanes.begin(), lanes.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    return lanes;
}

} // namespace

void TestFimMode::paletteShowsOnlyFimEntries()
{
    test::Canvas c(test::readModel());
    PaletteWidget palette;
    palette.setOrientation(Qt::Vertical); // as on the main window's left
    palette.setScene(c.scene);
    palette.show();
    const QStringList full = palette.visibleEntries();
    QVERIFY(full.contains(QStringLiteral("Create Task")));
    QVERIFY(full.contains(QStringLiteral("Create Lane")));

    c.scene->setToolMode(ToolMode::Create, CreateKind::Task);
    c.scene->setFimMode(true);
    QVERIFY(palette.isFimMode());
    const QStringList fim = palette.visibleEntries();
    QCOMPARE(fim, (QStringList{QStringLiteral("Hand tool (H)"),
                               QStringLiteral("Select and lasso tool (L)"),
                               QStringLiteral("Connect tool (C)"),
                               QStringLiteral("Create Start event"),
                               QStringLiteral("Create End event"),
                               QStringLiteral("Create Gateway"),
                               QStringLiteral("Create Sub-process"),
                               QStringLiteral("Create Vertical pool")}));
    for (const char *absent : {"Create Task", "Create Intermediate event", "Create Data object",
                               "Create Data store", "Create Text annotation", "Create Pool",
                               "Create Lane"})
        QVERIFY2(!fim.contains(QLatin1String(absent)), absent);
    // The task tool, no longer offered, gave way to the select tool.
    QCOMPARE(c.scene->toolMode(), ToolMode::Select);
    saveShot(&palette, QStringLiteral("palette-fim.png"));

    c.scene->setFimMode(false);
    QCOMPARE(palette.visibleEntries(), full);
    saveShot(&palette, QStringLiteral("palette-full.png"));

    // A palette shown for a scene already in FIM mode starts restricted.
    PaletteWidget second;
    c.scene->setFimMode(true);
    second.setScene(c.scene);
    QCOMPARE(second.visibleEntries(), fim);
}

void TestFimMode::contextPadAppendsOnlyFimSymbols()
{
    test::Canvas c(test::readModel());
    c.scene->selectElements({c.id("Task_di")});
    ContextPad *pad = c.scene->contextPad();
    QVERIFY(pad->entries().contains(Entry::AppendTask));
    QVERIFY(pad->entries().contains(Entry::AppendAnnotation));

    c.scene->setFimMode(true);
    QCOMPARE(pad->entries(), (QList<Entry>{Entry::AppendGateway, Entry::AppendEndEvent,
                                            Entry::Connect, Entry::Replace, Entry::Delete}));
    c.scene->selectElements({c.id("Pool_di")});
    QVERIFY(!pad->entries().contains(Entry::AppendAnnotation));
    QVERIFY(pad->entries().contains(Entry::AddLaneBelow)); // lanes of a pool stay usable

    c.scene->setFimMode(false);
    c.scene->selectElements({c.id("Task_di")});
    QVERIFY(pad->entries().contains(Entry::AppendTask));
    QVERIFY(pad->entries().contains(Entry::AppendIntermediateEvent));
}

void TestFimMode::createdSymbolsBelongToTheProfile()
{
    test::Canvas c(test::readModel());
    const ModelTree &t = c.doc->tree();
    ElementCreator &creator = c.scene->editor()->creator();
    // Outside FIM mode: a plain start event, an expanded sub-process.
    const NodeId plainStart = creator.create(CreateKind::StartEvent, QPointF(100, 200));
    QVERIFY(plainStart != kNoNode);
    QVERIFY(!fim::isInProfile(t, c.scene->shapeItem(plainStart)->semanticElement()));
    c.undo()->undo();

    c.scene->setFimMode(true);
    const int before = c.undo()->index();
    const NodeId start = creator.create(CreateKind::StartEvent, QPointF(100, 200));
    QVERIFY(start != kNoNode);
    const NodeId event = c.scene->shapeItem(start)->semanticElement();
    QVERIFY(fim::isInProfile(t, event));
    QCOMPARE(t.localName(t.firstChildElement(event)), std::string_view("messageEventDefinition"));
    QCOMPARE(c.undo()->index(), before + 1); // one step
    const NodeId group = creator.create(CreateKind::SubProcess, QPointF(250, 225));
    QVERIFY(group != kNoNode);
    QVERIFY(!c.scene->shapeItem(group)->spec().isExpanded);
    QCOMPARE(c.scene->shapeItem(group)->bounds().size(), QSizeF(100, 80));
    QVERIFY(fim::isInProfile(t, c.scene->shapeItem(group)->semanticElement()));
    QCOMPARE(c.undo()->index(), before + 2);
    c.undo()->undo(); // the sub-process with its collapsing, in one step
    QVERIFY(!c.scene->shapeItem(group));
    QVERIFY(c.scene->shapeItem(start));
}

void TestFimMode::refusedCreationLeavesNoUndoStep()
{
    // A read-only document refuses every command; a FIM symbol is made of several.
    test::Canvas c(test::readModel());
    c.doc->setReadOnly(true);
    c.scene->setFimMode(true);
    const int count = c.undo()->count();
    const QString undoText = c.undo()->undoText();
    for (CreateKind kind : {CreateKind::SubProcess, CreateKind::StartEvent})
        QCOMPARE(c.scene->editor()->creator().create(kind, QPointF(250, 225)), kNoNode);
    QCOMPARE(c.undo()->count(), count);
    QCOMPARE(c.undo()->index(), count);
    QCOMPARE(c.undo()->undoText(), undoText);
}

void TestFimMode::replaceMenuOffersOnlyFimSymbols_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QStringList>("fim");
    QTest::newRow("task") << "Task_di"
                          << QStringList{"Call activity", "Sub-process (collapsed)"};
    QTest::newRow("gateway") << "Gw_di" << QStringList{"Parallel gateway"};
    QTest::newRow("start event") << "Start_di"
                                 << QStringList{"Message start event", "End event"};
    QTest::newRow("message end event") << "End_di"
                                       << QStringList{"Message start event", "End event"};
}

void TestFimMode::replaceMenuOffersOnlyFimSymbols()
{
    QFETCH(QString, shape);
    QFETCH(QStringList, fim);
    test::Canvas c(test::readModel());
    const QByteArray id = shape.toUtf8();
    const QStringList full = optionLabels(c, id.constData());
    QVERIFY(full.size() > fim.size());
    for (const QString &option : fim)
        QVERIFY2(full.contains(option), qPrintable(option));
    c.scene->setFimMode(true);
    QCOMPARE(optionLabels(c, id.constData()), fim);
    c.scene->setFimMode(false);
    QCOMPARE(optionLabels(c, id.constData()), full);
}

void TestFimMode::newPoolIsVerticalWithLanesSideBySide()
{
    // The first pool of a new model, made in FIM mode without asking for a vertical one.
    test::Canvas c(std::make_unique<BpmnDocument>());
    c.scene->setFimMode(true);
    const NodeId pool = PoolCreator(*c.scene).addPool(QPointF(300, 350));
    QVERIFY(pool != kNoNode);
    const ShapeItem *poolItem = c.scene->shapeItem(pool);
    QVERIFY(!poolItem->spec().isHorizontal);
    QVERIFY(poolItem->bounds().height() > poolItem->bounds().width());
    const std::string xml = BpmnWriter::writeString(c.doc->tree());
    const std::string shapeId(c.doc->tree().id(pool));
    QVERIFY2(xml.find("id=\"" + shapeId + "\"") != std::string::npos, xml.c_str());
    QVERIFY2(xml.find("isHorizontal=\"false\"") != std::string::npos, xml.c_str());
    QVERIFY(xml.find("isHorizontal=\"true\"") == std::string::npos);

    // Its lanes: the first "add lane" divides it into two, side by side, full height.
    QVERIFY(PoolCreator(*c.scene).addLane(pool, true) != kNoNode);
    QList<QRectF> lanes = laneBounds(c);
    QCOMPARE(lanes.size(), 2);
    const QRectF p = c.scene->shapeItem(pool)->bounds();
    for (const QRectF &lane : lanes) {
        QCOMPARE(lane.bottom(), p.bottom());
        QVERIFY(lane.top() > p.top()); // under the pool's name band
        QVERIFY(lane.height() > lane.width());
    }
    QCOMPARE(lanes[0].right(), lanes[1].left());
    for (NodeId di : c.scene->diElements())
        if (const ShapeItem *s = c.scene->shapeItem(di); s && s->spec().kind == ShapeKind::Lane)
            QVERIFY(!s->spec().isHorizontal);
    // A flow node dropped into the right lane belongs to it.
    c.scene->setToolMode(ToolMode::Create, CreateKind::StartEvent);
    const NodeId start = c.scene->editor()->creator().create(
        CreateKind::StartEvent, QPointF(lanes[1].center().x(), lanes[1].top() + 60));
    QVERIFY(start != kNoNode);
    const ModelTree &t = c.doc->tree();
    const NodeId lane = bpmn::laneOf(t, c.scene->shapeItem(start)->semanticElement());
    QVERIFY(lane != kNoNode);
    QCOMPARE(c.scene->shapeItem(c.scene->diElementFor(lane))->bounds(), lanes[1]);
    DiagramEditor *editor = c.scene->editor();
    editor->setLabel(pool, QStringLiteral("Gemeinde"));
    for (NodeId di : c.scene->diElements())
        if (const ShapeItem *s = c.scene->shapeItem(di); s && s->spec().kind == ShapeKind::Lane)
            editor->setLabel(di, s->bounds() == lanes[0] ? QStringLiteral("Bürgerbüro")
                                                         : QStringLiteral("Sachgebiet"));
    editor->setLabel(start, QStringLiteral("Antrag eingegangen"));
    c.view->resize(420, 720);
    c.view->centerOn(p.center());
    saveShot(c.view.get(), QStringLiteral("vertical-pool-lanes.png"));
}

void TestFimMode::verticalPoolFlowsDownwards()
{
    test::Canvas c(std::make_unique<BpmnDocument>());
    c.scene->setFimMode(true);
    const NodeId pool = PoolCreator(*c.scene).addPool(QPointF(300, 350));
    QVERIFY(pool != kNoNode);
    // The pad offers lanes beside the pool's lanes, with their own pictures.
    c.scene->selectElements({pool});
    ContextPad *pad = c.scene->contextPad();
    QVERIFY(pad->isVisible());
    QVERIFY(pad->entries().contains(Entry::AddLaneLeft));
    QVERIFY(pad->entries().contains(Entry::AddLaneRight));
    QVERIFY(!pad->entries().contains(Entry::AddLaneAbove));
    QVERIFY(!pad->entries().contains(Entry::AddLaneBelow));
    QVERIFY(ContextPad::icon(Entry::AddLaneRight) != ContextPad::icon(Entry::AddLaneBelow));
    QVERIFY(ContextPad::icon(Entry::AddLaneRight) != ContextPad::icon(Entry::AddLaneLeft));
    pad->trigger(Entry::AddLaneRight);
    const QList<QRectF> lanes = laneBounds(c);
    QCOMPARE(lanes.size(), 2);
    const NodeId added = c.scene->selectedElements().value(0);
    QVERIFY(added != kNoNode);
    QCOMPARE(c.scene->shapeItem(added)->bounds().left(),
             std::max(lanes[0].left(), lanes[1].left())); // the new lane is the right one

    // Appends follow the flow downwards; a second branch goes beside the first.
    ElementCreator &creator = c.scene->editor()->creator();
    const NodeId start = creator.create(CreateKind::StartEvent,
                                        QPointF(lanes[0].center().x(), lanes[0].top() + 60));
    QVERIFY(start != kNoNode);
    const QRectF s = c.scene->shapeItem(start)->bounds();
    const NodeId first = creator.append(start, CreateKind::Task);
    QVERIFY(first != kNoNode);
    const QRectF f = c.scene->shapeItem(first)->bounds();
    QVERIFY2(f.top() > s.bottom(), qPrintable(QStringLiteral("task at y %1").arg(f.top())));
    QVERIFY(std::abs(f.center().x() - s.center().x()) < 10);
    const NodeId second = creator.append(start, CreateKind::Task);
    QVERIFY(second != kNoNode);
    const QRectF b = c.scene->shapeItem(second)->bounds();
    QCOMPARE(b.top(), f.top());
    QVERIFY(b.left() >= f.right());
}

void TestFimMode::placeholderNamesThePattern_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("placeholder");
    QTest::newRow("activity") << "Task_di"
                              << QStringLiteral("Object + infinitive, e.g. “Antrag prüfen”");
    QTest::newRow("start event") << "Start_di"
                                 << QStringLiteral("Noun + participle, e.g. “Antrag eingegangen”");
    QTest::newRow("end event") << "End_di"
                               << QStringLiteral("Noun + participle, e.g. “Antrag eingegangen”");
    QTest::newRow("gateway") << "Gw_di"
                             << QStringLiteral("Question?, e.g. “Antrag vollständig?”");
    QTest::newRow("pool") << "Pool_di" << QString();
}

void TestFimMode::placeholderNamesThePattern()
{
    QFETCH(QString, shape);
    QFETCH(QString, placeholder);
    test::Canvas c(test::readModel());
    const QByteArray id = shape.toUtf8();
    QVERIFY(c.scene->editLabel(c.id(id.constData())));
    LabelEditor *editor = labelEditor(*c.scene);
    QVERIFY(editor);
    QCOMPARE(editor->placeholder(), QString()); // not outside FIM mode
    editor->cancel();

    c.scene->setFimMode(true);
    QVERIFY(c.scene->editLabel(c.id(id.constData())));
    QCOMPARE(editor->placeholder(), placeholder);
    QCOMPARE(editor->toolTip(), placeholder);
    if (!placeholder.isEmpty()) {
        // Shown while the label is empty: the editor grows to hold it.
        const QRectF withText = editor->boundingRect();
        editor->setPlainText(QString());
        QVERIFY(editor->boundingRect().height() >= withText.height());
        QImage image(editor->boundingRect().size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(-editor->boundingRect().topLeft() + QPointF(1, 1));
        QStyleOptionGraphicsItem option;
        editor->paint(&painter, &option, nullptr);
        painter.end();
        int grey = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                grey += qGray(image.pixel(x, y)) < 200 && qGray(image.pixel(x, y)) > 60;
        QVERIFY2(grey > 20, qPrintable(QString::number(grey))); // the grey placeholder text
    }
    editor->cancel();
    QCOMPARE(editor->placeholder(), QString());
}

void TestFimMode::nonFittingLabelGetsAHint()
{
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    c.scene->setFimMode(true);
    const NodeId task = c.scene->shapeItem(c.id("Task_di"))->semanticElement();
    QVERIFY(c.scene->editLabel(c.id("Task_di")));
    LabelEditor *editor = labelEditor(*c.scene);
    editor->setPlainText(QStringLiteral("Prüfung des Antrags"));
    editor->commit();
    // The edit went through; the hint says what FIM expects.
    QCOMPARE(bpmn::name(c.doc->tree(), task), std::string_view("Prüfung des Antrags"));
    QCOMPARE(editor->lastHint(),
             QStringLiteral("“Prüfung des Antrags” does not fit the FIM label pattern: Object + "
                            "infinitive, e.g. “Antrag prüfen”"));
    QTRY_COMPARE(QToolTip::text(), editor->lastHint());

    QVERIFY(c.scene->editLabel(c.id("Task_di")));
    editor->setPlainText(QStringLiteral("Antrag prüfen"));
    editor->commit();
    QCOMPARE(bpmn::name(c.doc->tree(), task), std::string_view("Antrag prüfen"));
    QCOMPARE(editor->lastHint(), QString());

    QVERIFY(c.scene->editLabel(c.id("Gw_di")));
    editor->setPlainText(QStringLiteral("Vollständig"));
    editor->commit();
    QVERIFY(editor->lastHint().contains(QStringLiteral("Question?")));

    c.scene->setFimMode(false); // outside FIM mode, no hints
    QVERIFY(c.scene->editLabel(c.id("Task_di")));
    editor->setPlainText(QStringLiteral("Prüfung"));
    editor->commit();
    QCOMPARE(editor->lastHint(), QString());
}

QTEST_MAIN(TestFimMode)
#include "tst_fimmode.moc"

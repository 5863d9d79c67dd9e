// The RAG badge (views/notation): a collapsed sub-process with a Referenzaktivitätengruppe
// shows its type code in a small badge in the top-left corner. DiagramBuilder reads the type
// once into ShapeSpec::ragType; the painter draws it (so the canvas and every export show it);
// a canvas item's spec follows a change of the group.

#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "commands/setfimdatacommand.h"
#include "document.h"
#include "export/diagramimageexporter.h"
#include "fim/fimread.h"
#include "notation/bpmnpainter.h"
#include "notation/diagrambuilder.h"
#include "notation/notationsymbols.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QUndoStack>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

std::unique_ptr<ModelTree> loadComplete()
{
    ReadResult read = BpmnReader::readFile(test::testDataDir()
                                           + QStringLiteral("/fim/fim-complete.bpmn"));
    if (!read.ok())
        qFatal("fim-complete.bpmn unreadable");
    return std::move(read.tree);
}

const ShapeSpec &shapeOf(const DiagramContent &content, const ModelTree &tree, const char *id)
{
    for (const ShapeSpec &s : content.shapes)
        if (s.semanticElement == tree.byId(id))
            return s;
    qFatal("no shape for %s", id);
}

QImage paint(ShapeSpec spec)
{
    // The shape at the origin, 2x, on white.
    spec.bounds.moveTopLeft(QPointF(10, 10));
    QImage image(240, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2, 2);
    BpmnPainter::paintShape(&p, spec);
    return image;
}

/// Pixels that differ between the two images inside `rect` (image coordinates).
int differingPixels(const QImage &a, const QImage &b, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

class TestRagBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builderReadsTheType();
    void badgeIsPaintedInTheCorner();
    void expandedSubProcessHasNoBadge();
    void exportShowsTheNumber();
    void canvasItemFollowsTheGroup();
};

void TestRagBadge::builderReadsTheType()
{
    const auto tree = loadComplete();
    const DiagramBuilder builder(*tree);
    const DiagramContent content = builder.build(builder.findDiagram({}));
    const std::pair<const char *, const char *> expected[] = {
        {"Sub_Empfangen", "1"},   {"Sub_Pruefen", "3"},  {"Sub_Nachfordern", "7"},
        {"Sub_Erfassen", "6"},    {"Sub_Beurteilen", "4"}, {"Sub_Ermessen", "5"},
        {"Sub_Bescheid", "2"},    {"Sub_Dokumentieren", "8"}};
    for (const auto &[id, typ] : expected)
        QCOMPARE(shapeOf(content, *tree, id).ragType, QString::fromLatin1(typ));
    for (const ShapeSpec &s : content.shapes)
        if (s.kind != ShapeKind::SubProcess)
            QVERIFY(s.ragType.isEmpty());
}

void TestRagBadge::badgeIsPaintedInTheCorner()
{
    const auto tree = loadComplete();
    const DiagramBuilder builder(*tree);
    const ShapeSpec with = shapeOf(builder.build(builder.findDiagram({})), *tree, "Sub_Pruefen");
    QVERIFY(!with.isExpanded);
    ShapeSpec without = with;
    without.ragType.clear();
    const QImage a = paint(with), b = paint(without);
    // The badge's area (2x): it differs; the label moved down, off the badge, so the bottom
    // corners where the [+] marker is stay the same.
    const QRectF badge = notation::ragBadgeRect(QRectF(10, 10, 100, 80), with.ragType);
    const QRect corner(int(badge.left() * 2), int(badge.top() * 2), int(badge.width() * 2),
                       int(badge.height() * 2));
    QVERIFY2(differingPixels(a, b, corner) > 40,
             qPrintable(QString::number(differingPixels(a, b, corner))));
    const QRect marker(int((60 - 9) * 2), int((90 - 18) * 2), 36, 30);
    QCOMPARE(differingPixels(a, b, marker), 0);
    // The badge stays inside the shape's top-left quarter.
    QVERIFY(QRectF(10, 10, 50, 40).contains(badge));
    a.save(test::buildDir() + QStringLiteral("/ragbadge-with.png"));
}

void TestRagBadge::expandedSubProcessHasNoBadge()
{
    const auto tree = loadComplete();
    const DiagramBuilder builder(*tree);
    ShapeSpec spec = shapeOf(builder.build(builder.findDiagram({})), *tree, "Sub_Pruefen");
    spec.isExpanded = true;
    ShapeSpec without = spec;
    without.ragType.clear();
    QCOMPARE(paint(spec), paint(without));
}

void TestRagBadge::exportShowsTheNumber()
{
    const auto tree = loadComplete();
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("fim.svg"));
    QCOMPARE(DiagramImageExporter::exportFile(*tree, svgPath), QString());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Each of the eight types appears as a text of its own (the badge), e.g. ">3</text>".
    for (int typ = 1; typ <= 8; ++typ)
        QVERIFY2(svg.contains(QRegularExpression(QStringLiteral(">\\s*%1\\s*</text>").arg(typ))),
                 qPrintable(QString::number(typ)));
}

void TestRagBadge::canvasItemFollowsTheGroup()
{
    BpmnDocument doc(loadComplete());
    DiagramScene scene;
    scene.setDocument(&doc, DiagramBuilder(doc.tree()).findDiagram({}));
    const NodeId sub = doc.tree().byId("Sub_Pruefen");
    const auto itemSpec = [&]() -> ShapeSpec {
        for (QGraphicsItem *item : scene.items())
            if (item->type() == ShapeItem::Type
                && static_cast<ShapeItem *>(item)->semanticElement() == sub)
                return static_cast<ShapeItem *>(item)->spec();
        qFatal("no item");
    };
    const auto itemToolTip = [&]() -> QString {
        for (QGraphicsItem *item : scene.items())
            if (item->type() == ShapeItem::Type
                && static_cast<ShapeItem *>(item)->semanticElement() == sub)
                return item->toolTip();
        return {};
    };
    QCOMPARE(itemSpec().ragType, QStringLiteral("3"));
    QVERIFY2(itemToolTip().contains(QLatin1String("Check the matter formally")),
             qPrintable(itemToolTip()));
    fim::Aktivitaetengruppe g = *fim::aktivitaetengruppe(doc.tree(), sub);
    g.typ = QStringLiteral("5");
    QVERIFY(doc.push(new SetFimDataCommand(&doc, sub, g)));
    QCOMPARE(itemSpec().ragType, QStringLiteral("5"));
    QVERIFY(doc.push(SetFimDataCommand::removing(&doc, sub, SetFimDataCommand::Kind::Group)));
    QCOMPARE(itemSpec().ragType, QString());
    QCOMPARE(itemToolTip(), QString());
    // Each edit is its own undo step: undo shows 5 again, then the type of the file.
    doc.undoStack()->undo();
    QCOMPARE(itemSpec().ragType, QStringLiteral("5"));
    doc.undoStack()->undo();
    QCOMPARE(itemSpec().ragType, QStringLiteral("3"));
}

QTEST_MAIN(TestRagBadge)
#include "tst_ragbadge.moc"

// Every MIWG reference model renders every diagram without Qt warnings, with exactly one item
// per BPMN DI shape and edge. The PNGs go to <build>/miwg-render/ for comparing with the
// reference PNGs next to the models.

#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "export/diagramimageexporter.h"
#include "notation/diagrambuilder.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QtTest/QtTest>
#include <tinyxml2.h>

using namespace amtsweg;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_warnings << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

std::string_view localName(const char *name)
{
    const std::string_view n(name);
    const auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

/// Number of BPMNShape + BPMNEdge elements of each BPMNDiagram, counted with tinyxml2
/// independently of the model.
QList<int> diElementCounts(const QString &path)
{
    QList<int> counts;
    tinyxml2::XMLDocument doc;
    if (doc.LoadFile(QFile::encodeName(path).constData()) != tinyxml2::XML_SUCCESS)
        return counts;
    const tinyxml2::XMLElement *root = doc.RootElement();
    for (auto *d = root ? root->FirstChildElement() : nullptr; d; d = d->NextSiblingElement()) {
        if (localName(d->Name()) != "BPMNDiagram")
            continue;
        int count = 0;
        for (auto *p = d->FirstChildElement(); p; p = p->NextSiblingElement()) {
            if (localName(p->Name()) != "BPMNPlane")
                continue;
            for (auto *e = p->FirstChildElement(); e; e = e->NextSiblingElement()) {
                const std::string_view n = localName(e->Name());
                count += (n == "BPMNShape" || n == "BPMNEdge") ? 1 : 0;
            }
        }
        counts << count;
    }
    return counts;
}

} // namespace

class TestMiwgRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void render_data();
    void render();
};

void TestMiwgRender::initTestCase()
{
    AMTSWEG_REQUIRE_SHARED();
    QVERIFY(QDir().mkpath(test::buildDir() + QStringLiteral("/miwg-render")));
    g_previousHandler = qInstallMessageHandler(recordWarnings);
}

void TestMiwgRender::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestMiwgRender::render_data()
{
    QTest::addColumn<QString>("path");
    const QDir reference(test::sharedDir() + QStringLiteral("/testdata/miwg/Reference"));
    for (const QString &group : reference.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(reference.filePath(group));
        for (const QString &file : dir.entryList({QStringLiteral("*.bpmn")}, QDir::Files))
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << dir.filePath(file);
    }
}

void TestMiwgRender::render()
{
    QFETCH(QString, path);
    g_warnings.clear();
    const ReadResult read = BpmnReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(path));
    const ModelTree &tree = *read.tree;
    const DiagramBuilder builder(tree);
    const std::vector<NodeId> diagrams = builder.diagrams();
    const QList<int> expected = diElementCounts(path);
    QCOMPARE(qsizetype(diagrams.size()), expected.size());
    QVERIFY(!diagrams.empty());

    const QString base = QFileInfo(path).completeBaseName();
    for (std::size_t i = 0; i < diagrams.size(); ++i) {
        const DiagramContent content = builder.build(diagrams[i]);
        QCOMPARE(int(content.shapes.size() + content.edges.size()), expected[qsizetype(i)]);
        for (const ShapeSpec &s : content.shapes)
            QVERIFY2(s.kind != ShapeKind::Placeholder,
                     qPrintable(QStringLiteral("placeholder for %1").arg(s.name)));

        DiagramScene scene;
        scene.setDiagram(&tree, diagrams[i]);
        QCOMPARE(scene.elementItemCount(), expected[qsizetype(i)]);
        int drawn = 0;
        for (QGraphicsItem *item : scene.items()) {
            if (item->type() != ShapeItem::Type && item->type() != EdgeItem::Type)
                continue;
            QVERIFY(!item->boundingRect().isEmpty());
            ++drawn;
        }
        QCOMPARE(drawn, expected[qsizetype(i)]);
        QImage sceneImage(256, 256, QImage::Format_ARGB32_Premultiplied);
        sceneImage.fill(Qt::white);
        {
            QPainter p(&sceneImage);
            scene.render(&p); // paints every item once, scaled down
        }

        const QString name =
            diagrams.size() == 1 ? base : QStringLiteral("%1.%2").arg(base).arg(i + 1);
        const QString out =
            test::buildDir() + QStringLiteral("/miwg-render/") + name + QStringLiteral(".png");
        const QString error =
            DiagramImageExporter::exportContent(content, out, ImageFormat::Png, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QImage(out).width() > 100);
    }
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMiwgRender)
#include "tst_miwgrender.moc"

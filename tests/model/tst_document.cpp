// Tests of BpmnDocument: the new document is a valid BPMN model, changes go through the undo
// stack with fine-grained signals, the clean state follows the stack, setTree resets, and
// commands pushed while another is applied (a view reacting to a signal) are refused.

#include "bpmn/elements.h"
#include "commands/setpropertycommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest/QTest>

#include <set>
#include <string>

using namespace amtsweg;

namespace {

/// Every id in the attached tree, with duplicates counted.
std::multiset<std::string> allIds(const ModelTree &t)
{
    std::multiset<std::string> ids;
    std::vector<NodeId> stack{t.documentNode()};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (t.isElement(n) && !t.id(n).empty())
            ids.insert(std::string(t.id(n)));
        for (NodeId c = t.firstChild(n); c != kNoNode; c = t.next(c))
            stack.push_back(c);
    }
    return ids;
}

NodeId theProcess(const BpmnDocument &doc)
{
    return doc.tree().firstChildElement(doc.tree().root(), "process");
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDocumentStructure();
    void newDocumentIdsUnique();
    void newDocumentWritesValidXml();
    void addAndUndoSignals();
    void cleanState();
    void guardRefusesPushFromSignalHandlers();
    void setTreeResets();
    void saveAndLoad();
    void clearForgetsPath();
    void readOnlyRefusesEdits();
};

void TestDocument::newDocumentStructure()
{
    BpmnDocument doc;
    const ModelTree &t = doc.tree();
    const NodeId root = t.root();
    QVERIFY(root != kNoNode);
    QVERIFY(bpmn::isDefinitions(t, root));
    QCOMPARE(t.qname(root).nsUri, schema::uri::model);
    QVERIFY(!t.attr(root, t.known().targetNamespace).empty());
    QCOMPARE(bpmn::declaredPrefix(t, schema::uri::model), std::optional<std::string_view>("bpmn"));
    QCOMPARE(bpmn::declaredPrefix(t, schema::uri::bpmnDi),
             std::optional<std::string_view>("bpmndi"));
    QCOMPARE(bpmn::declaredPrefix(t, schema::uri::dc), std::optional<std::string_view>("dc"));
    QCOMPARE(bpmn::declaredPrefix(t, schema::uri::di), std::optional<std::string_view>("di"));

    const NodeId process = theProcess(doc);
    QVERIFY(bpmn::isProcess(t, process));
    QCOMPARE(bpmn::childElements(t, root, "process").size(), std::size_t(1));
    const std::vector<NodeId> diagrams = di::diagrams(t);
    QCOMPARE(diagrams.size(), std::size_t(1));
    const NodeId plane = di::planeOf(t, diagrams.front());
    QVERIFY(di::isPlane(t, plane));
    QCOMPARE(di::semanticOf(t, plane), process);
    QCOMPARE(di::planeFor(t, process), plane);
    // Schema order: the process precedes the diagram.
    QCOMPARE(t.next(process), diagrams.front());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::newDocumentIdsUnique()
{
    BpmnDocument a, b;
    const auto idsA = allIds(a.tree());
    QCOMPARE(idsA.size(), std::size_t(4)); // definitions, process, diagram, plane
    for (const std::string &id : idsA) {
        QCOMPARE(idsA.count(id), std::size_t(1));
        QVERIFY(a.tree().byId(id) != kNoNode);
    }
    // Fresh ids differ between documents (they are random, bpmn.io style).
    QVERIFY(a.tree().id(theProcess(a)) != b.tree().id(theProcess(b)));
    QVERIFY(
        QByteArray::fromStdString(std::string(a.tree().id(theProcess(a)))).startsWith("Process_"));
}

void TestDocument::newDocumentWritesValidXml()
{
    BpmnDocument doc;
    const NodeId process = theProcess(doc);
    const NodeId start = doc.addFlowNode(process, "startEvent", QRectF(100, 100, 36, 36));
    const NodeId task = doc.addFlowNode(process, "task", QRectF(200, 78, 100, 80));
    doc.setName(task, "Antrag prüfen");
    doc.addSequenceFlow(start, task, {{136, 118}, {200, 118}});
    const QByteArray xml = doc.toXml();

    ReadResult reread = BpmnReader::readBytes(xml, QStringLiteral("new.bpmn"));
    QVERIFY(reread.ok());
    for (const Diagnostic &d : reread.diagnostics)
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.toString()));
    QCOMPARE(allIds(*reread.tree), allIds(doc.tree()));

    AMTSWEG_REQUIRE_SHARED();
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("new.bpmn")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    QProcess lint;
    lint.start(xmllint,
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                test::sharedDir() + QStringLiteral("/testdata/xsd/BPMN20.xsd"), file.fileName()});
    QVERIFY(lint.waitForFinished(60000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
}

void TestDocument::addAndUndoSignals()
{
    BpmnDocument doc;
    QSignalSpy added(&doc, &BpmnDocument::elementAdded);
    QSignalSpy removed(&doc, &BpmnDocument::elementRemoved);
    QSignalSpy changed(&doc, &BpmnDocument::elementChanged);
    QSignalSpy geometry(&doc, &BpmnDocument::geometryChanged);
    const NodeId task = doc.addFlowNode(theProcess(doc), "userTask", QRectF(0, 0, 100, 80));
    const NodeId shape = di::diagramElementOf(doc.tree(), task);
    QVERIFY(di::isShape(doc.tree(), shape));
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(0).at(0).value<NodeId>(), task);
    QCOMPARE(added.at(1).at(0).value<NodeId>(), shape);

    doc.setName(task, "Bescheid");
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<NodeId>(), task);
    QCOMPARE(changed.at(0).at(1).value<NameId>(), doc.tree().known().name);

    doc.moveShapes({shape}, QPointF(5, 5));
    QCOMPARE(geometry.count(), 1);
    QCOMPARE(geometry.at(0).at(0).value<NodeId>(), shape);

    doc.removeElements({task});
    QCOMPARE(removed.count(), 2);
    QVERIFY(!doc.tree().isAttached(task));
    QCOMPARE(doc.undoStack()->count(), 4);

    doc.undoStack()->undo(); // remove
    QCOMPARE(added.count(), 4);
    QVERIFY(doc.tree().isAttached(task));
    doc.undoStack()->undo(); // move
    QCOMPARE(geometry.count(), 2);
    doc.undoStack()->undo(); // name
    QCOMPARE(changed.count(), 2);
    doc.undoStack()->undo(); // add
    QCOMPARE(removed.count(), 4);
    QCOMPARE(removed.at(2).at(0).value<NodeId>(), shape);
    QCOMPARE(removed.at(3).at(0).value<NodeId>(), task);
    QCOMPARE(doc.tree().byId(std::string(doc.tree().id(task))), kNoNode);
}

void TestDocument::cleanState()
{
    BpmnDocument doc;
    QSignalSpy modified(&doc, &BpmnDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.setName(theProcess(doc), "Verfahren");
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 2);
    doc.undoStack()->redo();
    doc.setClean();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
}

void TestDocument::guardRefusesPushFromSignalHandlers()
{
    BpmnDocument doc;
    const NodeId process = theProcess(doc);
    bool sawGuard = false;
    bool pushAccepted = true;
    // A careless view that reacts to a model signal by pushing a command.
    connect(&doc, &BpmnDocument::elementChanged, &doc, [&](NodeId element, NameId) {
        sawGuard = doc.isApplyingCommand();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("pushed while another"));
        pushAccepted = doc.push(new SetPropertyCommand(&doc, element, doc.attributeName("isClosed"),
                                                       std::string_view("true")));
    });
    QVERIFY(!doc.isApplyingCommand());
    doc.setName(process, "A");
    QVERIFY(sawGuard);
    QVERIFY(!pushAccepted);
    QVERIFY(!doc.isApplyingCommand());
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!doc.tree().attribute(process, doc.attributeName("isClosed")));
    // Undo and redo run under the guard too.
    sawGuard = false;
    doc.undoStack()->undo();
    QVERIFY(sawGuard);
    QVERIFY(!doc.isApplyingCommand());
}

void TestDocument::setTreeResets()
{
    BpmnDocument doc;
    doc.setName(theProcess(doc), "X");
    QSignalSpy reset(&doc, &BpmnDocument::reset);
    auto tree = BpmnDocument::createEmptyTree();
    ModelTree *raw = tree.get();
    doc.setTree(std::move(tree));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(&doc.tree(), raw);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    doc.setTree(nullptr); // a new empty document
    QCOMPARE(reset.count(), 2);
    QVERIFY(bpmn::isProcess(doc.tree(), theProcess(doc)));
}

void TestDocument::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.bpmn"));
    BpmnDocument doc;
    QSignalSpy pathChanged(&doc, &BpmnDocument::filePathChanged);
    const NodeId task = doc.addFlowNode(theProcess(doc), "task", QRectF(10, 10, 100, 80));
    doc.setName(task, "Gespeichert");
    QVERIFY(doc.isModified());
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(pathChanged.count(), 1);

    BpmnDocument other;
    QSignalSpy reset(&other, &BpmnDocument::reset);
    Diagnostics diagnostics;
    QVERIFY(other.load(path, &diagnostics));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(other.filePath(), path);
    QVERIFY(!other.isModified());
    const NodeId loaded = other.tree().byId(doc.tree().id(task));
    QVERIFY(bpmn::isTask(other.tree(), loaded));
    QCOMPARE(bpmn::name(other.tree(), loaded), std::string_view("Gespeichert"));
    QCOMPARE(other.toXml(), doc.toXml());

    QVERIFY(!other.load(dir.filePath(QStringLiteral("missing.bpmn")), &diagnostics));
    QVERIFY(!diagnostics.empty());
    QCOMPARE(other.filePath(), path); // unchanged on failure
}

void TestDocument::clearForgetsPath()
{
    BpmnDocument doc;
    doc.setFilePath(QStringLiteral("/tmp/x.bpmn"));
    doc.setName(theProcess(doc), "X");
    doc.clear();
    QVERIFY(doc.filePath().isEmpty());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::readOnlyRefusesEdits()
{
    BpmnDocument doc;
    QSignalSpy changed(&doc, &BpmnDocument::readOnlyChanged);
    doc.setReadOnly(true);
    QCOMPARE(changed.count(), 1);
    const QByteArray before = doc.toXml();
    QCOMPARE(doc.addFlowNode(theProcess(doc), "task", QRectF(0, 0, 100, 80)), kNoNode);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.toXml(), before);
    QVERIFY(!doc.isModified());
    doc.setReadOnly(false);
    QVERIFY(doc.addFlowNode(theProcess(doc), "task", QRectF(0, 0, 100, 80)) != kNoNode);
    QCOMPARE(doc.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

// GUI tests of copy, cut, paste and duplicate, headless, each checking the model: BPMN XML on
// the clipboard, fresh unique ids, extensions kept, flows between copied elements, offsets,
// lanes, pasting into another document (namespaces declared), pools with their processes.

#include "bpmn/elements.h"
#include "canvas/diagramclipboard.h"
#include "canvas/diagrameditor.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvasfixture.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "editingmodel.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::test;

using test::Canvas;

class TestEditingClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_canvas = std::make_unique<Canvas>(Canvas::read(kEditingModel)); }
    void cleanup() { m_canvas.reset(); }
    void copyPutsBpmnXmlOnTheClipboard();
    void pasteGivesFreshIdsAndKeepsExtensions();
    void pasteBringsFlowsBetweenCopiedElements();
    void cutAndPaste();
    void duplicateKey();
    void pasteIntoAnotherDocument();
    void copyPoolIntoCollaboration();

private:
    /// Every id of the attached model, with duplicates.
    static std::vector<std::string> allIds(const ModelTree &t);
    std::unique_ptr<Canvas> m_canvas;
};

std::vector<std::string> TestEditingClipboard::allIds(const ModelTree &t)
{
    std::vector<std::string> ids;
    std::vector<NodeId> stack{t.root()};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (!t.id(n).empty())
            ids.emplace_back(t.id(n));
        for (NodeId c = t.firstChild(n); c != kNoNode; c = t.next(c))
            if (t.isElement(c))
                stack.push_back(c);
    }
    return ids;
}

void TestEditingClipboard::copyPutsBpmnXmlOnTheClipboard()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    c.key(Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QByteArray xml = mime->data(QStringLiteral("application/bpmn+xml"));
    QVERIFY(xml.contains("Antrag prüfen"));
    QVERIFY(xml.contains("camunda:assignee"));
    QVERIFY(xml.contains("Boundary")); // the attached event comes along
    QVERIFY(!xml.contains("F1"));      // flows to elements left behind do not
    QCOMPARE(mime->text().toUtf8(), xml);
    ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("clipboard"));
    QVERIFY(read.ok()); // a complete BPMN document
    QCOMPARE(c.undo()->count(), 0);
}

void TestEditingClipboard::pasteGivesFreshIdsAndKeepsExtensions()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    c.key(Qt::Key_C, Qt::ControlModifier);
    c.key(Qt::Key_V, Qt::ControlModifier);
    c.key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(c.undo()->count(), 2);
    const ModelTree &t = c.doc->tree();
    const std::vector<NodeId> tasks = bpmn::childElements(t, c.id("ProcA"), "task");
    QCOMPARE(tasks.size(), std::size_t(3));
    const NodeId pasted = tasks[1];
    QVERIFY(t.id(pasted) != std::string_view("Task1"));
    QCOMPARE(bpmn::name(t, pasted), std::string_view("Antrag prüfen"));
    QVERIFY(t.firstChildElement(pasted, "extensionElements") != kNoNode);
    QVERIFY(bpmn::childElements(t, pasted, "incoming").empty());
    QCOMPARE(bpmn::boundaryEvents(t, pasted).size(), std::size_t(1));
    const NodeId shape = c.scene->diElementFor(pasted);
    QCOMPARE(c.boundsOf(shape), QRectF(200, 65, 100, 80)); // offset by 30, 30
    QCOMPARE(c.boundsOf(c.scene->diElementFor(tasks[2])), QRectF(230, 95, 100, 80));
    QCOMPARE(std::string(t.id(shape)), std::string(t.id(pasted)) + "_di");
    QCOMPARE(bpmn::laneOf(t, pasted), c.id("Lane1"));
    QVERIFY(
        c.scene->selectedElements().contains(c.scene->diElementFor(tasks[2]))); // the last paste
    std::vector<std::string> ids = allIds(t);
    const std::set<std::string> unique(ids.begin(), ids.end());
    QCOMPARE(unique.size(), ids.size());
    c.undo()->undo();
    QCOMPARE(bpmn::childElements(t, c.id("ProcA"), "task").size(), std::size_t(2));
}

void TestEditingClipboard::pasteBringsFlowsBetweenCopiedElements()
{
    Canvas &c = *m_canvas;
    c.drag({60, 20}, {290, 125}); // rubber band: start event, task, the flow between them
    c.key(Qt::Key_C, Qt::ControlModifier);
    c.key(Qt::Key_V, Qt::ControlModifier);
    const ModelTree &t = c.doc->tree();
    const std::vector<NodeId> flows = bpmn::childElements(t, c.id("ProcA"), "sequenceFlow");
    QCOMPARE(flows.size(), std::size_t(3));
    const NodeId flow = flows.back();
    const NodeId source = bpmn::sourceOf(t, flow), target = bpmn::targetOf(t, flow);
    QVERIFY(source != c.id("Start") && bpmn::isStartEvent(t, source));
    QVERIFY(target != c.id("Task1") && bpmn::isTask(t, target));
    QVERIFY(bpmn::referenceChild(t, source, "outgoing", flow));
    QVERIFY(bpmn::referenceChild(t, target, "incoming", flow));
    QCOMPARE(bpmn::childElements(t, target, "outgoing").size(), std::size_t(0));
    QCOMPARE(di::waypoints(t, c.scene->diElementFor(flow)),
             (QList<QPointF>{{146, 105}, {200, 105}}));
    QCOMPARE(c.undo()->count(), 1);
}

void TestEditingClipboard::cutAndPaste()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    c.key(Qt::Key_X, Qt::ControlModifier);
    const ModelTree &t = c.doc->tree();
    QCOMPARE(c.id("Task1"), kNoNode);
    QCOMPARE(c.id("F1"), kNoNode); // deleted with its flows
    c.key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(bpmn::childElements(t, c.id("ProcA"), "task").size(), std::size_t(1));
    QCOMPARE(c.undo()->count(), 2);
}

void TestEditingClipboard::duplicateKey()
{
    Canvas &c = *m_canvas;
    c.click({98, 75});
    c.key(Qt::Key_D, Qt::ControlModifier);
    const ModelTree &t = c.doc->tree();
    const std::vector<NodeId> starts = bpmn::childElements(t, c.id("ProcA"), "startEvent");
    QCOMPARE(starts.size(), std::size_t(2));
    QCOMPARE(c.boundsOf(c.scene->diElementFor(starts.back())), QRectF(110, 87, 36, 36));
    QCOMPARE(c.undo()->count(), 1);
}

void TestEditingClipboard::pasteIntoAnotherDocument()
{
    Canvas &c = *m_canvas;
    c.click({220, 60});
    c.key(Qt::Key_C, Qt::ControlModifier);
    Canvas other(std::make_unique<BpmnDocument>()); // an empty process diagram
    other.key(Qt::Key_V, Qt::ControlModifier);
    const ModelTree &t = other.doc->tree();
    const NodeId process = t.firstChildElement(t.root(), "process");
    const std::vector<NodeId> tasks = bpmn::childElements(t, process, "task");
    QCOMPARE(tasks.size(), std::size_t(1));
    QVERIFY(other.scene->shapeItem(other.scene->diElementFor(tasks.front())));
    // The foreign namespace came along: the document reads back with the extension.
    const QByteArray xml = other.doc->toXml();
    QVERIFY(xml.contains("xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""));
    ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("saved"));
    QVERIFY(read.ok());
    QVERIFY(xml.contains("camunda:assignee=\"sb\""));
    other.undo()->undo();
    QVERIFY(bpmn::childElements(t, process, "task").empty());
    QVERIFY(!other.doc->toXml().contains("xmlns:camunda"));
}

void TestEditingClipboard::copyPoolIntoCollaboration()
{
    Canvas &c = *m_canvas;
    c.click({15, 150}); // pool A with its lanes and content
    c.key(Qt::Key_C, Qt::ControlModifier);
    c.key(Qt::Key_V, Qt::ControlModifier);
    const ModelTree &t = c.doc->tree();
    const std::vector<NodeId> participants = bpmn::childElements(t, c.id("Collab"), "participant");
    QCOMPARE(participants.size(), std::size_t(3));
    const NodeId process = t.resolveRef(t.attr(participants.back(), t.known().processRef));
    QVERIFY(process != kNoNode && process != c.id("ProcA"));
    QCOMPARE(bpmn::childElements(t, process, "sequenceFlow").size(), std::size_t(2));
    QCOMPARE(c.boundsOf(c.scene->diElementFor(participants.back())), QRectF(30, 30, 800, 300));
    QCOMPARE(c.undo()->count(), 1);
}

QTEST_MAIN(TestEditingClipboard)
#include "tst_editingclipboard.moc"

// GUI test of the find bar (Ctrl+F) of a diagram tab, headless: typing finds elements by name
// or id (case-insensitive), Enter/F3 and Shift+Enter/Shift+F3 step through the matches with
// "n of m", the match is selected, a match inside a collapsed sub-process opens its plane, Esc
// closes the bar; Ctrl+F in the main window opens it.

#include "canvas/diagramscene.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "findbar.h"
#include "mainwindow.h"
#include "xml/bpmnreader.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

// Attributes in single quotes (moc of Qt 6.4 and raw strings, see tst_editing.cpp).
const char kModel[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'
    xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI'
    xmlns:dc='http://www.omg.org/spec/DD/20100524/DC'
    xmlns:di='http://www.omg.org/spec/DD/20100524/DI'
    id='Defs' targetNamespace='http://example.org'>
  <bpmn:process id='Proc' isExecutable='false'>
    <bpmn:task id='Task_A' name='Antrag prüfen'/>
    <bpmn:task id='Task_B' name='Bescheid erstellen'/>
    <bpmn:subProcess id='Sub' name='Nachweise'>
      <bpmn:task id='Task_C' name='ANTRAG ergänzen'/>
    </bpmn:subProcess>
    <bpmn:task id='Task_Pruefung' name='Zahlung anweisen'/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id='Diagram'>
    <bpmndi:BPMNPlane id='Plane' bpmnElement='Proc'>
      <bpmndi:BPMNShape id='Task_A_di' bpmnElement='Task_A'>
        <dc:Bounds x='100' y='100' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Task_B_di' bpmnElement='Task_B'>
        <dc:Bounds x='300' y='100' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Sub_di' bpmnElement='Sub' isExpanded='false'>
        <dc:Bounds x='500' y='100' width='100' height='80'/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id='Task_Pruefung_di' bpmnElement='Task_Pruefung'>
        <dc:Bounds x='2500' y='1500' width='100' height='80'/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id='SubDiagram'>
    <bpmndi:BPMNPlane id='SubPlane' bpmnElement='Sub'>
      <bpmndi:BPMNShape id='Task_C_di' bpmnElement='Task_C'>
        <dc:Bounds x='100' y='100' width='100' height='80'/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
)";

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findsByNameAndIdAndSteps();
    void matchInSubProcessOpensItsPlane();
    void escapeCloses();
    void ctrlFInMainWindow();

private:
    NodeId id(const char *s) const { return m_doc->tree().byId(s); }
    FindBar *bar() const { return m_page->findBar(); }
    void type(const QString &text)
    {
        bar()->lineEdit()->clear();
        QTest::keyClicks(bar()->lineEdit(), text);
    }

    std::unique_ptr<BpmnDocument> m_doc;
    std::unique_ptr<DiagramPage> m_page;
};

void TestFindBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_findbar"));
}

void TestFindBar::init()
{
    ReadResult read = BpmnReader::readBytes(QByteArray(kModel), QStringLiteral("find"));
    QVERIFY(read.ok());
    m_doc = std::make_unique<BpmnDocument>(std::move(read.tree));
    m_page = std::make_unique<DiagramPage>(m_doc.get(), id("Diagram"));
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->resetZoom();
    m_page->centerOn(QPointF(300, 140));
    m_page->showFindBar();
}

void TestFindBar::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

void TestFindBar::findsByNameAndIdAndSteps()
{
    QVERIFY(bar()->isVisible());
    QVERIFY(bar()->lineEdit()->hasFocus());
    type(QStringLiteral("antrag")); // Task_A and, in the sub-process, Task_C (other case)
    QCOMPARE(bar()->matchCount(), 2);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(m_page->selectedElement(), id("Task_A"));
    QTest::keyClick(bar()->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 2"));
    QCOMPARE(m_page->selectedElement(), id("Task_C"));
    QTest::keyClick(bar()->lineEdit(), Qt::Key_F3);
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 2")); // wraps around
    QTest::keyClick(bar()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar()->statusText(), QStringLiteral("2 of 2"));
    QTest::keyClick(bar()->lineEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_page->selectedElement(), id("Task_A"));

    // By id, far away: selected and scrolled into view.
    type(QStringLiteral("task_pruef"));
    QCOMPARE(bar()->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(m_page->selectedElement(), id("Task_Pruefung"));
    const QRectF visible = m_page->mapToScene(m_page->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(QRectF(2500, 1500, 100, 80)));
    QVERIFY(m_page->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/find-bar.png")));

    type(QStringLiteral("nothing like this"));
    QCOMPARE(bar()->matchCount(), 0);
    QCOMPARE(bar()->statusText(), QStringLiteral("No matches"));
    QTest::keyClick(bar()->lineEdit(), Qt::Key_Return); // nothing to go to, no crash
    QCOMPARE(bar()->currentIndex(), -1);
}

void TestFindBar::matchInSubProcessOpensItsPlane()
{
    type(QStringLiteral("antrag erg"));
    QCOMPARE(bar()->matchCount(), 1);
    QCOMPARE(m_page->depth(), 1);
    QCOMPARE(m_page->currentPlane(), id("SubPlane"));
    QCOMPARE(m_page->selectedDiElement(), id("Task_C_di"));
    type(QStringLiteral("bescheid"));
    QCOMPARE(m_page->depth(), 0); // back on the root plane
    QCOMPARE(m_page->selectedElement(), id("Task_B"));
}

void TestFindBar::escapeCloses()
{
    type(QStringLiteral("Bescheid"));
    QTest::keyClick(bar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
    QCOMPARE(m_page->selectedElement(), id("Task_B")); // the match stays selected
    m_page->showFindBar();
    QVERIFY(bar()->isVisible());
    QCOMPARE(bar()->lineEdit()->selectedText(), QStringLiteral("Bescheid"));
}

void TestFindBar::ctrlFInMainWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPage *page = window.currentPage();
    QVERIFY(page);
    page->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->findBar()->isVisible());
    QVERIFY(page->findBar()->lineEdit()->hasFocus());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"

// The main window under the offscreen platform: one tab per diagram of every open document,
// dirty markers and the question before closing, drill-down into collapsed sub-processes with
// a breadcrumb back, panels following the current tab, and the layout and recent files
// restored from QSettings.

#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/breadcrumbbar.h"
#include "panels/outlinepanel.h"
#include "panels/overviewview.h"
#include "panels/propertiespanel.h"
#include "recentfiles.h"
#include "testpaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

QString sample()
{
    return test::wohngeldFixture();
}

/// Answers the next message box with `button` as soon as it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
        else if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}

/// A process with a collapsed sub-process whose content has its own plane, as bpmn.io saves it.
const char *const kDrillDownModel =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL' "
    "xmlns:bpmndi='http://www.omg.org/spec/BPMN/20100524/DI' "
    "xmlns:dc='http://www.omg.org/spec/DD/20100524/DC' "
    "xmlns:di='http://www.omg.org/spec/DD/20100524/DI' id='Definitions_1' "
    "targetNamespace='http://bpmn.io/schema/bpmn'>\n"
    "  <bpmn:process id='Process_1' name='Antrag bearbeiten' isExecutable='false'>\n"
    "    <bpmn:startEvent id='Start_1' />\n"
    "    <bpmn:subProcess id='Sub_1' name='Unterlagen pruefen'>\n"
    "      <bpmn:startEvent id='Start_2' />\n"
    "      <bpmn:task id='Task_Inner' name='Nachweis pruefen' />\n"
    "      <bpmn:sequenceFlow id='Flow_Inner' sourceRef='Start_2' targetRef='Task_Inner' />\n"
    "    </bpmn:subProcess>\n"
    "    <bpmn:sequenceFlow id='Flow_1' sourceRef='Start_1' targetRef='Sub_1' />\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id='BPMNDiagram_1'>\n"
    "    <bpmndi:BPMNPlane id='BPMNPlane_1' bpmnElement='Process_1'>\n"
    "      <bpmndi:BPMNShape id='Start_1_di' bpmnElement='Start_1'><dc:Bounds x='100' y='100' "
    "width='36' height='36' /></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id='Sub_1_di' bpmnElement='Sub_1' isExpanded='false'><dc:Bounds "
    "x='200' y='78' width='100' height='80' /></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id='Flow_1_di' bpmnElement='Flow_1'><di:waypoint x='136' y='118' "
    "/><di:waypoint x='200' y='118' /></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "  <bpmndi:BPMNDiagram id='BPMNDiagram_Sub'>\n"
    "    <bpmndi:BPMNPlane id='BPMNPlane_Sub' bpmnElement='Sub_1'>\n"
    "      <bpmndi:BPMNShape id='Start_2_di' bpmnElement='Start_2'><dc:Bounds x='100' y='100' "
    "width='36' height='36' /></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id='Task_Inner_di' bpmnElement='Task_Inner'><dc:Bounds x='200' y='78' "
    "width='100' height='80' /></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id='Flow_Inner_di' bpmnElement='Flow_Inner'><di:waypoint x='136' "
    "y='118' /><di:waypoint x='200' y='118' /></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        // Never touch the user's settings: test mode plus a private settings directory.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void startsWithAnEmptyDiagram()
    {
        MainWindow window;
        QCOMPARE(window.diagramTabs()->count(), 1);
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.diagramTabs()->tabText(0).startsWith(QStringLiteral("Untitled")));
    }

    void opensTheSampleWithOneTabPerDiagram()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(sample()));
        const ModelTree &tree = window.document()->tree();
        QCOMPARE(window.diagramTabs()->count(), int(di::diagrams(tree).size()));
        auto *view = qobject_cast<DiagramView *>(window.diagramTabs()->currentWidget());
        QVERIFY(view);
        auto *scene = qobject_cast<DiagramScene *>(view->scene());
        QVERIFY(scene);
        QVERIFY(scene->elementItemCount() > 40);
        QVERIFY(window.windowTitle().contains(QStringLiteral("wohngeld-antrag.bpmn")));
        QCOMPARE(window.diagramTabs()->tabText(0),
                 QStringLiteral("wohngeld-antrag.bpmn: Wohngeld beantragen"));
        // Status bar: zoom and element count of the current tab.
        auto *zoom = window.findChild<QLabel *>(QStringLiteral("zoomLabel"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("elementCountLabel"));
        QCOMPARE(zoom->text(), QStringLiteral("%1 %").arg(qRound(view->zoom() * 100)));
        QVERIFY(count->text().startsWith(QString::number(scene->elementItemCount())));
        // Panels follow the tab: the overview shows its scene, the properties its plane.
        QCOMPARE(window.panels()->overview()->scene(), scene);
        QCOMPARE(window.panels()->properties()->element(),
                 tree.byId("Collaboration_WohngeldBeantragen"));

        // A look at the whole window with an element selected.
        QVERIFY(window.revealElement(tree.byId("Task_AntragFormellPruefen")));
        const QString shot = test::buildDir() + QStringLiteral("/mainwindow-sample.png");
        QVERIFY(window.grab().save(shot));
    }

    void clickingOnTheCanvasShowsTheElement()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(sample()));
        DiagramPage *page = window.currentPage();
        const ModelTree &tree = window.document()->tree();
        const NodeId task = tree.byId("Task_BescheidErstellen");
        const auto bounds = di::bounds(tree, di::diagramElementOf(tree, task));
        QVERIFY(bounds);
        const QPoint at = page->mapFromScene(bounds->center() + QPointF(0, 12));
        QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(page->selectedElement(), task);
        QCOMPARE(window.panels()->properties()->element(), task);
        QCOMPARE(window.panels()->outline()->currentElement(), task);
        // A click on the empty canvas shows the diagram's collaboration again.
        QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(window.panels()->properties()->element(),
                 tree.byId("Collaboration_WohngeldBeantragen"));
    }

    void redrawsMarkersThePropertiesChange()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(sample()));
        DiagramPage *page = window.currentPage();
        const ModelTree &tree = window.document()->tree();
        const NodeId task = tree.byId("Task_BescheidErstellen");
        QVERIFY(window.revealElement(task));
        auto *item = page->diagramScene()->shapeItem(di::diagramElementOf(tree, task));
        QVERIFY(item);
        auto *loop = window.findChild<QComboBox *>(QStringLiteral("loopCombo"));
        loop->setCurrentIndex(2);
        Q_EMIT loop->activated(2);
        QCOMPARE(item->spec().loop, LoopKind::ParallelMultiInstance);
        loop->setCurrentIndex(0);
        Q_EMIT loop->activated(0);
        QCOMPARE(item->spec().loop, LoopKind::None);
        window.document()->undoStack()->undo();
        QCOMPARE(item->spec().loop, LoopKind::ParallelMultiInstance);
        window.document()->undoStack()->undo();
        QCOMPARE(item->spec().loop, LoopKind::None);
    }

    void opensEveryDiagramOfAMultiDiagramFile()
    {
        AMTSWEG_REQUIRE_SHARED();
        MainWindow window;
        QVERIFY(window.openFile(test::sharedDir() +
                                QStringLiteral("/testdata/miwg/Reference/C/C.4.0.bpmn")));
        QCOMPARE(window.diagramTabs()->count(), 4);
        QCOMPARE(window.documents().size(), 1);
        // Each tab names its diagram after the file.
        QVERIFY(window.diagramTabs()->tabText(1).startsWith(QStringLiteral("C.4.0.bpmn: ")));
        QCOMPARE(window.diagramTabs()->tabText(1), QStringLiteral("C.4.0.bpmn: IT"));
    }

    void refusesAnUnreadableFileAndKeepsTheDocument()
    {
        MainWindow window;
        const int before = window.diagramTabs()->count();
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!window.openFile(test::buildDir() + QStringLiteral("/does-not-exist.bpmn")));
        QCOMPARE(window.diagramTabs()->count(), before);
    }

    void keepsSeveralDocumentsInTabs()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample()));
        BpmnDocument *first = window.document();
        BpmnDocument *second = window.newDocument();
        QCOMPARE(window.documents(), QList<BpmnDocument *>({first, second}));
        QCOMPARE(window.diagramTabs()->count(), 2);
        QCOMPARE(window.document(), second);
        QVERIFY(window.diagramTabs()->tabText(1).startsWith(QStringLiteral("Untitled")));
        window.diagramTabs()->setCurrentIndex(0);
        QCOMPARE(window.document(), first);
        QCOMPARE(window.panels()->properties()->document(), first);
        // Opening the same file again shows it instead of opening it twice.
        window.diagramTabs()->setCurrentIndex(1);
        QVERIFY(window.openFile(sample()));
        QCOMPARE(window.documents().size(), 2);
        QCOMPARE(window.document(), first);
    }

    void marksModifiedDocuments()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample()));
        BpmnDocument *document = window.document();
        document->setName(document->tree().byId("Task_BescheidErstellen"), "Bescheid schreiben");
        QCOMPARE(window.diagramTabs()->tabText(0),
                 QStringLiteral("wohngeld-antrag.bpmn*: Wohngeld beantragen"));
        QVERIFY(window.isWindowModified());
        document->undoStack()->undo();
        QCOMPARE(window.diagramTabs()->tabText(0),
                 QStringLiteral("wohngeld-antrag.bpmn: Wohngeld beantragen"));
        QVERIFY(!window.isWindowModified());
    }

    void asksBeforeClosingAModifiedDocument()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample()));
        BpmnDocument *document = window.document();
        document->setName(document->tree().byId("Task_BescheidErstellen"), "Bescheid schreiben");

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.closeDocument(document));
        QCOMPARE(window.documents(), QList<BpmnDocument *>({document}));

        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.closeDocument(document));
        // The last document closed: a new empty one takes its place.
        QCOMPARE(window.documents().size(), 1);
        QVERIFY(window.document() != nullptr);
        QVERIFY(window.diagramTabs()->tabText(0).startsWith(QStringLiteral("Untitled")));
    }

    void savesAsAndMarksClean()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(sample()));
        BpmnDocument *document = window.document();
        document->setName(document->tree().byId("Task_BescheidErstellen"), "Bescheid schreiben");
        const QString copy = dir.filePath(QStringLiteral("kopie.bpmn"));
        QVERIFY(document->save(copy));
        QCOMPARE(window.diagramTabs()->tabText(0),
                 QStringLiteral("kopie.bpmn: Wohngeld beantragen"));
    }

    void drillsDownIntoACollapsedSubProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drilldown.bpmn"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDrillDownModel);
        file.close();

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openFile(path));
        // The sub-process's plane is no tab of its own: it opens inside the process's tab.
        QCOMPARE(window.diagramTabs()->count(), 1);
        DiagramPage *page = window.currentPage();
        const ModelTree &tree = window.document()->tree();
        const NodeId sub = tree.byId("Sub_1");
        QVERIFY(page->canDrillDown(sub));
        QVERIFY(page->breadcrumbBar()->isHidden());
        QCOMPARE(page->diagramScene()->elementItemCount(), 3);

        QVERIFY(page->drillDown(sub));
        QCOMPARE(page->depth(), 1);
        QCOMPARE(page->planeElement(), sub);
        QCOMPARE(page->diagramScene()->plane(), tree.byId("BPMNPlane_Sub"));
        QVERIFY(!page->breadcrumbBar()->isHidden());
        QCOMPARE(page->breadcrumbBar()->crumbs(),
                 QStringList(
                     {QStringLiteral("Antrag bearbeiten"), QStringLiteral("Unterlagen pruefen")}));
        QCOMPARE(window.panels()->properties()->element(), sub);

        // The breadcrumb leads back.
        Q_EMIT page->breadcrumbBar()->crumbActivated(0);
        QCOMPARE(page->depth(), 0);
        QVERIFY(page->breadcrumbBar()->isHidden());

        // Revealing an element inside the sub-process goes down to its plane.
        QVERIFY(window.revealElement(tree.byId("Task_Inner")));
        QCOMPARE(page->depth(), 1);
        QCOMPARE(page->selectedElement(), tree.byId("Task_Inner"));
        const QString shot = test::buildDir() + QStringLiteral("/mainwindow-drilldown.png");
        QVERIFY(window.grab().save(shot));
    }

    void restoresLayoutAndRecentFiles()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            auto *outline = window.findChild<QDockWidget *>(QStringLiteral("outlineDock"));
            QVERIFY(outline);
            outline->hide();
            QVERIFY(window.openFile(sample()));
            window.saveSettings();
        }
        MainWindow restored;
        auto *outline = restored.findChild<QDockWidget *>(QStringLiteral("outlineDock"));
        auto *properties = restored.findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
        QVERIFY(outline->isHidden());
        QVERIFY(!properties->isHidden());
        QCOMPARE(restored.size(), QSize(1111, 777));
        const QStringList recent = restored.recentFiles()->files();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first(), QFileInfo(sample()).canonicalFilePath());
    }

    void keepsTenRecentFilesNewestFirst()
    {
        RecentFiles recent;
        for (int i = 0; i < 12; ++i)
            recent.add(QStringLiteral("/tmp/file%1.bpmn").arg(i));
        recent.add(QStringLiteral("/tmp/file5.bpmn"));
        QCOMPARE(recent.files().size(), RecentFiles::kMaximum);
        QCOMPARE(recent.files().first(), QStringLiteral("/tmp/file5.bpmn"));
        QCOMPARE(recent.files().count(QStringLiteral("/tmp/file5.bpmn")), 1);
        QVERIFY(!recent.files().contains(QStringLiteral("/tmp/file0.bpmn")));
        QCOMPARE(RecentFiles().files(), recent.files()); // stored
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// View > Presentation Mode (app/presentationmode.h): F5 starts it, Esc or F5 leaves; every
// dock, tool bar, the menu, status and tab bar go and come back exactly as they were (window
// geometry, full-screen flag, dock layout, zoom); Page Down / Page Up walk through every diagram
// and sub-process plane of the model; nothing can be edited; labels are drawn larger; the mouse
// is a laser pointer; a caption names the page and fades out. Writes a screenshot
// (presentation-mode.png in the build folder) to look at.

#include "bpmn/elements.h"
#include "canvas/diagramitems.h"
#include "canvas/diagramscene.h"
#include "canvas/laserpointer.h"
#include "canvas/presentationview.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "panels/elementlabels.h"
#include "presentationmode.h"
#include "privatesettings.h"
#include "testpaths.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest/QTest>

#include <algorithm>
#include <set>

using namespace amtsweg;

namespace {

QString fimModel() { return test::testDataDir() + QStringLiteral("/fim/fim-complete.bpmn"); }

PresentationMode *mode(MainWindow &window) { return window.findChild<PresentationMode *>(); }

/// The visible state of everything presentation mode hides.
struct Chrome
{
    std::vector<std::pair<QString, bool>> bars; ///< docks and tool bars: title, shown
    bool menuBar = false, statusBar = false, tabBar = false;
    bool operator==(const Chrome &o) const
    {
        return bars == o.bars && menuBar == o.menuBar && statusBar == o.statusBar &&
               tabBar == o.tabBar;
    }
};

QString describe(const Chrome &c)
{
    QStringList parts;
    for (const auto &[title, shown] : c.bars)
        parts << title + (shown ? QStringLiteral("+") : QStringLiteral("-"));
    parts << QStringLiteral("menu %1 status %2 tabs %3").arg(c.menuBar).arg(c.statusBar).arg(c.tabBar);
    return parts.join(QLatin1Char(' '));
}

Chrome chromeOf(MainWindow &window)
{
    Chrome c;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        c.bars.emplace_back(dock->windowTitle(), dock->isVisible());
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        c.bars.emplace_back(bar->windowTitle(), bar->isVisible());
    std::sort(c.bars.begin(), c.bars.end()); // restoring the layout may restack them
    c.menuBar = window.menuBar()->isVisible();
    c.statusBar = window.statusBar()->isVisible();
    c.tabBar = window.diagramTabs()->tabBar()->isVisible();
    return c;
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    /// A shown window with the FIM model (a collaboration and eight sub-process planes).
    static void openFim(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // window shortcuts need it
        QVERIFY(window.openFile(fimModel()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_presentationmode")));
    }

    void init() { QSettings().clear(); }

    void actionInTheViewMenuOnF5()
    {
        MainWindow window;
        PresentationMode *presentation = mode(window);
        QVERIFY(presentation);
        QCOMPARE(presentation->action()->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(window.actions().contains(presentation->action())); // works without menu bar
        QAction *viewMenu = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text() == QStringLiteral("&View"))
                viewMenu = a;
        QVERIFY(viewMenu && viewMenu->menu());
        QVERIFY(viewMenu->menu()->actions().contains(presentation->action()));
    }

    void hidesEverythingAndRestoresIt()
    {
        MainWindow window;
        openFim(window);
        // Smaller than the screen, so that nothing needs to squeeze it back in.
        const QSize screen = window.screen()->availableGeometry().size();
        window.resize(screen * 0.8);
        DiagramPage *page = window.currentPage();
        page->setZoom(0.73);
        page->centerOn(QPointF(300, 200));
        QCoreApplication::processEvents();
        const Chrome before = chromeOf(window);
        QVERIFY(before.menuBar && before.statusBar && before.tabBar);
        QVERIFY(std::count_if(before.bars.begin(), before.bars.end(),
                              [](const auto &b) { return b.second; }) >= 2);
        const QRect geometry = window.geometry();
        const QByteArray docks = window.saveState();
        const qreal zoom = page->zoom();
        const QPointF centre = page->mapToScene(page->viewport()->rect().center());
        QVERIFY(!window.isFullScreen());

        PresentationMode *presentation = mode(window);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(presentation->isActive());
        QVERIFY(presentation->action()->isChecked());
        QVERIFY(window.isFullScreen());
        const Chrome during = chromeOf(window);
        for (const auto &[title, shown] : during.bars)
            QVERIFY2(!shown, qPrintable(title + QStringLiteral(" still shown")));
        QVERIFY(!during.menuBar && !during.statusBar && !during.tabBar);
        PresentationView *view = presentation->view();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->geometry(), window.rect());
        QVERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!presentation->isActive());
        QVERIFY(!presentation->action()->isChecked());
        QCoreApplication::processEvents();
        QVERIFY(!window.isFullScreen());
        QVERIFY2(chromeOf(window) == before,
                 qPrintable(describe(before) + QStringLiteral(" / ") + describe(chromeOf(window))));
        QCOMPARE(window.geometry(), geometry);
        QCOMPARE(window.saveState(), docks);
        QCOMPARE(page->zoom(), zoom);
        const QPointF centreAfter = page->mapToScene(page->viewport()->rect().center());
        QVERIFY2((centreAfter - centre).manhattanLength() < 2,
                 qPrintable(QStringLiteral("%1,%2").arg(centreAfter.x()).arg(centreAfter.y())));

        // F5 also leaves; a dock the user had closed stays closed.
        QDockWidget *closed = window.findChildren<QDockWidget *>().first();
        closed->hide();
        const Chrome withClosed = chromeOf(window);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(presentation->isActive());
        QTest::keyClick(presentation->view(), Qt::Key_F5);
        QVERIFY(!presentation->isActive());
        QVERIFY2(chromeOf(window) == withClosed,
                 qPrintable(describe(withClosed) + QStringLiteral(" / ") + describe(chromeOf(window))));
        QVERIFY(closed->isHidden());
    }

    void staysFullScreenWhenItWas()
    {
        MainWindow window;
        openFim(window);
        window.showFullScreen();
        QCoreApplication::processEvents();
        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        presentation->stop();
        QVERIFY(window.isFullScreen());
        QVERIFY(window.menuBar()->isVisible());
    }

    void walksThroughEveryDiagram()
    {
        MainWindow window;
        openFim(window);
        const ModelTree &tree = window.document()->tree();
        const std::vector<NodeId> planes = di::planes(tree);
        QVERIFY(planes.size() > 2);

        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        PresentationView *view = presentation->view();
        QCOMPARE(presentation->stepCount(), int(planes.size()));
        QCOMPARE(presentation->currentStep(), 0);
        QCOMPARE(view->diagramScene()->plane(), window.currentPage()->rootPlane());
        // The unnamed collaboration's page is titled with the model's (Steckbrief) name.
        QVERIFY2(view->caption()->text().startsWith(
                     QStringLiteral("Anzeige Beschäftigung schwangerer Frauen bearbeiten")),
                 qPrintable(view->caption()->text()));
        std::set<NodeId> seen{view->diagramScene()->plane()};
        const Qt::Key keys[] = {Qt::Key_PageDown, Qt::Key_Right, Qt::Key_Space};
        for (int i = 1; i < presentation->stepCount(); ++i) {
            QTest::keyClick(view, keys[i % 3]);
            QCOMPARE(presentation->currentStep(), i);
            const NodeId plane = view->diagramScene()->plane();
            QCOMPARE(plane, presentation->step()->plane);
            QVERIFY(view->diagramScene()->elementItemCount() > 0);
            seen.insert(plane);
            // Sub-process pages are titled with the sub-process's name.
            const QString name = toQString(bpmn::name(tree, di::semanticOf(tree, plane)));
            QVERIFY(!name.isEmpty());
            QVERIFY2(view->caption()->text().startsWith(name), qPrintable(view->caption()->text()));
            // The caption names the page and counts.
            QVERIFY(view->caption()->isVisible());
            QVERIFY2(view->caption()->text().endsWith(
                         QStringLiteral("%1 / %2").arg(i + 1).arg(presentation->stepCount())),
                     qPrintable(view->caption()->text()));
        }
        QCOMPARE(seen, std::set<NodeId>(planes.begin(), planes.end()));
        // The end stays the end; back with Page Up and Left, Home and End.
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(presentation->currentStep(), presentation->stepCount() - 1);
        QTest::keyClick(view, Qt::Key_PageUp);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(presentation->currentStep(), presentation->stepCount() - 3);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(presentation->currentStep(), 0);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(presentation->currentStep(), 0);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(presentation->currentStep(), presentation->stepCount() - 1);
        // Each page fits the screen.
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(view->diagramScene()->contentRect()));
        // The caption fades out.
        QTRY_VERIFY_WITH_TIMEOUT(view->caption()->isHidden(),
                                 PresentationView::kCaptionMs + 4000);
        presentation->stop();
    }

    void startsAtTheShownSubProcessAndCoversEveryTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(test::testDataDir() +
                                QStringLiteral("/good/multiple-diagrams.bpmn")));
        const ModelTree &tree = window.document()->tree();
        QVERIFY(window.diagramTabs()->count() >= 2); // several tabs
        DiagramPage *page = window.currentPage();
        const NodeId sub = tree.byId("Sub_Collapsed");
        QVERIFY(page->drillDown(sub));
        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        QCOMPARE(presentation->step()->plane, page->currentPlane());
        QCOMPARE(presentation->stepCount(), int(di::planes(tree).size()));
        presentation->stop();
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(page->currentPlane(), tree.byId("Plane_Sub")); // still drilled down
    }

    void nothingCanBeEdited()
    {
        MainWindow window;
        openFim(window);
        DiagramPage *page = window.currentPage();
        BpmnDocument *document = window.document();
        QUndoStack *undo = document->undoStack();
        const NodeId startShape = document->tree().byId("Start_Anzeige_di");
        QVERIFY(startShape != kNoNode);

        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        PresentationView *view = presentation->view();
        DiagramScene *scene = view->diagramScene();
        QVERIFY(!scene->editor());
        QVERIFY(!scene->contextPad());
        QVERIFY(!scene->selectionHandles());
        QVERIFY(!view->isInteractive());
        const int items = scene->items().size();
        // Click a shape, press Delete, Ctrl+A, Ctrl+Z, Ctrl+X, type: nothing happens.
        QGraphicsItem *item = scene->itemFor(startShape);
        QVERIFY(item);
        const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(scene->selectedItems().isEmpty());
        for (QWidget *target : {static_cast<QWidget *>(view), view->viewport(),
                                static_cast<QWidget *>(&window)}) {
            QTest::keyClick(target, Qt::Key_Delete);
            QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(target, Qt::Key_X, Qt::ControlModifier);
            QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
            QTest::keyClicks(target, QStringLiteral("t"));
        }
        QCOMPARE(undo->count(), 0);
        QVERIFY(!document->isModified());
        QCOMPARE(scene->items().size(), items);
        QVERIFY(presentation->isActive());
        presentation->stop();

        // The same Delete on the editing canvas does delete: the keys above would have.
        page->diagramScene()->selectElements({startShape});
        page->setFocus();
        QTest::keyClick(page->viewport(), Qt::Key_Delete);
        QCOMPARE(undo->count(), 1);
        undo->undo();
        undo->clear();
    }

    void labelsAreLarger()
    {
        MainWindow window;
        openFim(window);
        DiagramScene *editing = window.currentPage()->diagramScene();
        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        DiagramScene *shown = presentation->view()->diagramScene();
        QCOMPARE(shown->labelScale(), PresentationView::kLabelScale);
        QCOMPARE(editing->labelScale(), 1.0);
        int measured = 0;
        qreal heightBefore = 0, heightAfter = 0;
        for (NodeId di : editing->diElements()) {
            auto *before = static_cast<LabelItem *>(editing->labelFor(di));
            auto *after = static_cast<LabelItem *>(shown->labelFor(di));
            if (!before)
                continue;
            QVERIFY(after);
            // Never smaller; label bounds from the file may leave room, so the growth shows
            // in width, height or both.
            const QSizeF a = before->textRect().size(), b = after->textRect().size();
            QVERIFY2(b.width() >= a.width() && b.height() >= a.height() &&
                         b.width() * b.height() > 1.2 * a.width() * a.height(),
                     qPrintable(QStringLiteral("%1: %2x%3 -> %4x%5")
                                    .arg(QString::fromUtf8(window.document()->tree().id(di)))
                                    .arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height())));
            heightBefore += a.height();
            heightAfter += b.height();
            ++measured;
        }
        // Lines of text are about kLabelScale times as high.
        QVERIFY2(heightAfter > 1.3 * heightBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(heightBefore).arg(heightAfter)));
        QVERIFY(measured >= 3);
        // Only the drawing changed, not the model.
        QVERIFY(!window.document()->isModified());
        presentation->stop();
    }

    void laserPointerFollowsTheMouse()
    {
        MainWindow window;
        openFim(window);
        PresentationMode *presentation = mode(window);
        QVERIFY(presentation->start());
        PresentationView *view = presentation->view();
        LaserPointer *laser = view->laserPointer();
        QVERIFY(laser);
        QCOMPARE(view->viewport()->cursor().shape(), Qt::BlankCursor);
        QVERIFY(!laser->isDotVisible());
        for (int x = 200; x <= 400; x += 50) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 300), view->viewport()->mapToGlobal(QPointF(x, 300)),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &move);
        }
        QVERIFY(laser->isDotVisible());
        QCOMPARE(laser->position(), QPointF(400, 300));
        QCOMPARE(laser->trailLength(), 5);
        QCOMPARE(laser->geometry(), view->viewport()->geometry());
        // The trail fades; the dot stays.
        QTRY_COMPARE_WITH_TIMEOUT(laser->trailLength(), 0, LaserPointer::kTrailMs + 2000);
        QVERIFY(laser->isDotVisible());

        // A picture to look at: the first page with caption and pointer.
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(test::buildDir() + QStringLiteral("/presentation-mode.png")));
        presentation->stop();
    }
};

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"

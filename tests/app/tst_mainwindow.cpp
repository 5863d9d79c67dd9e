// The main window under the offscreen platform: opening a file shows each of its diagrams.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "mainwindow.h"
#include "testpaths.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>
#include <QtTest/QTest>

using namespace amtsweg;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithAnEmptyDiagram()
    {
        MainWindow window;
        QCOMPARE(window.diagramTabs()->count(), 1);
        QVERIFY(!window.document()->isModified());
    }

    void opensTheSampleWithOneTabPerDiagram()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(test::samplesDir() + QStringLiteral("/wohngeld-antrag.bpmn")));
        const ModelTree &tree = window.document()->tree();
        QCOMPARE(window.diagramTabs()->count(), int(di::diagrams(tree).size()));
        auto *view = qobject_cast<DiagramView *>(window.diagramTabs()->currentWidget());
        QVERIFY(view);
        auto *scene = qobject_cast<DiagramScene *>(view->scene());
        QVERIFY(scene);
        QVERIFY(scene->elementItemCount() > 40);
        QVERIFY(window.windowTitle().contains(QStringLiteral("wohngeld-antrag.bpmn")));
        const QString shot = test::buildDir() + QStringLiteral("/mainwindow-sample.png");
        QVERIFY(window.grab().save(shot));
    }

    void opensEveryDiagramOfAMultiDiagramFile()
    {
        AMTSWEG_REQUIRE_SHARED();
        MainWindow window;
        QVERIFY(window.openFile(test::sharedDir() +
                                QStringLiteral("/testdata/miwg/Reference/C/C.4.0.bpmn")));
        QCOMPARE(window.diagramTabs()->count(), 4);
    }

    void refusesAnUnreadableFileAndKeepsTheDocument()
    {
        MainWindow window;
        const int before = window.diagramTabs()->count();
        // openFile shows a message box for unreadable files; close it as soon as it appears.
        QTimer::singleShot(200, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openFile(test::buildDir() + QStringLiteral("/does-not-exist.bpmn")));
        QCOMPARE(window.diagramTabs()->count(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

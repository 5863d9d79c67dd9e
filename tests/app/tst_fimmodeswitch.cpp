// The "FIM Mode" switch of the main window (app/fimmode.h): on by itself for a FIM model, per
// document, remembered in QSettings as the mode of new models, shown in the status bar, and
// passed on to the canvas and the palette.

#include "canvas/diagramscene.h"
#include "canvas/palettewidget.h"
#include "diagrampage.h"
#include "document.h"
#include "fimmode.h"
#include "mainwindow.h"
#include "privatesettings.h"
#include "testpaths.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace amtsweg;

class TestFimModeSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static FimMode *fimMode(MainWindow &window) { return window.findChild<FimMode *>(); }
    static DiagramScene *scene(MainWindow &window)
    {
        return window.currentPage() ? window.currentPage()->diagramScene() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_fimmodeswitch")));
    }

    void init() { QSettings().clear(); }

    void actionIsInTheViewMenu()
    {
        MainWindow window;
        FimMode *mode = fimMode(window);
        QVERIFY(mode);
        QVERIFY(mode->action()->isCheckable());
        QVERIFY(!mode->action()->toolTip().isEmpty());
        QAction *viewMenu = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text() == QStringLiteral("&View"))
                viewMenu = a;
        QVERIFY(viewMenu && viewMenu->menu());
        QVERIFY(viewMenu->menu()->actions().contains(mode->action()));
    }

    void turnsOnForAFimModel()
    {
        MainWindow window;
        window.show();
        FimMode *mode = fimMode(window);
        QVERIFY(!mode->action()->isChecked()); // a new model, no default stored
        QVERIFY(!scene(window)->isFimMode());
        QVERIFY(mode->indicator()->isHidden());

        QVERIFY(window.openFile(test::testDataDir() + QStringLiteral("/fim/fim-complete.bpmn")));
        QVERIFY(mode->isOn(window.document()));
        QVERIFY(mode->action()->isChecked());
        QVERIFY(scene(window)->isFimMode());
        QVERIFY(mode->indicator()->isVisible());
        auto *palette = window.findChild<PaletteWidget *>();
        QVERIFY(palette && palette->isFimMode());
        QVERIFY(!palette->visibleEntries().contains(QStringLiteral("Create Task")));

        // Another, non-FIM document next to it keeps its own mode.
        QVERIFY(window.openFile(test::testDataDir() + QStringLiteral("/good/all-elements.bpmn")));
        QVERIFY(!mode->action()->isChecked());
        QVERIFY(!scene(window)->isFimMode());
        QVERIFY(!palette->isFimMode());
        QVERIFY(mode->indicator()->isHidden());
    }

    void switchingIsRememberedForNewModels()
    {
        MainWindow window;
        FimMode *mode = fimMode(window);
        mode->action()->trigger(); // on, for the current (new) model
        QVERIFY(scene(window)->isFimMode());
        QCOMPARE(QSettings().value(QStringLiteral("fim/modeForNewModels")).toBool(), true);
        BpmnDocument *second = window.newDocument();
        QCOMPARE(window.document(), second);
        QVERIFY(mode->isOn(second));
        QVERIFY(scene(window)->isFimMode());

        mode->action()->trigger(); // off again, for this one and as the default
        QVERIFY(!scene(window)->isFimMode());
        QCOMPARE(QSettings().value(QStringLiteral("fim/modeForNewModels")).toBool(), false);
        MainWindow later;
        QVERIFY(!scene(later)->isFimMode());
    }

    void leavingTheModeRestoresThePalette()
    {
        MainWindow window;
        auto *palette = window.findChild<PaletteWidget *>();
        const QStringList full = palette->visibleEntries();
        fimMode(window)->action()->trigger();
        QVERIFY(palette->visibleEntries().size() < full.size());
        fimMode(window)->action()->trigger();
        QCOMPARE(palette->visibleEntries(), full);
    }
};

QTEST_MAIN(TestFimModeSwitch)
#include "tst_fimmodeswitch.moc"

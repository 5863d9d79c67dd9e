// What the user sets survives a restart (QSettings): window geometry, dock and palette layout,
// language, FIM mode for new models and recent files are changed in one main window, the window
// is closed as the user closes it, and a new one must show them again. Headless GUI test.

#include "fimmode.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "privatesettings.h"
#include "recentfiles.h"
#include "testpaths.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestSettingsPersist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_settingspersist")));
    }
    void init() { QSettings().clear(); }
    void everythingComesBackAfterARestart();
    void defaultsWithoutStoredSettings();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

QAction *menuAction(QWidget *window, const QString &menuName, const QString &text)
{
    auto *menu = window->findChild<QMenu *>(menuName);
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

} // namespace

void TestSettingsPersist::everythingComesBackAfterARestart()
{
    const QString sample = QFileInfo(test::wohngeldFixture()).canonicalFilePath();
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1003, 705);
        // Dock layout: the problems dock moved to the left, the overview hidden; the palette
        // moved to the right.
        auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        auto *overview = window->findChild<QDockWidget *>(QStringLiteral("overviewDock"));
        auto *palette = window->findChild<QToolBar *>(QStringLiteral("palette"));
        QVERIFY(problems && overview && palette);
        window->addDockWidget(Qt::LeftDockWidgetArea, problems);
        overview->hide();
        window->addToolBar(Qt::RightToolBarArea, palette);
        // Language and FIM mode through their menu entries, a file through File > Open's path.
        QAction *english = menuAction(window.get(), QStringLiteral("languageMenu"),
                                      QStringLiteral("English"));
        QVERIFY(english);
        english->trigger();
        QAction *fim = window->findChild<QAction *>(QStringLiteral("fimModeAction"));
        QVERIFY(fim);
        QVERIFY(!fim->isChecked());
        QVERIFY(window->openFile(sample));
        window->newDocument(); // FIM mode is remembered from the switch on a new model
        fim->trigger();
        QVERIFY(fim->isChecked());
        QVERIFY(window->close()); // as the user closes it: nothing unsaved (new models are empty)
    }
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(1003, 705));
    auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    auto *overview = window->findChild<QDockWidget *>(QStringLiteral("overviewDock"));
    auto *palette = window->findChild<QToolBar *>(QStringLiteral("palette"));
    QCOMPARE(window->dockWidgetArea(problems), Qt::LeftDockWidgetArea);
    QVERIFY(overview->isHidden());
    QCOMPARE(window->toolBarArea(palette), Qt::RightToolBarArea);
    QCOMPARE(LanguageSettings::stored(), UiLanguage::English);
    QAction *english =
        menuAction(window.get(), QStringLiteral("languageMenu"), QStringLiteral("English"));
    QVERIFY(english && english->isChecked());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("fimModeAction"))->isChecked());
    QVERIFY(FimMode::defaultForNewModels());
    QCOMPARE(window->recentFiles()->files(), QStringList{sample});
}

void TestSettingsPersist::defaultsWithoutStoredSettings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1280, 820));
    QCOMPARE(LanguageSettings::stored(), UiLanguage::System);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("fimModeAction"))->isChecked());
    QVERIFY(window.recentFiles()->files().isEmpty());
    auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QCOMPARE(window.dockWidgetArea(problems), Qt::BottomDockWidgetArea);
}

QTEST_MAIN(TestSettingsPersist)
#include "tst_settingspersist.moc"

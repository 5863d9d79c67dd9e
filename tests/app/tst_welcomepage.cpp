// The welcome page: shown in place of the tabs while no model is open (at start, after the last
// model closed), gone when a model opens or the untouched document is edited; its recent models
// and samples open what they name; the guided first process ticks its checklist on real edits
// and "Show me" does each step. Pictures in German and English for a look.

#include "canvas/diagramscene.h"
#include "canvas/elementcreator.h"
#include "canvas/palettewidget.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "documentsession.h"
#include "firstprocess.h"
#include "firstprocessguide.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "samplemodels.h"
#include "privatesettings.h"
#include "testpaths.h"
#include "welcomecontroller.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest/QTest>

#include <algorithm>

using namespace amtsweg;

namespace {

WelcomeController *welcome(MainWindow &window)
{
    return window.findChild<WelcomeController *>();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(55, 55, 58));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(60, 60, 63));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Mid, QColor(90, 90, 95));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_welcomepage")));
    }

    void init()
    {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void showsWithoutAModelAndGoesWhenOneOpens()
    {
        MainWindow window;
        WelcomeController *controller = welcome(window);
        QVERIFY(controller);
        QVERIFY(controller->isWelcomeShown());
        // The tabs keep their untouched document behind the page.
        QCOMPARE(window.diagramTabs()->count(), 1);
        // The page lies over the tabs, which keep working behind it.
        QVERIFY(controller->page()->isVisibleTo(&window));
        QVERIFY(window.diagramTabs()->isVisibleTo(&window));

        QVERIFY(window.openFile(test::wohngeldFixture()));
        QVERIFY(!controller->isWelcomeShown());
        QVERIFY(!controller->page()->isVisibleTo(&window));
        QCOMPARE(window.documents().size(), 1);

        // Closing the last model brings the page back.
        QVERIFY(window.closeDocument(window.document()));
        QVERIFY(controller->isWelcomeShown());
        QCOMPARE(window.documents().size(), 1);
        QVERIFY(window.sessions().front()->isPristine());
    }

    void editingTheUntouchedDocumentLeavesThePage()
    {
        MainWindow window;
        WelcomeController *controller = welcome(window);
        QVERIFY(controller->isWelcomeShown());
        BpmnDocument *document = window.document();
        const NodeId process = document->tree().firstChildElement(document->tree().root(), "process");
        QVERIFY(process != kNoNode);
        document->setName(process, "Geändert");
        QVERIFY(!controller->isWelcomeShown());
        // Undone, the edit is still on the undo stack (redo): the user is modelling.
        document->undoStack()->undo();
        QVERIFY(!controller->isWelcomeShown());
    }

    void newModelAndPaletteLeaveThePageWithoutASecondDocument()
    {
        MainWindow window;
        WelcomeController *controller = welcome(window);
        BpmnDocument *behind = window.document();
        QPushButton *create = controller->page()->findChild<QPushButton *>(
            QStringLiteral("welcomeNewButton"));
        QVERIFY(create);
        create->click();
        QVERIFY(!controller->isWelcomeShown());
        QCOMPARE(window.documents(), QList<BpmnDocument *>({behind}));

        // File > New while the page shows: the untouched document makes way.
        MainWindow second;
        WelcomeController *other = welcome(second);
        BpmnDocument *old = second.document();
        BpmnDocument *fresh = second.newDocument();
        QVERIFY(!other->isWelcomeShown());
        QTRY_COMPARE(second.documents(), QList<BpmnDocument *>({fresh}));
        QVERIFY(fresh != old);

        // A palette tool chosen on the page: the user wants to draw.
        MainWindow third;
        auto *palette = third.findChild<PaletteWidget *>();
        QVERIFY(welcome(third)->isWelcomeShown());
        palette->actionFor(ToolMode::Create, CreateKind::Task)->trigger();
        QVERIFY(!welcome(third)->isWelcomeShown());
    }

    void recentEntriesOpenTheirFile()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("antrag.bpmn"));
        QVERIFY(QFile::copy(test::wohngeldFixture(), copy));
        {
            RecentFiles recent;
            recent.add(copy);
        }
        MainWindow window;
        WelcomePage *page = welcome(window)->page();
        const QList<QPushButton *> entries = page->recentButtons();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front()->property("path").toString(), QFileInfo(copy).canonicalFilePath());
        QVERIFY(entries.front()->text().startsWith(QStringLiteral("antrag.bpmn")));
        QCOMPARE(entries.front()->accessibleName(), QStringLiteral("antrag.bpmn"));
        entries.front()->click();
        QVERIFY(!welcome(window)->isWelcomeShown());
        QCOMPARE(QFileInfo(window.document()->filePath()).canonicalFilePath(),
                 QFileInfo(copy).canonicalFilePath());

        // Back on the page, the list is up to date.
        QVERIFY(window.closeDocument(window.document()));
        QCOMPARE(page->recentButtons().size(), 1);
    }

    void samplesAreFoundAndOpenAsACopy()
    {
        // The bundled samples: the source tree's in a build, share/amtsweg/samples installed.
        const QList<SampleModel> samples = SampleModels::list();
        const QStringList files =
            QDir(test::samplesDir()).entryList({QStringLiteral("*.bpmn")}, QDir::Files);
        QCOMPARE(samples.size(), files.size());
        QVERIFY(SampleModels::searchFolders().contains(QStringLiteral("/usr/share/amtsweg/samples")));
        const auto wohngeld = std::find_if(samples.begin(), samples.end(), [](const SampleModel &s) {
            return s.path.endsWith(QStringLiteral("wohngeld-antrag.bpmn"));
        });
        QVERIFY(wohngeld != samples.end());
        QCOMPARE(wohngeld->title, SampleModels::titleOf(wohngeld->path));
        QVERIFY(!wohngeld->title.endsWith(QStringLiteral(".bpmn")));

        MainWindow window;
        WelcomePage *page = welcome(window)->page();
        const QList<QPushButton *> buttons = page->sampleButtons();
        QCOMPARE(buttons.size(), samples.size());
        QPushButton *button = *std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *b) {
            return b->property("path").toString() == wohngeld->path;
        });
        QVERIFY(button->text().startsWith(wohngeld->title));
        button->click();
        QVERIFY(!welcome(window)->isWelcomeShown());
        const QString opened = window.document()->filePath();
        QCOMPARE(QFileInfo(opened).fileName(), QStringLiteral("wohngeld-antrag.bpmn"));
        QVERIFY(opened.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QFileInfo(opened).isWritable());
        QFile original(wohngeld->path), copy(opened);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    void firstProcessChecklistTicksOnRealEdits()
    {
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomeController *controller = welcome(window);
        controller->page()->findChild<QPushButton *>(QStringLiteral("welcomeFirstProcessButton"))
            ->click();
        QVERIFY(!controller->isWelcomeShown());
        FirstProcessGuide *guide = controller->guide();
        QVERIFY(guide);
        QVERIFY(controller->guideDock()->isVisible());
        for (int i = 0; i < kFirstProcessSteps; ++i)
            QVERIFY(!guide->isDone(FirstProcessStep(i)));

        // The edits the user makes with palette and context pad, through the same creator.
        DiagramPage *page = window.currentPage();
        DiagramScene *scene = page->diagramScene();
        ElementCreator creator(*scene);
        const NodeId pool = creator.create(CreateKind::Pool, QPointF(400, 250));
        QVERIFY(pool != kNoNode);
        QVERIFY(guide->isDone(FirstProcessStep::Pool));
        QVERIFY(!guide->isDone(FirstProcessStep::StartEvent));
        const QRectF poolBounds = *di::bounds(window.document()->tree(), pool);
        const NodeId start = creator.create(CreateKind::StartEvent,
                                            QPointF(poolBounds.left() + 120, poolBounds.center().y()));
        QVERIFY(start != kNoNode);
        QVERIFY(guide->isDone(FirstProcessStep::StartEvent));
        const NodeId task = creator.append(start, CreateKind::Task);
        QVERIFY(guide->isDone(FirstProcessStep::Task));
        QVERIFY(!guide->isDone(FirstProcessStep::EndEvent));
        // Undo takes the tick back.
        window.document()->undoStack()->undo();
        QVERIFY(!guide->isDone(FirstProcessStep::Task));
        window.document()->undoStack()->redo();
        QVERIFY(guide->isDone(FirstProcessStep::Task));
        QVERIFY(creator.append(task, CreateKind::EndEvent) != kNoNode);
        QVERIFY(guide->isDone(FirstProcessStep::EndEvent));
        QVERIFY(!guide->isDone(FirstProcessStep::Checks));
        // Looking at the problems is the last step.
        auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        problems->hide();
        QVERIFY(!guide->isDone(FirstProcessStep::Checks));
        problems->show();
        QTRY_VERIFY(guide->isDone(FirstProcessStep::Checks));
        QVERIFY(!guide->findChild<QLabel *>(QStringLiteral("firstProcessSummary"))->text().isEmpty());
    }

    void showMeDoesEachStep()
    {
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomeController *controller = welcome(window);
        controller->startFirstProcess();
        FirstProcessGuide *guide = controller->guide();
        auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        problems->hide();
        for (int i = 0; i < kFirstProcessSteps; ++i) {
            const auto step = FirstProcessStep(i);
            QPushButton *button = guide->showMeButton(step);
            QVERIFY2(button->isEnabled(), qPrintable(FirstProcess::title(step)));
            if (i + 1 < kFirstProcessSteps) // only the next step can be shown
                QVERIFY(!guide->showMeButton(FirstProcessStep(i + 1))->isEnabled());
            button->click();
            QVERIFY2(guide->isDone(step), qPrintable(FirstProcess::title(step)));
            QVERIFY(!button->isEnabled());
        }
        const ModelTree &tree = window.document()->tree();
        // One connected process: start -> task -> end inside the pool.
        int flows = 0;
        for (NodeId n = 1; n <= NodeId(tree.nodeCount()); ++n)
            flows += tree.isElement(n) && tree.isAttached(n) && tree.is(n, "sequenceFlow") ? 1 : 0;
        QCOMPARE(flows, 2);
        const NodeId pool = FirstProcess::elementFor(tree, FirstProcessStep::Pool);
        const NodeId process = tree.resolveRef(tree.attr(pool, tree.known().processRef));
        QVERIFY(tree.isInside(FirstProcess::elementFor(tree, FirstProcessStep::EndEvent), process));
        QVERIFY(problems->isVisible());
        // Each step was one undo step.
        QCOMPARE(window.document()->undoStack()->count(), 4);

        const QString shot = test::buildDir() + QStringLiteral("/first-process-guide.png");
        QVERIFY(window.grab().save(shot));
    }

    void picturesInGermanAndEnglish_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<bool>("dark");
        QTest::newRow("de-light") << true << false;
        QTest::newRow("de-dark") << true << true;
        QTest::newRow("en-light") << false << false;
    }

    void picturesInGermanAndEnglish()
    {
        QFETCH(bool, german);
        QFETCH(bool, dark);
        QVERIFY(LanguageSettings::installTranslators(german ? QLocale::German : QLocale::English));
        const QPalette before = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        {
            RecentFiles recent;
            recent.add(test::wohngeldFixture());
        }
        {
            MainWindow window;
            window.resize(1300, 850);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(welcome(window)->isWelcomeShown());
            const QString shot = test::buildDir() + QStringLiteral("/welcome-%1%2.png")
                                                         .arg(german ? QStringLiteral("de")
                                                                     : QStringLiteral("en"),
                                                              dark ? QStringLiteral("-dark")
                                                                   : QString());
            QVERIFY(window.grab().save(shot));
        }
        QApplication::setPalette(before);
        LanguageSettings::installTranslators(QLocale::English);
    }

    void pageIsKeyboardReachableAndNamed()
    {
        MainWindow window;
        WelcomePage *page = welcome(window)->page();
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->objectName()));
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                     qPrintable(button->objectName()));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
        }
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"

// The Analysis dock in the main window: the maturity level and the tables of a known analysis
// by element name; choosing a row selects its elements on the canvas; an edit reruns the
// analysis after the quiet period; the overlay toggle marks the canvas; the report action
// writes the current model's report.

#include "analysiscontroller.h"
#include "analysisrunner.h"
#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "handmadeanalysis.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/analysispanel.h"
#include "testpaths.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

class TestAnalysisPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    AnalysisController *analysis() const { return m_window->panels()->analysis(); }
    AnalysisPanel *panel() const { return analysis()->panel(); }
    BpmnDocument *document() const { return m_window->document(); }
    DiagramPage *page() const { return m_window->currentPage(); }
    NodeId byId(const char *id) const { return document()->tree().byId(id); }
    NodeId diOf(const char *id) const { return page()->diagramScene()->diElementFor(byId(id)); }
    /// The row of `table` whose column `column` reads `text`.
    QTreeWidgetItem *row(AnalysisPanel::Table table, int column, const QString &text) const
    {
        const QList<QTreeWidgetItem *> found =
            panel()->table(table)->findItems(text, Qt::MatchExactly, column);
        return found.size() == 1 ? found.front() : nullptr;
    }
    void click(AnalysisPanel::Table table, QTreeWidgetItem *item)
    {
        panel()->tabs()->setCurrentIndex(tabOf(table));
        QTreeWidget *list = panel()->table(table);
        QVERIFY(list->isVisible());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }
    static int tabOf(AnalysisPanel::Table table)
    {
        const int tabs[] = {0, 1, 2, 2, 3, 4, 5, 6};
        return tabs[table];
    }
    void showHandmade() { panel()->setAnalysis(test::handmadeAnalysis(document()->tree()), &document()->tree()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_analysispanel"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
        QVERIFY(m_window->openFile(test::wohngeldFixture()));
        QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("analysisDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        analysis()->runner()->runNow();
    }

    void cleanup() { m_window.reset(); }

    void showsTheEntriesByName()
    {
        showHandmade();
        QCOMPARE(panel()->levelLabel()->text(), QStringLiteral("2"));
        QCOMPARE(panel()->levelTitle()->text(), QStringLiteral("OZG maturity level 2"));
        QVERIFY(row(AnalysisPanel::Reasons, 0, QStringLiteral("The notice is sent as a paper letter")));
        QTreeWidgetItem *mediaBreak = row(AnalysisPanel::MediaBreaks, 0, QStringLiteral("Typed in again"));
        QVERIFY(mediaBreak);
        QCOMPARE(mediaBreak->text(2), QStringLiteral("Antrag mit Nachweisen, Antrag formell prüfen"));
        QTreeWidgetItem *lane = row(AnalysisPanel::HandOffCounts, 0, QStringLiteral("Abteilungsleitung"));
        QVERIFY(lane);
        QCOMPARE(lane->text(1), QStringLiteral("Lane"));
        QCOMPARE(lane->text(3), QStringLiteral("1")); // takes over once
        QVERIFY(row(AnalysisPanel::HandOffs, 3, QStringLiteral("Antragsdaten (XWohngeld)")));
        QTreeWidgetItem *path = row(AnalysisPanel::Paths, 0, QStringLiteral("1"));
        QVERIFY(path);
        QCOMPARE(path->text(3), QStringLiteral("Antrag online ausfüllen → Nachweise hochladen → Antrag formell prüfen"));
        QTreeWidgetItem *share = row(AnalysisPanel::Automation, 0, QStringLiteral("Wohngeldbehörde"));
        QVERIFY(share);
        QCOMPARE(share->text(2), QStringLiteral("3 (50 %)"));
        QVERIFY(row(AnalysisPanel::OnceOnly, 2, QStringLiteral("Rentenversicherung")));
        QVERIFY(row(AnalysisPanel::Missing, 1, QStringLiteral("Nachforderung")));
        QCOMPARE(panel()->tabs()->tabText(1), QStringLiteral("Media breaks (1)"));
        QCOMPARE(panel()->tabs()->tabText(2), QStringLiteral("Hand-offs (2)"));
    }

    void countColumnsSortByNumber()
    {
        e2e::Analysis a = test::handmadeAnalysis(document()->tree());
        for (int i = 0; i < 10; ++i) // paths 1..11: as text "10" < "2"
            a.paths.push_back(a.paths.front());
        panel()->setAnalysis(a, &document()->tree());
        QTreeWidget *paths = panel()->table(AnalysisPanel::Paths);
        paths->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(paths->topLevelItem(0)->text(0), QStringLiteral("11"));
        QCOMPARE(paths->topLevelItem(10)->text(0), QStringLiteral("1"));
    }

    void choosingARowSelectsItsElements()
    {
        showHandmade();
        click(AnalysisPanel::Missing, row(AnalysisPanel::Missing, 1, QStringLiteral("Nachforderung")));
        QCOMPARE(page()->selectedElement(), byId("MessageFlow_Nachforderung"));

        click(AnalysisPanel::MediaBreaks, row(AnalysisPanel::MediaBreaks, 0, QStringLiteral("Typed in again")));
        const QList<NodeId> selected = page()->diagramScene()->selectedElements();
        QCOMPARE(selected.size(), 2);
        QVERIFY(selected.contains(diOf("MessageFlow_Antrag")));
        QVERIFY(selected.contains(diOf("Task_AntragFormellPruefen")));
    }

    void anEditRerunsTheAnalysisAfterTheQuietPeriod()
    {
        AnalysisRunner *runner = analysis()->runner();
        runner->setDelay(50);
        QTreeWidget *paths = panel()->table(AnalysisPanel::Paths);
        QVERIFY(paths->topLevelItemCount() > 0);
        QVERIFY(paths->topLevelItem(0)->text(3).contains(QStringLiteral("Antrag online ausfüllen")));
        QSignalSpy spy(runner, &AnalysisRunner::analysisChanged);
        document()->setName(byId("Task_AntragAusfuellen"), "Formular ausfüllen");
        QVERIFY(runner->isPending());
        QCOMPARE(spy.count(), 0); // not at once: after the quiet period
        QVERIFY(spy.wait(3000));
        QVERIFY(paths->topLevelItem(0)->text(3).contains(QStringLiteral("Formular ausfüllen")));
        document()->undoStack()->undo();
        QVERIFY(spy.wait(3000));
        QVERIFY(paths->topLevelItem(0)->text(3).contains(QStringLiteral("Antrag online ausfüllen")));
    }

    void overlayToggleMarksTheCanvas()
    {
        QAction *toggle = analysis()->overlayAction();
        QVERIFY(!toggle->isChecked());
        QVERIFY(page()->analysisOverlay().isEmpty());
        toggle->setChecked(true);
        const e2e::Analysis &a = analysis()->runner()->analysis();
        QVERIFY(!a.mediaBreaks.empty());
        const std::string first(document()->tree().id(a.mediaBreaks.front().elements.front()));
        QVERIFY(page()->analysisOverlay().marksOf(first) & AnalysisOverlay::MediaBreak);
        toggle->setChecked(false);
        QVERIFY(page()->analysisOverlay().isEmpty());
    }

    void exportsTheReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bericht.html"));
        QCOMPARE(analysis()->exportReport(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("End-to-end analysis: wohngeld-antrag.bpmn")));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "tst_analysispanel.moc"

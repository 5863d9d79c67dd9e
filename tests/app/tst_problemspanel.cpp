// The problems dock in the main window: the findings of the model checks are listed with
// severity, message, element and rule, filtered by severity, rule and text; choosing one
// selects the element on the canvas; the canvas carries badges; an edit reruns the checks;
// switching a rule off for the model is one undoable edit; switching it off in the open
// repository leaves the model alone and holds for every model there.

#include "canvas/problemmarkers.h"
#include "analysiscontroller.h"
#include "analysisrunner.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/problemspanel.h"
#include "problemschecker.h"
#include "repository/processrepository.h"
#include "repositorycontroller.h"
#include "testpaths.h"
#include "validation/modelchecker.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    ProblemsPanel *panel() const { return m_window->panels()->problems(); }
    ProblemsChecker *checker() const { return m_window->panels()->problemsChecker(); }
    BpmnDocument *document() const { return m_window->document(); }
    NodeId byId(const char *id) const { return document()->tree().byId(id); }
    QTreeWidgetItem *rowOf(const QString &rule, const QString &elementId) const
    {
        QTreeWidget *list = panel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(3) == rule && item->toolTip(2) == elementId)
                return item;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_problemspanel"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openFile(test::testDataDir() + QStringLiteral("/checks/problems.bpmn")));
        checker()->checkNow();
    }

    void cleanup() { m_window.reset(); }

    void theE2eRulesUseTheAnalysisDocksResult()
    {
        // The main window's checker takes the analysis its Analysis dock keeps, so the
        // `e2e` rules report exactly the dock's media breaks.
        QVERIFY(m_window->openFile(test::testDataDir()
                                   + QStringLiteral("/e2e-analysis/wohngeld-e2e.bpmn")));
        checker()->checkNow();
        AnalysisRunner *runner = m_window->panels()->analysis()->runner();
        const e2e::Analysis *shared = runner->currentAnalysisOf(document());
        QVERIFY(shared);
        QVERIFY(!shared->mediaBreaks.empty());
        const auto breaks = std::count_if(checker()->findings().begin(), checker()->findings().end(),
                                          [](const Diagnostic &d) { return d.code == QLatin1String("e2e-media-break"); });
        QCOMPARE(std::size_t(breaks), shared->mediaBreaks.size());
        QVERIFY(!runner->currentAnalysisOf(nullptr));

        // A source's result is what the rules see; nullptr from it means: analyse here.
        ProblemsChecker own;
        e2e::Analysis given;
        given.mediaBreaks.push_back({e2e::MediaBreak::Kind::Printed, {byId("Task_Print")},
                                     QStringLiteral("given by the source")});
        const e2e::Analysis *answer = &given;
        own.setAnalysisSource([&](const BpmnDocument *d) { return d == document() ? answer : nullptr; });
        own.setDocument(document());
        const auto messages = [&own] {
            QStringList list;
            for (const Diagnostic &d : own.findings())
                if (d.code == QLatin1String("e2e-media-break"))
                    list << d.message;
            return list;
        };
        QCOMPARE(messages().size(), 1);
        QVERIFY(messages().first().endsWith(QLatin1String("given by the source")));
        answer = nullptr;
        own.checkNow();
        QCOMPARE(std::size_t(messages().size()), shared->mediaBreaks.size());
    }

    void listsFindingsAndMarksTheCanvas()
    {
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock")));
        QTreeWidgetItem *complex = rowOf(QStringLiteral("no-complex-gateway"), QStringLiteral("CG"));
        QVERIFY(complex);
        QCOMPARE(complex->text(2), QStringLiteral("Prüfen?")); // the element's name
        QVERIFY(rowOf(QStringLiteral("superfluous-gateway"), QStringLiteral("CG")));
        QVERIFY(rowOf(QStringLiteral("label-required"), QStringLiteral("T")));
        QVERIFY(!rowOf(QStringLiteral("label-required"), QStringLiteral("S")));
        QCOMPARE(panel()->list()->topLevelItemCount(), int(checker()->findings().size()));
        QVERIFY(panel()->summary()->text().startsWith(QLatin1String("2 error")));

        const ProblemMarkers &markers = m_window->currentPage()->problemMarkers();
        QCOMPARE(markers.severityOf("CG"), std::optional<Severity>(Severity::Error));
        QCOMPARE(markers.severityOf("T"), std::optional<Severity>(Severity::Error));
        QVERIFY(!markers.severityOf("S"));
        // The badge sits at the shape's top right corner.
        const QRectF badge = ProblemMarkers::badgeRect(*m_window->currentPage()->diagramScene(),
                                                       byId("CG_di"));
        QVERIFY(badge.contains(QPointF(410 - 3, 93 + 3)));
    }

    void filters()
    {
        const int all = panel()->visibleCount();
        QVERIFY(all >= 3);
        panel()->severityFilter()->setCurrentIndex(panel()->severityFilter()->findData(int(Severity::Error)));
        QCOMPARE(panel()->visibleCount(), 2); // complex gateway, unlabelled task
        panel()->severityFilter()->setCurrentIndex(0);
        panel()->textFilter()->setText(QStringLiteral("SUPERFLUOUS"));
        QCOMPARE(panel()->visibleCount(), 1);
        panel()->textFilter()->clear();
        panel()->ruleFilter()->setCurrentIndex(panel()->ruleFilter()->findData(QStringLiteral("label-required")));
        QCOMPARE(panel()->visibleCount(), 1);
        panel()->ruleFilter()->setCurrentIndex(0);
        QCOMPARE(panel()->visibleCount(), all);
    }

    void choosingAFindingSelectsItsElement()
    {
        QTreeWidgetItem *row = rowOf(QStringLiteral("no-complex-gateway"), QStringLiteral("CG"));
        QVERIFY(row);
        QTreeWidget *list = panel()->list();
        const QRect rect = list->visualItemRect(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->currentPage()->selectedElement(), byId("CG"));
    }

    void anEditRerunsTheChecks()
    {
        checker()->setDelay(10);
        QSignalSpy spy(checker(), &ProblemsChecker::findingsChanged);
        document()->setName(byId("T"), "Antrag prüfen");
        QVERIFY(spy.wait(3000));
        QVERIFY(!rowOf(QStringLiteral("label-required"), QStringLiteral("T")));
        QVERIFY(!m_window->currentPage()->problemMarkers().severityOf("T"));
        document()->undoStack()->undo();
        QVERIFY(spy.wait(3000));
        QVERIFY(rowOf(QStringLiteral("label-required"), QStringLiteral("T")));
    }

    void switchingARuleOffIsAnUndoableEdit()
    {
        checker()->setDelay(10);
        QSignalSpy spy(checker(), &ProblemsChecker::findingsChanged);
        Q_EMIT panel()->disableRuleRequested(QStringLiteral("no-complex-gateway"));
        QVERIFY(spy.wait(3000));
        QVERIFY(!rowOf(QStringLiteral("no-complex-gateway"), QStringLiteral("CG")));
        QCOMPARE(validation::disabledRules(document()->tree()),
                 QStringList{QStringLiteral("no-complex-gateway")});
        QVERIFY(document()->isModified());
        document()->undoStack()->undo();
        QVERIFY(spy.wait(3000));
        QVERIFY(rowOf(QStringLiteral("no-complex-gateway"), QStringLiteral("CG")));
        QVERIFY(validation::disabledRules(document()->tree()).isEmpty());
    }

    void switchingARuleOffInTheRepository()
    {
        const QString rule = QStringLiteral("no-complex-gateway");
        QVERIFY(rowOf(rule, QStringLiteral("CG")));
        // Without a repository the menu offers the element and the model only.
        std::unique_ptr<QMenu> menu(panel()->contextMenu(rowOf(rule, QStringLiteral("CG"))));
        QCOMPARE(menu->actions().size(), 2);
        QTemporaryDir dir;
        RepositoryController *controller = m_window->repositoryController();
        QVERIFY(controller->openRepository(dir.filePath(QStringLiteral("rules.amtsweg")), true));
        menu.reset(panel()->contextMenu(rowOf(rule, QStringLiteral("CG"))));
        QCOMPARE(menu->actions().size(), 3);
        QAction *inRepository = menu->actions().at(2);
        QVERIFY2(inRepository->text().contains(QStringLiteral("Repository")),
                 qPrintable(inRepository->text()));
        QSignalSpy spy(checker(), &ProblemsChecker::findingsChanged);
        inRepository->trigger();
        QVERIFY(spy.count() > 0);
        QVERIFY(!rowOf(rule, QStringLiteral("CG")));
        QCOMPARE(controller->repository()->disabledRules().value, QStringList{rule});
        // The model itself is not changed.
        QVERIFY(validation::disabledRules(document()->tree()).isEmpty());
        QVERIFY(!document()->isModified());
        // Switched on again in the repository (e.g. by `amtsweg repo rules enable`): the next
        // check reports it again.
        QVERIFY(controller->repository()->setRulesDisabled({rule}, false).ok());
        checker()->checkNow();
        QVERIFY(rowOf(rule, QStringLiteral("CG")));
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"

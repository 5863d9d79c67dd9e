// Comparing versions in the main window: a second version with a renamed task, a moved shape,
// an added task and a removed end event is compared with the first through the browser's
// request; the Compare dock lists each under its group, the newer version's tab marks exactly
// the added, changed and moved elements (in their colours) without touching the document,
// choosing an entry selects the element, and closing removes the marks. A derived model whose
// base got a newer version shows a notice when opened, whose "Compare with Base" lists what the
// derived model changed against its base.

#include "canvas/diagramscene.h"
#include "canvas/elementhighlights.h"
#include "comparisoncontroller.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "paneldocks.h"
#include "panels/comparisonpanel.h"
#include "panels/repositorybrowser.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repositorycontroller.h"
#include "testpaths.h"
#include "../repository/repotestsupport.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTranslator>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

/// Marks every text of the comparison's contexts as "translated".
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "ModelComparison" || c == "BpmnType")
            return QStringLiteral("[de] ") + QString::fromUtf8(source);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRepositoryCompare : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModelId m_model = 0;

    RepositoryController *controller() const { return m_window->repositoryController(); }
    RepositoryBrowser *browser() const { return m_window->panels()->repositoryBrowser(); }
    ProcessRepository *repository() const { return controller()->repository(); }
    ComparisonPanel *panel() const { return controller()->comparison()->panel(); }

    /// The element rows of a group, as "id: property list".
    QStringList rows(DifferenceKind kind) const
    {
        QStringList result;
        const QTreeWidgetItem *group = panel()->groupItem(kind);
        for (int i = 0; group && i < group->childCount(); ++i)
            result << group->child(i)->data(0, Qt::UserRole).toString() + QStringLiteral(": ") +
                          group->child(i)->text(1);
        return result;
    }

    QTreeWidgetItem *row(DifferenceKind kind, const QString &id) const
    {
        QTreeWidgetItem *group = panel()->groupItem(kind);
        for (int i = 0; group && i < group->childCount(); ++i)
            if (group->child(i)->data(0, Qt::UserRole).toString() == id)
                return group->child(i);
        return nullptr;
    }

    /// The marked items of a page by the id of the element they draw.
    static QHash<QString, QColor> marks(const DiagramPage *page)
    {
        QHash<QString, QColor> result;
        const ModelTree &tree = page->document()->tree();
        const QHash<NodeId, QColor> items = page->highlights().markedItems(*page->diagramScene());
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            result.insert(
                QString::fromStdString(std::string(tree.id(di::semanticOf(tree, it.key())))),
                it.value());
        return result;
    }

    /// Renames an element in the newest version of a model and saves that as a new version.
    void saveRenamed(ModelId model, const char *id, const char *name)
    {
        auto tree = repository()->openVersion(model);
        QVERIFY(tree.ok());
        ModelTree &t = *tree.value;
        const NodeId n = t.byId(id);
        QVERIFY(n != kNoNode);
        t.setAttribute(n, t.known().name, t.store(name));
        QVERIFY(repository()->saveVersion(model, kAnyVersion, t, QStringLiteral("renamed")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_repositorycompare"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        AMTSWEG_REQUIRE_BACKEND();
        // On PostgreSQL too (tst_repositorycompare_pg).
        const QString path = test::testRepository(m_dir->filePath(QStringLiteral("test.amtsweg")));
        QVERIFY(!path.isEmpty());
        {
            auto repo = ProcessRepository::open(path);
            QVERIFY2(repo.ok(), qPrintable(repo.message()));
            const ImportReport report = ModelImport::importPaths(
                *repo.value, {test::wohngeldFixture()});
            QVERIFY(report.ok());
            m_model = report.imported.front().model.id;
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(controller()->openRepository(path));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void compareListsAndMarksTheDifferences()
    {
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *session = m_window->currentSession();
        BpmnDocument *doc = session->document();
        const ModelTree &tree = doc->tree();
        doc->setName(tree.byId("Task_AntragAusfuellen"), "Antrag online ausfüllen und prüfen");
        doc->moveShapes({di::diagramElementOf(tree, tree.byId("Task_NachweiseHochladen"))},
                        QPointF(0, 30));
        const NodeId added =
            doc->addFlowNode(tree.byId("Process_Antragsteller"), "task", QRectF(300, 260, 100, 80));
        QVERIFY(added != kNoNode);
        doc->setName(added, "Neue Prüfung");
        const QString addedId = QString::fromUtf8(tree.id(added).data(), tree.id(added).size());
        doc->removeElements({tree.byId("EndEvent_AntragVerworfen")});
        QVERIFY(session->saveVersion(QStringLiteral("second"), m_window.get()));
        const int commands = doc->undoStack()->count();

        Q_EMIT browser()->compareRequested(m_model, 1, 2);

        ComparisonController *comparison = controller()->comparison();
        QVERIFY(comparison->isShown());
        QCOMPARE(comparison->document(), doc); // the open newest version, not a second copy
        QVERIFY(comparison->dock()->isVisible());
        QVERIFY(panel()->titleLabel()->text().contains(QStringLiteral("version 1")));
        QCOMPARE(rows(DifferenceKind::Added), QStringList{addedId + QStringLiteral(": ")});
        QCOMPARE(rows(DifferenceKind::Removed),
                 (QStringList{QStringLiteral("EndEvent_AntragVerworfen: "),
                              QStringLiteral("Flow_Frist_Verworfen: ")}));
        QVERIFY(
            rows(DifferenceKind::Changed).contains(QStringLiteral("Task_AntragAusfuellen: name")));
        QVERIFY(rows(DifferenceKind::Moved)
                    .contains(QStringLiteral("Task_NachweiseHochladen: position")));
        QTreeWidgetItem *renamed =
            row(DifferenceKind::Changed, QStringLiteral("Task_AntragAusfuellen"));
        QVERIFY(renamed);
        QVERIFY(renamed->text(0).startsWith(QStringLiteral("User Task")));
        QCOMPARE(renamed->child(0)->text(0),
                 QStringLiteral("name: \u201cAntrag online ausf\u00fcllen\u201d \u2192 "
                                "\u201cAntrag online ausf\u00fcllen und pr\u00fcfen\u201d"));

        // The marks: exactly the added, changed and moved elements this tab draws.
        DiagramPage *page = m_window->currentPage();
        QCOMPARE(page->document(), doc);
        const QHash<QString, QColor> marked = marks(page);
        QCOMPARE(marked.value(addedId), ComparisonPanel::colourFor(DifferenceKind::Added));
        QCOMPARE(marked.value(QStringLiteral("Task_AntragAusfuellen")),
                 ComparisonPanel::colourFor(DifferenceKind::Changed));
        QCOMPARE(marked.value(QStringLiteral("Task_NachweiseHochladen")),
                 ComparisonPanel::colourFor(DifferenceKind::Moved));
        QVERIFY(!marked.contains(QStringLiteral("Task_BescheidErhalten"))); // unchanged
        QStringList expected;
        for (const ElementDifference &d : comparison->comparison().differences)
            if (d.kind != DifferenceKind::Removed &&
                doc->tree().byId(d.id.toStdString()) != kNoNode &&
                page->diagramScene()->diElementFor(doc->tree().byId(d.id.toStdString())))
                expected << d.id;
        QStringList actual = marked.keys();
        expected.removeDuplicates();
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        // Nothing of it is model data.
        QCOMPARE(doc->undoStack()->count(), commands);
        QVERIFY(!doc->isModified());

        QVERIFY(m_window->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/compare-window.png")));
        page->setZoom(1.0);
        page->centerOn(QPointF(420, 230));
        QVERIFY(page->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/compare-canvas.png")));

        // Choosing an entry selects the element on the canvas.
        panel()->list()->setCurrentItem(renamed);
        QCOMPARE(m_window->currentPage()->selectedElement(),
                 doc->tree().byId("Task_AntragAusfuellen"));
        // A removed one has nothing to show.
        panel()->list()->setCurrentItem(
            row(DifferenceKind::Removed, QStringLiteral("EndEvent_AntragVerworfen")));
        QCOMPARE(m_window->currentPage()->selectedElement(),
                 doc->tree().byId("Task_AntragAusfuellen"));

        // Closing ends the comparison and removes the marks.
        panel()->findChild<QPushButton *>()->click();
        QVERIFY(!comparison->isShown());
        QVERIFY(page->highlights().isEmpty());
        QVERIFY(!comparison->dock()->isVisible());
        QCOMPARE(doc->undoStack()->count(), commands);
    }

    void compareDockIsListedUnderViewPanels()
    {
        QDockWidget *dock = controller()->comparison()->dock();
        QVERIFY(dock && dock->isHidden());
        QMenu *panels = nullptr;
        for (QAction *top : m_window->menuBar()->actions())
            for (QAction *a : top->menu() ? top->menu()->actions() : QList<QAction *>())
                if (a->menu() && a->text() == MainWindow::tr("&Panels"))
                    panels = a->menu();
        QVERIFY(panels);
        QVERIFY(panels->actions().contains(dock->toggleViewAction()));
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(!panel()->titleLabel()->text().isEmpty()); // says how to start a comparison
        QCOMPARE(panel()->list()->topLevelItemCount(), 0);
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isHidden());
    }

    void comparisonTypeAndPropertyNamesAreTranslated()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        saveRenamed(m_model, "Task_AntragAusfuellen", "zweite");
        controller()->compareVersions(m_model, 1, 2);
        QCoreApplication::removeTranslator(&translator);
        QTreeWidgetItem *renamed = row(DifferenceKind::Changed, QStringLiteral("Task_AntragAusfuellen"));
        QVERIFY(renamed);
        QCOMPARE(renamed->text(1), QStringLiteral("[de] name"));
        QVERIFY2(renamed->text(0).startsWith(QStringLiteral("[de] ")), qPrintable(renamed->text(0)));
        QVERIFY2(renamed->child(0)->text(0).startsWith(QStringLiteral("[de] name")),
                 qPrintable(renamed->child(0)->text(0)));
    }

    void anyTwoVersionsAndTheDockCloseButton()
    {
        saveRenamed(m_model, "Task_AntragAusfuellen", "zweite");
        saveRenamed(m_model, "Task_NachweiseHochladen", "dritte");
        QVERIFY(browser()->selectModel(m_model));
        QTreeWidget *versions = browser()->versionList();
        QCOMPARE(versions->topLevelItemCount(), 3);
        versions->topLevelItem(0)->setSelected(true); // 3
        versions->topLevelItem(2)->setSelected(true); // 1
        QCOMPARE(browser()->selectedVersions(), (QList<int>{1, 3}));

        // Versions 2 and 3, the newer one older than nothing: it opens editable as the newest.
        controller()->compareVersions(m_model, 3, 2);
        QCOMPARE(rows(DifferenceKind::Changed),
                 QStringList{QStringLiteral("Task_NachweiseHochladen: name")});
        // Versions 1 and 2: version 2 opens read-only and carries the marks.
        controller()->compareVersions(m_model, 1, 2);
        BpmnDocument *doc = controller()->comparison()->document();
        QVERIFY(doc && doc->isReadOnly());
        QCOMPARE(rows(DifferenceKind::Changed),
                 QStringList{QStringLiteral("Task_AntragAusfuellen: name")});
        QCOMPARE(marks(m_window->currentPage()).keys(),
                 QStringList{QStringLiteral("Task_AntragAusfuellen")});

        // The dock's own close button ends it too.
        controller()->comparison()->dock()->close();
        QVERIFY(!controller()->comparison()->isShown());
        QVERIFY(m_window->currentPage()->highlights().isEmpty());

        // Closing the compared document ends a comparison as well.
        controller()->compareVersions(m_model, 1, 2);
        doc = controller()->comparison()->document();
        QVERIFY(m_window->closeDocument(doc));
        QVERIFY(!controller()->comparison()->isShown());
    }

    void derivedModelNoticesNewerBaseAndComparesWithIt()
    {
        const auto derived = repository()->deriveModel(m_model, 0, QStringLiteral("Wohngeld lokal"),
                                                       FimStatus::Lokalprozess);
        QVERIFY2(derived.ok(), qPrintable(derived.message()));
        saveRenamed(derived.value.id, "Task_AntragAusfuellen", "Antrag im Bürgerbüro ausfüllen");
        saveRenamed(m_model, "Task_BescheidErhalten", "Bescheid abholen"); // base: version 2

        browser()->refresh();
        QVERIFY(browser()->selectModel(derived.value.id));
        QVERIFY(browser()->modelTree()->currentItem()->toolTip(1).contains(
            QStringLiteral("version 2 is newer")));

        QVERIFY(controller()->openModel(derived.value.id));
        DiagramPage *page = m_window->currentPage();
        QCOMPARE(page->document(), m_window->currentSession()->document());
        auto *notice = page->findChild<NoticeBar *>();
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Based on Wohngeld beantragen version 1; "
                                                "version 2 is newer."));
        QVERIFY(page->viewport()->geometry().contains(notice->geometry()));
        QVERIFY(m_window->grab().save(QStringLiteral(AMTSWEG_BUILD_DIR "/compare-notice.png")));

        notice->actionButton()->click();
        QVERIFY(controller()->comparison()->isShown());
        QCOMPARE(controller()->comparison()->document(), page->document());
        // What the derived model changed; the base's own later change is no part of it.
        QCOMPARE(rows(DifferenceKind::Changed),
                 QStringList{QStringLiteral("Task_AntragAusfuellen: name")});
        QVERIFY(!panel()->groupItem(DifferenceKind::Added));
        QVERIFY(!panel()->groupItem(DifferenceKind::Removed));
        QVERIFY(panel()->titleLabel()->text().contains(QStringLiteral("Wohngeld beantragen")));

        // The base itself is no derived model: nothing to compare, no notice.
        controller()->comparison()->close();
        controller()->compareWithBase(m_model);
        QVERIFY(!controller()->comparison()->isShown());
        QVERIFY(controller()->openModel(m_model));
        QVERIFY(!m_window->currentPage()->findChild<NoticeBar *>());
    }
};

QTEST_MAIN(TestRepositoryCompare)
#include "tst_repositorycompare.moc"

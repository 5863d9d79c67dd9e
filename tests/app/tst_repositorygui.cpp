// The process repository in the main window: the browser lists the imported sample, opening
// it gives an editable document tied to the model, saving adds a version, an older version
// opens read-only, a search hit opens the model with the element selected, a model dragged
// onto the window opens, and a save after someone else's is put to the user instead of
// overwriting (here: "keep both").

#include "bpmn/elements.h"
#include "diagrampage.h"
#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/repositorybrowser.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repository/repositorybackup.h"
#include "repositorycontroller.h"
#include "testpaths.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

class TestRepositoryGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModelId m_model = 0;

    QString repositoryPath() const { return m_dir->filePath(QStringLiteral("test.amtsweg")); }
    RepositoryController *controller() const { return m_window->repositoryController(); }
    RepositoryBrowser *browser() const { return m_window->panels()->repositoryBrowser(); }
    ProcessRepository *repository() const { return controller()->repository(); }

    DocumentSession *openedSession() const
    {
        for (DocumentSession *s : m_window->sessions())
            if (s->isFromRepository() && s->repositoryOrigin().model == m_model)
                return s;
        return nullptr;
    }

    int latestVersion() const { return repository()->model(m_model).value.latestVersion; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_repositorygui"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        {
            auto repo = ProcessRepository::open(repositoryPath());
            QVERIFY2(repo.ok(), qPrintable(repo.message()));
            const ImportReport report = ModelImport::importPaths(
                *repo.value, {test::wohngeldFixture()});
            QVERIFY(report.ok());
            QCOMPARE(report.imported.size(), size_t(1));
            m_model = report.imported.front().model.id;
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(controller()->openRepository(repositoryPath()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void searchPlaceholderFitsANarrowDock()
    {
        QLineEdit *search = browser()->searchEdit();
        auto *dock = qobject_cast<QDockWidget *>(browser()->parentWidget());
        QVERIFY(dock);
        dock->setFloating(true);
        dock->resize(220, 400);
        QTRY_VERIFY(search->width() < 220);
        // The placeholder is drawn inside the frame, left of the clear button.
        const int room = search->width() - 2 * search->style()->pixelMetric(
                                               QStyle::PM_DefaultFrameWidth) - search->height();
        QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) < room,
                 qPrintable(search->placeholderText()));
        QVERIFY(search->toolTip().size() > search->placeholderText().size()); // says the rest
    }

    void damagedRepositoryOffersACopyOfTheLatestBackup()
    {
        // A second open of an existing repository takes the daily backup.
        const QString path = m_dir->filePath(QStringLiteral("damaged.amtsweg"));
        {
            auto repo = ProcessRepository::open(path);
            QVERIFY(repo.ok());
            QVERIFY(ModelImport::importFile(*repo.value, test::wohngeldFixture())
                        .ok());
        }
        QVERIFY(ProcessRepository::open(path).ok());
        const QString backup = RepositoryBackup::latest(path);
        QVERIFY(!backup.isEmpty());
        const auto hash = [](const QString &file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray backupBefore = hash(backup);
        // Damage the repository: a database header over garbage.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("SQLite format 3");
            garbage.write(QByteArray(8192, '\xff'));
        }
        const QByteArray damagedBefore = hash(path);

        // Declining keeps the repository that was open.
        QString shown;
        const auto answer = [this, &shown](bool accept) {
            QTimer::singleShot(0, this, [&shown, accept] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                shown = box->text() + QLatin1Char('\n') + box->informativeText();
                auto *open = box->findChild<QAbstractButton *>(QStringLiteral("openBackupButton"));
                QVERIFY(open);
                (accept ? open : box->button(QMessageBox::Cancel))->click();
            });
        };
        answer(false);
        QVERIFY(!controller()->openRepository(path));
        QVERIFY2(shown.contains(path) && shown.contains(QStringLiteral("copy")), qPrintable(shown));
        QCOMPARE(repository()->location(), repositoryPath());

        // Accepting opens a copy of the backup with the model in it; both files stay as they were.
        answer(true);
        QVERIFY(controller()->openRepository(path));
        const QString opened = repository()->location();
        QVERIFY2(opened != backup && opened != path && QFileInfo(opened).fileName().contains(
                                                           QStringLiteral("recovered")),
                 qPrintable(opened));
        QVERIFY2(shown.contains(opened), qPrintable(shown)); // the dialog named the copy
        const auto models = repository()->models();
        QVERIFY(models.ok());
        QCOMPARE(models.value.size(), size_t(1));
        QCOMPARE(models.value.front().name, QStringLiteral("Wohngeld beantragen"));
        QVERIFY(browser()->selectModel(models.value.front().id));
        QCOMPARE(hash(backup), backupBefore);
        QCOMPARE(hash(path), damagedBefore);
    }

    void browserListsTheModelAndItsVersions()
    {
        QVERIFY(browser()->selectModel(m_model));
        QCOMPARE(browser()->currentModel(), m_model);
        QCOMPARE(browser()->modelTree()->currentItem()->text(0),
                 QStringLiteral("Wohngeld beantragen"));
        QCOMPARE(browser()->versionList()->topLevelItemCount(), 1);
        QCOMPARE(browser()->versionList()->topLevelItem(0)->text(0), QStringLiteral("1"));
    }

    void openEditSaveAddsAVersion()
    {
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *session = openedSession();
        QVERIFY(session);
        QCOMPARE(m_window->currentSession(), session);
        QVERIFY(!session->document()->isReadOnly());
        QVERIFY(m_window->diagramTabs()
                    ->tabText(m_window->diagramTabs()->currentIndex())
                    .contains(QStringLiteral("Wohngeld beantragen")));
        BpmnDocument *doc = session->document();
        const NodeId task = doc->tree().byId("Task_AntragAusfuellen");
        QVERIFY(task != kNoNode);
        doc->setName(task, "Antrag prüfen (neu)");
        QVERIFY(doc->isModified());

        QVERIFY(session->saveVersion(QStringLiteral("Name geschärft"), m_window.get()));
        QVERIFY(!doc->isModified());
        const auto history = repository()->history(m_model);
        QVERIFY(history.ok());
        QCOMPARE(history.value.size(), size_t(2));
        QCOMPARE(history.value.front().comment, QStringLiteral("Name geschärft"));
        QVERIFY(repository()->versionXml(m_model).value.contains("Antrag prüfen (neu)"));
        // The browser follows the save.
        QVERIFY(browser()->selectModel(m_model));
        QCOMPARE(browser()->versionList()->topLevelItemCount(), 2);
    }

    void olderVersionOpensReadOnly()
    {
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *editable = openedSession();
        editable->document()->setName(editable->document()->tree().byId("Task_AntragAusfuellen"),
                                      "zweite Fassung");
        QVERIFY(editable->saveVersion(QString(), m_window.get()));

        QVERIFY(controller()->openModel(m_model, 1));
        DocumentSession *old = m_window->currentSession();
        QVERIFY(old != editable);
        QVERIFY(old->repositoryOrigin().readOnly);
        QCOMPARE(old->repositoryOrigin().baseVersion, 1);
        QVERIFY(old->document()->isReadOnly());
        QVERIFY(old->displayName().contains(QStringLiteral("read-only")));
        const NodeId task = old->document()->tree().byId("Task_AntragAusfuellen");
        const QByteArray before = old->document()->toXml();
        old->document()->setName(task, "darf nicht gehen");
        QCOMPARE(old->document()->toXml(), before);
        QCOMPARE(old->document()->undoStack()->count(), 0);
    }

    void searchHitOpensTheModelAndSelectsTheElement()
    {
        browser()->searchEdit()->setText(QStringLiteral("hochladen"));
        QTRY_VERIFY(browser()->hitList()->topLevelItemCount() > 0);
        QTreeWidgetItem *hit = browser()->hitList()->topLevelItem(0);
        QVERIFY(hit->childCount() > 0);
        QTreeWidgetItem *element = hit->child(0);
        const QString elementId = element->text(0);
        QCOMPARE(elementId, QStringLiteral("Task_NachweiseHochladen"));
        Q_EMIT browser()->hitList()->itemActivated(element, 0);
        DocumentSession *session = openedSession();
        QVERIFY(session);
        const NodeId node = session->document()->tree().byId(elementId.toStdString());
        QVERIFY(node != kNoNode);
        QCOMPARE(m_window->currentPage()->selectedElement(), node);
    }

    void droppedModelOpens()
    {
        auto *mime = new QMimeData;
        mime->setData(RepositoryBrowser::modelMimeType(), QByteArray::number(m_model));
        // Qt delivers the drop to the widget that accepted the drag's entry.
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(openedSession());
        delete mime;
    }

    void concurrentSaveIsPutToTheUser()
    {
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *session = openedSession();
        // Someone else saves version 2 through another connection.
        {
            auto other = ProcessRepository::open(repositoryPath());
            QVERIFY(other.ok());
            auto tree = other.value->openVersion(m_model);
            QVERIFY(tree.ok());
            QVERIFY(
                other.value->saveVersion(m_model, 1, *tree.value, QStringLiteral("theirs")).ok());
        }
        session->document()->setName(session->document()->tree().byId("Task_AntragAusfuellen"),
                                     "meins");
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            for (QAbstractButton *b : box->buttons())
                if (b->text().startsWith(QStringLiteral("Keep Both")))
                    b->click();
        });
        QVERIFY(session->saveVersion(QStringLiteral("mine"), m_window.get()));
        QVERIFY(asked);
        const auto history = repository()->history(m_model);
        QCOMPARE(history.value.size(), size_t(3));
        QCOMPARE(history.value.at(0).comment, QStringLiteral("mine"));
        QCOMPARE(history.value.at(1).comment, QStringLiteral("theirs"));
        QCOMPARE(session->repositoryOrigin().baseVersion, 3);
        QCOMPARE(latestVersion(), 3);
    }
};

QTEST_MAIN(TestRepositoryGui)
#include "tst_repositorygui.moc"

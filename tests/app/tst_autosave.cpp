// Autosave and recovery: modified documents are written to the recovery area and leave it
// when saved or closed; entries of a process that no longer runs (a crash) are recovered as
// modified documents that keep their file or repository model; the offer at start can be
// answered with Discard.

#include "autosave.h"
#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "recoveryarea.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repositorycontroller.h"
#include "testpaths.h"
#include "../repository/repotestsupport.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

/// The id of a process that has ended.
qint64 deadProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : 999999;
}

QString sample()
{
    return test::wohngeldFixture();
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    Autosave *autosave() const { return m_window->autosave(); }
    QString recoveryFolder() const { return m_dir->filePath(QStringLiteral("recovery")); }

    /// Simulates a crashed earlier run: an entry of a dead process with `xml`.
    void leaveOrphan(RecoveryEntry entry, const QByteArray &xml)
    {
        RecoveryArea area(recoveryFolder());
        entry.key = QStringLiteral("crashed-") + QString::number(area.entries().size());
        entry.processId = deadProcessId();
        entry.written = QDateTime::currentDateTimeUtc();
        QVERIFY(area.store(entry, xml));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        // The window's own autosave writes to the test's folder.
        autosave()->area() = RecoveryArea(recoveryFolder());
        QCOMPARE(autosave()->interval(), 30000);
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void modifiedDocumentsAreWrittenAndSavedOnesLeave()
    {
        QVERIFY(m_window->openFile(sample()));
        QCOMPARE(autosave()->saveNow(), 0); // nothing unsaved
        BpmnDocument *doc = m_window->document();
        doc->setName(doc->tree().byId("Task_AntragAusfuellen"), "Autosave-Probe");
        QCOMPARE(autosave()->saveNow(), 1);
        QCOMPARE(autosave()->saveNow(), 0); // unchanged since: not written again
        doc->setName(doc->tree().byId("Task_AntragAusfuellen"), "Autosave-Probe 2"); // merges
        QCOMPARE(autosave()->saveNow(), 1);
        const auto entries = autosave()->area().entries();
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().filePath, doc->filePath());
        QCOMPARE(entries.front().processId, QCoreApplication::applicationPid());
        QVERIFY(autosave()->area().xml(entries.front().key).contains("Autosave-Probe 2"));
        // A running process's entries are no orphans.
        QVERIFY(autosave()->area().orphans().empty());

        doc->setClean(); // as after saving
        QCOMPARE(autosave()->saveNow(), 0);
        QVERIFY(autosave()->area().entries().empty());
    }

    void closingADocumentRemovesItsEntry()
    {
        BpmnDocument *doc = m_window->newDocument();
        const NodeId process = doc->tree().firstChildElement(doc->tree().root(), "process");
        QVERIFY(doc->addFlowNode(process, "task", QRectF(100, 100, 100, 80)) != kNoNode);
        QVERIFY(doc->isModified());
        QCOMPARE(autosave()->saveNow(), 1);
        QCOMPARE(autosave()->area().entries().size(), size_t(1));
        doc->setClean(); // "discard" without a dialog
        QVERIFY(m_window->closeDocument(doc));
        QVERIFY(autosave()->area().entries().empty());
    }

    void crashLeftoversAreRecoveredIntoTheirFile()
    {
        RecoveryEntry entry;
        entry.displayName = QStringLiteral("wohngeld-antrag.bpmn");
        entry.filePath = m_dir->filePath(QStringLiteral("antrag.bpmn"));
        QFile source(sample());
        QVERIFY(source.open(QIODevice::ReadOnly));
        leaveOrphan(entry, source.readAll().replace("Antrag online ausfüllen", "Gerettet"));
        QCOMPARE(autosave()->area().orphans().size(), size_t(1));

        QCOMPARE(autosave()->recoverAll(), 1);
        DocumentSession *session = m_window->currentSession();
        QCOMPARE(session->document()->filePath(), entry.filePath);
        QVERIFY(session->document()->isModified());
        QVERIFY(session->document()->toXml().contains("Gerettet"));
        QVERIFY(autosave()->area().entries().empty());
    }

    void crashLeftoversReturnToTheirRepositoryModel()
    {
        AMTSWEG_REQUIRE_BACKEND();
        // On PostgreSQL too (tst_autosave_pg): the entry names the server's URL.
        const QString repoPath = test::testRepository(m_dir->filePath(QStringLiteral("r.amtsweg")));
        QVERIFY(!repoPath.isEmpty());
        QVERIFY(m_window->repositoryController()->openRepository(repoPath));
        ProcessRepository *repo = m_window->repositoryController()->repository();
        const auto imported = ModelImport::importFile(*repo, sample());
        QVERIFY(imported.ok());
        RecoveryEntry entry;
        entry.displayName = imported.value.model.name;
        entry.repository = repoPath;
        entry.model = imported.value.model.id;
        entry.modelName = imported.value.model.name;
        entry.baseVersion = 1;
        leaveOrphan(entry, repo->versionXml(entry.model).value);

        QCOMPARE(autosave()->recoverAll(), 1);
        DocumentSession *session = m_window->currentSession();
        QVERIFY(session->isFromRepository());
        QCOMPARE(session->repositoryOrigin().model, entry.model);
        QCOMPARE(session->repositoryOrigin().baseVersion, 1);
        QVERIFY(session->document()->isModified());
        QVERIFY(session->saveVersion(QStringLiteral("recovered"), m_window.get()));
        QCOMPARE(repo->model(entry.model).value.latestVersion, 2);
    }

    void discardDeletesTheLeftovers()
    {
        RecoveryEntry entry;
        entry.displayName = QStringLiteral("Untitled 1");
        QFile source(sample());
        QVERIFY(source.open(QIODevice::ReadOnly));
        leaveOrphan(entry, source.readAll());
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("Untitled 1")));
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Discard"))
                    b->click();
        });
        QCOMPARE(autosave()->offerRecovery(), 0);
        QVERIFY(autosave()->area().entries().empty());
    }

    void unreadableLeftoverIsReportedNotOpened()
    {
        RecoveryEntry entry;
        entry.displayName = QStringLiteral("kaputt");
        leaveOrphan(entry, "<definitions");
        const int sessions = int(m_window->sessions().size());
        QCOMPARE(autosave()->recoverAll(), 0);
        QCOMPARE(int(m_window->sessions().size()), sessions);
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"

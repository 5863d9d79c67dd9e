// A team's shared repository (PostgreSQL, issue 8) in the main window: a colleague's save
// (a second connection, as another Amtsweg would have) refreshes the browser by itself and puts
// a note over the open model; who else has a model open shows in the browser and when the model
// opens; a user with only the readers' role sees the repository read-only before editing
// (banner, disabled save actions, read-only document with a note); the password prompt is asked
// once per process and an empty answer cancels; the settings dialog stores the repository
// location without a password. Needs the PostgreSQL test server (AMTSWEG_TEST_POSTGRES).

#include "../repository/repotestsupport.h"
#include "autosave.h"
#include "diagrampage.h"
#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "panels/repositorybrowser.h"
#include "privatesettings.h"
#include "recoveryarea.h"
#include "repository/modelimport.h"
#include "repository/processrepository.h"
#include "repository/repositorylocation.h"
#include "repositorycontroller.h"
#include "repositorypassword.h"
#include "repositorysettings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace amtsweg;

namespace {

#define REQUIRE_POSTGRES()                                                                         \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("AMTSWEG_TEST_POSTGRES"))                                  \
            QSKIP("PostgreSQL test server not found (set AMTSWEG_TEST_POSTGRES)");                 \
    } while (0)

/// Runs `sql` as the test server's administrator in database `db`.
bool adminSql(const QString &db, const QString &sql)
{
    QUrl url(qEnvironmentVariable("AMTSWEG_TEST_POSTGRES"));
    url.setPath(QLatin1Char('/') + db);
    QProcess p;
    p.start(test::psqlProgram(), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                                  QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                  QStringLiteral("-d"), url.toString(), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("psql failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

/// `url` logged in as `user` instead.
QString asUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user);
    return u.toString();
}

/// Answers modal dialogs while it lives: the password dialog with `password` (empty: Cancel),
/// message boxes with their escape button; remembers what they said.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(QString password = {}) : m_password(std::move(password))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
        m_timer.start(20);
    }
    int passwordPrompts = 0;
    QString promptLabel;
    QStringList messages;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal);
            input && input->objectName() == QLatin1String("repositoryPasswordDialog")) {
            ++passwordPrompts;
            promptLabel = input->labelText();
            const bool isPassword = input->textEchoMode() == QLineEdit::Password;
            if (m_password.isEmpty() || !isPassword) {
                input->reject();
            } else {
                input->setTextValue(m_password);
                input->accept();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages << box->text() + QLatin1Char('\n') + box->informativeText();
            box->reject();
        }
    }

    QString m_password;
    QTimer m_timer;
};

NoticeBar *noticeOn(const MainWindow &window, const QString &name)
{
    for (int i = 0; i < window.diagramTabs()->count(); ++i)
        for (NoticeBar *bar : window.diagramTabs()->widget(i)->findChildren<NoticeBar *>(name))
            if (!bar->isHidden())
                return bar;
    return nullptr;
}

QTreeWidgetItem *modelItem(RepositoryBrowser *browser, ModelId id)
{
    for (QTreeWidgetItemIterator it(browser->modelTree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id)
            return *it;
    return nullptr;
}

} // namespace

class TestRepositoryTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_repositoryteam")));
        qputenv("AMTSWEG_TEST_BACKEND", "postgresql"); // testRepository() makes a database
    }

    void init()
    {
        QSettings().clear();
        RepositoryPassword::forgetAll();
        if (qEnvironmentVariableIsEmpty("AMTSWEG_TEST_POSTGRES"))
            return;
        m_url = test::testRepository(QString());
        QVERIFY(!m_url.isEmpty());
        m_colleague = test::openRepository(m_url);
        QVERIFY(m_colleague);
        const ImportReport report =
            ModelImport::importPaths(*m_colleague, {test::wohngeldFixture()});
        QVERIFY(report.ok());
        m_model = report.imported.front().model.id;
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_colleague.reset();
    }

    void colleaguesSaveRefreshesTheBrowserAndNotesTheOpenModel()
    {
        REQUIRE_POSTGRES();
        QVERIFY(controller()->openRepository(m_url));
        QCOMPARE(browser()->locationLabel()->text(), tr("Repository: %1").arg(m_url));
        QVERIFY(controller()->openModel(m_model));
        QCOMPARE(m_window->currentSession()->repositoryOrigin().baseVersion, 1);
        QVERIFY(!noticeOn(*m_window, QStringLiteral("newerVersionNotice")));

        const auto tree = m_colleague->openVersion(m_model);
        QVERIFY(tree.ok());
        QVERIFY(m_colleague->saveVersion(m_model, 1, *tree.value, QStringLiteral("theirs")).ok());

        // No user action: the notification refreshes the list and notes the open model.
        QTRY_COMPARE(modelItem(browser(), m_model)->text(2), QStringLiteral("2"));
        QTRY_VERIFY(noticeOn(*m_window, QStringLiteral("newerVersionNotice")));
        NoticeBar *bar = noticeOn(*m_window, QStringLiteral("newerVersionNotice"));
        QVERIFY2(bar->text().contains(QStringLiteral("saved version 2")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(ProcessRepository::currentUser()));

        bar->actionButton()->click(); // Reload
        QTRY_COMPARE(m_window->currentSession()->repositoryOrigin().baseVersion, 2);
        QVERIFY(!noticeOn(*m_window, QStringLiteral("newerVersionNotice")));
    }

    void staleSaveIsAConflictOnTheServerToo()
    {
        REQUIRE_POSTGRES();
        QVERIFY(controller()->openRepository(m_url));
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *mine = m_window->currentSession();
        const auto tree = m_colleague->openVersion(m_model);
        QVERIFY(m_colleague->saveVersion(m_model, 1, *tree.value, QStringLiteral("theirs")).ok());
        // The document is based on version 1: the optimistic check refuses to overwrite.
        const auto stale = mine->repositoryOrigin().repository->saveVersion(
            m_model, mine->repositoryOrigin().baseVersion, mine->document()->tree(),
            QStringLiteral("mine"));
        QCOMPARE(stale.status(), RepositoryStatus::Conflict);
    }

    void whoHasAModelOpenIsShown()
    {
        REQUIRE_POSTGRES();
        QVERIFY(controller()->openRepository(m_url));
        QVERIFY(m_colleague->backend().setModelOpen(m_model, true).ok());
        QTRY_VERIFY(!modelItem(browser(), m_model)->text(4).isEmpty());
        QTreeWidgetItem *item = modelItem(browser(), m_model);
        QCOMPARE(item->text(4), ProcessRepository::currentUser());
        QVERIFY2(item->toolTip(4).contains(QSysInfo::machineHostName()),
                 qPrintable(item->toolTip(4)));

        // Opening it names the colleague, and the colleague sees this window has it open.
        QVERIFY(controller()->openModel(m_model));
        NoticeBar *bar = noticeOn(*m_window, QStringLiteral("repositoryNotice"));
        QVERIFY(bar);
        QVERIFY2(
            bar->text().startsWith(tr("Also open by %1").arg(ProcessRepository::currentUser())),
            qPrintable(bar->text()));
        auto presence = m_colleague->backend().presence();
        QVERIFY(presence.ok());
        QCOMPARE(presence.value.size(), size_t(1));
        QCOMPARE(presence.value.front().modelId, m_model);

        // Closing the tab takes it back.
        QVERIFY(m_window->closeDocument(m_window->currentSession()->document()));
        presence = m_colleague->backend().presence();
        QVERIFY(presence.ok());
        QVERIFY(presence.value.empty());

        // The colleague closes it: the column empties without user action.
        QVERIFY(m_colleague->backend().setModelOpen(m_model, false).ok());
        QTRY_VERIFY(modelItem(browser(), m_model)->text(4).isEmpty());
    }

    void readersSeeTheRepositoryReadOnlyBeforeEditing()
    {
        REQUIRE_POSTGRES();
        const QString reader = makeReader();
        QVERIFY(!reader.isEmpty());
        qputenv("PGPASSWORD", kReaderPassword);
        const bool opened = controller()->openRepository(asUser(m_url, reader));
        qunsetenv("PGPASSWORD"); // libpq read it while connecting
        QVERIFY(opened);
        QVERIFY(!controller()->canWrite());

        QLabel *banner = browser()->readOnlyBanner();
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Read-only: ")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(reader));
        QVERIFY(!browser()->importButton()->isEnabled());
        QAction *saveAsModel = findAction(QStringLiteral("Save to Repository as &New Model..."));
        QVERIFY(saveAsModel);
        QVERIFY(!saveAsModel->isEnabled());
        QVERIFY(saveAsModel->toolTip().startsWith(QStringLiteral("Read-only: ")));

        // The model opens read-only, with the note there before the first edit.
        QVERIFY(controller()->openModel(m_model));
        DocumentSession *session = m_window->currentSession();
        QVERIFY(session->repositoryOrigin().readOnly);
        QVERIFY(session->document()->isReadOnly());
        NoticeBar *bar = noticeOn(*m_window, QStringLiteral("repositoryNotice"));
        QVERIFY(bar);
        QVERIFY2(bar->text().startsWith(QStringLiteral("Read-only: ")), qPrintable(bar->text()));
        QVERIFY(!session->saveVersion(QStringLiteral("not allowed"), m_window.get()));
        QCOMPARE(m_colleague->model(m_model).value.latestVersion, 1);

        // A reader may still say that the model is open (presence), and sees an editor's.
        auto presence = m_colleague->backend().presence();
        QVERIFY(presence.ok());
        QCOMPARE(presence.value.size(), size_t(1));
        QVERIFY(m_colleague->backend().setModelOpen(m_model, true).ok());
        QTRY_VERIFY(!modelItem(browser(), m_model)->text(4).isEmpty());

        // After a crash the reader's autosaved changes come back as a new document (Save As
        // keeps them), not as the repository model they cannot be saved to.
        {
            QProcess ended;
            ended.start(QStringLiteral("true"), {});
            QVERIFY(ended.waitForFinished());
            RecoveryEntry entry;
            entry.key = QStringLiteral("crashed-reader");
            entry.displayName = QStringLiteral("Wohngeld beantragen");
            entry.repository = controller()->repository()->location();
            entry.model = m_model;
            entry.modelName = entry.displayName;
            entry.baseVersion = 1;
            entry.processId = ended.processId();
            entry.written = QDateTime::currentDateTimeUtc();
            QVERIFY(m_window->autosave()->area().store(entry,
                                                       m_colleague->versionXml(m_model).value));
            QCOMPARE(m_window->autosave()->recoverAll(), 1);
            DocumentSession *recovered = m_window->currentSession();
            QVERIFY(!recovered->isFromRepository());
            QVERIFY(recovered->document()->isModified());
            QVERIFY(!recovered->document()->isReadOnly());
            QVERIFY(controller()->openModel(m_model)); // back to the model's tab
        }

        // Look at it: read-only banner and presence entry.
        auto *dock = browser()->parentWidget();
        dock->resize(560, 420);
        browser()->resize(560, 420);
        const QString png = test::buildDir() + QStringLiteral("/repositoryteam-browser.png");
        QVERIFY(browser()->grab().save(png));
        QVERIFY(
            m_window->grab().save(test::buildDir() + QStringLiteral("/repositoryteam-window.png")));
    }

    void passwordIsAskedOnceAndAnEmptyOneCancels()
    {
        REQUIRE_POSTGRES();
        const QString reader = makeReader();
        QVERIFY(!reader.isEmpty());
        const QByteArray passfile = qgetenv("PGPASSFILE");
        const auto restore = qScopeGuard([passfile] { qputenv("PGPASSFILE", passfile); });
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        qunsetenv("PGPASSWORD");
        const QString url = asUser(m_url, reader);
        const QString before =
            controller()->repository() ? controller()->repository()->location() : QString();
        {
            DialogAnswerer cancel; // empty answer
            QVERIFY(!controller()->openRepository(url));
            QCOMPARE(cancel.passwordPrompts, 1);
            QVERIFY(cancel.promptLabel.contains(reader + QLatin1Char('@')));
            QCOMPARE(cancel.messages.size(), 1);
            QVERIFY2(cancel.messages.front().contains(QStringLiteral("cancelled")),
                     qPrintable(cancel.messages.front()));
        }
        QCOMPARE(controller()->repository() ? controller()->repository()->location() : QString(),
                 before);
        {
            DialogAnswerer answer(QString::fromLatin1(kReaderPassword));
            QVERIFY(controller()->openRepository(url));
            QCOMPARE(answer.passwordPrompts, 1);
            QVERIFY(answer.messages.isEmpty());
            // Kept in memory for the process: opening it again asks nothing.
            QVERIFY(controller()->openRepository(url));
            QCOMPARE(answer.passwordPrompts, 1);
        }
        QCOMPARE(controller()->repository()->location(), url);
    }

    void settingsStoreTheLocationButNeverAPassword()
    {
        const QString file = m_settingsDir.filePath(QStringLiteral("team.amtsweg"));
        {
            SettingsDialog dialog;
            auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("repositoryLocation"));
            QVERIFY(location);
            QVERIFY(location->text().isEmpty());
            location->setText(file);
            QVERIFY(dialog.store());
            QVERIFY(dialog.repositoryLocationChanged());
        }
        QCOMPARE(RepositorySettings::stored(), file);
        QCOMPARE(RepositorySettings::startLocation(), file);
        {
            SettingsDialog dialog;
            auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("repositoryLocation"));
            QCOMPARE(location->text(), file);
            location->setText(
                QStringLiteral("postgresql://anna:geheim@db.amt.example:5432/prozesse"));
            DialogAnswerer answer;
            QVERIFY(!dialog.store());
            QCOMPARE(answer.messages.size(), 1);
            QVERIFY2(answer.messages.front().contains(
                         QStringLiteral("postgresql://anna@db.amt.example:5432/prozesse")),
                     qPrintable(answer.messages.front()));
            QVERIFY(!dialog.repositoryLocationChanged());
        }
        QCOMPARE(RepositorySettings::stored(), file);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("geheim")),
                     qPrintable(key));
        QVERIFY(!RepositorySettings::store(QStringLiteral("postgres://x:y@h/db")));
        QVERIFY(RepositorySettings::store(QStringLiteral("postgresql://anna@h/db")));
        QCOMPARE(RepositorySettings::stored(), QStringLiteral("postgresql://anna@h/db"));
        QVERIFY(RepositorySettings::store(QString()));
        QVERIFY(RepositorySettings::stored().isEmpty());
    }

    void settingsTestTheConnectionAndApplyTheLocationAtOnce()
    {
        REQUIRE_POSTGRES();
        QVERIFY(controller()->openRepository(m_settingsDir.filePath(QStringLiteral("a.amtsweg"))));
        QAction *settings = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QString tested;
        QTimer::singleShot(0, this, [this, &tested] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("repositoryLocation"))->setText(m_url);
            dialog->testConnection();
            tested = dialog->connectionResult()->text();
            dialog->grab().save(test::buildDir() + QStringLiteral("/repositoryteam-settings.png"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        settings->trigger();
        QCOMPARE(tested, QStringLiteral("Connected: you can read and save models."));
        QCOMPARE(RepositorySettings::stored(), m_url);
        QVERIFY(controller()->repository()->isShared());
        QCOMPARE(controller()->repository()->location(), m_url);
    }

private:
    static constexpr const char *kReaderPassword = "lesen-nur-42";

    RepositoryController *controller() const { return m_window->repositoryController(); }
    RepositoryBrowser *browser() const { return controller()->browser(); }

    QAction *findAction(const QString &text) const
    {
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->text() == text)
                return action;
        return nullptr;
    }

    /// A login role of the readers of this test's database; its name.
    QString makeReader()
    {
        const QString db = databaseOf(m_url);
        const QString role = db + QStringLiteral("_reader");
        const bool made = adminSql(
            db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'; GRANT %3_readers TO %1")
                    .arg(role, QString::fromLatin1(kReaderPassword), db));
        return made ? role : QString();
    }

    QTemporaryDir m_settingsDir;
    QString m_url;
    std::unique_ptr<ProcessRepository> m_colleague;
    ModelId m_model = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRepositoryTeam)
#include "tst_repositoryteam.moc"

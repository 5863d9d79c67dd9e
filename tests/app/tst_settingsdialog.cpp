// Edit > Settings…: the dialog shows what is stored, OK stores what it shows, Cancel nothing;
// the stored values are what the program then uses (autosave interval within its limits, the
// author recorded with repository versions, FIM mode for new models, the UI language).

#include "autosave.h"
#include "fimmode.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "privatesettings.h"
#include "repository/processrepository.h"
#include "settingsdialog.h"
#include "xml/bpmnreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_settingsdialog")));
    }
    void init() { QSettings().clear(); }
    void showsTheDefaults();
    void okStoresAndTheDialogShowsItAgain();
    void cancelStoresNothing();
    void autosaveIntervalStaysWithinLimits();
    void authorIsRecordedWithVersions();
    void menuEntryAppliesTheAutosaveInterval();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

struct Fields
{
    QComboBox *language;
    QCheckBox *fim;
    QSpinBox *autosave;
    QLineEdit *author;
};

Fields fieldsOf(const QWidget &dialog)
{
    return {dialog.findChild<QComboBox *>(QStringLiteral("language")),
            dialog.findChild<QCheckBox *>(QStringLiteral("fimForNewModels")),
            dialog.findChild<QSpinBox *>(QStringLiteral("autosaveSeconds")),
            dialog.findChild<QLineEdit *>(QStringLiteral("author"))};
}

void fill(const Fields &f)
{
    f.language->setCurrentIndex(f.language->findData(int(UiLanguage::German)));
    f.fim->setChecked(true);
    f.autosave->setValue(120);
    f.author->setText(QStringLiteral("  Erika Mustermann "));
}

} // namespace

void TestSettingsDialog::showsTheDefaults()
{
    SettingsDialog dialog;
    const Fields f = fieldsOf(dialog);
    QVERIFY(f.language && f.fim && f.autosave && f.author);
    QCOMPARE(UiLanguage(f.language->currentData().toInt()), UiLanguage::System);
    QVERIFY(!f.fim->isChecked());
    QCOMPARE(f.autosave->value(), Autosave::kDefaultIntervalMs / 1000);
    QVERIFY(f.author->text().isEmpty());
    QCOMPARE(f.author->placeholderText(), ProcessRepository::systemUser());
}

void TestSettingsDialog::okStoresAndTheDialogShowsItAgain()
{
    {
        SettingsDialog dialog;
        fill(fieldsOf(dialog));
        dialog.store();
    }
    QCOMPARE(LanguageSettings::stored(), UiLanguage::German);
    QVERIFY(FimMode::defaultForNewModels());
    QCOMPARE(Autosave::storedIntervalMs(), 120'000);
    QCOMPARE(ProcessRepository::storedAuthor(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(ProcessRepository::currentUser(), QStringLiteral("Erika Mustermann"));

    SettingsDialog again;
    const Fields f = fieldsOf(again);
    QCOMPARE(UiLanguage(f.language->currentData().toInt()), UiLanguage::German);
    QVERIFY(f.fim->isChecked());
    QCOMPARE(f.autosave->value(), 120);
    QCOMPARE(f.author->text(), QStringLiteral("Erika Mustermann"));

    // An emptied author name falls back to the user name of the system.
    f.author->clear();
    again.store();
    QCOMPARE(ProcessRepository::currentUser(), ProcessRepository::systemUser());
}

void TestSettingsDialog::cancelStoresNothing()
{
    SettingsDialog dialog;
    fill(fieldsOf(dialog));
    QTimer::singleShot(0, &dialog, &QDialog::reject);
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestSettingsDialog::autosaveIntervalStaysWithinLimits()
{
    QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 1);
    QCOMPARE(Autosave::storedIntervalMs(), Autosave::kMinIntervalSeconds * 1000);
    QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 1'000'000);
    QCOMPARE(Autosave::storedIntervalMs(), Autosave::kMaxIntervalSeconds * 1000);
    QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), QStringLiteral("often"));
    QCOMPARE(Autosave::storedIntervalMs(), Autosave::kDefaultIntervalMs);
    SettingsDialog dialog;
    QSpinBox *spin = fieldsOf(dialog).autosave;
    QCOMPARE(spin->minimum(), Autosave::kMinIntervalSeconds);
    QCOMPARE(spin->maximum(), Autosave::kMaxIntervalSeconds);
}

void TestSettingsDialog::authorIsRecordedWithVersions()
{
    QTemporaryDir dir;
    auto opened = ProcessRepository::open(dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    ProcessRepository &repo = *opened.value;
    ReadResult read = BpmnReader::readFile(QStringLiteral(AMTSWEG_SAMPLES_DIR) +
                                           QStringLiteral("/elterngeld.bpmn"));
    QVERIFY(read.ok());
    ProcessRepository::storeAuthor(QStringLiteral("Erika Mustermann"));
    const auto model = repo.createModel({QStringLiteral("Elterngeld")}, *read.tree);
    QVERIFY2(model.ok(), qPrintable(model.message()));
    QCOMPARE(model.value.author, QStringLiteral("Erika Mustermann"));
    ProcessRepository::storeAuthor(QStringLiteral("Max Mustermann"));
    QVERIFY(repo.saveVersion(model.value.id, 1, *read.tree, QStringLiteral("zweite")).ok());
    const auto history = repo.history(model.value.id);
    QVERIFY(history.ok());
    QStringList authors;
    for (const VersionInfo &v : history.value)
        authors << v.author;
    authors.sort();
    QCOMPARE(authors, QStringList({QStringLiteral("Erika Mustermann"),
                                   QStringLiteral("Max Mustermann")}));
}

void TestSettingsDialog::menuEntryAppliesTheAutosaveInterval()
{
    MainWindow window;
    QAction *settings = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->objectName() == QStringLiteral("settingsAction"))
            settings = action;
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    Autosave *autosave = window.findChild<Autosave *>();
    QVERIFY(autosave);
    QCOMPARE(autosave->interval(), Autosave::kDefaultIntervalMs);
    QTimer::singleShot(0, &window, [&window] {
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        fieldsOf(*dialog).autosave->setValue(300);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    settings->trigger();
    QCOMPARE(autosave->interval(), 300'000);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

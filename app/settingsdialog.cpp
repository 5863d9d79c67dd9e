#include "settingsdialog.h"

#include "autosave.h"
#include "fimmode.h"
#include "languagesettings.h"
#include "repository/processrepository.h"
#include "repository/repositorydatabase.h"
#include "repository/repositorylocation.h"
#include "repositorypassword.h"
#include "repositorysettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace amtsweg {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_fimForNewModels(new QCheckBox),
      m_autosaveSeconds(new QSpinBox), m_author(new QLineEdit), m_repository(new QLineEdit),
      m_connectionResult(new QLabel)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("language"));
    m_fimForNewModels->setObjectName(QStringLiteral("fimForNewModels"));
    m_autosaveSeconds->setObjectName(QStringLiteral("autosaveSeconds"));
    m_author->setObjectName(QStringLiteral("author"));

    // Language names stay in their own language, as users look for them.
    m_language->addItem(tr("System language"), int(UiLanguage::System));
    m_language->addItem(QStringLiteral("Deutsch"), int(UiLanguage::German));
    m_language->addItem(QStringLiteral("English"), int(UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(int(LanguageSettings::stored())));
    auto *languageNote = new QLabel(tr("A new language applies when Amtsweg starts next time."));
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    m_fimForNewModels->setText(tr("New models start in &FIM mode"));
    m_fimForNewModels->setToolTip(
        tr("FIM mode restricts the palette to FIM-BPMN and suggests FIM label patterns"));
    m_fimForNewModels->setChecked(FimMode::defaultForNewModels());

    m_autosaveSeconds->setRange(Autosave::kMinIntervalSeconds, Autosave::kMaxIntervalSeconds);
    m_autosaveSeconds->setSingleStep(10);
    m_autosaveSeconds->setSuffix(tr(" s"));
    m_autosaveSeconds->setValue(Autosave::storedIntervalMs() / 1000);
    m_autosaveSeconds->setToolTip(
        tr("How often models with unsaved changes are copied to the recovery area"));

    m_author->setText(ProcessRepository::storedAuthor());
    m_author->setPlaceholderText(ProcessRepository::systemUser());
    m_author->setToolTip(tr("Recorded with every version you save to a repository; empty: "
                            "your user name"));
    m_author->setClearButtonEnabled(true);

    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(QString(), m_fimForNewModels);

    auto *saving = new QGroupBox(tr("Saving"));
    auto *savingForm = new QFormLayout(saving);
    savingForm->addRow(tr("&Autosave every:"), m_autosaveSeconds);
    savingForm->addRow(tr("A&uthor name:"), m_author);

    m_repository->setObjectName(QStringLiteral("repositoryLocation"));
    m_repository->setText(RepositorySettings::stored());
    m_repository->setPlaceholderText(RepositoryDatabase::defaultPath());
    m_repository->setToolTip(
        tr("A repository file, or a PostgreSQL server shared by a team: "
           "postgresql://user@host:port/database. The password is asked for when needed (or "
           "comes from ~/.pgpass or PGPASSWORD) and never stored. Empty: the default file."));
    m_repository->setClearButtonEnabled(true);
    m_repository->setMinimumWidth(m_repository->fontMetrics().horizontalAdvance(
        QStringLiteral("postgresql://user@host:5432/processes")));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseRepository"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseRepository);
    auto *test = new QPushButton(tr("&Test Connection"));
    test->setObjectName(QStringLiteral("testConnection"));
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_repository, 1);
    locationRow->addWidget(browse);
    locationRow->addWidget(test);
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setWordWrap(true);
    // Non-breaking hyphens: the option is never split at a line end.
    auto *repositoryNote = new QLabel(tr("Opened at once and at every start (unless Amtsweg is "
                                         "started with ‑‑repository)."));
    repositoryNote->setWordWrap(true);
    repositoryNote->setEnabled(false);

    auto *repository = new QGroupBox(tr("Repository"));
    auto *repositoryForm = new QFormLayout(repository);
    auto *locationLabel = new QLabel(tr("L&ocation:"));
    locationLabel->setBuddy(m_repository); // the row is a layout: no buddy by itself
    repositoryForm->addRow(locationLabel, locationRow);
    repositoryForm->addRow(QString(), repositoryNote);
    repositoryForm->addRow(QString(), m_connectionResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (store())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(saving);
    layout->addWidget(repository);
    layout->addStretch();
    layout->addWidget(buttons);
}

bool SettingsDialog::store()
{
    const QString location = m_repository->text().trimmed();
    const QString before = RepositorySettings::stored();
    QString why;
    if (location != before && !RepositorySettings::store(location, &why)) {
        QMessageBox::warning(this, tr("Repository"), why);
        m_repository->setFocus();
        return false;
    }
    m_repositoryChanged = location != before;
    const auto language = UiLanguage(m_language->currentData().toInt());
    if (language != LanguageSettings::stored())
        LanguageSettings::store(language);
    FimMode::setDefaultForNewModels(m_fimForNewModels->isChecked());
    Autosave::storeIntervalMs(m_autosaveSeconds->value() * 1000);
    ProcessRepository::storeAuthor(m_author->text().trimmed());
    return true;
}

void SettingsDialog::browseRepository()
{
    const QString current = m_repository->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Repository File"),
        current.isEmpty() || repositorylocation::isServer(current)
            ? QFileInfo(RepositoryDatabase::defaultPath()).absolutePath()
            : current,
        tr("Amtsweg repositories (*.amtsweg);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing file is the usual choice
    if (!path.isEmpty())
        m_repository->setText(path);
}

void SettingsDialog::testConnection()
{
    QString location = m_repository->text().trimmed();
    if (location.isEmpty())
        location = RepositoryDatabase::defaultPath();
    m_connectionResult->setText(tr("Connecting…"));
    m_connectionResult->repaint();
    RepositoryPassword password(this);
    RepositoryOpenOptions options;
    options.create = false; // a test creates nothing
    options.dailyBackup = false;
    options.askPassword = password.callback();
    const auto opened = ProcessRepository::open(location, options);
    password.finished(opened.ok());
    if (!opened.ok())
        m_connectionResult->setText(tr("Cannot open: %1").arg(opened.message()));
    else if (!opened.value->backend().canWrite())
        m_connectionResult->setText(
            tr("Connected, read-only: %1").arg(opened.value->backend().readOnlyReason()));
    else
        m_connectionResult->setText(tr("Connected: you can read and save models."));
}

} // namespace amtsweg

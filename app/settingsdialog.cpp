#include "settingsdialog.h"

#include "autosave.h"
#include "fimmode.h"
#include "languagesettings.h"
#include "repository/processrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace amtsweg {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_fimForNewModels(new QCheckBox),
      m_autosaveSeconds(new QSpinBox), m_author(new QLineEdit)
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        store();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(saving);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::store() const
{
    const auto language = UiLanguage(m_language->currentData().toInt());
    if (language != LanguageSettings::stored())
        LanguageSettings::store(language);
    FimMode::setDefaultForNewModels(m_fimForNewModels->isChecked());
    Autosave::storeIntervalMs(m_autosaveSeconds->value() * 1000);
    ProcessRepository::storeAuthor(m_author->text().trimmed());
}

} // namespace amtsweg

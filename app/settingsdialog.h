#pragma once
// SettingsDialog: Edit > Settings… in one place: the language of the user interface, whether new
// models start in FIM mode, how often open models are autosaved, and the author name recorded
// with repository versions. Everything is kept in QSettings by the classes that own it
// (LanguageSettings, FimMode, Autosave, ProcessRepository); the dialog only edits and stores.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace amtsweg {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Stores what the dialog shows (also what OK does).
    void store() const;

private:
    QComboBox *m_language;
    QCheckBox *m_fimForNewModels;
    QSpinBox *m_autosaveSeconds;
    QLineEdit *m_author;
};

} // namespace amtsweg

#pragma once
// SettingsDialog: Edit > Settings… in one place: the language of the user interface, whether new
// models start in FIM mode, how often open models are autosaved, the author name recorded
// with repository versions, and the process repository (a file or a PostgreSQL URL, with a
// connection test). Everything is kept in QSettings by the classes that own it
// (LanguageSettings, FimMode, Autosave, ProcessRepository, RepositorySettings); the dialog only
// edits and stores.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace amtsweg {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Stores what the dialog shows (also what OK does). False, after telling the user why,
    /// when the repository location cannot be stored (a URL with a password): nothing is stored.
    bool store();
    /// True when OK changed the stored repository location (the caller opens it at once).
    bool repositoryLocationChanged() const { return m_repositoryChanged; }
    /// Opens the location the dialog shows (asking for a password when the server wants one)
    /// and shows whether that worked, read-only or not, or why not.
    void testConnection();
    QLabel *connectionResult() const { return m_connectionResult; }

private:
    void browseRepository();

    QComboBox *m_language;
    QCheckBox *m_fimForNewModels;
    QSpinBox *m_autosaveSeconds;
    QLineEdit *m_author;
    QLineEdit *m_repository;
    QLabel *m_connectionResult;
    bool m_repositoryChanged = false;
};

} // namespace amtsweg

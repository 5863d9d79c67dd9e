#pragma once
// LanguageSettings: which language the user interface speaks, and the translators for it.
// The choice (System, Deutsch, English) is kept in QSettings and applied at start-up, before
// the first window: German when chosen, or when the system prefers German; English otherwise.
// Amtsweg's catalogues are embedded under :/i18n (translations/*.ts, compiled by the build);
// Qt's own (qtbase_de.qm) come from Qt's translations directory, so that standard dialogs and
// buttons speak German too. QtCore only, so that the command line may use it as well.

#include <QLocale>
#include <QString>

namespace amtsweg {

enum class UiLanguage { System, German, English };

class LanguageSettings
{
public:
    /// The QSettings key and the resource folder of the embedded catalogues.
    static constexpr const char *kSettingsKey = "ui/language";
    static constexpr const char *kResourceDir = ":/i18n";

    /// The stored choice; System when none (or an unknown one) is stored.
    static UiLanguage stored();
    static void store(UiLanguage language);

    /// The language shown for `choice`: German or English. System follows the first of
    /// `system`'s UI languages that is German or English, else English.
    static QLocale::Language resolve(UiLanguage choice, const QLocale &system = QLocale::system());

    /// Replaces the translators this class installed before with those for `language`: for
    /// German amtsweg_de.qm and qtbase_de.qm, for English amtsweg_en.qm (its plural forms).
    /// Needs a QCoreApplication. Returns whether Amtsweg's own catalogue was loaded.
    static bool installTranslators(QLocale::Language language);
    /// stored(), resolved and installed: what the GUI calls once before its first window.
    static bool installStoredTranslators();
    /// The language of the last installTranslators() call; without one, what the stored
    /// choice resolves to.
    static QLocale::Language installedLanguage();
};

} // namespace amtsweg

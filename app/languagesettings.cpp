#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace amtsweg {

namespace {

// The translators installed by installTranslators() are children of the application with
// this object name, so that a second call replaces them.
constexpr auto kTranslatorName = "amtsweg::LanguageSettings";
// The language installTranslators() was last called for (AnyLanguage: not yet called).
QLocale::Language g_installed = QLocale::AnyLanguage;

QString valueOf(UiLanguage language)
{
    switch (language) {
    case UiLanguage::German:
        return QStringLiteral("de");
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

bool install(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (!translator->load(fileName, directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

UiLanguage LanguageSettings::stored()
{
    const QString value = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (value == valueOf(UiLanguage::German))
        return UiLanguage::German;
    if (value == valueOf(UiLanguage::English))
        return UiLanguage::English;
    return UiLanguage::System;
}

void LanguageSettings::store(UiLanguage language)
{
    QSettings().setValue(QLatin1String(kSettingsKey), valueOf(language));
}

QLocale::Language LanguageSettings::resolve(UiLanguage choice, const QLocale &system)
{
    switch (choice) {
    case UiLanguage::German:
        return QLocale::German;
    case UiLanguage::English:
        return QLocale::English;
    case UiLanguage::System:
        break;
    }
    // "de-AT", "de", "en-GB", "fr-FR", ... in the user's order of preference.
    for (const QString &name : system.uiLanguages()) {
        if (name.startsWith(QLatin1String("de")))
            return QLocale::German;
        if (name.startsWith(QLatin1String("en")))
            return QLocale::English;
    }
    return system.language() == QLocale::German ? QLocale::German : QLocale::English;
}

bool LanguageSettings::installTranslators(QLocale::Language language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    g_installed = language;
    const auto previous = app->findChildren<QTranslator *>(QLatin1String(kTranslatorName),
                                                           Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (language == QLocale::German) {
        // Qt's first, so that ours wins where both translate the same text (the last installed
        // translator is asked first).
        install(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return install(QStringLiteral("amtsweg_de"), QLatin1String(kResourceDir));
    }
    return install(QStringLiteral("amtsweg_en"), QLatin1String(kResourceDir));
}

bool LanguageSettings::installStoredTranslators()
{
    return installTranslators(resolve(stored()));
}

QLocale::Language LanguageSettings::installedLanguage()
{
    return g_installed == QLocale::AnyLanguage ? resolve(stored()) : g_installed;
}

} // namespace amtsweg

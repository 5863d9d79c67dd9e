// The German user interface: the catalogues embedded under :/i18n load through
// LanguageSettings (as the GUI does at start-up), key strings and plural forms translate,
// Qt's own German catalogue comes along, English keeps its source texts but gets its plural
// forms, translations/amtsweg_de.ts has no unfinished message and keeps placeholders and
// accelerators, the main window shows German menus, and View > Language stores the choice.

#include "languagesettings.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "xprozess/xprozessreader.h"

#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

QString translationsDir()
{
    return QStringLiteral(AMTSWEG_SAMPLES_DIR "/../translations");
}

QString mainWindowTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("amtsweg::MainWindow", text, nullptr, n);
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

/// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString type;      ///< the <translation>'s type: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its numerus forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}, false};
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { LanguageSettings::installTranslators(QLocale::English); }

    void cataloguesAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/amtsweg_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/amtsweg_en.qm")));
    }

    void resolvesTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("expected");
        QTest::newRow("de_DE") << "de_DE" << int(QLocale::German);
        QTest::newRow("de_AT") << "de_AT" << int(QLocale::German);
        QTest::newRow("en_GB") << "en_GB" << int(QLocale::English);
        QTest::newRow("fr_FR falls back to English") << "fr_FR" << int(QLocale::English);
        QTest::newRow("C") << "C" << int(QLocale::English);
    }

    void resolvesTheSystemLanguage()
    {
        QFETCH(QString, system);
        QFETCH(int, expected);
        QCOMPARE(int(LanguageSettings::resolve(UiLanguage::System, QLocale(system))), expected);
        // An explicit choice wins over the system.
        QCOMPARE(LanguageSettings::resolve(UiLanguage::German, QLocale(system)), QLocale::German);
        QCOMPARE(LanguageSettings::resolve(UiLanguage::English, QLocale(system)), QLocale::English);
    }

    void storesTheChoice()
    {
        QCOMPARE(LanguageSettings::stored(), UiLanguage::System);
        LanguageSettings::store(UiLanguage::German);
        QCOMPARE(LanguageSettings::stored(), UiLanguage::German);
        QCOMPARE(QSettings().value(QLatin1String(LanguageSettings::kSettingsKey)).toString(),
                 QStringLiteral("de"));
        LanguageSettings::store(UiLanguage::English);
        QCOMPARE(LanguageSettings::stored(), UiLanguage::English);
        LanguageSettings::store(UiLanguage::System);
        QCOMPARE(LanguageSettings::stored(), UiLanguage::System);
        QSettings().setValue(QLatin1String(LanguageSettings::kSettingsKey), QStringLiteral("xx"));
        QCOMPARE(LanguageSettings::stored(), UiLanguage::System);
    }

    void germanTranslatesKeyStrings()
    {
        QVERIFY(LanguageSettings::installTranslators(QLocale::German));
        QCOMPARE(mainWindowTr("&File"), QStringLiteral("&Datei"));
        QCOMPARE(mainWindowTr("&Edit"), QStringLiteral("&Bearbeiten"));
        QCOMPARE(mainWindowTr("&Undo"), QStringLiteral("&Rückgängig"));
        QCOMPARE(mainWindowTr("&Redo"), QStringLiteral("&Wiederholen"));
        QCOMPARE(mainWindowTr("Save &As..."), QStringLiteral("Speichern &unter…"));
        QCOMPARE(mainWindowTr("%n element(s)", 1), QStringLiteral("1 Element"));
        QCOMPARE(mainWindowTr("%n element(s)", 2), QStringLiteral("2 Elemente"));
        QCOMPARE(mainWindowTr("%n element(s)", 0), QStringLiteral("0 Elemente"));
        QCOMPARE(QCoreApplication::translate("BpmnType", "Exclusive Gateway"),
                 QStringLiteral("Exklusives Gateway"));
        QCOMPARE(QCoreApplication::translate("BpmnType", "Sequence Flow"),
                 QStringLiteral("Sequenzfluss"));
        // Messages of helpers lupdate cannot follow (translations/wrapped_messages.cpp).
        QCOMPARE(QCoreApplication::translate("Repository", "The search text is empty."),
                 QStringLiteral("Der Suchtext ist leer."));
        QCOMPARE(QCoreApplication::translate("PrintActions", "&Print..."),
                 QStringLiteral("&Drucken…"));
        // The XProzess reader's diagnostics, from the reader itself (its own tr() helper).
        const auto read = xprozess::XProzessReader::readFile(
            test::testDataDir() + QStringLiteral("/xprozess/broken-root.xml"));
        QVERIFY(!read.diagnostics.empty());
        QVERIFY2(read.diagnostics.front().message.startsWith(
                     QStringLiteral("keine XProzess-2.0-Nachricht")),
                 qPrintable(read.diagnostics.front().message));
        const auto noBpmn = xprozess::XProzessReader::readFile(
            test::testDataDir() + QStringLiteral("/xprozess/broken-no-bpmn.xml"));
        QVERIFY(!noBpmn.diagnostics.empty());
        for (const Diagnostic &d : noBpmn.diagnostics)
            QVERIFY2(!d.message.startsWith(QLatin1String("process ")), qPrintable(d.message));
    }

    void germanBringsQtsOwnCatalogue()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
        LanguageSettings::installTranslators(QLocale::German);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        // Switching back removes it again.
        LanguageSettings::installTranslators(QLocale::English);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void englishKeepsSourcesWithPluralForms()
    {
        QVERIFY(LanguageSettings::installTranslators(QLocale::English));
        QCOMPARE(mainWindowTr("&File"), QStringLiteral("&File"));
        QCOMPARE(mainWindowTr("%n element(s)", 1), QStringLiteral("1 element"));
        QCOMPARE(mainWindowTr("%n element(s)", 2), QStringLiteral("2 elements"));
    }

    void germanCatalogueIsComplete()
    {
        QString error;
        const QList<TsMessage> messages =
            readTs(translationsDir() + QStringLiteral("/amtsweg_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the sources: may stay for a while
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + where));
            QCOMPARE(m.forms.size(), m.numerus ? 2 : 1); // German has two plural forms
            for (const QString &form : m.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: ") + where));
                QVERIFY2(hasAccelerator(form) == hasAccelerator(m.source),
                         qPrintable(QStringLiteral("accelerator differs: ") + where));
                QVERIFY2(!form.contains(QStringLiteral("...")),
                         qPrintable(QStringLiteral("'...' instead of '…': ") + where));
            }
        }
    }

    void englishCatalogueHasThePluralForms()
    {
        QString error;
        const QList<TsMessage> messages =
            readTs(translationsDir() + QStringLiteral("/amtsweg_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + m.source));
            QVERIFY(m.numerus);
            QCOMPARE(m.forms.size(), 2);
            QVERIFY(!m.forms.at(0).contains(QStringLiteral("(s)")));
        }
    }

    void mainWindowSpeaksGerman()
    {
        LanguageSettings::store(UiLanguage::German);
        QVERIFY(LanguageSettings::installStoredTranslators());
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u' ')));
        QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
    }

    void languageMenuStoresTheChoice()
    {
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        const auto actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions.at(0)->isChecked()); // System, as nothing is stored
        QCOMPARE(actions.at(1)->text(), QStringLiteral("&Deutsch"));
        actions.at(1)->trigger();
        QCOMPARE(LanguageSettings::stored(), UiLanguage::German);
        QVERIFY(actions.at(1)->isChecked());
        QVERIFY(!window.statusBar()->currentMessage().isEmpty()); // "... next start"
        actions.at(2)->trigger();
        QCOMPARE(LanguageSettings::stored(), UiLanguage::English);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

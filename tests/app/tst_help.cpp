// The built-in help: F1 opens the topic of the focused area (canvas: notation, Prozesssteckbrief
// and Aktivitätengruppe: FIM, Analysis and Problems: analysis); every page exists in German and
// English, both have the same files and anchors, every internal link and symbol picture
// resolves; contents, back/forward and search work; the language follows the UI's.

#include "diagrampage.h"
#include "helpcontroller.h"
#include "helpsymbols.h"
#include "helpwindow.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/analysispanel.h"
#include "panels/outlinepanel.h"
#include "panels/problemspanel.h"
#include "panels/ragsection.h"
#include "panels/steckbriefpanel.h"
#include "privatesettings.h"
#include "testpaths.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> anchorsOf(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]+)\""));
    QSet<QString> names;
    for (const auto &match : anchor.globalMatch(html))
        names.insert(match.captured(1));
    return names;
}

QStringList helpFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

/// The help window F1 opened for the widget with the focus.
HelpWindow *pressF1(MainWindow &window, QWidget *focus)
{
    window.activateWindow(); // the help window of an earlier F1 has the focus
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    focus->setFocus(Qt::OtherFocusReason);
    if (QApplication::focusWidget() != focus && !focus->isAncestorOf(QApplication::focusWidget()))
        return nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *controller = window.findChild<HelpController *>();
    return controller ? controller->helpWindow() : nullptr;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_help")));
    }

    void init() { QSettings().clear(); }

    void everyPageExistsInBothLanguagesWithTheSameFiles()
    {
        QStringList expected;
        for (const QString &topic : HelpWindow::topics())
            expected << topic + QStringLiteral(".html");
        expected.sort();
        for (const QString &language : HelpWindow::languages()) {
            QCOMPARE(helpFiles(QStringLiteral(":/help/") + language), expected);
            // The sources, too: a page added to one language only is caught before the build.
            QCOMPARE(helpFiles(QStringLiteral(AMTSWEG_TEST_SOURCE_DIR "/../resources/help/") +
                               language),
                     expected);
            for (const QString &topic : HelpWindow::topics()) {
                const QString page = readResource(HelpWindow::pageUrl(language, topic)
                                                      .toString()
                                                      .mid(3)); // "qrc:/x" -> ":/x"
                QVERIFY2(page.contains(QStringLiteral("<h1>")), qPrintable(language + topic));
                // The <title> names the page in the contents (not the file name).
                QVERIFY2(!HelpWindow::pageTitle(language, topic).isEmpty() &&
                             HelpWindow::pageTitle(language, topic) != topic,
                         qPrintable(language + topic));
            }
        }
    }

    void germanAndEnglishPagesHaveTheSameAnchorsAndPictures()
    {
        static const QRegularExpression symbol(QStringLiteral("src=\"symbol:([a-z-]+)\""));
        for (const QString &topic : HelpWindow::topics()) {
            const QString de = readResource(QStringLiteral(":/help/de/%1.html").arg(topic));
            const QString en = readResource(QStringLiteral(":/help/en/%1.html").arg(topic));
            QCOMPARE(anchorsOf(de), anchorsOf(en));
            QStringList deSymbols, enSymbols;
            for (const auto &m : symbol.globalMatch(de))
                deSymbols << m.captured(1);
            for (const auto &m : symbol.globalMatch(en))
                enSymbols << m.captured(1);
            QCOMPARE(deSymbols, enSymbols);
        }
    }

    void everyInternalLinkAndPictureResolves()
    {
        static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]+)\""));
        static const QRegularExpression symbol(QStringLiteral("src=\"symbol:([a-z-]+)\""));
        int links = 0, pictures = 0;
        for (const QString &language : HelpWindow::languages())
            for (const QString &topic : HelpWindow::topics()) {
                const QString page = readResource(QStringLiteral(":/help/%1/%2.html").arg(language, topic));
                for (const auto &match : link.globalMatch(page)) {
                    const QString href = match.captured(1);
                    if (href.startsWith(QLatin1String("http")))
                        continue;
                    const QString file = href.section(QLatin1Char('#'), 0, 0);
                    const QString anchor = href.section(QLatin1Char('#'), 1);
                    const QString target = file.isEmpty() ? page
                                                          : readResource(QStringLiteral(":/help/%1/%2")
                                                                             .arg(language, file));
                    const QString where = language + QLatin1Char('/') + topic + QStringLiteral(": ") + href;
                    QVERIFY2(!target.isEmpty(), qPrintable(where));
                    QVERIFY2(anchor.isEmpty() || anchorsOf(target).contains(anchor), qPrintable(where));
                    ++links;
                }
                for (const auto &match : symbol.globalMatch(page)) {
                    QVERIFY2(!HelpSymbols::image(match.captured(1)).isNull(),
                             qPrintable(language + QLatin1Char('/') + topic + QStringLiteral(": ") +
                                        match.captured(1)));
                    ++pictures;
                }
            }
        QVERIFY(links > 40);
        QVERIFY(pictures > 60);
        QVERIFY(HelpSymbols::image(QStringLiteral("no-such-symbol")).isNull());
    }

    void symbolPicturesAreDrawn()
    {
        for (const QString &name : HelpSymbols::names()) {
            const QImage image = HelpSymbols::image(name);
            QVERIFY2(!image.isNull(), qPrintable(name));
            // Something dark (the symbol's lines) on the white paper.
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY2(dark > 10, qPrintable(name));
        }
    }

    void f1OpensTheTopicOfTheFocusedArea()
    {
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(test::wohngeldFixture()));

        HelpWindow *help = pressF1(window, window.currentPage());
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentTopic(), QStringLiteral("notation"));

        auto *steckbriefDock = window.findChild<QDockWidget *>(QStringLiteral("steckbriefDock"));
        QVERIFY(steckbriefDock);
        steckbriefDock->show();
        steckbriefDock->raise();
        QWidget *field = nullptr;
        for (QWidget *w : window.panels()->steckbrief()->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                field = w;
                break;
            }
        QVERIFY(field);
        help = pressF1(window, field);
        QVERIFY(help);
        QCOMPARE(help->currentTopic(), QStringLiteral("fim"));

        auto *analysisDock = window.findChild<QDockWidget *>(QStringLiteral("analysisDock"));
        analysisDock->show();
        analysisDock->raise();
        QWidget *analysisField = nullptr;
        for (QWidget *w : window.findChild<AnalysisPanel *>()->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                analysisField = w;
                break;
            }
        QVERIFY(analysisField);
        help = pressF1(window, analysisField);
        QVERIFY(help);
        QCOMPARE(help->currentTopic(), QStringLiteral("analysis"));

        // The menu item opens the same way; the focus decides.
        auto *action = window.findChild<QAction *>(QStringLiteral("helpAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void topicForEveryKindOfPanel()
    {
        MainWindow window;
        QCOMPARE(HelpController::topicFor(window.currentPage()), QStringLiteral("notation"));
        QCOMPARE(HelpController::topicFor(window.currentPage()->viewport()), QStringLiteral("notation"));
        auto *rag = window.findChild<RagSection *>();
        QVERIFY(rag);
        QCOMPARE(HelpController::topicFor(rag), QStringLiteral("fim"));
        QCOMPARE(HelpController::topicFor(window.panels()->steckbrief()), QStringLiteral("fim"));
        QCOMPARE(HelpController::topicFor(window.findChild<AnalysisPanel *>()), QStringLiteral("analysis"));
        QCOMPARE(HelpController::topicFor(window.panels()->problems()), QStringLiteral("analysis"));
        QCOMPARE(HelpController::topicFor(window.panels()->outline()), QStringLiteral("index"));
        WelcomePage welcome;
        QVERIFY(welcome.findChild<QPushButton *>());
        QCOMPARE(HelpController::topicFor(welcome.findChild<QPushButton *>()),
                 QStringLiteral("first-steps"));
        QCOMPARE(HelpController::topicFor(nullptr), QStringLiteral("index"));
    }

    void languageFollowsTheUserInterface()
    {
        QVERIFY(LanguageSettings::installTranslators(QLocale::German));
        {
            HelpWindow help;
            QCOMPARE(help.language(), QStringLiteral("de"));
            QVERIFY(help.browser()->source().toString().contains(QStringLiteral("/help/de/")));
            QCOMPARE(help.contents()->item(0)->text(), QStringLiteral("Überblick"));
        }
        QVERIFY(LanguageSettings::installTranslators(QLocale::English));
        HelpWindow help;
        QCOMPARE(help.language(), QStringLiteral("en"));
        QCOMPARE(help.contents()->item(0)->text(), QStringLiteral("Overview"));
        help.showTopic(QStringLiteral("fim"));
        help.setLanguage(QStringLiteral("de")); // keeps the topic
        QCOMPARE(help.currentTopic(), QStringLiteral("fim"));
        QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Referenzaktivitätengruppen")));
    }

    void contentsBackForwardAndSearch()
    {
        HelpWindow help;
        help.setLanguage(QStringLiteral("de"));
        QCOMPARE(help.contents()->count(), HelpWindow::topics().size());
        QCOMPARE(help.currentTopic(), QStringLiteral("index"));
        // A click in the contents, a link, back and forward.
        QListWidgetItem *fim = help.contents()->findItems(QStringLiteral("FIM"), Qt::MatchExactly).value(0);
        QVERIFY(fim);
        Q_EMIT help.contents()->itemClicked(fim);
        QCOMPARE(help.currentTopic(), QStringLiteral("fim"));
        help.browser()->setSource(QUrl(QStringLiteral("analysis.html#rules")));
        QCOMPARE(help.currentTopic(), QStringLiteral("analysis"));
        QCOMPARE(help.contents()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("analysis"));
        auto *back = help.findChild<QAction *>(QStringLiteral("helpBackAction"));
        auto *forward = help.findChild<QAction *>(QStringLiteral("helpForwardAction"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(help.currentTopic(), QStringLiteral("fim"));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(help.currentTopic(), QStringLiteral("analysis"));

        // Search narrows the contents to the pages with every word and marks the first match.
        QCOMPARE(help.search(QStringLiteral("Medienbruch")).contains(QStringLiteral("analysis")), true);
        QVERIFY(!help.search(QStringLiteral("Medienbruch")).contains(QStringLiteral("shortcuts")));
        QCOMPARE(help.search(QStringLiteral("xprozess subProzessID")), QStringList{QStringLiteral("fim")});
        QVERIFY(help.search(QStringLiteral("wortdasesnichtgibt")).isEmpty());
        help.searchField()->setText(QStringLiteral("subProzessID"));
        QCOMPARE(help.currentTopic(), QStringLiteral("fim"));
        QVERIFY(help.browser()->textCursor().hasSelection());
        QCOMPARE(help.browser()->textCursor().selectedText().toLower(), QStringLiteral("subprozessid"));
        int shown = 0;
        for (int i = 0; i < help.contents()->count(); ++i)
            shown += help.contents()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        help.searchField()->clear();
        for (int i = 0; i < help.contents()->count(); ++i)
            QVERIFY(!help.contents()->item(i)->isHidden());
    }

    void pictureOfTheNotationPage()
    {
        HelpWindow help;
        help.setLanguage(QStringLiteral("de"));
        help.resize(1000, 760);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        help.showTopic(QStringLiteral("notation"), QStringLiteral("activities"));
        QVERIFY(help.grab().save(test::buildDir() + QStringLiteral("/help-notation-de.png")));
        help.showTopic(QStringLiteral("fim"), QStringLiteral("rag"));
        QVERIFY(help.grab().save(test::buildDir() + QStringLiteral("/help-fim-de.png")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"

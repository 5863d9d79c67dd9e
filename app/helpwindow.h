#pragma once
// HelpWindow: Amtsweg's built-in, offline help. The pages are HTML in the resources
// (resources/help/<de|en>/<topic>.html, under :/help); the symbol pictures on them are drawn
// by the canvas's painter (HelpSymbols). A contents list, back and forward, and a search field
// that narrows the contents to the pages containing the words and marks them on the page shown.

#include <QLocale>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace amtsweg {

class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    /// The topics in the order of the contents list (file names without ".html").
    static QStringList topics();
    /// The help's languages ("de", "en") and the one for a UI language (German: "de", else "en").
    static QStringList languages();
    static QString languageCode(QLocale::Language language);
    /// qrc URL of a page.
    static QUrl pageUrl(const QString &language, const QString &topic);
    /// The page's <title>.
    static QString pageTitle(const QString &language, const QString &topic);

    /// In the language the user interface speaks (LanguageSettings::installedLanguage()).
    explicit HelpWindow(QWidget *parent = nullptr);

    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    /// Shows `topic` (a page of topics()), scrolled to `anchor` when given.
    void showTopic(const QString &topic, const QString &anchor = {});
    /// The topic of the page shown.
    QString currentTopic() const;
    /// The topics whose text contains every word of `text` (case-insensitive); all for none.
    QStringList search(const QString &text) const;

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }

private:
    void fillContents();
    void onSearch();
    void findInPage(bool next);
    /// Marks the contents entry of the page `source` shows (its anchor does not matter).
    void syncContents(const QUrl &source);

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hits = nullptr;
};

} // namespace amtsweg

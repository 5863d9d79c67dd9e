#include "helpwindow.h"

#include "helpsymbols.h"
#include "languagesettings.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace amtsweg {
namespace {

/// A text browser that draws the symbol:NAME pictures itself.
class HelpBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("symbol")) {
            const QImage image = HelpSymbols::image(name.path());
            if (!image.isNull())
                return image;
        }
        return QTextBrowser::loadResource(type, name);
    }
};

QString readPage(const QString &language, const QString &topic)
{
    QFile file(QStringLiteral(":/help/%1/%2.html").arg(language, topic));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The page's text without markup, lower case (cached: the pages are resources).
QString plainText(const QString &language, const QString &topic)
{
    static QHash<QString, QString> cache;
    const QString key = language + QLatin1Char('/') + topic;
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QTextDocument document;
    document.setHtml(readPage(language, topic));
    return *cache.insert(key, document.toPlainText().toLower());
}

} // namespace

QStringList HelpWindow::topics()
{
    return {QStringLiteral("index"),    QStringLiteral("first-steps"),
            QStringLiteral("notation"), QStringLiteral("fim"),
            QStringLiteral("analysis"), QStringLiteral("shortcuts")};
}

QStringList HelpWindow::languages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString HelpWindow::languageCode(QLocale::Language language)
{
    return language == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QUrl HelpWindow::pageUrl(const QString &language, const QString &topic)
{
    return QUrl(QStringLiteral("qrc:/help/%1/%2.html").arg(language, topic));
}

QString HelpWindow::pageTitle(const QString &language, const QString &topic)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(readPage(language, topic));
    return match.hasMatch() ? match.captured(1).simplified() : topic;
}

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Amtsweg Help"));
    resize(980, 720);

    auto *toolBar = new QToolBar(this);
    QStyle *st = style();
    QAction *back = toolBar->addAction(st->standardIcon(QStyle::SP_ArrowBack), tr("Back"));
    back->setObjectName(QStringLiteral("helpBackAction"));
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    QAction *forward = toolBar->addAction(st->standardIcon(QStyle::SP_ArrowForward), tr("Forward"));
    forward->setObjectName(QStringLiteral("helpForwardAction"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(
        tr("Forward (%1)").arg(forward->shortcut().toString(QKeySequence::NativeText)));
    QAction *home = toolBar->addAction(st->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"));
    home->setObjectName(QStringLiteral("helpHomeAction"));
    home->setToolTip(tr("The overview page"));
    toolBar->addSeparator();
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the help…"));
    m_search->setAccessibleName(tr("Search the help"));
    m_search->setToolTip(tr("Finds the pages with these words; Enter goes to the next match "
                            "(Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolBar->addWidget(m_search);
    m_hits = new QLabel(toolBar);
    m_hits->setObjectName(QStringLiteral("helpSearchHits"));
    m_hits->setContentsMargins(8, 0, 0, 0);
    toolBar->addWidget(m_hits);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser = new HelpBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Help page"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);

    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home, &QAction::triggered, this, [this] { showTopic(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::syncContents);
    connect(m_contents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showTopic(item->data(Qt::UserRole).toString());
    });
    connect(m_contents, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showTopic(item->data(Qt::UserRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::onSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInPage(true); });

    setLanguage(languageCode(LanguageSettings::installedLanguage()));
}

void HelpWindow::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    const QString topic = m_language.isEmpty() ? QStringLiteral("index") : currentTopic();
    m_language = languages().contains(code) ? code : QStringLiteral("en");
    fillContents();
    m_browser->clearHistory();
    showTopic(topic);
}

void HelpWindow::fillContents()
{
    m_contents->clear();
    for (const QString &topic : topics()) {
        auto *item = new QListWidgetItem(pageTitle(m_language, topic), m_contents);
        item->setData(Qt::UserRole, topic);
    }
    onSearch();
}

void HelpWindow::showTopic(const QString &topic, const QString &anchor)
{
    QUrl url = pageUrl(m_language, topics().contains(topic) ? topic : QStringLiteral("index"));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
    if (!m_search->text().trimmed().isEmpty())
        findInPage(false);
}

namespace {

/// "analysis" for ".../analysis.html#rules".
QString topicOf(const QUrl &source)
{
    const QString file = source.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery).fileName();
    return file.endsWith(QLatin1String(".html")) ? file.chopped(5) : file;
}

} // namespace

QString HelpWindow::currentTopic() const
{
    return topicOf(m_browser->source());
}

QStringList HelpWindow::search(const QString &text) const
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList found;
    for (const QString &topic : topics()) {
        const QString page = plainText(m_language, topic);
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString &word) { return page.contains(word); }))
            found << topic;
    }
    return found;
}

void HelpWindow::onSearch()
{
    const QString text = m_search->text().trimmed();
    const QStringList found = search(text);
    for (int i = 0; i < m_contents->count(); ++i) {
        QListWidgetItem *item = m_contents->item(i);
        item->setHidden(!found.contains(item->data(Qt::UserRole).toString()));
    }
    m_hits->setText(text.isEmpty() ? QString() : tr("%n page(s)", nullptr, int(found.size())));
    if (text.isEmpty())
        return;
    if (!found.contains(currentTopic()) && !found.isEmpty())
        showTopic(found.first());
    else
        findInPage(false);
}

void HelpWindow::findInPage(bool next)
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    if (!next)
        m_browser->moveCursor(QTextCursor::Start);
    if (!m_browser->find(words.first()) && next) { // wrap around
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(words.first());
    }
}

void HelpWindow::syncContents(const QUrl &source)
{
    // The URL just shown (source() may still name the previous page while the signal runs).
    const QString topic = topicOf(source);
    for (int i = 0; i < m_contents->count(); ++i)
        if (m_contents->item(i)->data(Qt::UserRole).toString() == topic) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(i);
        }
}

} // namespace amtsweg

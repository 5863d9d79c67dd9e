#include "welcomepage.h"

#include "firstprocess.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

// Colours come from the palette, so that the page suits light and dark themes alike.
const QString kStyle = QStringLiteral(
    "QWidget#welcomeContent { background: palette(window); }"
    "QFrame#welcomeCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
    "QFrame#welcomeCard QLabel { background: transparent; }"
    "QLabel#welcomeCardTitle { font-weight: bold; }"
    "QPushButton[welcomeEntry=\"true\"] { text-align: left; padding: 5px 8px; border: 1px solid"
    " transparent; border-radius: 4px; background: transparent; color: palette(text); }"
    "QPushButton[welcomeEntry=\"true\"]:hover { background: palette(alternate-base);"
    " border-color: palette(mid); }"
    "QPushButton[welcomeEntry=\"true\"]:focus { border-color: palette(highlight); }");

QPushButton *actionButton(const QIcon &icon, const QString &text, const QString &tip,
                          const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setToolTip(tip);
    button->setMinimumHeight(36);
    button->setIconSize(QSize(20, 20));
    return button;
}

} // namespace

namespace {

/// Below this width the two columns of cards would not fit side by side.
constexpr int kSideBySideWidth = 1050;

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("welcomeContent"));
    content->setStyleSheet(kStyle);
    scroll->setWidget(content);
    auto *centre = new QHBoxLayout(content);
    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    centre->addStretch(1);
    centre->addLayout(column, 12);
    centre->addStretch(1);
    column->setContentsMargins(0, 28, 0, 28);

    // Header: icon, greeting, what Amtsweg is for.
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull()) {
        auto *logo = new QLabel(content);
        logo->setPixmap(icon.pixmap(56, 56));
        header->addWidget(logo, 0, Qt::AlignTop);
    }
    auto *greeting = new QLabel(content);
    greeting->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    greeting->setFont(big);
    greeting->setText(tr("Welcome to Amtsweg"));
    auto *subtitle = new QLabel(tr("Model administrative processes end to end: BPMN 2.0, "
                                   "FIM-BPMN with Prozesssteckbrief and "
                                   "Referenzaktivitätengruppen, and the analysis of media "
                                   "breaks and OZG maturity."),
                                content);
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(greeting);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    column->addLayout(header);

    // The three ways in, and the help.
    auto *actions = new QHBoxLayout;
    QStyle *st = style();
    QPushButton *create = actionButton(st->standardIcon(QStyle::SP_FileIcon), tr("New model"),
                                       tr("Start an empty model (Ctrl+N)"), "welcomeNewButton",
                                       content);
    QPushButton *open =
        actionButton(st->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"),
                     tr("Open a BPMN or XProzess file (Ctrl+O)"), "welcomeOpenButton", content);
    QPushButton *repository = actionButton(
        st->standardIcon(QStyle::SP_DirIcon), tr("Open repository…"),
        tr("Open another process repository file"), "welcomeRepositoryButton", content);
    QPushButton *help =
        actionButton(st->standardIcon(QStyle::SP_DialogHelpButton), tr("Help"),
                     tr("The built-in help on notation, FIM and analysis (F1)"),
                     "welcomeHelpButton", content);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newModelRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(repository, &QPushButton::clicked, this, &WelcomePage::openRepositoryRequested);
    connect(help, &QPushButton::clicked, this, &WelcomePage::helpRequested);
    for (QPushButton *button : {create, open, repository, help})
        actions->addWidget(button);
    actions->addStretch();
    column->addLayout(actions);

    // Left: recent models and samples; right: the first process.
    auto *columns = new QHBoxLayout;
    m_columns = columns;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    QVBoxLayout *recentBox = nullptr;
    left->addWidget(createCard(tr("Recent models"), &recentBox));
    m_noRecent = new QLabel(tr("Models you open or save appear here."), content);
    m_noRecent->setWordWrap(true);
    recentBox->addWidget(m_noRecent);
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(2);
    recentBox->addLayout(m_recent);

    QVBoxLayout *samplesBox = nullptr;
    left->addWidget(createCard(tr("Samples"), &samplesBox));
    auto *samplesIntro = new QLabel(tr("End-to-end processes of German administrations, as "
                                       "FIM-BPMN models. A sample opens as your own copy."),
                                    content);
    samplesIntro->setWordWrap(true);
    samplesBox->addWidget(samplesIntro);
    m_noSamples = new QLabel(tr("No samples were found on this computer."), content);
    samplesBox->addWidget(m_noSamples);
    m_samples = new QGridLayout;
    m_samples->setSpacing(2);
    samplesBox->addLayout(m_samples);
    left->addStretch();
    columns->addLayout(left, 3);

    QVBoxLayout *guideBox = nullptr;
    QWidget *guide = createCard(tr("Your first process"), &guideBox);
    QString steps;
    for (int i = 0; i < kFirstProcessSteps; ++i)
        steps += QStringLiteral("<li style=\"margin-bottom:6px\"><b>%1</b><br>%2</li>")
                     .arg(FirstProcess::title(FirstProcessStep(i)).toHtmlEscaped(),
                          FirstProcess::instruction(FirstProcessStep(i)).toHtmlEscaped());
    auto *stepList = new QLabel(
        tr("Five steps to a small, correct process. A checklist beside the canvas ticks each "
           "step when your model shows it.") +
            QStringLiteral("<ol style=\"margin-left:-20px\">%1</ol>").arg(steps),
        guide);
    stepList->setObjectName(QStringLiteral("welcomeSteps"));
    stepList->setWordWrap(true);
    stepList->setTextFormat(Qt::RichText);
    guideBox->addWidget(stepList);
    auto *start = new QPushButton(tr("Start the first process"), guide);
    start->setObjectName(QStringLiteral("welcomeFirstProcessButton"));
    start->setToolTip(tr("Opens a new model with the step-by-step checklist"));
    start->setMinimumHeight(32);
    connect(start, &QPushButton::clicked, this, &WelcomePage::firstProcessRequested);
    guideBox->addWidget(start, 0, Qt::AlignLeft);
    auto *right = new QVBoxLayout;
    right->addWidget(guide);
    right->addStretch();
    columns->addLayout(right, 2);
    column->addLayout(columns);
    column->addStretch();

    setTabOrder(create, open);
    setTabOrder(open, repository);
    setTabOrder(repository, help);
}

QWidget *WelcomePage::createCard(const QString &title, QVBoxLayout **content)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setAccessibleName(title);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, card);
    heading->setObjectName(QStringLiteral("welcomeCardTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    *content = layout;
    return card;
}

QPushButton *WelcomePage::createEntry(const QString &title, const QString &detail,
                                      const QString &path, const char *objectName)
{
    auto *button = new QPushButton(detail.isEmpty() ? title : title + QLatin1Char('\n') + detail,
                                   this);
    button->setObjectName(QLatin1String(objectName));
    button->setProperty("welcomeEntry", true);
    button->setProperty("path", path);
    button->setToolTip(QDir::toNativeSeparators(path));
    button->setAccessibleName(title);
    button->setAccessibleDescription(QDir::toNativeSeparators(path));
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void WelcomePage::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    clearLayout(m_recent);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QPushButton *entry =
            createEntry(info.fileName(), QDir::toNativeSeparators(info.path()), path, "welcomeRecent");
        connect(entry, &QPushButton::clicked, this,
                [this, path] { Q_EMIT recentFileRequested(path); });
        m_recent->addWidget(entry);
    }
    m_noRecent->setVisible(paths.isEmpty());
}

void WelcomePage::setSamples(const QList<SampleModel> &samples)
{
    clearLayout(m_samples);
    for (int i = 0; i < samples.size(); ++i) {
        const SampleModel &sample = samples.at(i);
        QPushButton *entry = createEntry(sample.title, QFileInfo(sample.path).fileName(),
                                         sample.path, "welcomeSample");
        connect(entry, &QPushButton::clicked, this,
                [this, path = sample.path] { Q_EMIT sampleRequested(path); });
        m_samples->addWidget(entry, i / 2, i % 2);
    }
    m_noSamples->setVisible(samples.isEmpty());
}

QList<QPushButton *> WelcomePage::recentButtons() const
{
    return findChildren<QPushButton *>(QStringLiteral("welcomeRecent"));
}

QList<QPushButton *> WelcomePage::sampleButtons() const
{
    return findChildren<QPushButton *>(QStringLiteral("welcomeSample"));
}

void WelcomePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_columns->setDirection(width() < kSideBySideWidth ? QBoxLayout::TopToBottom
                                                       : QBoxLayout::LeftToRight);
}

} // namespace amtsweg

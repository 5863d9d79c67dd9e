#include "firstprocessguide.h"

#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/problemspanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

const QString kBadgeOpen = QStringLiteral(
    "QLabel { border: 1px solid palette(mid); border-radius: 12px; font-weight: bold; }");
const QString kBadgeDone = QStringLiteral(
    "QLabel { background: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(highlight); border-radius: 12px; font-weight: bold; }");

QDockWidget *problemsDock(MainWindow *window)
{
    return window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
}

} // namespace

FirstProcessGuide::FirstProcessGuide(MainWindow *window, QWidget *parent)
    : QWidget(parent), m_window(window)
{
    setObjectName(QStringLiteral("firstProcessGuide"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Model a small process in five steps. Each step ticks itself "
                                "when your model shows it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    for (int i = 0; i < kFirstProcessSteps; ++i) {
        const auto step = FirstProcessStep(i);
        Row &row = m_rows[i];
        row.badge = new QLabel(this);
        row.badge->setFixedSize(24, 24);
        row.badge->setAlignment(Qt::AlignCenter);
        row.title = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                   .arg(FirstProcess::title(step).toHtmlEscaped(),
                                        FirstProcess::instruction(step).toHtmlEscaped()),
                               this);
        row.title->setWordWrap(true);
        row.title->setMinimumWidth(180);
        row.showMe = new QPushButton(tr("Show me"), this);
        row.showMe->setObjectName(QStringLiteral("showMeButton%1").arg(i + 1));
        row.showMe->setAccessibleName(tr("Show me: %1").arg(FirstProcess::title(step)));
        row.showMe->setToolTip(step == FirstProcessStep::Checks
                                   ? tr("Opens the Problems panel")
                                   : tr("Does this step for you in the current model"));
        connect(row.showMe, &QPushButton::clicked, this, [this, step] { showMe(step); });
        grid->addWidget(row.badge, 2 * i, 0, Qt::AlignTop);
        grid->addWidget(row.title, 2 * i, 1);
        grid->addWidget(row.showMe, 2 * i + 1, 1, Qt::AlignLeft);
    }
    layout->addLayout(grid);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("firstProcessSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();

    connect(window->diagramTabs(), &QTabWidget::currentChanged, this,
            [this] { follow(m_window->document()); });
    if (QDockWidget *dock = problemsDock(window))
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                noteChecksSeen();
        });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        QDockWidget *dock = problemsDock(m_window);
        if (now && dock && dock->isAncestorOf(now))
            noteChecksSeen();
    });
    follow(window->document());
}

void FirstProcessGuide::restart()
{
    m_checksSeen = false;
    follow(m_window->document());
}

void FirstProcessGuide::follow(BpmnDocument *document)
{
    if (document != m_document) {
        for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
            disconnect(c);
        m_documentConnections.clear();
        m_document = document;
        m_checksSeen = false;
        if (document) {
            auto changed = [this] { refresh(); };
            m_documentConnections << connect(document, &BpmnDocument::elementAdded, this, changed)
                                  << connect(document, &BpmnDocument::elementRemoved, this, changed)
                                  << connect(document, &BpmnDocument::reset, this, changed);
        }
    }
    refresh();
}

bool FirstProcessGuide::modelStepsDone() const
{
    for (int i = 0; i < int(FirstProcessStep::Checks); ++i)
        if (!m_done[std::size_t(i)])
            return false;
    return true;
}

void FirstProcessGuide::noteChecksSeen()
{
    if (m_checksSeen || !modelStepsDone())
        return;
    m_checksSeen = true;
    refresh();
}

void FirstProcessGuide::refresh()
{
    m_done = m_document ? FirstProcess::modelProgress(m_document->tree())
                        : std::array<bool, kFirstProcessSteps>{};
    m_done[std::size_t(FirstProcessStep::Checks)] = m_checksSeen && modelStepsDone();
    int next = -1;
    for (int i = 0; i < kFirstProcessSteps; ++i) {
        const bool done = m_done[std::size_t(i)];
        if (!done && next < 0)
            next = i;
        Row &row = m_rows[i];
        row.badge->setText(done ? QStringLiteral("\u2713") : QString::number(i + 1));
        row.badge->setStyleSheet(done ? kBadgeDone : kBadgeOpen);
        const QString title = FirstProcess::title(FirstProcessStep(i));
        row.badge->setAccessibleName(done ? tr("Step %1 done: %2").arg(i + 1).arg(title)
                                          : tr("Step %1 open: %2").arg(i + 1).arg(title));
        row.showMe->setEnabled(!done && next == i && m_document && !m_document->isReadOnly());
    }
    m_summary->setText(next < 0 ? tr("Well done: your first process is modelled and checked. "
                                     "Press F1 to read more about the notation and the checks.")
                                : QString());
    Q_EMIT progressChanged();
}

void FirstProcessGuide::showMe(FirstProcessStep step)
{
    if (step == FirstProcessStep::Checks) {
        if (QDockWidget *dock = problemsDock(m_window)) {
            dock->show();
            dock->raise();
            m_window->panels()->problems()->setFocus();
        }
        noteChecksSeen();
        return;
    }
    FirstProcess::perform(m_window->currentPage(), step);
}

} // namespace amtsweg

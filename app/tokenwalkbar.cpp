#include "tokenwalkbar.h"

#include "bpmn/elements.h"
#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantAnimation>

namespace amtsweg {

using simulation::Move;
using simulation::TokenWalk;

namespace {

constexpr int kAnimationMs = 650;
constexpr int kNumberedChoices = 9;

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TokenWalkBar::TokenWalkBar(MainWindow *window)
    : QFrame(window->diagramTabs()), m_window(window), m_host(window->diagramTabs())
{
    setObjectName(QStringLiteral("tokenWalkBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_action = new QAction(tr("&Token Walk-through"), window);
    m_action->setObjectName(QStringLiteral("tokenWalkAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F9));
    m_action->setToolTip(tr("Walk a token through the process step by step (F9)"));
    window->addAction(m_action); // F9 works without the menu bar too
    connect(m_action, &QAction::triggered, this, &TokenWalkBar::toggleFromWindow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Walk-through")), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tokenWalkStatus"));
    m_status->setMinimumWidth(220);
    m_status->setMaximumWidth(520);
    m_next = toolButton(this, tr("Next \u25b6"), tr("Next step (N or \u2192)"));
    m_back = toolButton(this, tr("\u25c0 Back"), tr("One step back (Backspace)"));
    m_restart = toolButton(this, tr("Restart"), tr("Back to the start event"));
    auto *stopButton =
        toolButton(this, QStringLiteral("\u2715"), tr("Stop the walk-through (Esc)"));
    stopButton->setAutoRaise(true);
    row->addWidget(title);
    row->addWidget(m_status, 1);
    row->addWidget(m_back);
    row->addWidget(m_next);
    row->addWidget(m_restart);
    row->addWidget(stopButton);
    layout->addLayout(row);
    m_choiceBox = new QWidget(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceLayout->setSpacing(2);
    layout->addWidget(m_choiceBox);
    connect(m_next, &QToolButton::clicked, this, &TokenWalkBar::next);
    connect(m_back, &QToolButton::clicked, this, &TokenWalkBar::back);
    connect(m_restart, &QToolButton::clicked, this, &TokenWalkBar::restart);
    connect(stopButton, &QToolButton::clicked, this, &TokenWalkBar::stop);

    // The keys of the walk, for presenting without menu bar; active only while it runs.
    auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *shortcut = new QShortcut(key, this, slot, Qt::WindowShortcut);
        shortcut->setEnabled(false);
        m_shortcuts.push_back(shortcut);
    };
    addShortcut(QKeySequence(Qt::Key_N), [this] { next(); });
    addShortcut(QKeySequence(Qt::Key_Right), [this] { next(); });
    addShortcut(QKeySequence(Qt::Key_Backspace), [this] { back(); });
    addShortcut(QKeySequence(Qt::Key_Escape), [this] { stop(); });
    for (int i = 0; i < kNumberedChoices; ++i)
        addShortcut(QKeySequence(Qt::Key_1 + i), [this, i] { choose(i); });

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_highlight.setProgress(v.toReal());
        showHighlight();
    });
    connect(window->diagramTabs(), &QTabWidget::currentChanged, this, [this] {
        // The walk stays with its canvas; the bar shows while that canvas is the current tab.
        if (isActive() && m_host == m_window->diagramTabs())
            setVisible(m_window->currentPage() == m_view);
    });
    if (m_host)
        m_host->installEventFilter(this);
    hide();
}

TokenWalkBar::~TokenWalkBar()
{
    disconnect(m_viewGone);
}

void TokenWalkBar::setHost(QWidget *host)
{
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = host;
    setParent(host);
    if (host)
        host->installEventFilter(this);
    if (isActive()) {
        show();
        place();
    }
}

void TokenWalkBar::toggleFromWindow(bool on)
{
    if (!on) {
        stop();
        return;
    }
    DiagramPage *page = m_window->currentPage();
    const bool started = page && start(page, &page->document()->tree(), page->selectedElement());
    if (!started) {
        m_action->setChecked(false);
        m_window->statusBar()->showMessage(tr("The model has no start event to walk from."),
                                           5000);
        return;
    }
    page->diagramScene()->selectElements({}); // the halo, not the selection, shows
    // A reset replaces the model the walk points into.
    connect(page->document(), &BpmnDocument::reset, this, &TokenWalkBar::stop,
            Qt::UniqueConnection);
}

bool TokenWalkBar::start(DiagramView *view, const ModelTree *tree, NodeId selected)
{
    stop();
    if (!view || !tree)
        return false;
    std::vector<NodeId> starts = TokenWalk::startEvents(*tree);
    if (selected != kNoNode && tree->isValid(selected) && bpmn::isStartEvent(*tree, selected))
        starts = {selected};
    if (starts.empty())
        return false;
    m_view = view;
    m_tree = tree;
    m_viewGone = connect(view, &QObject::destroyed, this, [this] {
        m_view = nullptr; // half destroyed: not to be touched
        stop();
    });
    m_walk = std::make_unique<TokenWalk>(*tree);
    m_startChoices = starts.size() > 1 ? starts : std::vector<NodeId>{};
    if (starts.size() == 1)
        m_walk->start(starts.front());
    m_action->setChecked(true);
    setShortcutsEnabled(true);
    show();
    raise();
    refresh();
    Q_EMIT activeChanged(true);
    return true;
}

void TokenWalkBar::stop()
{
    const bool wasActive = isActive();
    m_walk.reset();
    m_animation->stop();
    disconnect(m_viewGone);
    if (m_view)
        m_view->setTokenHighlight({});
    m_view = nullptr;
    m_tree = nullptr;
    m_moves.clear();
    m_startChoices.clear();
    m_highlight.clear();
    setShortcutsEnabled(false);
    m_action->setChecked(false);
    hide();
    if (wasActive)
        Q_EMIT activeChanged(false);
}

void TokenWalkBar::startAt(NodeId startEvent)
{
    m_startChoices.clear();
    m_walk->start(startEvent);
    refresh();
}

void TokenWalkBar::next()
{
    if (isActive() && m_startChoices.empty() && m_moves.size() == 1)
        choose(0);
}

void TokenWalkBar::choose(int index)
{
    if (!isActive() || index < 0)
        return;
    if (!m_startChoices.empty()) {
        if (std::size_t(index) < m_startChoices.size())
            startAt(m_startChoices[std::size_t(index)]);
        return;
    }
    if (std::size_t(index) < m_moves.size() && m_walk->take(m_moves[std::size_t(index)]))
        refresh();
}

void TokenWalkBar::back()
{
    if (isActive() && m_walk->canGoBack()) {
        m_walk->back();
        refresh();
    }
}

void TokenWalkBar::restart()
{
    if (isActive() && m_walk->isActive()) {
        m_walk->restart();
        refresh();
    }
}

QStringList TokenWalkBar::choiceTexts() const
{
    QStringList texts;
    if (!isActive())
        return texts;
    for (NodeId start : m_startChoices) {
        QString name = m_walk->displayName(start);
        if (const NodeId pool = bpmn::participantOf(*m_tree, bpmn::processOf(*m_tree, start));
            pool != kNoNode)
            name = tr("%1 (%2)").arg(name, m_walk->displayName(pool));
        texts << tr("Start at %1").arg(name);
    }
    // With several tokens that can move, say which one a choice moves.
    std::size_t moving = 0;
    for (std::size_t i = 0; i < m_walk->tokens().size(); ++i)
        moving += m_walk->movesOf(i).empty() ? 0 : 1;
    for (const Move &m : m_moves) {
        const QString text = m_walk->describe(m);
        texts << (moving > 1 ? tr("At %1: %2")
                                   .arg(m_walk->displayName(m_walk->tokens()[m.token].node), text)
                             : text);
    }
    return texts;
}

QList<QAbstractButton *> TokenWalkBar::choiceButtons() const
{
    return m_choiceBox->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly);
}

QString TokenWalkBar::statusText() const
{
    return m_status->text();
}

QString TokenWalkBar::tokenList() const
{
    QStringList names;
    for (std::size_t i = 0; i < m_walk->tokens().size(); ++i)
        if (!m_walk->isEnded(i))
            names << QStringLiteral("\u201c%1\u201d").arg(
                m_walk->displayName(m_walk->tokens()[i].node));
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

void TokenWalkBar::refresh()
{
    m_moves = m_walk->isActive() ? m_walk->moves() : std::vector<Move>{};
    if (!m_startChoices.empty())
        m_status->setText(tr("Where does the token start?"));
    else if (m_walk->isFinished())
        m_status->setText(tr("Done: every token has reached its end."));
    else if (m_moves.empty())
        m_status->setText(tr("At %1: waiting, no token can move.").arg(tokenList()));
    else if (m_moves.size() == 1)
        m_status->setText(tr("At %1").arg(tokenList()));
    else
        m_status->setText(tr("At %1: choose how it goes on.").arg(tokenList()));
    m_next->setEnabled(m_startChoices.empty() && m_moves.size() == 1);
    m_next->setToolTip(m_moves.size() == 1
                           ? tr("Next step (N or \u2192): %1").arg(m_walk->describe(m_moves[0]))
                           : tr("Next step (N or \u2192)"));
    m_back->setEnabled(m_walk->canGoBack());
    m_restart->setEnabled(m_walk->canGoBack());
    rebuildChoices(choiceTexts());

    m_highlight.clear();
    for (std::size_t i = 0; i < m_walk->tokens().size(); ++i) {
        const TokenHighlight::TokenState state =
            !m_walk->movesOf(i).empty() ? TokenHighlight::TokenState::Active
            : m_walk->isWaiting(i)      ? TokenHighlight::TokenState::Waiting
                                        : TokenHighlight::TokenState::Ended;
        m_highlight.addToken(std::string(m_tree->id(m_walk->tokens()[i].node)), state);
    }
    std::vector<std::string> flows;
    for (NodeId f : m_walk->lastFlows())
        flows.emplace_back(m_tree->id(f));
    m_highlight.setFlows(std::move(flows));
    for (NodeId pool : m_walk->reachedPools())
        m_highlight.addReachedPool(std::string(m_tree->id(pool)));
    revealTokens();
    m_animation->stop();
    m_highlight.setProgress(m_walk->lastFlows().empty() ? 1.0 : 0.0);
    showHighlight();
    if (!m_walk->lastFlows().empty())
        m_animation->start();
    adjustSize();
    place();
}

void TokenWalkBar::rebuildChoices(const QStringList &texts)
{
    qDeleteAll(choiceButtons());
    for (int i = 0; i < texts.size(); ++i) {
        const QString key = i < kNumberedChoices ? QString::number(i + 1) : QString();
        auto *button = new QPushButton(
            key.isEmpty() ? texts[i] : QStringLiteral("%1   %2").arg(key, texts[i]), m_choiceBox);
        button->setFlat(true);
        button->setFocusPolicy(Qt::NoFocus); // keys stay with the canvas
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
        if (!key.isEmpty())
            button->setToolTip(tr("Choose with key %1").arg(key));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_choiceLayout->addWidget(button);
        button->show(); // now, so that the bar's size hint counts it
    }
    m_choiceBox->setVisible(!texts.isEmpty());
}

void TokenWalkBar::showHighlight()
{
    if (m_view)
        m_view->setTokenHighlight(m_highlight);
}

void TokenWalkBar::revealTokens()
{
    auto *scene = m_view ? qobject_cast<DiagramScene *>(m_view->scene()) : nullptr;
    if (!scene || m_walk->tokens().empty())
        return;
    // Keep in sight where the last step went, else every token.
    std::vector<NodeId> wanted;
    for (const simulation::Token &t : m_walk->tokens())
        if (t.via != kNoNode && std::find(m_walk->lastFlows().begin(), m_walk->lastFlows().end(),
                                          t.via) != m_walk->lastFlows().end())
            wanted.push_back(t.node);
    if (wanted.empty())
        for (const simulation::Token &t : m_walk->tokens())
            wanted.push_back(t.node);
    auto *page = qobject_cast<DiagramPage *>(m_view.data());
    if (page && scene->diElementFor(wanted.front()) == kNoNode &&
        page->revealElement(wanted.front())) // another plane: drill down (or back up)
        page->diagramScene()->selectElements({});
    scene = qobject_cast<DiagramScene *>(m_view->scene());
    QRectF area;
    for (NodeId n : wanted)
        if (const QGraphicsItem *item = scene->itemFor(scene->diElementFor(n)))
            area |= item->sceneBoundingRect();
    if (!area.isEmpty())
        m_view->ensureVisible(area, 80, std::max(80, sizeHint().height() + 40)); // above the bar
}

void TokenWalkBar::place()
{
    QWidget *host = parentWidget();
    if (!host || !isActive())
        return;
    QRect area = host->rect();
    if (m_view && m_view->isVisible() && host->isAncestorOf(m_view))
        area = QRect(m_view->mapTo(host, QPoint(0, 0)), m_view->size());
    const QSize size = sizeHint().boundedTo(area.size());
    resize(size);
    move(area.center().x() - size.width() / 2, area.bottom() - size.height() - 24);
    raise();
}

void TokenWalkBar::setShortcutsEnabled(bool on)
{
    for (QShortcut *s : m_shortcuts)
        s->setEnabled(on);
}

bool TokenWalkBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace amtsweg

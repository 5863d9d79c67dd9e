#include "findbar.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramnavigation.h"
#include "diagrampage.h"
#include "document.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace amtsweg {
namespace {

bool contains(std::string_view haystack, const QString &needle)
{
    return !haystack.empty() && QString::fromUtf8(haystack.data(), qsizetype(haystack.size()))
                                    .contains(needle, Qt::CaseInsensitive);
}

/// True when `element` has a shape or edge on a plane of `page` (its root or below).
bool isDrawnOn(const ModelTree &tree, NodeId element, const DiagramPage &page)
{
    for (NodeId di : di::diagramElementsOf(tree, element))
        if (navigation::planePath(tree, page.rootPlane(), di::enclosingPlane(tree, di)))
            return true;
    return false;
}

void collect(const ModelTree &tree, NodeId parent, const QString &text, const DiagramPage &page,
             QList<NodeId> &out)
{
    for (NodeId c = tree.firstChildElement(parent); c != kNoNode; c = tree.nextSiblingElement(c)) {
        if (di::isDiagram(tree, c))
            continue;
        if ((contains(tree.id(c), text) || contains(bpmn::name(tree, c), text)) &&
            isDrawnOn(tree, c, page))
            out << c;
        collect(tree, c, text, page, out);
    }
}

} // namespace

FindBar::FindBar(DiagramPage *page) : QFrame(page), m_page(page)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find by name or id"));
    m_edit->setAccessibleName(tr("Find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(200);
    m_edit->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(
        m_status->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("\u2715"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    updateStatus();
    hide();
}

QList<NodeId> FindBar::findElements(const DiagramPage &page, const QString &text)
{
    QList<NodeId> result;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return result;
    const ModelTree &tree = page.document()->tree();
    collect(tree, tree.root(), needle, page, result);
    return result;
}

void FindBar::activate()
{
    adjustSize();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::close()
{
    hide();
    m_page->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::search()
{
    m_matches = findElements(*m_page, m_edit->text());
    m_current = m_matches.isEmpty() ? -1 : 0;
    showCurrent();
}

void FindBar::step(int direction)
{
    // The model may have changed since: search again, continuing from the current element.
    const NodeId current = m_current >= 0 ? m_matches.value(m_current) : kNoNode;
    m_matches = findElements(*m_page, m_edit->text());
    if (m_matches.isEmpty()) {
        m_current = -1;
    } else {
        const int at = int(m_matches.indexOf(current));
        const int n = int(m_matches.size());
        m_current = at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n;
    }
    showCurrent();
}

void FindBar::showCurrent()
{
    if (m_current >= 0)
        m_page->revealElement(m_matches[m_current]);
    updateStatus();
}

QString FindBar::statusText() const
{
    if (m_edit->text().trimmed().isEmpty())
        return {};
    if (m_matches.isEmpty())
        return tr("No matches");
    return tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
}

void FindBar::updateStatus()
{
    m_status->setText(statusText());
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    QPalette p = m_edit->palette();
    const bool none = !m_edit->text().trimmed().isEmpty() && m_matches.isEmpty();
    p.setColor(QPalette::Base, none ? QColor(255, 220, 220) : palette().color(QPalette::Base));
    // Dark text on the pink, whatever the theme's text colour.
    p.setColor(QPalette::Text, none ? QColor(0x3d, 0x00, 0x00) : palette().color(QPalette::Text));
    m_edit->setPalette(p);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F3:
        shift ? findPrevious() : findNext();
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace amtsweg

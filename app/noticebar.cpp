#include "noticebar.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace amtsweg {

namespace {

constexpr int kMargin = 8;

} // namespace

NoticeBar::NoticeBar(QAbstractScrollArea *page, const QString &text, const QString &actionText)
    : QFrame(page), m_page(page)
{
    setObjectName(QStringLiteral("noticeBar"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x32, 0x00));
    setPalette(colours);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label = new QLabel(text, this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    if (!actionText.isEmpty()) {
        m_action = new QPushButton(actionText, this);
        layout->addWidget(m_action);
        connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    }
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u00d7"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this note"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    page->installEventFilter(this);
    place();
    show();
    raise();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void NoticeBar::place()
{
    const QRect area = m_page->viewport()->geometry();
    const int width = qMax(120, area.width() - 2 * kMargin);
    resize(width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    // Notes shown earlier on the same page stay where they are; this one goes above them.
    int bottom = area.bottom() - kMargin;
    for (const NoticeBar *other : m_page->findChildren<NoticeBar *>(Qt::FindDirectChildrenOnly)) {
        if (other == this)
            break;
        if (!other->isHidden()) // placed in any order (event filters run newest first)
            bottom -= (other->heightForWidth(width) > 0 ? other->heightForWidth(width)
                                                        : other->sizeHint().height()) +
                      kMargin / 2;
    }
    move(area.left() + kMargin, bottom - height());
}

} // namespace amtsweg

#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace amtsweg {

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("breadcrumbBar"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#breadcrumbBar { background: rgba(255, 255, 255, 235); border: 1px solid #c8ccd4;"
        " border-radius: 4px; }"
        "#breadcrumbBar QToolButton { border: none; color: #1a5fd0; padding: 2px 4px; }"
        "#breadcrumbBar QToolButton:hover { text-decoration: underline; }"
        "#breadcrumbBar QLabel { color: #22242a; padding: 2px 2px; }"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->setSpacing(2);
}

void BreadcrumbBar::setCrumbs(const QStringList &crumbs)
{
    m_crumbs = crumbs;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < crumbs.size(); ++i) {
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("\u203a"), this));
        if (i + 1 < crumbs.size()) {
            auto *button = new QToolButton(this);
            button->setText(crumbs.at(i));
            button->setCursor(Qt::PointingHandCursor);
            button->setToolTip(tr("Back to %1").arg(crumbs.at(i)));
            connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT crumbActivated(i); });
            m_layout->addWidget(button);
        } else {
            auto *current = new QLabel(crumbs.at(i), this);
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
            m_layout->addWidget(current);
        }
    }
    adjustSize();
}

} // namespace amtsweg

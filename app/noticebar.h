#pragma once
// NoticeBar: a non-modal note along the bottom of a diagram tab ("Based on X version 2; version
// 3 is newer."), with one action button and a close button. It lives as a child of the page's
// viewport area and follows its size; nothing is asked, nothing blocks.

#include <QFrame>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

namespace amtsweg {

class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    /// Shows `text` over `page`; `actionText` names the button (none when empty).
    NoticeBar(QAbstractScrollArea *page, const QString &text, const QString &actionText);

    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractScrollArea *m_page;
    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace amtsweg

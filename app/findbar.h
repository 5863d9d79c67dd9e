#pragma once
// FindBar: the Ctrl+F bar of a diagram tab, like a browser's find bar over the page: typing
// finds the elements whose name or id contains the text (case-insensitive) among those the tab
// draws (sub-process planes included), Enter/F3 goes to the next, Shift+Enter/Shift+F3 to the
// previous, "2 of 5" says where; the match is selected and scrolled into view
// (DiagramPage::revealElement drills into sub-processes). Esc closes the bar. It listens to no
// model signal: matches are searched again each time it moves.

#include "bpmn/modeltree.h"

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QToolButton;

namespace amtsweg {

class DiagramPage;

class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(DiagramPage *page);

    /// Shows the bar with the text selected and the keyboard focus in it.
    void activate();
    /// Hides the bar and gives the focus back to the canvas.
    void close();
    void findNext();
    void findPrevious();

    /// The semantic elements of `page`'s document that the page draws and whose name or id
    /// contains `text` (case-insensitive), in document order.
    static QList<NodeId> findElements(const DiagramPage &page, const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }
    /// "2 of 5", "No matches", or empty without text.
    QString statusText() const;
    int matchCount() const { return int(m_matches.size()); }
    /// Index of the current match, -1 when there is none.
    int currentIndex() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(int direction);
    void showCurrent();
    void updateStatus();

    DiagramPage *m_page;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QList<NodeId> m_matches;
    int m_current = -1;
};

} // namespace amtsweg

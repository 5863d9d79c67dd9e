#pragma once
// FirstProcessGuide: the checklist of the guided "first process" (FirstProcess) beside the
// canvas. Each step ticks itself when the current document shows it done (or, for the checks,
// when the user opened the Problems panel after the other steps); "Show me" carries the next
// step out on the current diagram.

#include "firstprocess.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace amtsweg {

class BpmnDocument;
class MainWindow;

class FirstProcessGuide : public QWidget
{
    Q_OBJECT

public:
    explicit FirstProcessGuide(MainWindow *window, QWidget *parent = nullptr);

    bool isDone(FirstProcessStep step) const { return m_done[std::size_t(step)]; }
    QPushButton *showMeButton(FirstProcessStep step) const { return m_rows[int(step)].showMe; }
    /// Starts over on the current document (its checks step not done yet).
    void restart();

Q_SIGNALS:
    void progressChanged();

private:
    struct Row
    {
        QLabel *badge = nullptr;
        QLabel *title = nullptr;
        QPushButton *showMe = nullptr;
    };

    void follow(BpmnDocument *document);
    void refresh();
    void showMe(FirstProcessStep step);
    void noteChecksSeen();
    bool modelStepsDone() const;

    MainWindow *m_window;
    QPointer<BpmnDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    std::array<bool, kFirstProcessSteps> m_done{};
    bool m_checksSeen = false;
    Row m_rows[kFirstProcessSteps];
    QLabel *m_summary = nullptr;
};

} // namespace amtsweg

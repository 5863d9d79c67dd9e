#pragma once
// HelpController: the Help menu (Amtsweg Help with F1, Keyboard Shortcuts, About Amtsweg) and
// the help window it opens. F1 opens the topic that fits the widget with the focus: the
// notation on the canvas, FIM in the Prozesssteckbrief or the Aktivitätengruppe section, the
// analysis in the Analysis and Problems panels, the first steps on the welcome page and the
// first-process checklist, the overview elsewhere.

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace amtsweg {

class HelpWindow;

class HelpController : public QObject
{
    Q_OBJECT

public:
    /// Adds the Help menu to `window`'s menu bar.
    explicit HelpController(QMainWindow *window);

    /// The help topic for a focused widget (HelpWindow::topics()).
    static QString topicFor(const QWidget *focus);

    QAction *helpAction() const { return m_help; }
    /// Shows the help window (made on first use) on `topic`.
    HelpWindow *showHelp(const QString &topic, const QString &anchor = {});
    /// The help window when it is open (null before the first use and after it was closed).
    HelpWindow *helpWindow() const;

private:
    void about();

    QMainWindow *m_mainWindow;
    QAction *m_help = nullptr;
    QPointer<HelpWindow> m_window;
};

} // namespace amtsweg

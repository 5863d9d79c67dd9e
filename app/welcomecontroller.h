#pragma once
// WelcomeController: shows the welcome page in place of the diagram tabs while no model is open,
// i.e. while the only document is the untouched new one the window opens at start and after the
// last document closed. It goes away when a model opens, that document is edited, a palette tool
// is chosen or the user asks for a new model, and comes back when the last model closes. It
// carries out what the page asks (open, samples, recent models) and docks the checklist of the
// guided first process.

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace amtsweg {

class BpmnDocument;
class FirstProcessGuide;
class MainWindow;
class WelcomePage;

class WelcomeController : public QObject
{
    Q_OBJECT

public:
    /// Lays the welcome page over the window's central widget (the tabs).
    explicit WelcomeController(MainWindow *window);

    WelcomePage *page() const { return m_page; }
    bool isWelcomeShown() const;
    /// The checklist of the first process (null until the user started it).
    FirstProcessGuide *guide() const { return m_guide; }
    QDockWidget *guideDock() const { return m_guideDock; }

    /// Leaves the welcome page for the untouched new document.
    void showNewModel();
    /// A new model with the checklist of the guided first process beside it.
    void startFirstProcess();
    /// Opens a copy of the sample (see SampleModels::userCopy).
    bool openSample(const QString &path);

private:
    void update();
    void setWelcomeShown(bool shown);
    void refreshLists();

    MainWindow *m_window;
    WelcomePage *m_page = nullptr;
    QWidget *m_tabs = nullptr;
    QPointer<BpmnDocument> m_placeholder; ///< the untouched document behind the page
    QPointer<BpmnDocument> m_dismissed;   ///< the one the user chose to model in
    FirstProcessGuide *m_guide = nullptr;
    QDockWidget *m_guideDock = nullptr;
    bool m_stopped = false; ///< the window is being torn down
};

} // namespace amtsweg

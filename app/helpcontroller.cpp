#include "helpcontroller.h"

#include "canvas/diagramview.h"
#include "firstprocessguide.h"
#include "helpwindow.h"
#include "panels/analysispanel.h"
#include "panels/problemspanel.h"
#include "panels/ragsection.h"
#include "panels/steckbriefpanel.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace amtsweg {

HelpController::HelpController(QMainWindow *window) : QObject(window), m_mainWindow(window)
{
    setObjectName(QStringLiteral("helpController"));
    QMenu *menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    m_help = menu->addAction(tr("Amtsweg &Help"), this, [this] {
        showHelp(topicFor(QApplication::focusWidget()));
    });
    m_help->setObjectName(QStringLiteral("helpAction"));
    m_help->setShortcut(QKeySequence::HelpContents);
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"), this,
                                    [this] { showHelp(QStringLiteral("shortcuts")); });
    keys->setObjectName(QStringLiteral("helpShortcutsAction"));
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Amtsweg"), this, &HelpController::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QString HelpController::topicFor(const QWidget *focus)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (qobject_cast<const DiagramView *>(w))
            return QStringLiteral("notation");
        if (qobject_cast<const SteckbriefPanel *>(w) || qobject_cast<const RagSection *>(w))
            return QStringLiteral("fim");
        if (qobject_cast<const AnalysisPanel *>(w) || qobject_cast<const ProblemsPanel *>(w))
            return QStringLiteral("analysis");
        if (qobject_cast<const WelcomePage *>(w) || qobject_cast<const FirstProcessGuide *>(w))
            return QStringLiteral("first-steps");
        if (w->isWindow())
            break;
    }
    return QStringLiteral("index");
}

HelpWindow *HelpController::helpWindow() const
{
    return m_window;
}

HelpWindow *HelpController::showHelp(const QString &topic, const QString &anchor)
{
    if (!m_window) {
        m_window = new HelpWindow(m_mainWindow);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->showTopic(topic, anchor);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

void HelpController::about()
{
    QMessageBox::about(
        m_mainWindow, tr("About Amtsweg"),
        tr("<h3>Amtsweg %1</h3><p>BPMN 2.0 modeller for German public administration: "
           "end-to-end processes for OZG 2.0, FIM-BPMN with Prozesssteckbrief and "
           "Referenzaktivitätengruppen, XProzess 2.0.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(AMTSWEG_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace amtsweg

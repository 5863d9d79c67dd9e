#pragma once
// FimMode: the "FIM Mode" switch of the main window. Per document: on when a FIM model is opened
// (fim::isFimModel), for a new, empty model the remembered default (QSettings), else off.
// Switching it sets the mode of the document's canvases (DiagramScene::setFimMode: palette,
// context pad and replace menu restricted to FIM-BPMN, vertical pools, FIM label patterns),
// remembers the choice as the default for new models, and shows "FIM" in the status bar.

#include <QHash>
#include <QObject>

class QAction;
class QLabel;
class QStatusBar;
class QTabWidget;

namespace amtsweg {

class BpmnDocument;

class FimMode : public QObject
{
    Q_OBJECT

public:
    /// Follows the pages (DiagramPage) of `tabs`; the indicator goes into `statusBar`.
    FimMode(QTabWidget *tabs, QStatusBar *statusBar, QObject *parent = nullptr);

    /// The checkable action for a menu.
    QAction *action() const { return m_action; }
    /// The status-bar indicator (visible while the current document is in FIM mode).
    QLabel *indicator() const { return m_indicator; }
    bool isOn(const BpmnDocument *document) const;
    void setOn(BpmnDocument *document, bool on);

    /// The mode new, empty models start in (QSettings "fim/modeForNewModels").
    static bool defaultForNewModels();
    static void setDefaultForNewModels(bool on);

private:
    /// The mode a document starts in.
    static bool initialMode(const BpmnDocument *document);
    BpmnDocument *currentDocument() const;
    /// Sets every page's scene to its document's mode and the action to the current one's.
    void apply();
    void track(BpmnDocument *document);

    QTabWidget *m_tabs;
    QAction *m_action;
    QLabel *m_indicator;
    QHash<const BpmnDocument *, bool> m_modes;
};

} // namespace amtsweg

#pragma once
// The main window: menus, one tab per diagram of the open document, status bar. Thin: the
// work happens in the model (BpmnDocument, commands) and in views/.

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace amtsweg {

class BpmnDocument;
class DiagramView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a BPMN file; reports problems in a message box. False when it could not be read.
    bool openFile(const QString &path);
    BpmnDocument *document() const { return m_document; }
    QTabWidget *diagramTabs() const { return m_tabs; }

private:
    void createActions();
    void open();
    bool save();
    bool saveAs();
    void exportImage();
    void showDiagrams();
    void updateTitle();
    DiagramView *currentView() const;
    bool maybeDiscard();
    void closeEvent(QCloseEvent *event) override;

    BpmnDocument *m_document = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace amtsweg

#pragma once
// The main window: menus, the diagram area and the docks. Thin: the work happens in the
// model (BpmnDocument, commands) and in views/.

#include <QMainWindow>
#include <memory>

class QLabel;

namespace amtsweg {

class ModelTree;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a BPMN file; reports problems in a message box. False when it could not be read.
    bool openFile(const QString &path);

private:
    void createActions();
    void open();
    void saveAs();

    std::unique_ptr<ModelTree> m_tree;
    QString m_path;
    QLabel *m_placeholder = nullptr;
};

} // namespace amtsweg

#pragma once
// ComparisonController: shows a comparison of two versions of a model in the main window: the
// list in a "Compare" dock (ComparisonPanel) and coloured marks on the canvas tabs of the
// document holding the newer version (added green, changed orange, moved blue; removed
// elements are only listed). Choosing a list entry reveals the element. The marks are view
// state only (ElementHighlights): nothing goes into the document, and closing the comparison
// (its Close button, the dock's close button, or closing the document) removes them.

#include "repository/modelcomparison.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace amtsweg {

class BpmnDocument;
class ComparisonPanel;
class ElementHighlights;
class MainWindow;

class ComparisonController : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonController(MainWindow *window);

    /// Shows `comparison` under `title`, marking its elements in the tabs of `newer` (a
    /// document open in the window). Replaces a comparison shown before.
    void show(BpmnDocument *newer, const QString &title, ModelComparison comparison);
    /// Removes the list and the marks.
    void close();

    bool isShown() const { return !m_document.isNull(); }
    BpmnDocument *document() const;
    const ModelComparison &comparison() const { return m_comparison; }
    /// The dock and its panel (created by the first show()).
    QDockWidget *dock() const;
    ComparisonPanel *panel() const;
    /// The marks of the shown comparison.
    ElementHighlights highlights() const;

private:
    void ensureDock();
    void applyHighlights(const ElementHighlights &highlights);
    void reveal(const QString &id);

    MainWindow *m_window;
    QPointer<QDockWidget> m_dock; // the window's child: may go first
    QPointer<ComparisonPanel> m_panel;
    QPointer<BpmnDocument> m_document;
    QList<QMetaObject::Connection> m_connections; // to the shown document
    ModelComparison m_comparison;
};

} // namespace amtsweg

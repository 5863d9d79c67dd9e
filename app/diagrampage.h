#pragma once
// DiagramPage: one tab of the main window: an editing canvas on one BPMNDiagram of a document
// (its DiagramScene follows the document), with drill-down into collapsed sub-processes that
// have their own plane (a breadcrumb bar over the canvas leads back to the parents), a find
// bar (Ctrl+F), and the element the user selected.

#include "bpmn/modeltree.h"
#include "canvas/diagramview.h"

#include <QHash>
#include <QPointF>
#include <vector>

namespace amtsweg {

class BpmnDocument;
class BreadcrumbBar;
class DiagramScene;
class FindBar;

class DiagramPage : public DiagramView
{
    Q_OBJECT

public:
    /// Shows `diagram` (a BPMNDiagram; kNoNode: an empty canvas) of `document`.
    DiagramPage(BpmnDocument *document, NodeId diagram, QWidget *parent = nullptr);
    ~DiagramPage() override;

    BpmnDocument *document() const { return m_document; }
    NodeId diagram() const { return m_diagram; }
    DiagramScene *diagramScene() const { return m_scene; }
    /// The diagram's name, else the name of what its plane draws, else its id.
    QString diagramName() const;

    NodeId rootPlane() const { return m_rootPlane; }
    /// The plane shown now: the root plane or a drilled-down sub-process plane.
    NodeId currentPlane() const { return m_path.empty() ? m_rootPlane : m_path.back(); }
    /// The semantic element the current plane draws (collaboration, process, sub-process).
    NodeId planeElement() const;
    /// Number of sub-process levels below the root plane.
    int depth() const { return int(m_path.size()); }
    BreadcrumbBar *breadcrumbBar() const { return m_breadcrumbs; }
    /// The find bar over the canvas (Ctrl+F), hidden until showFindBar().
    FindBar *findBar() const { return m_findBar; }
    /// Shows the find bar at the top right of the canvas with the focus in it.
    void showFindBar();

    /// True when the sub-process has a plane of its own to drill down into.
    bool canDrillDown(NodeId subProcess) const;
    /// Shows the plane of a sub-process drawn on the current plane (or below it).
    bool drillDown(NodeId subProcess);
    /// Goes back to level `level` (0: the root plane).
    void goToLevel(int level);

    /// Selects the shape or edge of `element`, going to the plane of this page that draws
    /// it, and scrolls it into view; the plane's own element clears the selection. False when
    /// this page does not draw the element.
    bool revealElement(NodeId element);
    /// The selected DI element and its semantic element; kNoNode unless exactly one is
    /// selected.
    NodeId selectedDiElement() const;
    NodeId selectedElement() const;

Q_SIGNALS:
    void selectionChanged();
    /// Another plane is shown (drill-down or back up).
    void planeChanged();
    /// Items were added or removed.
    void contentChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setPath(std::vector<NodeId> path);
    void updateBreadcrumbs();
    void fitWhenShown();
    void placeFindBar();
    void onDetailChanged(NodeId node);

    struct ViewState
    {
        qreal zoom = 1;
        QPointF centre;
    };

    BpmnDocument *m_document;
    NodeId m_diagram;
    NodeId m_rootPlane = kNoNode;
    std::vector<NodeId> m_path; ///< drilled-down planes, outermost first
    DiagramScene *m_scene = nullptr;
    BreadcrumbBar *m_breadcrumbs = nullptr;
    FindBar *m_findBar = nullptr;
    QHash<NodeId, ViewState> m_viewStates; ///< per plane, restored when coming back
    bool m_fitPending = true;
};

} // namespace amtsweg

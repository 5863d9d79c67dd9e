#include "diagrampage.h"

#include "bpmn/elements.h"
#include "canvas/diagramscene.h"
#include "di/diagraminfo.h"
#include "diagramnavigation.h"
#include "document.h"
#include "findbar.h"
#include "panels/breadcrumbbar.h"
#include "panels/elementlabels.h"

#include <QGraphicsItem>

namespace amtsweg {

DiagramPage::DiagramPage(BpmnDocument *document, NodeId diagram, QWidget *parent)
    : DiagramView(parent), m_document(document), m_diagram(diagram)
{
    const ModelTree &tree = document->tree();
    m_rootPlane = diagram != kNoNode ? di::planeOf(tree, diagram) : kNoNode;
    m_scene = new DiagramScene(this);
    setScene(m_scene);
    setAccessibleName(tr("Diagram canvas"));
    m_scene->setDocument(document, m_rootPlane);

    m_breadcrumbs = new BreadcrumbBar(this);
    m_breadcrumbs->hide();
    connect(m_breadcrumbs, &BreadcrumbBar::crumbActivated, this, &DiagramPage::goToLevel);
    m_findBar = new FindBar(this);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramPage::selectionChanged);
    // Items come and go with the model; the status bar counts them.
    connect(document, &BpmnDocument::elementAdded, this, &DiagramPage::contentChanged);
    connect(document, &BpmnDocument::elementRemoved, this, &DiagramPage::contentChanged);
    connect(document, &BpmnDocument::elementAdded, this, &DiagramPage::onDetailChanged);
    connect(document, &BpmnDocument::elementRemoved, this, &DiagramPage::onDetailChanged);
    connect(document, &BpmnDocument::elementChanged, this, [this](NodeId, NameId property) {
        if (depth() > 0 && property == m_document->tree().known().name)
            updateBreadcrumbs();
    });
}

DiagramPage::~DiagramPage()
{
    // The scene's items go while the scene dies and emit selectionChanged; by the time
    // QObject's destructor deleted the scene as our child, this object would no longer be a
    // DiagramPage. Delete it while it still is, without listening.
    m_scene->disconnect(this);
    setScene(nullptr);
    delete m_scene;
}

QString DiagramPage::diagramName() const
{
    const ModelTree &tree = m_document->tree();
    if (m_diagram == kNoNode)
        return {};
    QString name = toQString(tree.attr(m_diagram, tree.known().name)).simplified();
    if (name.isEmpty())
        name = toQString(bpmn::name(tree, di::semanticOf(tree, m_rootPlane))).simplified();
    return name.isEmpty() ? toQString(tree.id(m_diagram)) : name;
}

NodeId DiagramPage::planeElement() const
{
    return currentPlane() != kNoNode ? di::semanticOf(m_document->tree(), currentPlane()) : kNoNode;
}

bool DiagramPage::canDrillDown(NodeId subProcess) const
{
    const ModelTree &tree = m_document->tree();
    const NodeId plane = navigation::subProcessPlane(tree, subProcess);
    return plane != kNoNode && plane != currentPlane() &&
           navigation::planePath(tree, m_rootPlane, plane).has_value();
}

bool DiagramPage::drillDown(NodeId subProcess)
{
    const ModelTree &tree = m_document->tree();
    const NodeId plane = navigation::subProcessPlane(tree, subProcess);
    if (plane == kNoNode || plane == currentPlane())
        return false;
    auto path = navigation::planePath(tree, m_rootPlane, plane);
    if (!path)
        return false;
    setPath(std::move(*path));
    return true;
}

void DiagramPage::goToLevel(int level)
{
    if (level < 0 || level >= depth())
        return;
    setPath(std::vector<NodeId>(m_path.begin(), m_path.begin() + level));
}

void DiagramPage::setPath(std::vector<NodeId> path)
{
    if (currentPlane() != kNoNode)
        m_viewStates.insert(currentPlane(), {zoom(), mapToScene(viewport()->rect().center())});
    m_path = std::move(path);
    m_scene->setDocument(m_document, currentPlane());
    updateBreadcrumbs();
    const auto state = m_viewStates.constFind(currentPlane());
    if (state != m_viewStates.constEnd()) {
        setZoom(state->zoom);
        centerOn(state->centre);
    } else {
        m_fitPending = true;
        fitWhenShown();
    }
    Q_EMIT planeChanged();
    Q_EMIT selectionChanged();
    Q_EMIT contentChanged();
}

void DiagramPage::updateBreadcrumbs()
{
    if (m_path.empty()) {
        m_breadcrumbs->hide();
        return;
    }
    const ModelTree &tree = m_document->tree();
    QStringList crumbs{diagramName()};
    for (NodeId plane : m_path)
        crumbs << elementDisplayName(tree, di::semanticOf(tree, plane));
    m_breadcrumbs->setCrumbs(crumbs);
    m_breadcrumbs->move(8, 8);
    m_breadcrumbs->show();
    m_breadcrumbs->raise();
}

bool DiagramPage::revealElement(NodeId element)
{
    const ModelTree &tree = m_document->tree();
    if (element == kNoNode || !tree.isValid(element) || !tree.isAttached(element))
        return false;
    if (element == planeElement()) {
        m_scene->selectElements({});
        Q_EMIT selectionChanged();
        return true;
    }
    NodeId target = element;
    if (bpmn::isProcess(tree, element))
        if (const NodeId pool = bpmn::participantOf(tree, element); pool != kNoNode)
            target = pool; // a process shows as its pool
    NodeId di = di::diagramElementOf(tree, target, currentPlane());
    if (di == kNoNode) {
        for (NodeId candidate : di::diagramElementsOf(tree, target)) {
            auto path =
                navigation::planePath(tree, m_rootPlane, di::enclosingPlane(tree, candidate));
            if (path) {
                setPath(std::move(*path));
                di = candidate;
                break;
            }
        }
    }
    // Not drawn as a shape here, but its own plane may belong to this page.
    if (di == kNoNode)
        return bpmn::isSubProcess(tree, element) && drillDown(element);
    QGraphicsItem *item = m_scene->itemFor(di);
    if (!item)
        return false;
    m_scene->selectElements({di});
    Q_EMIT selectionChanged();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF bounds = item->sceneBoundingRect();
    if (!visible.contains(bounds)) {
        if (bounds.width() < visible.width() && bounds.height() < visible.height())
            ensureVisible(bounds, 60, 60);
        else if (!visible.intersects(bounds))
            centerOn(bounds.center());
    }
    return true;
}

NodeId DiagramPage::selectedDiElement() const
{
    const QList<NodeId> selected = m_scene->selectedElements();
    return selected.size() == 1 ? selected.front() : kNoNode;
}

NodeId DiagramPage::selectedElement() const
{
    const NodeId di = selectedDiElement();
    return di != kNoNode ? di::semanticOf(m_document->tree(), di) : kNoNode;
}

void DiagramPage::onDetailChanged(NodeId node)
{
    // Loop markers, event definitions and conditions change how their owner is drawn, but
    // the scene only follows added and removed shapes. An added one leads to its owner; a
    // removed one has left the tree without saying whose it was: the properties panel edits
    // the selected element, so that one is redrawn.
    const ModelTree &tree = m_document->tree();
    if (!tree.isA(node, "tLoopCharacteristics") && !tree.isA(node, "tEventDefinition") &&
        !tree.isA(node, "tExpression"))
        return;
    if (tree.isAttached(node)) {
        m_scene->updateItem(node);
        return;
    }
    for (NodeId di : m_scene->selectedElements())
        m_scene->updateItem(di);
}

void DiagramPage::showFindBar()
{
    m_findBar->activate();
    placeFindBar();
}

void DiagramPage::placeFindBar()
{
    const QRect area = viewport()->geometry();
    m_findBar->move(qMax(area.left(), area.right() - m_findBar->width() - 8), area.top() + 8);
}

void DiagramPage::resizeEvent(QResizeEvent *event)
{
    DiagramView::resizeEvent(event);
    placeFindBar();
    fitWhenShown();
}

void DiagramPage::showEvent(QShowEvent *event)
{
    DiagramView::showEvent(event);
    fitWhenShown();
}

void DiagramPage::fitWhenShown()
{
    if (!m_fitPending || !isVisible() || viewport()->width() < 50 || viewport()->height() < 50)
        return;
    m_fitPending = false;
    fitToWindow();
}

} // namespace amtsweg

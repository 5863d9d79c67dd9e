#include "createtool.h"

#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "elementcreator.h"
#include "flowsplitter.h"
#include "notation/diagrambuilder.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>

namespace amtsweg {

CreateTool::CreateTool(DiagramScene &scene, CreateKind kind) : CanvasTool(scene), m_kind(kind) {}

CreateTool::~CreateTool()
{
    cancel();
}

void CreateTool::showGhost(const QPointF &centre)
{
    DiagramEditor *editor = m_scene.editor();
    if (!editor)
        return;
    if (!m_ghost) {
        m_ghost = new QGraphicsRectItem;
        QPen pen(selectionColor(), 0);
        pen.setStyle(Qt::DashLine);
        m_ghost->setPen(pen);
        m_ghost->setZValue(DiagramBuilder::kLabelZ + 40);
        m_scene.addItem(m_ghost);
    }
    const ElementCreator &creator = editor->creator();
    const bool allowed = m_kind == CreateKind::Pool || m_kind == CreateKind::VerticalPool ||
                         m_kind == CreateKind::Lane || creator.placementAt(m_kind, centre).valid();
    QColor fill = allowed ? selectionColor() : QColor(Qt::red);
    fill.setAlpha(40);
    m_ghost->setBrush(fill);
    m_ghost->setRect(creator.boundsAt(m_kind, centre));
    if (!m_flow)
        m_flow = std::make_unique<FlowHighlight>(m_scene);
    m_flow->show(allowed ? creator.flowToSplit(m_kind, centre) : kNoNode);
}

void CreateTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    showGhost(event->scenePos());
}

void CreateTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    showGhost(event->scenePos());
}

void CreateTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPointF at = event->scenePos();
    cancel();
    NodeId shape = kNoNode;
    if (DiagramEditor *editor = m_scene.editor())
        shape = editor->creator().create(m_kind, at);
    DiagramScene &scene = m_scene;
    scene.setToolMode(ToolMode::Select); // deletes this tool
    if (shape != kNoNode)
        scene.selectElements({shape});
}

void CreateTool::cancel()
{
    delete m_ghost;
    m_ghost = nullptr;
    m_flow.reset();
}

} // namespace amtsweg

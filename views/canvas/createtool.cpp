#include "createtool.h"

#include "createpreview.h"
#include "diagrameditor.h"
#include "diagramscene.h"
#include "elementcreator.h"

#include <QGraphicsSceneMouseEvent>

namespace amtsweg {

CreateTool::CreateTool(DiagramScene &scene, CreateKind kind) : CanvasTool(scene), m_kind(kind) {}

CreateTool::~CreateTool()
{
    cancel();
}

void CreateTool::showPreview(const QPointF &centre)
{
    if (!m_preview)
        m_preview = std::make_unique<CreatePreview>(m_scene, m_kind);
    m_preview->show(centre);
}

void CreateTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    showPreview(event->scenePos());
}

void CreateTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    showPreview(event->scenePos());
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
    m_preview.reset();
}

} // namespace amtsweg

#include "connecttool.h"

#include "connectionmaker.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "hittest.h"
#include "notation/diagrambuilder.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainterPath>

namespace amtsweg {

ConnectTool::ConnectTool(DiagramScene &scene) : CanvasTool(scene) {}

ConnectTool::~ConnectTool()
{
    cancel();
}

void ConnectTool::startFrom(NodeId sourceShape)
{
    cancel();
    if (!m_scene.shapeItem(sourceShape))
        return;
    m_source = sourceShape;
    m_dragged = true; // the next click picks the target
}

void ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_source != kNoNode) {
        // Second click of click-click connecting.
        finishAt(event->scenePos());
        return;
    }
    const ShapeItem *shape = shapeAt(m_scene, event->scenePos());
    if (!shape)
        return;
    m_source = shape->diElement();
    m_pressPos = event->scenePos();
    m_dragged = false;
}

void ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (m_source == kNoNode)
        return;
    if (QLineF(event->scenePos(), m_pressPos).length() * m_scene.viewScale() > 3)
        m_dragged = true;
    updatePreview(event->scenePos());
}

void ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_source == kNoNode || !m_dragged)
        return; // a click on the source: wait for the click on the target
    finishAt(event->scenePos());
}

bool ConnectTool::finishAt(const QPointF &scenePos)
{
    const NodeId source = m_source;
    const ShapeItem *target = shapeAt(m_scene, scenePos, source);
    cancel();
    DiagramScene &scene = m_scene;
    NodeId edge = kNoNode;
    if (target && scene.editor())
        edge = scene.editor()->connector().connect(source, target->diElement());
    scene.setToolMode(ToolMode::Select); // deletes this tool
    if (edge != kNoNode)
        scene.selectElements({edge});
    return edge != kNoNode;
}

void ConnectTool::updatePreview(const QPointF &scenePos)
{
    const ShapeItem *source = m_scene.shapeItem(m_source);
    if (!source)
        return;
    if (!m_preview) {
        m_preview = new QGraphicsPathItem;
        QPen pen(selectionColor(), 0);
        pen.setStyle(Qt::DashLine);
        m_preview->setPen(pen);
        m_preview->setZValue(DiagramBuilder::kLabelZ + 40);
        m_scene.addItem(m_preview);
    }
    QPainterPath path;
    const ShapeItem *target = shapeAt(m_scene, scenePos, m_source);
    DiagramEditor *editor = m_scene.editor();
    if (target && editor &&
        editor->connector().kindFor(m_source, target->diElement()) != ConnectionKind::None) {
        const QList<QPointF> points =
            editor->connector().routeBetween(m_source, target->diElement());
        path.addPolygon(QPolygonF(points));
    } else {
        path.moveTo(source->bounds().center());
        path.lineTo(scenePos);
    }
    m_preview->setPath(path);
}

bool ConnectTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    cancel();
    m_scene.setToolMode(ToolMode::Select);
    return true;
}

void ConnectTool::cancel()
{
    delete m_preview;
    m_preview = nullptr;
    m_source = kNoNode;
    m_dragged = false;
}

} // namespace amtsweg

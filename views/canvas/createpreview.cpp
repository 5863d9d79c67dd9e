#include "createpreview.h"

#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "drophighlight.h"
#include "elementcreator.h"
#include "flowsplitter.h"
#include "notation/diagrambuilder.h"

#include <QGraphicsRectItem>

namespace amtsweg {

CreatePreview::CreatePreview(DiagramScene &scene, CreateKind kind) : m_scene(scene), m_kind(kind) {}

CreatePreview::~CreatePreview()
{
    delete m_ghost;
}

void CreatePreview::show(const QPointF &centre)
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
        m_flow = std::make_unique<FlowHighlight>(m_scene);
        m_target = std::make_unique<DropHighlight>(m_scene);
    }
    const ElementCreator &creator = editor->creator();
    const bool pools = m_kind == CreateKind::Pool || m_kind == CreateKind::VerticalPool ||
                       m_kind == CreateKind::Lane;
    const NodeId host = creator.hostAt(m_kind, centre);
    bool allowed = true;
    NodeId target = kNoNode;
    if (host != kNoNode) {
        allowed = creator.canHost(host);
        target = host;
    } else if (!pools) {
        const ElementCreator::Placement placement = creator.placementAt(m_kind, centre);
        allowed = placement.valid();
        target = placement.shape;
    }
    QColor fill = allowed ? selectionColor() : QColor(Qt::red);
    fill.setAlpha(40);
    m_ghost->setBrush(fill);
    m_ghost->setRect(creator.boundsAt(m_kind, centre));
    m_flow->show(allowed ? creator.flowToSplit(m_kind, centre) : kNoNode);
    m_target->show(target, allowed);
}

} // namespace amtsweg

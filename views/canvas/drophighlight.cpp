#include "drophighlight.h"

#include "diagramitems.h"
#include "diagramscene.h"
#include "notation/diagrambuilder.h"

#include <QPen>

namespace amtsweg {

DropHighlight::~DropHighlight()
{
    delete m_item;
}

void DropHighlight::show(NodeId shape, bool allowed)
{
    const ShapeItem *item = shape != kNoNode ? m_scene.shapeItem(shape) : nullptr;
    if (!item) {
        if (m_item)
            m_item->hide();
        return;
    }
    if (m_item && m_item->isVisible() && m_item->target == shape && m_item->allowed == allowed)
        return; // unchanged: no repaint
    if (!m_item) {
        m_item = new DropHighlightItem;
        m_item->setZValue(DiagramBuilder::kLabelZ + 25);
        m_item->setAcceptedMouseButtons(Qt::NoButton);
        m_scene.addItem(m_item);
    }
    QColor colour = allowed ? selectionColor() : QColor(220, 40, 40);
    QPen pen(colour, 3);
    pen.setCosmetic(true);
    m_item->setPen(pen);
    colour.setAlpha(item->isContainer() ? 12 : 35);
    m_item->setBrush(colour);
    QPainterPath path;
    path.addRoundedRect(item->bounds().adjusted(-3, -3, 3, 3), 6, 6);
    m_item->setPath(path);
    m_item->target = shape;
    m_item->allowed = allowed;
    m_item->show();
}

} // namespace amtsweg

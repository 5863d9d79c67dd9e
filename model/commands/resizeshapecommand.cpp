#include "commands/resizeshapecommand.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "document.h"

namespace amtsweg {

ResizeShapeCommand::ResizeShapeCommand(BpmnDocument *document, NodeId shape, const QRectF &bounds,
                                       QUndoCommand *parent)
    : DocumentCommand(document, tr("Resize"), parent), m_shape(shape), m_bounds(bounds)
{
}

void ResizeShapeCommand::build(ModelTree &tree, TreeEdit &edit)
{
    if (!di::isShape(tree, m_shape) || !tree.isAttached(m_shape))
        return;
    const ChangeNote note = ChangeNote::ofGeometry(m_shape);
    NodeId b = di::boundsNode(tree, m_shape);
    if (b == kNoNode) {
        b = di::createBounds(tree, m_bounds);
        edit.insert(tree, m_shape, b, bpmn::schemaInsertBefore(tree, m_shape, b), note);
        return;
    }
    const NameTable::Known &k = tree.known();
    auto set = [&](NameId name, double v) {
        edit.setAttribute(tree, b, name, di::formatNumber(di::roundCoordinate(v)), note);
    };
    set(k.x, m_bounds.x());
    set(k.y, m_bounds.y());
    set(k.width, m_bounds.width());
    set(k.height, m_bounds.height());
}

} // namespace amtsweg

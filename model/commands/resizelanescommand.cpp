#include "commands/resizelanescommand.h"

#include "commands/lanerefs.h"
#include "di/diagraminfo.h"
#include "document.h"

namespace amtsweg {

ResizeLanesCommand::ResizeLanesCommand(BpmnDocument *document, QList<QPair<NodeId, QRectF>> bounds,
                                       NodeId process, QUndoCommand *parent)
    : DocumentCommand(document, tr("Resize lane"), parent), m_bounds(std::move(bounds)),
      m_process(process)
{
}

void ResizeLanesCommand::build(ModelTree &tree, TreeEdit &edit)
{
    NodeId plane = kNoNode;
    for (const auto &[shape, rect] : std::as_const(m_bounds)) {
        if (!di::isShape(tree, shape) || !tree.isAttached(shape) || rect.isEmpty())
            continue;
        lanerefs::setBounds(tree, edit, shape, rect);
        plane = tree.parent(shape);
    }
    if (!edit.isEmpty())
        lanerefs::sync(tree, edit, m_process, plane);
}

} // namespace amtsweg

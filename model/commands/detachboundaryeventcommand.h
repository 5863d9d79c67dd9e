#pragma once
// DetachBoundaryEventCommand: a boundary event dragged off its host becomes an intermediate
// event again (bpmn.io's detach).

#include "bpmn/modeltree.h"
#include "commands/chaincommand.h"

#include <QCoreApplication>

namespace amtsweg {

class BpmnDocument;

/// One undo step: the children prepared before the push (the drag's geometry) run first; then
/// the boundary event is replaced by an intermediate catch event (with its event definitions)
/// or, without definition, an intermediate throw event, keeping id, outgoing flows and foreign
/// content and dropping attachedToRef and cancelActivity (ReplaceElementCommand); then it
/// moves into `container` (a process or sub-process) when that is not where it was
/// (MoveToContainerCommand; kNoNode: it stays). Nothing happens for boundary events
/// bpmn::canBeDetached() refuses.
class DetachBoundaryEventCommand : public ChainCommand
{
    Q_DECLARE_TR_FUNCTIONS(DetachBoundaryEventCommand)

public:
    DetachBoundaryEventCommand(BpmnDocument *document, NodeId boundaryEvent, NodeId container,
                               NodeId plane, QUndoCommand *parent = nullptr);

    /// The intermediate event node (the replacement) after the first redo.
    NodeId event() const { return m_event; }

protected:
    void buildSteps() override;

private:
    BpmnDocument *m_document;
    NodeId m_event;
    NodeId m_container;
    NodeId m_plane;
};

} // namespace amtsweg

#pragma once
// AttachBoundaryEventCommand: an event dropped on an activity's border becomes its boundary
// event (bpmn.io's attach).

#include "bpmn/modeltree.h"
#include "commands/chaincommand.h"

#include <QCoreApplication>

namespace amtsweg {

class BpmnDocument;

/// One undo step: the children prepared before the push (the drag moving the shape onto the
/// border) run first; then `event` moves into the container of `host` when it is elsewhere
/// (MoveToContainerCommand), is replaced by a bpmn:boundaryEvent keeping its id, event
/// definitions, attributes and foreign content (ReplaceElementCommand; nothing to do for a
/// boundary event), points at `host` through attachedToRef, and loses its incoming sequence
/// flows (a boundary event has none). Nothing happens for events bpmn::canBeAttached() refuses
/// or hosts bpmn::canHostBoundaryEvents() refuses.
class AttachBoundaryEventCommand : public ChainCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttachBoundaryEventCommand)

public:
    AttachBoundaryEventCommand(BpmnDocument *document, NodeId event, NodeId host, NodeId plane,
                               QUndoCommand *parent = nullptr);

    /// The boundary event node (the replacement of `event`) after the first redo.
    NodeId boundaryEvent() const { return m_event; }

protected:
    void buildSteps() override;

private:
    BpmnDocument *m_document;
    NodeId m_event;
    NodeId m_host;
    NodeId m_plane;
};

} // namespace amtsweg

#pragma once
// ClipboardContent: the BPMN document on the clipboard. write() turns a selection into a
// complete <definitions> (the selected elements with their content and boundary events, the
// flows between them, referenced data objects, selected pools with their processes, and all
// their DI); reading a parsed clipboard document sorts its parts for pasting, moves its
// geometry and gives every element a fresh id (references follow).

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace amtsweg {

class DiagramScene;

class ClipboardContent
{
public:
    /// The clipboard document for selected DI elements of `scene`; empty when nothing of the
    /// selection can be copied.
    static QByteArray write(const DiagramScene &scene, const QList<NodeId> &selection);

    /// Sorts a parsed clipboard document (or any BPMN document) for pasting.
    explicit ClipboardContent(ModelTree &clip);

    bool isEmpty() const { return m_di.empty(); }
    bool hasFlowElements() const { return !m_flowElements.empty(); }
    bool hasParticipants() const { return !m_processes.empty(); }
    /// Elements for the target process or sub-process (flow elements and artifacts).
    const std::vector<NodeId> &flowElements() const { return m_flowElements; }
    /// Participants, message flows and collaboration artifacts.
    const std::vector<NodeId> &collaborationElements() const { return m_collaboration; }
    /// The processes of the participants.
    const std::vector<NodeId> &processes() const { return m_processes; }
    /// Shapes and edges of the first diagram.
    const std::vector<NodeId> &diElements() const { return m_di; }

    /// The area the shapes cover.
    QRectF bounds() const;
    /// Moves every shape, waypoint and label by `delta`.
    void translate(const QPointF &delta);
    /// Gives every element a fresh id unused in `target` (and the clipboard), rewriting the
    /// references between them; DI ids follow their element ("<id>_di").
    void renewIds(const ModelTree &target);
    /// Among `shapeCopies` (copies in `target`), the one drawing `semantic`.
    static NodeId shapeOfCopy(const ModelTree &target, NodeId semantic,
                              const std::vector<NodeId> &shapeCopies);

private:
    ModelTree &m_clip;
    std::vector<NodeId> m_flowElements, m_collaboration, m_processes, m_di;
};

} // namespace amtsweg

#include "laneactions.h"

#include "bpmn/elements.h"
#include "commands/lanegeometry.h"
#include "commands/splitlanecommand.h"
#include "di/diagraminfo.h"
#include "diagramscene.h"
#include "document.h"
#include "poolcreator.h"

#include <QMenu>
#include <QPointer>
#include <QUndoStack>

namespace amtsweg {

LaneActions::LaneActions(DiagramScene &scene) : m_scene(scene) {}

NodeId LaneActions::semanticOf(NodeId shape) const
{
    return m_scene.shapeItem(shape) ? di::semanticOf(*m_scene.tree(), shape) : kNoNode;
}

bool LaneActions::isPoolOrLane(NodeId shape) const
{
    const NodeId n = semanticOf(shape);
    const ModelTree *tree = m_scene.tree();
    return n != kNoNode && tree && (bpmn::isParticipant(*tree, n) || bpmn::isLane(*tree, n));
}

bool LaneActions::canSplit(NodeId shape, int count) const
{
    if (!isPoolOrLane(shape) || !m_scene.document())
        return false;
    const ModelTree &tree = *m_scene.tree();
    const NodeId n = semanticOf(shape);
    const NodeId holder = lanegeometry::laneHolder(tree, n);
    if (holder == kNoNode)
        return false; // a pool without a process (a black box) holds no lanes
    const bool horizontal = lanegeometry::isHorizontal(tree, n, m_scene.plane());
    return qsizetype(lanegeometry::placedLanes(tree, holder, m_scene.plane(), horizontal).size()) <
           count;
}

QList<NodeId> LaneActions::split(NodeId shape, int count)
{
    BpmnDocument *doc = m_scene.document();
    if (!canSplit(shape, count))
        return {};
    auto *command = new SplitLaneCommand(doc, semanticOf(shape), count, m_scene.plane());
    const int before = doc->undoStack()->index();
    doc->push(command); // the stack owns it; deleted right away when it changed nothing
    if (doc->undoStack()->index() == before)
        return {};
    QList<NodeId> shapes;
    for (NodeId lane : command->lanes())
        shapes << m_scene.diElementFor(lane);
    return shapes;
}

void LaneActions::remove(NodeId shape)
{
    if (BpmnDocument *doc = m_scene.document(); doc && isPoolOrLane(shape))
        doc->removeElements({shape});
}

void LaneActions::addToMenu(QMenu *menu, NodeId shape)
{
    if (!isPoolOrLane(shape))
        return;
    QPointer<DiagramScene> scene(&m_scene);
    auto add = [&](const QString &text, auto action) {
        QAction *a = menu->addAction(text);
        QObject::connect(a, &QAction::triggered, menu, [scene, action] {
            if (scene)
                action(*scene);
        });
        return a;
    };
    add(tr("Add Lane Above"), [shape](DiagramScene &s) { PoolCreator(s).addLane(shape, false); });
    add(tr("Add Lane Below"), [shape](DiagramScene &s) { PoolCreator(s).addLane(shape, true); });
    for (int count : {2, 3}) {
        QAction *a = add(count == 2 ? tr("Divide into Two Lanes") : tr("Divide into Three Lanes"),
                         [shape, count](DiagramScene &s) { LaneActions(s).split(shape, count); });
        a->setEnabled(canSplit(shape, count));
    }
    if (bpmn::isLane(*m_scene.tree(), semanticOf(shape))) {
        menu->addSeparator();
        add(tr("Delete Lane"), [shape](DiagramScene &s) { LaneActions(s).remove(shape); });
    }
}

} // namespace amtsweg

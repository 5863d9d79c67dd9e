#pragma once
// ShapeAligner: aligns and distributes the selected shapes the way bpmn.io does. Align moves
// every shape to the selection's extreme (left, right, top, bottom) or to the centre of its
// bounding box; distribute keeps the outermost shapes and spreads the others with equal gaps.
// Each shape moves with what a drag of it would take along (pool and sub-process content,
// boundary events, attached flows), all in one undo step.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>

namespace amtsweg {

class DiagramScene;

enum class Alignment {
    Left,
    Center,
    Right,
    Top,
    Middle,
    Bottom,
    DistributeHorizontally,
    DistributeVertically,
};

class ShapeAligner
{
    Q_DECLARE_TR_FUNCTIONS(ShapeAligner)

public:
    explicit ShapeAligner(DiagramScene &scene) : m_scene(scene) {}

    /// The selected shapes that align: no lanes, nothing that moves along with another
    /// selected shape anyway (content of a selected pool, a boundary event of a selected task).
    QList<NodeId> alignableShapes() const;
    /// True when `alignment` applies to the selection (align: 2 shapes, distribute: 3).
    bool canApply(Alignment alignment) const;
    /// The move of each shape (DI element) that `alignment` needs; unmoved shapes left out.
    QHash<NodeId, QPointF> deltas(Alignment alignment) const;
    /// Aligns or distributes the selection in one undo step; false when nothing moved.
    bool apply(Alignment alignment);

    /// The menu text of an alignment, translated.
    static QString text(Alignment alignment);

private:
    DiagramScene &m_scene;
};

} // namespace amtsweg

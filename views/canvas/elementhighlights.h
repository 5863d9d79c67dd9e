#pragma once
// ElementHighlights: coloured marks over elements of a canvas that are no model data, e.g. what
// a comparison of two versions found. A DiagramView draws them in front of its scene
// (drawForeground), so they are never saved, exported or hit by the mouse, and they follow the
// items they mark: elements are named by their semantic id and looked up on every paint, so a
// drill-down, a rebuilt scene or an edit of the marked element needs nothing from them.

#include "bpmn/modeltree.h"

#include <QColor>
#include <QHash>
#include <map>
#include <string>

class QPainter;
class QRectF;

namespace amtsweg {

class DiagramScene;

class ElementHighlights
{
public:
    /// Marks the semantic element `id` with `colour` (an invalid colour removes the mark).
    void set(const std::string &id, const QColor &colour);
    void clear() { m_colours.clear(); }
    bool isEmpty() const { return m_colours.empty(); }
    /// The colour of an element's mark, or an invalid colour.
    QColor colourOf(const std::string &id) const;

    /// The shapes and edges of `scene` that carry a mark now, by DI element, with its colour.
    QHash<NodeId, QColor> markedItems(const DiagramScene &scene) const;
    /// Draws the marks of the items of `scene` that touch `exposed` (scene coordinates).
    void paint(QPainter *painter, const DiagramScene &scene, const QRectF &exposed) const;

private:
    std::map<std::string, QColor, std::less<>> m_colours;
};

} // namespace amtsweg

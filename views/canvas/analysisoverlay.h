#pragma once
// AnalysisOverlay: what the end-to-end analysis found, drawn over the diagram: elements of a
// media break get a red outline (the transfer edge a red line), and flows that hand over to
// another participant or lane get an orange badge with an arrow in the flow's direction by
// their middle (filled for a change of participant, a ring for a change of lane). Like
// ProblemMarkers the marks are no model data: a DiagramView draws them in front of its scene,
// never saved, and they name elements by semantic id, looked up on each paint. The analysis
// report paints the same marks over its picture of the diagram.

#include "bpmn/modeltree.h"
#include "e2e/e2eanalysis.h"

#include <QHash>

#include <map>
#include <string>

class QPainter;
class QRectF;

namespace amtsweg {

class DiagramScene;
struct DiagramContent;

class AnalysisOverlay
{
public:
    enum Mark : unsigned {
        MediaBreak = 1,
        ParticipantHandOff = 2,
        LaneHandOff = 4,
    };

    /// Marks the elements of `analysis`, made from `tree`.
    void setAnalysis(const ModelTree &tree, const e2e::Analysis &analysis);
    void clear() { m_marks.clear(); }
    bool isEmpty() const { return m_marks.empty(); }
    /// The marks of the semantic element `id` (Mark flags; 0 when none).
    unsigned marksOf(const std::string &id) const;

    /// The shapes and edges of `scene` that carry marks now, by DI element.
    QHash<NodeId, unsigned> markedItems(const DiagramScene &scene) const;
    /// Draws the marks of the items of `scene` that touch `exposed` (scene coordinates).
    void paint(QPainter *painter, const DiagramScene &scene, const QRectF &exposed) const;
    /// Draws the marks over a picture of `content` (diagram coordinates), built from `tree`.
    void paint(QPainter *painter, const DiagramContent &content, const ModelTree &tree) const;

private:
    std::map<std::string, unsigned, std::less<>> m_marks;
};

} // namespace amtsweg

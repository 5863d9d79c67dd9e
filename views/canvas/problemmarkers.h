#pragma once
// ProblemMarkers: the small badge a DiagramView draws at the top right of every shape (or the
// middle of every edge) that has a finding of the model checks, coloured by its worst severity
// (red error, orange warning, blue note). Like ElementHighlights the marks are no model data:
// drawn in front of the scene, never saved or exported, looked up by semantic id on each paint.

#include "bpmn/diagnostic.h"
#include "bpmn/modeltree.h"

#include <QPointF>
#include <QRectF>

#include <map>
#include <optional>
#include <string>

class QPainter;

namespace amtsweg {

class DiagramScene;

class ProblemMarkers
{
public:
    /// Marks the elements of `findings` by their worst severity (findings without an element
    /// id are left out).
    void setFindings(const Diagnostics &findings);
    void clear() { m_worst.clear(); }
    bool isEmpty() const { return m_worst.empty(); }
    /// The worst severity of an element's findings, or nullopt when it has none.
    std::optional<Severity> severityOf(const std::string &id) const;

    /// Where the badge of a DI element of `scene` sits (scene coordinates), or an empty rect.
    static QRectF badgeRect(const DiagramScene &scene, NodeId diElement);
    /// Draws the badges of the elements of `scene` that touch `exposed`.
    void paint(QPainter *painter, const DiagramScene &scene, const QRectF &exposed) const;

private:
    std::map<std::string, Severity, std::less<>> m_worst;
};

} // namespace amtsweg

#pragma once
// ElementReplacer: the "change type" choices of the context pad (bpmn.io's replace menu) for a
// task, sub-process, gateway or event, and replacing through ReplaceElementCommand (same id,
// connections and foreign content kept). In FIM mode only FIM-BPMN symbols are offered.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string>

namespace amtsweg {

class DiagramScene;

struct ReplaceOption
{
    QString label;
    std::string localName;       ///< BPMN element name, e.g. "userTask"
    std::string eventDefinition; ///< events: "messageEventDefinition" ..., empty for none
};

class ElementReplacer
{
    Q_DECLARE_TR_FUNCTIONS(ElementReplacer)

public:
    explicit ElementReplacer(DiagramScene &scene);

    /// What the element drawn by `shape` can become (its current type left out; in FIM mode
    /// only the symbols of the FIM-BPMN profile).
    QList<ReplaceOption> options(NodeId shape) const;
    /// Replaces the element drawn by `shape`; true when the model changed.
    bool replace(NodeId shape, const ReplaceOption &option);

private:
    DiagramScene &m_scene;
};

} // namespace amtsweg

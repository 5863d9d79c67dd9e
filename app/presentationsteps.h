#pragma once
// The pages a presentation steps through: every diagram that gets a tab (in tab order), each
// followed by the planes of the collapsed sub-processes drawn on it (depth first, in the order
// their shapes lie in the plane), the way a trainer walks a room through a model from the
// overview down to the details.

#include "bpmn/modeltree.h"

#include <QString>
#include <vector>

namespace amtsweg {

struct PresentationStep
{
    NodeId diagram = kNoNode; ///< the BPMNDiagram whose tab leads to the plane
    NodeId plane = kNoNode;   ///< the plane shown
    int depth = 0;            ///< sub-process levels below the tab's plane
};

/// Every page of the model, in presentation order; each plane once.
std::vector<PresentationStep> presentationSteps(const ModelTree &tree);
/// The heading of a page: the diagram's name for a tab's plane (else what its plane draws),
/// the sub-process's name for a drilled-down plane.
QString presentationStepTitle(const ModelTree &tree, const PresentationStep &step);

} // namespace amtsweg

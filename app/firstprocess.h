#pragma once
// FirstProcess: the five steps of the guided "first process" on the welcome page (pool, start
// event, task appended with the context pad, end event, checks), which of them a model shows
// done, and "Show me": carrying out one step on a diagram page the way the palette and the
// context pad would (one undo step each).

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace amtsweg {

class DiagramPage;

enum class FirstProcessStep { Pool, StartEvent, Task, EndEvent, Checks };
constexpr int kFirstProcessSteps = 5;

class FirstProcess
{
    Q_DECLARE_TR_FUNCTIONS(FirstProcess)

public:
    static QString title(FirstProcessStep step);
    /// What the user does for the step, in one or two sentences.
    static QString instruction(FirstProcessStep step);

    /// Which steps the model shows done (the checks step never: it is no model content).
    static std::array<bool, kFirstProcessSteps> modelProgress(const ModelTree &tree);
    /// The first element of the model that completes `step` (kNoNode: none).
    static NodeId elementFor(const ModelTree &tree, FirstProcessStep step);

    /// Carries out a model step on `page` (pool in the visible area, start event in the pool,
    /// task appended to the start event, end event appended to the task) and selects the new
    /// element; false when the step before it is missing or the step is no model step.
    static bool perform(DiagramPage *page, FirstProcessStep step);
};

} // namespace amtsweg

#include "firstprocess.h"

#include "canvas/diagramscene.h"
#include "canvas/elementcreator.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"

namespace amtsweg {
namespace {

bool completes(const ModelTree &tree, NodeId n, FirstProcessStep step)
{
    switch (step) {
    case FirstProcessStep::Pool:
        return tree.is(n, "participant");
    case FirstProcessStep::StartEvent:
        return tree.is(n, "startEvent");
    case FirstProcessStep::Task:
        return tree.isA(n, "tActivity");
    case FirstProcessStep::EndEvent:
        return tree.is(n, "endEvent");
    case FirstProcessStep::Checks:
        return false;
    }
    return false;
}

NodeId shapeFor(const ModelTree &tree, FirstProcessStep step)
{
    const NodeId element = FirstProcess::elementFor(tree, step);
    return element == kNoNode ? kNoNode : di::diagramElementOf(tree, element);
}

} // namespace

QString FirstProcess::title(FirstProcessStep step)
{
    switch (step) {
    case FirstProcessStep::Pool:
        return tr("Create a pool");
    case FirstProcessStep::StartEvent:
        return tr("Add a start event");
    case FirstProcessStep::Task:
        return tr("Append a task");
    case FirstProcessStep::EndEvent:
        return tr("Add an end event");
    case FirstProcessStep::Checks:
        return tr("Run the checks");
    }
    return {};
}

QString FirstProcess::instruction(FirstProcessStep step)
{
    switch (step) {
    case FirstProcessStep::Pool:
        return tr("Choose the pool in the palette and click on the canvas. A pool stands for one "
                  "participant, e.g. the authority.");
    case FirstProcessStep::StartEvent:
        return tr("Choose the start event in the palette and click into the pool: this is where "
                  "the process begins.");
    case FirstProcessStep::Task:
        return tr("Select the start event and click the task in its context pad: the task is "
                  "appended and connected.");
    case FirstProcessStep::EndEvent:
        return tr("Select the task and append an end event with the context pad.");
    case FirstProcessStep::Checks:
        return tr("Open the Problems panel (View > Panels) and read what the checks found.");
    }
    return {};
}

NodeId FirstProcess::elementFor(const ModelTree &tree, FirstProcessStep step)
{
    for (NodeId n = 1; n <= NodeId(tree.nodeCount()); ++n)
        if (tree.isElement(n) && tree.isAttached(n) && completes(tree, n, step))
            return n;
    return kNoNode;
}

std::array<bool, kFirstProcessSteps> FirstProcess::modelProgress(const ModelTree &tree)
{
    std::array<bool, kFirstProcessSteps> done{};
    for (int i = 0; i < kFirstProcessSteps; ++i)
        done[std::size_t(i)] = elementFor(tree, FirstProcessStep(i)) != kNoNode;
    return done;
}

bool FirstProcess::perform(DiagramPage *page, FirstProcessStep step)
{
    if (!page || page->document()->isReadOnly())
        return false;
    DiagramScene &scene = *page->diagramScene();
    const ModelTree &tree = page->document()->tree();
    ElementCreator creator(scene);
    NodeId created = kNoNode;
    switch (step) {
    case FirstProcessStep::Pool:
        created = creator.create(CreateKind::Pool,
                                 page->mapToScene(page->viewport()->rect().center()));
        break;
    case FirstProcessStep::StartEvent: {
        const auto pool = di::bounds(tree, shapeFor(tree, FirstProcessStep::Pool));
        if (!pool)
            return false;
        const bool horizontal = pool->width() >= pool->height();
        created = creator.create(CreateKind::StartEvent,
                                 horizontal ? QPointF(pool->left() + 110, pool->center().y())
                                            : QPointF(pool->center().x(), pool->top() + 110));
        break;
    }
    case FirstProcessStep::Task:
    case FirstProcessStep::EndEvent: {
        const FirstProcessStep before = step == FirstProcessStep::Task
                                            ? FirstProcessStep::StartEvent
                                            : FirstProcessStep::Task;
        const NodeId source = shapeFor(tree, before);
        if (source == kNoNode)
            return false;
        created = creator.append(source, step == FirstProcessStep::Task ? CreateKind::Task
                                                                        : CreateKind::EndEvent);
        break;
    }
    case FirstProcessStep::Checks:
        return false;
    }
    if (created == kNoNode)
        return false;
    scene.selectElements({created});
    if (const auto bounds = di::bounds(tree, created))
        page->ensureVisible(*bounds);
    return true;
}

} // namespace amtsweg

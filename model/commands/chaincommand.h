#pragma once
// ChainCommand: one undo step made of several document commands where a later one depends on
// what an earlier one did (a replaced element's new node, the flows a reparent made invalid).

#include <QUndoCommand>

namespace amtsweg {

/// Children created with this command as their parent before it is pushed run first, in order;
/// then, on the first redo only, buildSteps() adds the rest, each created with `this` as parent
/// and run at once through run(), so the next step sees its result. Later redos and undos
/// replay the children (undo in reverse). A chain whose every step changed nothing is obsolete.
class ChainCommand : public QUndoCommand
{
public:
    explicit ChainCommand(const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
    {
    }

    void redo() final;
    void undo() final;

protected:
    /// Adds and runs the dependent steps (first redo only).
    virtual void buildSteps() = 0;
    /// Runs `step`, created with this command as its parent; returns it for chaining.
    template <typename Step> Step *run(Step *step)
    {
        step->redo();
        return step;
    }

private:
    bool m_built = false;
};

} // namespace amtsweg

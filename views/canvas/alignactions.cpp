#include "alignactions.h"

#include "diagramscene.h"
#include "shapealigner.h"

#include <QMenu>

namespace amtsweg {

void addAlignActions(QMenu *menu, std::function<DiagramScene *()> scene)
{
    const Alignment all[] = {Alignment::Left,
                             Alignment::Center,
                             Alignment::Right,
                             Alignment::Top,
                             Alignment::Middle,
                             Alignment::Bottom,
                             Alignment::DistributeHorizontally,
                             Alignment::DistributeVertically};
    QList<std::pair<QAction *, Alignment>> actions;
    for (Alignment alignment : all) {
        if (alignment == Alignment::Top || alignment == Alignment::DistributeHorizontally)
            menu->addSeparator();
        QAction *action = menu->addAction(ShapeAligner::text(alignment));
        actions << std::pair{action, alignment};
        QObject::connect(action, &QAction::triggered, menu, [scene, alignment] {
            if (DiagramScene *s = scene(); s && s->document())
                ShapeAligner(*s).apply(alignment);
        });
    }
    QObject::connect(menu, &QMenu::aboutToShow, menu, [scene, actions] {
        DiagramScene *s = scene();
        for (const auto &[action, alignment] : actions)
            action->setEnabled(s && s->document() && ShapeAligner(*s).canApply(alignment));
    });
}

} // namespace amtsweg

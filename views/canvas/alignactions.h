#pragma once
// The align and distribute actions, shared by the main window's Edit > Align menu and the
// canvas context menu. They act on whichever scene the given function returns when they are
// triggered and are enabled by its selection each time their menu is about to show.

#include <functional>

class QMenu;

namespace amtsweg {

class DiagramScene;

/// Adds the six align and two distribute actions to `menu`.
void addAlignActions(QMenu *menu, std::function<DiagramScene *()> scene);

} // namespace amtsweg

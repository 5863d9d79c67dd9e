#pragma once
// File > Print... (the current diagram fitted to one page of the chosen printer) and
// File > Export as PDF Poster... (tiles of A4/A3 at a chosen scale, PosterDialog), both vector,
// through PosterExporter.

#include <functional>

class QMenu;
class QWidget;

namespace amtsweg {

class DiagramPage;

/// Adds the print and poster actions to `menu`; they act on the page `page` returns.
void addPrintActions(QMenu *menu, QWidget *parent, std::function<DiagramPage *()> page);

} // namespace amtsweg

#pragma once
// File > Export Handout…: the current document as a workshop handout (HandoutDocument: title
// page, every diagram, Prozesssteckbrief, end-to-end analysis) in one A4 PDF.

class QMenu;
class QString;

namespace amtsweg {

class MainWindow;

/// Adds the action to `menu`; it exports the document of `window`'s current tab.
void addHandoutAction(QMenu *menu, MainWindow *window);
/// Writes the handout of the current document to `path`; an empty string, else a message.
QString exportHandout(MainWindow *window, const QString &path);

} // namespace amtsweg

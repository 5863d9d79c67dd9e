#pragma once
// LanguageMenu: View > Language with System, Deutsch and English. The choice is stored
// (LanguageSettings) and takes effect at the next start; the status bar says so.

#include <QCoreApplication>

class QMenu;
class QStatusBar;

namespace amtsweg {

class LanguageMenu
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)

public:
    /// Adds the submenu to `parent` and returns it (object name "languageMenu").
    static QMenu *add(QMenu *parent, QStatusBar *statusBar);
};

} // namespace amtsweg

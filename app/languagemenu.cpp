#include "languagemenu.h"

#include "languagesettings.h"

#include <QActionGroup>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>

namespace amtsweg {

QMenu *LanguageMenu::add(QMenu *parent, QStatusBar *statusBar)
{
    QMenu *menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const UiLanguage current = LanguageSettings::stored();
    const QPointer<QStatusBar> status = statusBar;
    // Language names stay in their own language, as users look for them.
    const std::pair<UiLanguage, QString> choices[] = {
        {UiLanguage::System, tr("&System Language")},
        {UiLanguage::German, QStringLiteral("&Deutsch")},
        {UiLanguage::English, QStringLiteral("&English")},
    };
    for (const auto &[language, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setActionGroup(group);
        QObject::connect(action, &QAction::triggered, menu, [language, status] {
            if (language == LanguageSettings::stored())
                return;
            LanguageSettings::store(language);
            if (status)
                status->showMessage(
                    tr("The new language applies when Amtsweg is started the next time."));
        });
    }
    return menu;
}

} // namespace amtsweg

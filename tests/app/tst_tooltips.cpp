// Every tool says what it is: each action of the main window's menus and tool bars, each tool
// button and push button of the window and its panels, each palette entry and each context pad
// entry has a tooltip; tools with a key of their own name the key in it ("Connect tool (C)").

#include "canvas/contextpad.h"
#include "canvas/palettewidget.h"
#include "mainwindow.h"
#include "privatesettings.h"
#include "testpaths.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

/// What the user reads to tell a widget apart in a failure message.
QString describe(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') +
           path.join(QLatin1Char('/'));
}

/// Qt's own helpers inside tool bars, tab bars, line edits and dock titles (no tools of ours).
bool isQtInternal(const QObject *object)
{
    const QByteArray cls = object->metaObject()->className();
    return cls == "QToolBarExtension" || cls == "QLineEditIconButton" ||
           cls == "QDockWidgetTitleButton" || qobject_cast<const QTabBar *>(object->parent()) ||
           object->objectName().startsWith(QLatin1String("qt_"));
}

void collectMenuActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenuActions(action->menu(), actions);
        else
            actions << action;
    }
}

} // namespace

class TestToolTips : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_tooltips")));
    }

    void everyMenuActionHasATooltip()
    {
        MainWindow window;
        QList<QAction *> actions;
        for (QAction *top : window.menuBar()->actions())
            if (top->menu())
                collectMenuActions(top->menu(), actions);
        QVERIFY(actions.size() > 40);
        for (const QAction *action : actions)
            QVERIFY2(!action->toolTip().trimmed().isEmpty(), qPrintable(describe(action) + action->text()));
    }

    void everyToolBarActionAndButtonHasATooltip()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(test::wohngeldFixture()));
        int checked = 0;
        for (const QToolBar *bar : window.findChildren<QToolBar *>())
            for (const QAction *action : bar->actions()) {
                if (action->isSeparator() || (action->text().isEmpty() && action->icon().isNull()))
                    continue; // separators and embedded widgets
                QVERIFY2(!action->toolTip().trimmed().isEmpty(), qPrintable(describe(bar)));
                ++checked;
            }
        for (const QToolButton *button : window.findChildren<QToolButton *>()) {
            if (isQtInternal(button))
                continue;
            QVERIFY2(!button->toolTip().trimmed().isEmpty(), qPrintable(describe(button)));
            ++checked;
        }
        for (const QPushButton *button : window.findChildren<QPushButton *>()) {
            if (isQtInternal(button))
                continue;
            QVERIFY2(!button->toolTip().trimmed().isEmpty(), qPrintable(describe(button) + button->text()));
            ++checked;
        }
        QVERIFY(checked > 30);
    }

    void paletteEntriesNameTheirToolAndKey()
    {
        MainWindow window;
        auto *palette = window.findChild<PaletteWidget *>();
        QVERIFY(palette);
        const struct
        {
            ToolMode mode;
            const char *key;
        } keyed[] = {{ToolMode::Hand, "(H)"}, {ToolMode::Select, "(L)"}, {ToolMode::Connect, "(C)"}};
        for (const auto &tool : keyed) {
            const QAction *action = palette->actionFor(tool.mode);
            QVERIFY(action);
            QVERIFY2(action->toolTip().endsWith(QLatin1String(tool.key)), qPrintable(action->toolTip()));
        }
        int entries = 0;
        for (const QAction *action : palette->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(action->toolTip().size() > 3, qPrintable(action->text()));
            ++entries;
        }
        QVERIFY(entries >= 15);
    }

    void contextPadEntriesHaveTooltipsWithTheirKeys()
    {
        using Entry = ContextPad::Entry;
        for (int i = int(Entry::AppendTask); i <= int(Entry::Delete); ++i)
            QVERIFY2(!ContextPad::entryToolTip(Entry(i)).isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(ContextPad::entryToolTip(Entry::Connect).endsWith(QLatin1String("(C)")));
        QVERIFY(ContextPad::entryToolTip(Entry::Replace).endsWith(QLatin1String("(R)")));
        QVERIFY(ContextPad::entryToolTip(Entry::Delete).endsWith(
            QStringLiteral("(%1)").arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText))));
    }
};

QTEST_MAIN(TestToolTips)
#include "tst_tooltips.moc"

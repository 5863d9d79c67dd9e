// Every widget a keyboard user can reach has a name a screen reader can speak: its accessible
// name, the text of the label whose buddy it is, or its own text (buttons), as QAccessible
// reports it. Walked over the whole main window with a model open, with a task selected (the
// properties panel's sections), a pool and a flow selected, and with every dock shown.
// Headless GUI test.

#include "mainwindow.h"
#include "privatesettings.h"
#include "testpaths.h"
#include "document.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QTabWidget>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_accessibility")));
    }
    void focusableWidgetsHaveNames_data();
    void focusableWidgetsHaveNames();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

/// What a screen reader says for `widget`.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// "class objectName (path of parents)" to find a widget named in a failure.
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path << QStringLiteral("%1:%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                            w->objectName());
    return path.join(QStringLiteral(" < "));
}

/// Focusable, shown widgets without a spoken name. A widget that is the focus proxy of its
/// parent (an editable combo box's line edit) is named by its parent.
QStringList unnamedWidgets(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (w->focusProxy())
            continue; // the proxy is checked
        QWidget *named = w;
        if (QWidget *parent = w->parentWidget(); parent && parent->focusProxy() == w)
            named = parent;
        if (spokenName(named).isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

} // namespace

void TestAccessibility::focusableWidgetsHaveNames_data()
{
    QTest::addColumn<QString>("selected");
    QTest::newRow("nothing selected") << QString();
    QTest::newRow("task") << QStringLiteral("Task_AntragAusfuellen");
    QTest::newRow("gateway") << QStringLiteral("Gateway_RueckmeldungZusammenfuehren");
    QTest::newRow("message flow") << QStringLiteral("MessageFlow_Antrag");
    QTest::newRow("pool") << QStringLiteral("Participant_Antragsteller");
}

void TestAccessibility::focusableWidgetsHaveNames()
{
    QFETCH(QString, selected);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::wohngeldFixture()));
    if (!selected.isEmpty()) {
        const NodeId element = window.document()->tree().byId(selected.toStdString());
        QVERIFY(element != kNoNode);
        QVERIFY(window.revealElement(element));
    }
    // Every dock in turn in front (tabified docks hide each other).
    int checked = 0;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedWidgets(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(dock->objectName() + QStringLiteral(":\n  ") +
                                              unnamed.join(QStringLiteral("\n  "))));
        ++checked;
    }
    QVERIFY(checked >= 8); // outline, overview, properties, history, repository, problems, …
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

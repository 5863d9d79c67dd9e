// GUI test of View > Token Walk-through (TokenWalkBar), headless, on the sample
// samples/ummeldung-ende-zu-ende.bpmn: the walk starts at the only start event, N goes on, the
// gateway offers its two labelled ways (keys 1 and 2), Backspace goes back, the message flows
// into the black-box pools are highlighted, the walk ends at the end event, Esc stops it.
// The canvas marks (TokenHighlight) are checked on the items they must mark, and the pixels of
// the halo are looked for in a grab of the canvas.
// With AMTSWEG_SCREENSHOTS=DIR set, the window mid-walk is saved as DIR/tokenwalk.png.

#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "privatesettings.h"
#include "testpaths.h"
#include "tokenwalkbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QGraphicsItem>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestTokenWalkBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walksTheSampleToItsEnd();
    void startsAtTheSelectedStartEvent();
    void haloIsPainted();

private:
    NodeId node(const char *id) const { return m_page->document()->tree().byId(id); }
    NodeId diOf(const char *id) const { return m_page->diagramScene()->diElementFor(node(id)); }
    /// The element holding the (only) active token, by id.
    QString activeTokenAt() const;
    void key(Qt::Key k) { QTest::keyClick(m_page, k); }
    void finishAnimation() { QTest::qWait(800); }

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
    DiagramPage *m_page = nullptr;
    TokenWalkBar *m_bar = nullptr;
};

void TestTokenWalkBar::initTestCase()
{
    QVERIFY(test::usePrivateSettings(m_settings, QStringLiteral("tst_tokenwalkbar")));
}

void TestTokenWalkBar::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(test::samplesDir() + "/ummeldung-ende-zu-ende.bpmn"));
    m_page = m_window->currentPage();
    QVERIFY(m_page);
    m_bar = m_window->findChild<TokenWalkBar *>();
    QVERIFY(m_bar);
    m_page->setFocus();
}

void TestTokenWalkBar::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QString TestTokenWalkBar::activeTokenAt() const
{
    QStringList ids;
    const QHash<NodeId, TokenHighlight::TokenState> tokens =
        m_page->tokenHighlight().tokenItems(*m_page->diagramScene());
    const ModelTree &tree = m_page->document()->tree();
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        if (it.value() == TokenHighlight::TokenState::Active)
            ids << QString::fromUtf8(tree.id(tree.resolveRef(tree.attr(it.key(), tree.known().bpmnElement))));
    return ids.size() == 1 ? ids.front() : ids.join(QLatin1Char(','));
}

void TestTokenWalkBar::walksTheSampleToItsEnd()
{
    QAction *action = m_bar->action();
    QVERIFY(!action->isChecked());
    action->trigger();
    QVERIFY(m_bar->isActive());
    QVERIFY(m_bar->isVisible());
    QVERIFY(action->isChecked());
    QCOMPARE(activeTokenAt(), QStringLiteral("StartEvent_DatensatzEingegangen"));
    QVERIFY(m_bar->statusText().contains(QStringLiteral("Datensatz eingegangen")));

    key(Qt::Key_N);
    QCOMPARE(activeTokenAt(), QStringLiteral("Activity_DatensatzUebernehmen"));
    QCOMPARE(m_page->tokenHighlight().flowItems(*m_page->diagramScene()),
             QList<NodeId>{diOf("Flow_DatensatzEingegangen_DatensatzUebernehmen")});
    key(Qt::Key_Right);
    key(Qt::Key_N);
    QCOMPARE(activeTokenAt(), QStringLiteral("Gateway_AngabenStimmig"));
    QVERIFY(!m_bar->nextButton()->isEnabled());
    QCOMPARE(m_bar->choiceTexts(),
             QStringList({QStringLiteral("ja"),
                          QStringLiteral("nein \u2192 Klärfall bearbeiten")}));
    QCOMPARE(m_bar->choiceButtons().size(), 2);
    QVERIFY(m_bar->choiceButtons()[1]->text().startsWith(QLatin1Char('2')));

    key(Qt::Key_N); // two ways: N does nothing
    QCOMPARE(activeTokenAt(), QStringLiteral("Gateway_AngabenStimmig"));
    key(Qt::Key_2);
    QCOMPARE(activeTokenAt(), QStringLiteral("Activity_KlaerfallBearbeiten"));
    key(Qt::Key_Backspace);
    QCOMPARE(activeTokenAt(), QStringLiteral("Gateway_AngabenStimmig"));
    QVERIFY(m_bar->backButton()->isEnabled());
    m_bar->choiceButtons()[0]->click(); // "ja"
    QCOMPARE(activeTokenAt(), QStringLiteral("Gateway_Zusammenfuehren"));

    key(Qt::Key_N);
    key(Qt::Key_N);
    QCOMPARE(activeTokenAt(), QStringLiteral("Activity_MeldebestaetigungZustellen"));
    // The sub-process sends the confirmation to the citizen's black-box pool first.
    QCOMPARE(m_bar->choiceTexts().size(), 1);
    QVERIFY(m_bar->choiceTexts()[0].contains(QStringLiteral("Meldebestätigung")));
    key(Qt::Key_N);
    QCOMPARE(m_page->tokenHighlight().flowItems(*m_page->diagramScene()),
             QList<NodeId>{diOf("MessageFlow_Meldebestaetigung")});
    QCOMPARE(m_bar->walk()->reachedPools(),
             std::vector<NodeId>{node("Participant_Buerger")});
    QCOMPARE(activeTokenAt(), QStringLiteral("Activity_MeldebestaetigungZustellen"));

    // On to the end.
    for (int i = 0; i < 10 && !m_bar->walk()->isFinished(); ++i)
        key(Qt::Key_N);
    QVERIFY(m_bar->walk()->isFinished());
    const QHash<NodeId, TokenHighlight::TokenState> tokens =
        m_page->tokenHighlight().tokenItems(*m_page->diagramScene());
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.value(diOf("EndEvent_UmmeldungAbgeschlossen"), TokenHighlight::TokenState::Active),
             TokenHighlight::TokenState::Ended);
    QCOMPARE(m_bar->walk()->reachedPools().size(), std::size_t(2));
    QVERIFY(m_bar->statusText().startsWith(QStringLiteral("Done")));

    key(Qt::Key_Escape);
    QVERIFY(!m_bar->isActive());
    QVERIFY(!m_bar->isVisible());
    QVERIFY(!action->isChecked());
    QVERIFY(m_page->tokenHighlight().isEmpty());
}

void TestTokenWalkBar::startsAtTheSelectedStartEvent()
{
    // The selected start event is where the walk starts; Restart goes back to it; a second
    // trigger of the action stops.
    m_page->revealElement(node("StartEvent_DatensatzEingegangen"));
    QCOMPARE(m_page->selectedElement(), node("StartEvent_DatensatzEingegangen"));
    m_bar->action()->trigger();
    QVERIFY(m_bar->isActive());
    key(Qt::Key_N);
    key(Qt::Key_N);
    QCOMPARE(activeTokenAt(), QStringLiteral("Activity_AngabenAbgleichen"));
    m_bar->restart();
    QCOMPARE(activeTokenAt(), QStringLiteral("StartEvent_DatensatzEingegangen"));
    QVERIFY(!m_bar->backButton()->isEnabled());
    m_bar->action()->trigger();
    QVERIFY(!m_bar->isActive());
}

void TestTokenWalkBar::haloIsPainted()
{
    m_bar->action()->trigger();
    key(Qt::Key_N);
    key(Qt::Key_N);
    finishAnimation();
    QCOMPARE(m_page->tokenHighlight().progress(), 1.0);
    const NodeId di = diOf("Activity_AngabenAbgleichen");
    const QGraphicsItem *item = m_page->diagramScene()->itemFor(di);
    QVERIFY(item);
    // The halo's orange (TokenHighlight::colour(Active), light at the fitted zoom) shows just
    // outside the shape's border.
    const QRect shape = m_page->mapFromScene(item->sceneBoundingRect()).boundingRect();
    QVERIFY(m_page->viewport()->rect().contains(shape)); // scrolled into view
    const QImage image = m_page->viewport()->grab().toImage();
    if (const QString dir = qEnvironmentVariable("AMTSWEG_SCREENSHOTS"); !dir.isEmpty())
        image.save(dir + "/tokenwalk-canvas.png");
    int orange = 0;
    const QRect ring = shape.adjusted(-16, -16, 16, 16);
    for (int y = ring.top(); y <= ring.bottom(); ++y)
        for (int x = ring.left(); x <= ring.right(); ++x) {
            if (shape.contains(x, y) || !image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 240 && c.green() < 240 && c.blue() < c.green() - 20)
                ++orange;
        }
    QVERIFY2(orange > 100, qPrintable(QString::number(orange)));
    if (const QString dir = qEnvironmentVariable("AMTSWEG_SCREENSHOTS"); !dir.isEmpty()) {
        key(Qt::Key_1); // through the gateway: a choice list shows
        key(Qt::Key_N);
        finishAnimation();
        QVERIFY(m_window->grab().save(dir + "/tokenwalk.png"));
    }
}

QTEST_MAIN(TestTokenWalkBar)
#include "tst_tokenwalkbar.moc"

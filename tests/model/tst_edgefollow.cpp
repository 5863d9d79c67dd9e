// edgefollow::follow: routes stay orthogonal when one end moves (straight lines get two bends
// in the middle, the corner next to the moved end follows it, collinear points collapse);
// slanted routes only get the end moved; both ends moving translates the route.

#include "commands/edgefollow.h"

#include <QtTest/QtTest>

using namespace amtsweg;
using Route = QList<QPointF>;

class TestEdgeFollow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void follow_data();
    void follow();
};

void TestEdgeFollow::follow_data()
{
    QTest::addColumn<Route>("before");
    QTest::addColumn<bool>("source");
    QTest::addColumn<bool>("target");
    QTest::addColumn<QPointF>("delta");
    QTest::addColumn<Route>("after");

    QTest::newRow("straight stays straight along its line")
        << Route{{0, 0}, {100, 0}} << false << true << QPointF(50, 0) << Route{{0, 0}, {150, 0}};
    QTest::newRow("straight horizontal gets two bends in the middle")
        << Route{{0, 0}, {100, 0}} << false << true << QPointF(0, 60)
        << Route{{0, 0}, {50, 0}, {50, 60}, {100, 60}};
    QTest::newRow("straight vertical gets two bends in the middle")
        << Route{{0, 0}, {0, 100}} << true << false << QPointF(40, 0)
        << Route{{40, 0}, {40, 50}, {0, 50}, {0, 100}};
    QTest::newRow("corner next to the moved source follows")
        << Route{{0, 0}, {50, 0}, {50, 100}, {100, 100}} << true << false << QPointF(0, 20)
        << Route{{0, 20}, {50, 20}, {50, 100}, {100, 100}};
    QTest::newRow("corner next to the moved target follows, collinear points go")
        << Route{{0, 0}, {50, 0}, {50, 100}, {100, 100}} << false << true << QPointF(0, -100)
        << Route{{0, 0}, {100, 0}};
    QTest::newRow("vertical last segment: the corner moves sideways")
        << Route{{0, 0}, {100, 0}, {100, 100}} << false << true << QPointF(30, 0)
        << Route{{0, 0}, {130, 0}, {130, 100}};
    QTest::newRow("slanted route: only the end moves")
        << Route{{0, 0}, {100, 50}} << false << true << QPointF(0, 10) << Route{{0, 0}, {100, 60}};
    QTest::newRow("both ends move: the route moves")
        << Route{{0, 0}, {50, 0}, {50, 10}} << true << true << QPointF(5, 5)
        << Route{{5, 5}, {55, 5}, {55, 15}};
    QTest::newRow("nothing moves")
        << Route{{0, 0}, {50, 0}} << false << false << QPointF(5, 5) << Route{{0, 0}, {50, 0}};
}

void TestEdgeFollow::follow()
{
    QFETCH(Route, before);
    QFETCH(bool, source);
    QFETCH(bool, target);
    QFETCH(QPointF, delta);
    QFETCH(Route, after);
    QCOMPARE(edgefollow::follow(before, source, target, delta), after);
}

QTEST_APPLESS_MAIN(TestEdgeFollow)
#include "tst_edgefollow.moc"

// The context pad's entries explain themselves: each has a tooltip, shown for the entry under
// the pointer, and the entries that add a lane look different from those that divide a pool or
// lane (they used to be told apart by one line's position). Headless GUI test.

#include "canvas/contextpad.h"
#include "canvasfixture.h"
#include "lanedpoolmodel.h"
#include "testpaths.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QtTest/QtTest>

using namespace amtsweg;
using Entry = ContextPad::Entry;

class TestContextPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryHasATooltip();
    void hoverShowsTheEntrysTooltip_data();
    void hoverShowsTheEntrysTooltip();
    void addLaneAndDivideIconsDiffer();
};

namespace {

const QList<Entry> kAllEntries = {
    Entry::AppendTask,   Entry::AppendGateway,        Entry::AppendIntermediateEvent,
    Entry::AppendEndEvent, Entry::AppendAnnotation,   Entry::Connect,
    Entry::Replace,      Entry::AddLaneAbove,         Entry::AddLaneBelow,
    Entry::DivideIntoTwoLanes, Entry::DivideIntoThreeLanes, Entry::Align,
    Entry::Delete};

/// Share of pixels in which two icons differ noticeably.
double difference(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (qAbs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 64 ||
                qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 64)
                ++differing;
    return double(differing) / (a.width() * a.height());
}

} // namespace

void TestContextPad::everyEntryHasATooltip()
{
    QSet<QString> seen;
    for (Entry e : kAllEntries) {
        const QString tip = ContextPad::entryToolTip(e);
        QVERIFY2(!tip.trimmed().isEmpty(), qPrintable(QString::number(int(e))));
        seen << tip;
    }
    QCOMPARE(seen.size(), kAllEntries.size()); // no two entries explained alike
    QCOMPARE(ContextPad::entryToolTip(Entry::AddLaneAbove), QStringLiteral("Add lane above"));
    QCOMPARE(ContextPad::entryToolTip(Entry::DivideIntoTwoLanes),
             QStringLiteral("Divide into two lanes"));
}

void TestContextPad::hoverShowsTheEntrysTooltip_data()
{
    QTest::addColumn<QPointF>("click");
    QTest::newRow("lane") << QPointF(45, 75);   // Lane1's name strip
    QTest::newRow("pool") << QPointF(15, 150);  // the pool's name strip
    QTest::newRow("task") << QPointF(220, 75);  // Task
    QTest::newRow("end event") << QPointF(468, 225);
}

void TestContextPad::hoverShowsTheEntrysTooltip()
{
    QFETCH(QPointF, click);
    test::Canvas c(test::readModel());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    c.click(click);
    QCOMPARE(c.scene->selectedElements().size(), 1);
    ContextPad *pad = c.scene->contextPad();
    QVERIFY(pad->isVisible());
    QVERIFY(!pad->entries().isEmpty());
    for (Entry e : pad->entries()) {
        const QPoint p = c.at(pad->entryScenePos(e));
        QTest::mouseMove(c.viewport(), p);
        QCOMPARE(pad->toolTip(), ContextPad::entryToolTip(e));
        QVERIFY(!pad->toolTip().isEmpty());
        // what the view shows when the pointer rests there
        QHelpEvent help(QEvent::ToolTip, p, c.viewport()->mapToGlobal(p));
        QApplication::sendEvent(c.viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), ContextPad::entryToolTip(e));
    }
    if (QTest::currentDataTag() == QByteArray("lane"))
        QVERIFY(c.view->grab().save(test::buildDir() + QStringLiteral("/contextpad-lane.png")));
}

void TestContextPad::addLaneAndDivideIconsDiffer()
{
    // A sheet of all icons, enlarged, for looking at them.
    const int size = 24, zoom = 4;
    QImage sheet(int(kAllEntries.size()) * size * zoom, size * zoom, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    {
        QPainter p(&sheet);
        for (int i = 0; i < kAllEntries.size(); ++i)
            p.drawImage(QRect(i * size * zoom, 0, size * zoom, size * zoom),
                        ContextPad::icon(kAllEntries[i], size * zoom));
    }
    QVERIFY(sheet.save(test::buildDir() + QStringLiteral("/contextpad-icons.png")));

    for (Entry e : kAllEntries)
        QVERIFY(!ContextPad::icon(e, size).isNull());
    for (Entry add : {Entry::AddLaneAbove, Entry::AddLaneBelow})
        for (Entry divide : {Entry::DivideIntoTwoLanes, Entry::DivideIntoThreeLanes}) {
            const double d = difference(ContextPad::icon(add, size), ContextPad::icon(divide, size));
            QVERIFY2(d > 0.08, qPrintable(QStringLiteral("%1 vs %2: %3 of the pixels differ")
                                              .arg(int(add))
                                              .arg(int(divide))
                                              .arg(d)));
        }
    QVERIFY(difference(ContextPad::icon(Entry::AddLaneAbove, size),
                       ContextPad::icon(Entry::AddLaneBelow, size)) > 0.05);
    QVERIFY(difference(ContextPad::icon(Entry::DivideIntoTwoLanes, size),
                       ContextPad::icon(Entry::DivideIntoThreeLanes, size)) > 0.02);
}

QTEST_MAIN(TestContextPad)
#include "tst_contextpad.moc"

// AnalysisOverlay on the canvas: when set, the elements of media breaks and the flows of
// hand-offs carry marks (drawn in red and orange over the scene); an empty overlay draws none.

#include "canvasfixture.h"
#include "handmadeanalysis.h"
#include "redpixels.h"
#include "testpaths.h"

#include <QGraphicsItem>
#include <QImage>
#include <QtTest/QtTest>

using namespace amtsweg;

using test::redPixels;

class TestAnalysisOverlay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::Canvas> m_canvas;

    NodeId di(const char *semanticId) const
    {
        return m_canvas->scene->diElementFor(m_canvas->id(semanticId));
    }
    QRect viewRect(const char *semanticId) const
    {
        const QGraphicsItem *item = m_canvas->scene->itemFor(di(semanticId));
        return m_canvas->view->mapFromScene(item->sceneBoundingRect().adjusted(-8, -8, 8, 8))
            .boundingRect();
    }
    QImage grab() const { return m_canvas->viewport()->grab().toImage(); }

private Q_SLOTS:
    void init()
    {
        ReadResult read = BpmnReader::readFile(test::wohngeldFixture());
        QVERIFY(read.ok());
        m_canvas = std::make_unique<test::Canvas>(std::make_unique<BpmnDocument>(std::move(read.tree)));
        m_canvas->view->centerOn(m_canvas->scene->itemFor(di("Task_AntragFormellPruefen")));
    }
    void cleanup() { m_canvas.reset(); }

    void marksTheElementsOfTheAnalysis()
    {
        AnalysisOverlay overlay;
        overlay.setAnalysis(m_canvas->doc->tree(), test::handmadeAnalysis(m_canvas->doc->tree()));
        QCOMPARE(overlay.marksOf("Task_AntragFormellPruefen"), unsigned(AnalysisOverlay::MediaBreak));
        QCOMPARE(overlay.marksOf("MessageFlow_Antrag"), unsigned(AnalysisOverlay::MediaBreak));
        QCOMPARE(overlay.marksOf("MessageFlow_Antragsdaten"),
                 unsigned(AnalysisOverlay::ParticipantHandOff));
        QCOMPARE(overlay.marksOf("Flow_Erstellen_Freigeben"), unsigned(AnalysisOverlay::LaneHandOff));
        QCOMPARE(overlay.marksOf("Task_BescheidErstellen"), 0u);

        m_canvas->view->setAnalysisOverlay(overlay);
        const QHash<NodeId, unsigned> items =
            m_canvas->view->analysisOverlay().markedItems(*m_canvas->scene);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.value(di("Task_AntragFormellPruefen")), unsigned(AnalysisOverlay::MediaBreak));
        QVERIFY(m_canvas->scene->edgeItem(di("MessageFlow_Antrag")));
        QCOMPARE(items.value(di("MessageFlow_Antrag")), unsigned(AnalysisOverlay::MediaBreak));
        QCOMPARE(items.value(di("MessageFlow_Antragsdaten")),
                 unsigned(AnalysisOverlay::ParticipantHandOff));
        QVERIFY(!items.contains(di("Task_BescheidErstellen")));
    }

    void drawsOnlyWhenOn()
    {
        const QRect task = viewRect("Task_AntragFormellPruefen");
        QVERIFY(m_canvas->viewport()->rect().contains(task));
        QCOMPARE(redPixels(grab(), task), 0);

        AnalysisOverlay overlay;
        overlay.setAnalysis(m_canvas->doc->tree(), test::handmadeAnalysis(m_canvas->doc->tree()));
        m_canvas->view->setAnalysisOverlay(overlay);
        QVERIFY(redPixels(grab(), task) > 100); // the dashed outline around the task
        QCOMPARE(redPixels(grab(), viewRect("Task_BescheidErstellen")), 0);

        m_canvas->view->setAnalysisOverlay({}); // off
        QVERIFY(m_canvas->view->analysisOverlay().markedItems(*m_canvas->scene).isEmpty());
        QCOMPARE(redPixels(grab(), task), 0);
    }

    void followsTheModel()
    {
        AnalysisOverlay overlay;
        overlay.setAnalysis(m_canvas->doc->tree(), test::handmadeAnalysis(m_canvas->doc->tree()));
        m_canvas->view->setAnalysisOverlay(overlay);
        // Marks go by id: a deleted element loses its mark without stale pointers.
        const NodeId task = di("Task_AntragFormellPruefen");
        m_canvas->scene->selectElements({task});
        m_canvas->key(Qt::Key_Delete);
        QVERIFY(!m_canvas->scene->itemFor(task));
        const QHash<NodeId, unsigned> items =
            m_canvas->view->analysisOverlay().markedItems(*m_canvas->scene);
        QVERIFY(!items.isEmpty());
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            QVERIFY(m_canvas->scene->itemFor(it.key()));
        grab(); // paints without the deleted element
    }
};

QTEST_MAIN(TestAnalysisOverlay)
#include "tst_analysisoverlay.moc"

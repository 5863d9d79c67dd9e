// The outline panel in the main window on the Wohngeld sample: the tree mirrors the
// collaboration's pools, lanes and flow nodes; choosing an entry selects the element on the
// canvas (and shows it in the properties); selecting on the canvas marks the entry; renaming
// updates the entry.

#include "bpmn/elements.h"
#include "canvas/diagramscene.h"
#include "di/diagraminfo.h"
#include "diagrampage.h"
#include "document.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "panels/outlinebuilder.h"
#include "panels/outlinepanel.h"
#include "panels/propertiespanel.h"
#include "testpaths.h"

#include <QDockWidget>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

NodeId elementOf(const QTreeWidgetItem *item)
{
    return item->data(0, kOutlineElementRole).value<NodeId>();
}

QStringList childTexts(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts << item->child(i)->text(0);
    return texts;
}

} // namespace

class TestOutline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    OutlinePanel *outline() const { return m_window->panels()->outline(); }
    const ModelTree &tree() const { return m_window->document()->tree(); }
    NodeId byId(const char *id) const { return tree().byId(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmtswegTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_outline"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openFile(test::wohngeldFixture()));
    }

    void cleanup() { m_window.reset(); }

    void mirrorsPoolsLanesAndNodes()
    {
        QTreeWidget *widget = outline()->treeWidget();
        QCOMPARE(widget->topLevelItemCount(), 1);
        QTreeWidgetItem *collaboration = widget->topLevelItem(0);
        QCOMPARE(elementOf(collaboration), byId("Collaboration_WohngeldBeantragen"));
        QCOMPARE(childTexts(collaboration),
                 QStringList({QStringLiteral("Antragsteller:in"),
                              QStringLiteral("Online-Dienst Wohngeld (EfA)"),
                              QStringLiteral("Wohngeldbehörde")}));

        // A pool without lanes lists its process's flow nodes (boundary events sit below
        // their activity).
        const NodeId process = byId("Process_OnlineDienst");
        int nodes = 0;
        for (NodeId c = tree().firstChildElement(process); c != kNoNode;
             c = tree().nextSiblingElement(c))
            if (bpmn::isFlowNode(tree(), c) && !bpmn::isBoundaryEvent(tree(), c))
                ++nodes;
        QTreeWidgetItem *online = collaboration->child(1);
        QCOMPARE(online->childCount(), nodes);
        QTreeWidgetItem *receive = outline()->itemFor(byId("Task_ErgaenzungEmpfangen"));
        QVERIFY(receive);
        QCOMPARE(receive->parent(), online);
        QCOMPARE(childTexts(receive), QStringList({QStringLiteral("3 Monate")}));

        // The authority's pool: its lanes with the nodes they list.
        QTreeWidgetItem *authority = collaboration->child(2);
        QTreeWidgetItem *clerks = outline()->itemFor(byId("Lane_Sachbearbeitung"));
        QTreeWidgetItem *heads = outline()->itemFor(byId("Lane_Abteilungsleitung"));
        QVERIFY(clerks && heads);
        QCOMPARE(clerks->parent(), authority);
        QCOMPARE(heads->parent(), authority);
        QCOMPARE(
            clerks->childCount(),
            int(bpmn::childElements(tree(), byId("Lane_Sachbearbeitung"), "flowNodeRef").size()));
        QCOMPARE(childTexts(heads), QStringList({QStringLiteral("Bescheid freigeben")}));
        QCOMPARE(outline()->itemFor(byId("Task_AntragFormellPruefen"))->parent(), clerks);
        // An unnamed gateway shows its type.
        QCOMPARE(outline()->itemFor(byId("Gateway_PruefungZusammenfuehren"))->text(0),
                 QStringLiteral("Exclusive Gateway"));
    }

    void choosingAnEntrySelectsOnTheCanvas()
    {
        DiagramPage *page = m_window->currentPage();
        QVERIFY(page);
        const NodeId task = byId("Task_AntragFormellPruefen");
        QTreeWidgetItem *item = outline()->itemFor(task);
        QTreeWidget *widget = outline()->treeWidget();
        // The outline shares its place with the repository; the user picks its tab first.
        m_window->findChild<QDockWidget *>(QStringLiteral("outlineDock"))->raise();
        QTRY_VERIFY(widget->isVisible());
        widget->scrollToItem(item);
        const QRect rect = widget->visualItemRect(item);
        QVERIFY(rect.isValid());
        QTest::mouseClick(widget->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(page->selectedElement(), task);
        QCOMPARE(page->diagramScene()->selectedElements(),
                 QList<NodeId>({di::diagramElementOf(tree(), task)}));
        QCOMPARE(m_window->panels()->properties()->element(), task);

        // A pool entry selects the pool.
        outline()->treeWidget()->setCurrentItem(
            outline()->itemFor(byId("Participant_Wohngeldbehoerde")));
        QCOMPARE(page->selectedElement(), byId("Participant_Wohngeldbehoerde"));
        // The collaboration is the plane itself: nothing selected, its properties shown.
        outline()->treeWidget()->setCurrentItem(widget->topLevelItem(0));
        QVERIFY(page->diagramScene()->selectedElements().isEmpty());
        QCOMPARE(m_window->panels()->properties()->element(),
                 byId("Collaboration_WohngeldBeantragen"));
    }

    void canvasSelectionMarksTheEntry()
    {
        DiagramPage *page = m_window->currentPage();
        const NodeId gateway = byId("Gateway_AnspruchBesteht");
        QGraphicsItem *item = page->diagramScene()->itemFor(di::diagramElementOf(tree(), gateway));
        QVERIFY(item);
        page->diagramScene()->clearSelection();
        item->setSelected(true);
        QCOMPARE(outline()->currentElement(), gateway);
        QCOMPARE(m_window->panels()->properties()->element(), gateway);
    }

    void followsRenamesAndStructureChanges()
    {
        BpmnDocument *document = m_window->document();
        const NodeId task = byId("Task_BescheidFreigeben");
        document->setName(task, "Bescheid abzeichnen");
        QCOMPARE(outline()->itemFor(task)->text(0), QStringLiteral("Bescheid abzeichnen"));

        const int before = outline()->itemFor(byId("Lane_Sachbearbeitung"))->childCount();
        const NodeId added =
            document->addFlowNode(byId("Lane_Sachbearbeitung"), "task", QRectF(900, 900, 100, 80));
        QVERIFY(added != kNoNode);
        outline()->flush();
        QCOMPARE(outline()->itemFor(byId("Lane_Sachbearbeitung"))->childCount(), before + 1);
        QVERIFY(outline()->itemFor(added));
        document->undoStack()->undo();
        outline()->flush();
        QVERIFY(!outline()->itemFor(added));
    }

    void filtersByNameOrId()
    {
        outline()->filterEdit()->setText(QStringLiteral("bescheid"));
        QTreeWidgetItem *create = outline()->itemFor(byId("Task_BescheidErstellen"));
        QTreeWidgetItem *check = outline()->itemFor(byId("Task_AntragFormellPruefen"));
        QVERIFY(!create->isHidden());
        QVERIFY(!create->parent()->isHidden());
        QVERIFY(check->isHidden());
        outline()->filterEdit()->clear();
        QVERIFY(!check->isHidden());
    }
};

QTEST_MAIN(TestOutline)
#include "tst_outline.moc"

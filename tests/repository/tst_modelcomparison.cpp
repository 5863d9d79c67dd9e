// compareModels over small hand-made models: each kind of difference (attribute, text child,
// event definition, extension content, type, container; added, removed; moved, resized,
// rerouted, label moved), nothing for identical or merely reformatted models, readable labels.

#include "repository/modelcomparison.h"
#include "xml/bpmnreader.h"

#include <QTranslator>
#include <QtTest/QtTest>

using namespace amtsweg;

namespace {

const char *const kProcess = R"(
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:startEvent id="Start" name="Antrag eingegangen">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:task id="Task_1" name="Antrag prüfen">
      <bpmn:documentation>Vollständigkeit prüfen</bpmn:documentation>
      <bpmn:extensionElements><ext:info level="1"/></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="End">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End" />
  </bpmn:process>)";

const char *const kDiagram = R"(
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
        <dc:Bounds x="100" y="100" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="80" y="140" width="76" height="14" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1">
        <dc:Bounds x="200" y="78" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End">
        <dc:Bounds x="360" y="100" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>)";

// Plain literals: moc's tokenizer loses track of raw strings holding "//".
const char *const kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
    " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"\n"
    " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n"
    " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\"\n"
    " xmlns:ext=\"http://example.org/ext\" id=\"Definitions_1\"\n"
    " targetNamespace=\"http://example.org\">";

QString baseModel()
{
    return QString::fromUtf8(kHeader) + QString::fromUtf8(kProcess) + QString::fromUtf8(kDiagram) +
           QStringLiteral("\n</bpmn:definitions>\n");
}

std::unique_ptr<ModelTree> read(const QString &xml)
{
    ReadResult r = BpmnReader::readBytes(xml.toUtf8(), QStringLiteral("test.bpmn"));
    return std::move(r.tree);
}

/// "changed Task_1: name, documentation" per difference, in the comparison's order.
QStringList summarise(const ModelComparison &comparison)
{
    static const char *const kinds[] = {"added", "removed", "changed", "moved"};
    QStringList lines;
    for (const ElementDifference &d : comparison.differences) {
        QString line = QString::fromLatin1(kinds[int(d.kind)]) + QLatin1Char(' ') + d.id;
        if (!d.changes.empty())
            line += QStringLiteral(": ") + d.propertyList();
        lines << line;
    }
    return lines;
}

QString edited(std::initializer_list<std::pair<const char *, const char *>> replacements)
{
    QString xml = baseModel();
    for (const auto &[from, to] : replacements) {
        const QString f = QString::fromUtf8(from);
        if (!xml.contains(f))
            qFatal("test model lacks: %s", from);
        xml.replace(f, QString::fromUtf8(to));
    }
    return xml;
}

} // namespace

class TestModelComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differences_data()
    {
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("identical") << baseModel() << QStringList();
        QTest::newRow("reformatted, attributes reordered")
            << edited({{R"(<bpmn:task id="Task_1" name="Antrag prüfen">)",
                        R"(<bpmn:task   name="Antrag prüfen"
                              id="Task_1" >)"},
                       {"<di:waypoint x=\"136\" y=\"118\" />",
                        "<di:waypoint y=\"118.0\" x=\"136\"/>"}})
            << QStringList();
        QTest::newRow("renamed task")
            << edited({{"name=\"Antrag prüfen\"", "name=\"Antrag genehmigen\""}})
            << QStringList{"changed Task_1: name"};
        QTest::newRow("attribute removed") << edited({{" isExecutable=\"false\"", ""}})
                                           << QStringList{"changed Process_1: isExecutable"};
        QTest::newRow("documentation changed")
            << edited({{"Vollständigkeit prüfen", "Vollständigkeit und Fristen prüfen"}})
            << QStringList{"changed Task_1: documentation"};
        QTest::newRow("condition added")
            << edited(
                   {{R"(targetRef="End" />)",
                     R"(targetRef="End"><bpmn:conditionExpression>ok</bpmn:conditionExpression></bpmn:sequenceFlow>)"}})
            << QStringList{"changed Flow_2: conditionExpression"};
        QTest::newRow("event definition added")
            << edited({{"<bpmn:incoming>Flow_2</bpmn:incoming>\n    </bpmn:endEvent>",
                        "<bpmn:incoming>Flow_2</bpmn:incoming><bpmn:terminateEventDefinition "
                        "id=\"Term_1\"/></bpmn:endEvent>"}})
            << QStringList{"changed End: terminateEventDefinition"};
        QTest::newRow("extension content changed")
            << edited({{"level=\"1\"", "level=\"2\""}})
            << QStringList{"changed Task_1: extensionElements"};
        QTest::newRow("type changed, same id")
            << edited({{"<bpmn:task id=\"Task_1\"", "<bpmn:userTask id=\"Task_1\""},
                       {"</bpmn:task>", "</bpmn:userTask>"}})
            << QStringList{"changed Task_1: type"};
        QTest::newRow("element added")
            << edited({{"</bpmn:process>",
                        "<bpmn:textAnnotation id=\"Note_1\"><bpmn:text>Frist!</bpmn:text>"
                        "</bpmn:textAnnotation></bpmn:process>"},
                       {"</bpmndi:BPMNPlane>",
                        "<bpmndi:BPMNShape id=\"Note_1_di\" bpmnElement=\"Note_1\"><dc:Bounds "
                        "x=\"200\" y=\"10\" width=\"100\" height=\"30\"/></bpmndi:BPMNShape>"
                        "</bpmndi:BPMNPlane>"}})
            << QStringList{"added Note_1"};
        QTest::newRow("elements removed")
            << edited(
                   {{"<bpmn:endEvent id=\"End\">\n      <bpmn:incoming>Flow_2</bpmn:incoming>\n"
                     "    </bpmn:endEvent>",
                     ""},
                    {R"(<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="End" />)", ""},
                    {"<bpmn:outgoing>Flow_2</bpmn:outgoing>", ""}})
            << QStringList{"removed End", "removed Flow_2", "changed Task_1: outgoing"};
        QTest::newRow("shape moved") << edited({{R"(x="200" y="78")", R"(x="220" y="90")"}})
                                     << QStringList{"moved Task_1: position"};
        QTest::newRow("shape resized")
            << edited({{R"(width="100" height="80")", R"(width="120" height="80")"}})
            << QStringList{"moved Task_1: size"};
        QTest::newRow("flow rerouted")
            << edited({{R"(<di:waypoint x="300" y="118" />)",
                        R"(<di:waypoint x="300" y="118" /><di:waypoint x="330" y="118" />)"}})
            << QStringList{"moved Flow_2: waypoints"};
        QTest::newRow("label moved") << edited({{R"(x="80" y="140")", R"(x="80" y="150")"}})
                                     << QStringList{"moved Start: label"};
        QTest::newRow("renamed and moved")
            << edited({{"name=\"Antrag eingegangen\"", "name=\"Antrag da\""},
                       {R"(x="100" y="100")", R"(x="90" y="100")"}})
            << QStringList{"changed Start: name", "moved Start: position"};
        QTest::newRow("moved into a sub-process")
            << edited({{"<bpmn:task id=\"Task_1\"",
                        "<bpmn:subProcess id=\"Sub_1\"><bpmn:task id=\"Task_1\""},
                       {"</bpmn:task>", "</bpmn:task></bpmn:subProcess>"}})
            << QStringList{"added Sub_1", "changed Task_1: container"};
    }

    void differences()
    {
        QFETCH(QString, newer);
        QFETCH(QStringList, expected);
        const auto older = read(baseModel());
        const auto changed = read(newer);
        QVERIFY(older && changed);
        QCOMPARE(summarise(compareModels(*older, *changed)), expected);
    }

    void valuesAndLabels()
    {
        const auto older = read(baseModel());
        const auto newer =
            read(edited({{"name=\"Antrag prüfen\"", "name=\"Antrag genehmigen\""},
                         {"<bpmn:task id=\"Task_1\"", "<bpmn:userTask id=\"Task_1\""},
                         {"</bpmn:task>", "</bpmn:userTask>"},
                         {R"(x="200" y="78")", R"(x="220" y="78")"}}));
        const ModelComparison c = compareModels(*older, *newer);
        QCOMPARE(c.count(DifferenceKind::Changed), 1);
        QCOMPARE(c.count(DifferenceKind::Moved), 1);
        const ElementDifference *task = c.find(QStringLiteral("Task_1"), DifferenceKind::Changed);
        QVERIFY(task);
        QCOMPARE(task->label(), QStringLiteral("User Task \u201cAntrag genehmigen\u201d (Task_1)"));
        QCOMPARE(task->changes.size(), size_t(2));
        QCOMPARE(task->changes[0].property, QStringLiteral("type"));
        QCOMPARE(task->changes[0].before, QStringLiteral("Task"));
        QCOMPARE(task->changes[0].after, QStringLiteral("User Task"));
        QCOMPARE(task->changes[1].before, QStringLiteral("Antrag prüfen"));
        QCOMPARE(task->changes[1].after, QStringLiteral("Antrag genehmigen"));
        const ElementDifference *moved = c.find(QStringLiteral("Task_1"), DifferenceKind::Moved);
        QVERIFY(moved);
        QCOMPARE(moved->changes.front().before, QStringLiteral("200, 78"));
        QCOMPARE(moved->changes.front().after, QStringLiteral("220, 78"));
        QVERIFY(!c.find(QStringLiteral("Task_1"), DifferenceKind::Added));

        // Removed entries name the element as the older version had it.
        const ModelComparison back =
            compareModels(*read(edited({{"</bpmn:process>", "<bpmn:task id=\"T9\" name=\"X\"/>"
                                                            "</bpmn:process>"}})),
                          *older);
        QCOMPARE(back.differences.size(), size_t(1));
        QCOMPARE(back.differences.front().kind, DifferenceKind::Removed);
        QCOMPARE(back.differences.front().label(), QStringLiteral("Task \u201cX\u201d (T9)"));
        ElementDifference unnamed;
        unnamed.id = QStringLiteral("End");
        unnamed.typeName = QStringLiteral("endEvent");
        QCOMPARE(unnamed.label(), QStringLiteral("End Event (End)"));
    }

    void typeAndPropertyNamesAreTranslated()
    {
        // A translator that marks what it translates, for the two contexts the labels use.
        class Marking : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char *,
                              int) const override
            {
                const QByteArray c(context);
                return c == "ModelComparison" || c == "BpmnType"
                           ? QStringLiteral("<") + QString::fromUtf8(source) + QStringLiteral(">")
                           : QString();
            }
            bool isEmpty() const override { return false; }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        ElementDifference d;
        d.id = QStringLiteral("Task_1");
        d.typeName = QStringLiteral("userTask");
        d.changes = {{PropertyChange::Kind::Changed, QStringLiteral("name"), {}, {}},
                     {PropertyChange::Kind::Changed, QStringLiteral("position"), {}, {}},
                     {PropertyChange::Kind::Added, QStringLiteral("camunda:assignee"), {}, {}}};
        const QString label = d.label();
        const QString properties = d.propertyList();
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(label, QStringLiteral("<User Task> (Task_1)"));
        // Foreign attribute names stay as they are written.
        QCOMPARE(properties, QStringLiteral("<name>, <position>, camunda:assignee"));
        QCOMPARE(d.propertyList(), QStringLiteral("name, position, camunda:assignee"));
    }

    void readableTypeNames()
    {
        QCOMPARE(readableTypeName(QStringLiteral("userTask")), QStringLiteral("User Task"));
        QCOMPARE(readableTypeName(QStringLiteral("sequenceFlow")), QStringLiteral("Sequence Flow"));
        QCOMPARE(readableTypeName(QStringLiteral("task")), QStringLiteral("Task"));
        QCOMPARE(readableTypeName(QStringLiteral("intermediateThrowEvent")),
                 QStringLiteral("Intermediate Throw Event"));
    }

    void sampleAgainstItselfIsEmpty()
    {
        const QString path = QStringLiteral(AMTSWEG_TEST_DATA "/wohngeld/wohngeld-antrag.bpmn");
        const ReadResult a = BpmnReader::readFile(path);
        const ReadResult b = BpmnReader::readFile(path);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(compareModels(*a.tree, *b.tree).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelComparison)
#include "tst_modelcomparison.moc"

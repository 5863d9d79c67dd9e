// Tests of the generated BPMN schema tables and the Schema lookups on top of them. Most rows
// pin a fact of the OMG XSDs; the loops over all types/elements catch generator bugs.

#include "bpmn/bpmnschema.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <cstring>
#include <string>

using namespace amtsweg::schema;

Q_DECLARE_METATYPE(amtsweg::schema::ValueKind)

namespace {

const Schema &schema()
{
    return Schema::instance();
}

/// "tTask", "bpmn:tTask", "di:Shape", "BPMNShape": resolves with the Model namespace as
/// default; unqualified DI names resolve through the unique-name fallback.
TypeId typeNamed(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return schema().type(Ns::Model, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

/// "task", "bpmndi:BPMNShape", "dc:Bounds", "di:DiagramElement".
ElementId elementNamed(const QString &qname)
{
    Ns ns = Ns::Model;
    QString local = qname;
    if (const auto colon = qname.indexOf(QLatin1Char(':')); colon >= 0) {
        const QString prefix = qname.left(colon);
        local = qname.mid(colon + 1);
        if (prefix == QLatin1String("bpmndi"))
            ns = Ns::BpmnDi;
        else if (prefix == QLatin1String("di"))
            ns = Ns::Di;
        else if (prefix == QLatin1String("dc"))
            ns = Ns::Dc;
    }
    const QByteArray utf8 = local.toUtf8();
    return schema().element(ns, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

std::string_view view(const QByteArray &utf8)
{
    return {utf8.constData(), std::size_t(utf8.size())};
}

bool isXsdBuiltin(const char *typeName)
{
    return typeName && std::strncmp(typeName, "xsd:", 4) == 0;
}

} // namespace

class TestBpmnSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNameForms_data();
    void typeNameForms();
    void isA_data();
    void isA();
    void isAByName_data();
    void isAByName();
    void attributes_data();
    void attributes();
    void allAttributesBaseFirst();
    void textContent_data();
    void textContent();
    void childSlotOrder_data();
    void childSlotOrder();
    void childSlotOfElement_data();
    void childSlotOfElement();
    void childSlotByName_data();
    void childSlotByName();
    void childSlotAgreesWithElementOverload();
    void childTypes_data();
    void childTypes();
    void childKinds_data();
    void childKinds();
    void substitutes_data();
    void substitutes();
    void elements_data();
    void elements();
    void everyBaseResolves();
    void everyChildTypeResolves();
    void everyElementTypeAndHeadResolves();
    void noDuplicateNamesInFlattenedLists();
    void elementCountsArePlausible();
    void namespaces();
    void outOfRangeIdsAreHarmless();
    void generatedFileIsUpToDate();
};

void TestBpmnSchema::typeNameForms_data()
{
    QTest::addColumn<int>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // TypeInfo name, empty for kNoType

    const int model = int(Ns::Model);
    QTest::newRow("plain tTask") << model << "tTask"
                                 << "tTask";
    QTest::newRow("bpmn:tTask") << model << "bpmn:tTask"
                                << "tTask";
    QTest::newRow("semantic:tTask") << model << "semantic:tTask"
                                    << "tTask";
    QTest::newRow("bpmn:tTask from the DI namespace") << int(Ns::Di) << "bpmn:tTask"
                                                      << "tTask";
    QTest::newRow("bpmndi:BPMNShape") << model << "bpmndi:BPMNShape"
                                      << "BPMNShape";
    QTest::newRow("di:Shape") << model << "di:Shape"
                              << "Shape";
    QTest::newRow("Shape in Di") << int(Ns::Di) << "Shape"
                                 << "Shape";
    QTest::newRow("unqualified Shape falls back to di") << model << "Shape"
                                                        << "Shape";
    QTest::newRow("dc:Bounds") << model << "dc:Bounds"
                               << "Bounds";
    QTest::newRow("xsd:string is no schema type") << model << "xsd:string"
                                                  << "";
    QTest::newRow("unknown name") << model << "tNoSuchThing"
                                  << "";
    QTest::newRow("qualified in the wrong namespace") << model << "di:tTask"
                                                      << "";
    QTest::newRow("empty") << model << ""
                           << "";
}

void TestBpmnSchema::typeNameForms()
{
    QFETCH(int, ns);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QByteArray utf8 = name.toUtf8();
    const TypeId id = schema().type(Ns(ns), view(utf8));
    if (expected.isEmpty()) {
        QCOMPARE(id, kNoType);
    } else {
        QVERIFY(id != kNoType);
        QCOMPARE(QString::fromUtf8(schema().typeInfo(id).name), expected);
    }
}

void TestBpmnSchema::isA_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("expected");

    QTest::newRow("userTask isA tUserTask") << "userTask"
                                            << "tUserTask" << true;
    QTest::newRow("userTask isA tTask") << "userTask"
                                        << "tTask" << true;
    QTest::newRow("userTask isA tActivity") << "userTask"
                                            << "tActivity" << true;
    QTest::newRow("userTask isA tFlowNode") << "userTask"
                                            << "tFlowNode" << true;
    QTest::newRow("userTask isA tFlowElement") << "userTask"
                                               << "tFlowElement" << true;
    QTest::newRow("userTask isA tBaseElement") << "userTask"
                                               << "tBaseElement" << true;
    QTest::newRow("userTask is no tEvent") << "userTask"
                                           << "tEvent" << false;
    QTest::newRow("userTask is no tServiceTask") << "userTask"
                                                 << "tServiceTask" << false;
    QTest::newRow("tTask is no tUserTask (not reversed)") << "task"
                                                          << "tUserTask" << false;
    QTest::newRow("boundaryEvent isA tCatchEvent") << "boundaryEvent"
                                                   << "tCatchEvent" << true;
    QTest::newRow("endEvent isA tThrowEvent") << "endEvent"
                                              << "tThrowEvent" << true;
    QTest::newRow("endEvent is no tCatchEvent") << "endEvent"
                                                << "tCatchEvent" << false;
    QTest::newRow("transaction isA tSubProcess") << "transaction"
                                                 << "tSubProcess" << true;
    QTest::newRow("process isA tCallableElement") << "process"
                                                  << "tCallableElement" << true;
    QTest::newRow("process isA tRootElement") << "process"
                                              << "tRootElement" << true;
    QTest::newRow("formalExpression isA tExpression") << "formalExpression"
                                                      << "tExpression" << true;
    QTest::newRow("BPMNShape isA di:LabeledShape") << "bpmndi:BPMNShape"
                                                   << "di:LabeledShape" << true;
    QTest::newRow("BPMNShape isA di:Shape") << "bpmndi:BPMNShape"
                                            << "di:Shape" << true;
    QTest::newRow("BPMNShape isA di:Node") << "bpmndi:BPMNShape"
                                           << "di:Node" << true;
    QTest::newRow("BPMNShape isA di:DiagramElement") << "bpmndi:BPMNShape"
                                                     << "di:DiagramElement" << true;
    QTest::newRow("BPMNShape is no di:Edge") << "bpmndi:BPMNShape"
                                             << "di:Edge" << false;
    QTest::newRow("BPMNEdge isA di:Edge") << "bpmndi:BPMNEdge"
                                          << "di:Edge" << true;
    QTest::newRow("BPMNLabel isA di:Label") << "bpmndi:BPMNLabel"
                                            << "di:Label" << true;
    QTest::newRow("BPMNPlane isA di:Plane") << "bpmndi:BPMNPlane"
                                            << "di:Plane" << true;
    QTest::newRow("BPMNDiagram isA di:Diagram") << "bpmndi:BPMNDiagram"
                                                << "di:Diagram" << true;
    QTest::newRow("BPMNShape is no tBaseElement") << "bpmndi:BPMNShape"
                                                  << "tBaseElement" << false;
}

void TestBpmnSchema::isA()
{
    QFETCH(QString, element);
    QFETCH(QString, base);
    QFETCH(bool, expected);
    const ElementId e = elementNamed(element);
    QVERIFY(e != kNoElement);
    const TypeId t = schema().elementType(e);
    const TypeId b = typeNamed(base);
    QVERIFY(t != kNoType);
    QVERIFY(b != kNoType);
    QCOMPARE(schema().isA(t, b), expected);
}

void TestBpmnSchema::isAByName_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("expected");

    QTest::newRow("tUserTask isA tFlowNode") << "tUserTask"
                                             << "tFlowNode" << true;
    QTest::newRow("tUserTask isA bpmn:tBaseElement") << "tUserTask"
                                                     << "bpmn:tBaseElement" << true;
    QTest::newRow("BPMNShape isA di:Shape") << "bpmndi:BPMNShape"
                                            << "di:Shape" << true;
    QTest::newRow("BPMNShape isA Shape (unqualified)") << "bpmndi:BPMNShape"
                                                       << "Shape" << true;
    QTest::newRow("BPMNEdge isA BPMNEdge") << "bpmndi:BPMNEdge"
                                           << "BPMNEdge" << true;
    QTest::newRow("tTask isA unknown name") << "tTask"
                                            << "tNoSuchThing" << false;
    QTest::newRow("tTask isA xsd:string") << "tTask"
                                          << "xsd:string" << false;
}

void TestBpmnSchema::isAByName()
{
    QFETCH(QString, type);
    QFETCH(QString, base);
    QFETCH(bool, expected);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    const QByteArray utf8 = base.toUtf8();
    QCOMPARE(schema().isA(t, view(utf8)), expected);
}

void TestBpmnSchema::attributes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<QString>("defaultValue"); // null QString: no default
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("enumValues"); // null QString: none

    const QString none;
    QTest::newRow("tTask id via tBaseElement") << "tTask"
                                               << "id" << ValueKind::Id << none << false << none;
    QTest::newRow("tTask name via tFlowElement")
        << "tTask"
        << "name" << ValueKind::String << none << false << none;
    QTest::newRow("tTask startQuantity default 1")
        << "tTask"
        << "startQuantity" << ValueKind::Integer << "1" << false << none;
    QTest::newRow("tTask completionQuantity default 1")
        << "tTask"
        << "completionQuantity" << ValueKind::Integer << "1" << false << none;
    QTest::newRow("tTask isForCompensation default false")
        << "tTask"
        << "isForCompensation" << ValueKind::Boolean << "false" << false << none;
    QTest::newRow("tActivity default is an IDREF")
        << "tActivity"
        << "default" << ValueKind::IdRef << none << false << none;
    QTest::newRow("tExclusiveGateway default is an IDREF")
        << "tExclusiveGateway"
        << "default" << ValueKind::IdRef << none << false << none;
    QTest::newRow("tSequenceFlow sourceRef IDREF required")
        << "tSequenceFlow"
        << "sourceRef" << ValueKind::IdRef << none << true << none;
    QTest::newRow("tSequenceFlow targetRef IDREF required")
        << "tSequenceFlow"
        << "targetRef" << ValueKind::IdRef << none << true << none;
    QTest::newRow("tSequenceFlow isImmediate boolean")
        << "tSequenceFlow"
        << "isImmediate" << ValueKind::Boolean << none << false << none;
    QTest::newRow("tMessageFlow sourceRef QName reference")
        << "tMessageFlow"
        << "sourceRef" << ValueKind::QNameRef << none << true << none;
    QTest::newRow("tAssociation associationDirection enum")
        << "tAssociation"
        << "associationDirection" << ValueKind::Enum << "None" << false << "None|One|Both";
    QTest::newRow("tParticipant processRef QName reference")
        << "tParticipant"
        << "processRef" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("tBoundaryEvent attachedToRef required reference")
        << "tBoundaryEvent"
        << "attachedToRef" << ValueKind::QNameRef << none << true << none;
    QTest::newRow("tBoundaryEvent cancelActivity default true")
        << "tBoundaryEvent"
        << "cancelActivity" << ValueKind::Boolean << "true" << false << none;
    QTest::newRow("tCallActivity calledElement reference")
        << "tCallActivity"
        << "calledElement" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("tSendTask messageRef reference")
        << "tSendTask"
        << "messageRef" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("tItemDefinition structureRef is no element reference")
        << "tItemDefinition"
        << "structureRef" << ValueKind::QName << none << false << none;
    QTest::newRow("tError structureRef refers to an itemDefinition")
        << "tError"
        << "structureRef" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("tItemDefinition itemKind enum")
        << "tItemDefinition"
        << "itemKind" << ValueKind::Enum << "Information" << false << "Information|Physical";
    QTest::newRow("tGateway gatewayDirection enum")
        << "tExclusiveGateway"
        << "gatewayDirection" << ValueKind::Enum << "Unspecified" << false
        << "Unspecified|Converging|Diverging|Mixed";
    QTest::newRow("tEventBasedGateway eventGatewayType enum")
        << "tEventBasedGateway"
        << "eventGatewayType" << ValueKind::Enum << "Exclusive" << false << "Exclusive|Parallel";
    QTest::newRow("tProcess processType enum")
        << "tProcess"
        << "processType" << ValueKind::Enum << "None" << false << "None|Public|Private";
    QTest::newRow("tProcess isExecutable boolean")
        << "tProcess"
        << "isExecutable" << ValueKind::Boolean << none << false << none;
    QTest::newRow("tTransaction method union as enum")
        << "tTransaction"
        << "method" << ValueKind::Enum << "##Compensate" << false << "##Compensate|##Image|##Store";
    QTest::newRow("tUserTask implementation union as string")
        << "tUserTask"
        << "implementation" << ValueKind::String << "##unspecified" << false << none;
    QTest::newRow("tServiceTask implementation default ##WebService")
        << "tServiceTask"
        << "implementation" << ValueKind::String << "##WebService" << false << none;
    QTest::newRow("tDefinitions targetNamespace anyURI required")
        << "tDefinitions"
        << "targetNamespace" << ValueKind::AnyUri << none << true << none;
    QTest::newRow("tDefinitions expressionLanguage default XPath")
        << "tDefinitions"
        << "expressionLanguage" << ValueKind::AnyUri << "http://www.w3.org/1999/XPath" << false
        << none;
    QTest::newRow("tDocumentation textFormat default text/plain")
        << "tDocumentation"
        << "textFormat" << ValueKind::String << "text/plain" << false << none;
    QTest::newRow("tMultiInstanceLoopCharacteristics behavior enum")
        << "tMultiInstanceLoopCharacteristics"
        << "behavior" << ValueKind::Enum << "All" << false << "None|One|All|Complex";
    QTest::newRow("BPMNShape bpmnElement QName reference")
        << "bpmndi:BPMNShape"
        << "bpmnElement" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("BPMNShape isHorizontal boolean without default")
        << "bpmndi:BPMNShape"
        << "isHorizontal" << ValueKind::Boolean << none << false << none;
    QTest::newRow("BPMNShape isExpanded boolean")
        << "bpmndi:BPMNShape"
        << "isExpanded" << ValueKind::Boolean << none << false << none;
    QTest::newRow("BPMNShape participantBandKind enum")
        << "bpmndi:BPMNShape"
        << "participantBandKind" << ValueKind::Enum << none << false
        << "top_initiating|middle_initiating|bottom_initiating|top_non_initiating|"
           "middle_non_initiating|bottom_non_initiating";
    QTest::newRow("BPMNShape id via di:DiagramElement")
        << "bpmndi:BPMNShape"
        << "id" << ValueKind::Id << none << false << none;
    QTest::newRow("BPMNEdge sourceElement reference")
        << "bpmndi:BPMNEdge"
        << "sourceElement" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("BPMNEdge messageVisibleKind enum")
        << "bpmndi:BPMNEdge"
        << "messageVisibleKind" << ValueKind::Enum << none << false << "initiating|non_initiating";
    QTest::newRow("BPMNLabel labelStyle reference")
        << "bpmndi:BPMNLabel"
        << "labelStyle" << ValueKind::QNameRef << none << false << none;
    QTest::newRow("BPMNDiagram resolution via di:Diagram")
        << "bpmndi:BPMNDiagram"
        << "resolution" << ValueKind::Double << none << false << none;
    QTest::newRow("Bounds x double required") << "dc:Bounds"
                                              << "x" << ValueKind::Double << none << true << none;
    QTest::newRow("Bounds y double required") << "dc:Bounds"
                                              << "y" << ValueKind::Double << none << true << none;
    QTest::newRow("Bounds width double required")
        << "dc:Bounds"
        << "width" << ValueKind::Double << none << true << none;
    QTest::newRow("Bounds height double required")
        << "dc:Bounds"
        << "height" << ValueKind::Double << none << true << none;
    QTest::newRow("Point x double required") << "dc:Point"
                                             << "x" << ValueKind::Double << none << true << none;
    QTest::newRow("Font isBold boolean") << "dc:Font"
                                         << "isBold" << ValueKind::Boolean << none << false << none;
}

void TestBpmnSchema::attributes()
{
    QFETCH(QString, type);
    QFETCH(QString, attribute);
    QFETCH(ValueKind, kind);
    QFETCH(QString, defaultValue);
    QFETCH(bool, required);
    QFETCH(QString, enumValues);

    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    const QByteArray name = attribute.toUtf8();
    const AttributeInfo *a = schema().attribute(t, view(name));
    QVERIFY2(a, qPrintable(type + QLatin1Char('.') + attribute));
    QCOMPARE(QString::fromUtf8(a->name), attribute);
    QCOMPARE(a->kind, kind);
    QCOMPARE(QString::fromUtf8(a->defaultValue), defaultValue);
    QCOMPARE(a->defaultValue == nullptr, defaultValue.isNull());
    QCOMPARE(a->required, required);
    QCOMPARE(QString::fromUtf8(a->enumValues), enumValues);
    QCOMPARE(a->enumValues == nullptr, enumValues.isNull());

    // The pointer is one of allAttributes().
    bool listed = false;
    for (const AttributeInfo *each : schema().allAttributes(t))
        listed = listed || each == a;
    QVERIFY(listed);
}

void TestBpmnSchema::allAttributesBaseFirst()
{
    const TypeId userTask = typeNamed(QStringLiteral("tUserTask"));
    const auto all = schema().allAttributes(userTask);
    QVERIFY(all.size() >= 7);
    QCOMPARE(QString::fromUtf8(all.front()->name), QStringLiteral("id"));
    QCOMPARE(QString::fromUtf8(all.back()->name), QStringLiteral("implementation"));
    QVERIFY(!schema().attribute(userTask, "noSuchAttribute"));
    QVERIFY(!schema().attribute(userTask, ""));

    const TypeId bounds = typeNamed(QStringLiteral("dc:Bounds"));
    QStringList names;
    for (const AttributeInfo *a : schema().allAttributes(bounds))
        names << QString::fromUtf8(a->name);
    QCOMPARE(names, QStringList({"x", "y", "width", "height"}));
}

void TestBpmnSchema::textContent_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("text");

    QTest::newRow("tDocumentation mixed") << "tDocumentation" << true;
    QTest::newRow("tText mixed") << "tText" << true;
    QTest::newRow("tScript mixed") << "tScript" << true;
    QTest::newRow("tExpression inherits mixed") << "tExpression" << true;
    QTest::newRow("tFormalExpression inherits mixed") << "tFormalExpression" << true;
    QTest::newRow("tTask has no text") << "tTask" << false;
    QTest::newRow("tBaseElement has no text") << "tBaseElement" << false;
    QTest::newRow("BPMNShape has no text") << "bpmndi:BPMNShape" << false;
}

void TestBpmnSchema::textContent()
{
    QFETCH(QString, type);
    QFETCH(bool, text);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    QCOMPARE(schema().typeInfo(t).mixedOrSimpleText, text);
}

void TestBpmnSchema::childSlotOrder_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("before"); // a child slot name
    QTest::addColumn<QString>("after");  // a later child slot name

    QTest::newRow("tProcess laneSet before flowElement") << "tProcess"
                                                         << "laneSet"
                                                         << "flowElement";
    QTest::newRow("tProcess flowElement before artifact") << "tProcess"
                                                          << "flowElement"
                                                          << "artifact";
    QTest::newRow("tProcess documentation first (inherited)") << "tProcess"
                                                              << "documentation"
                                                              << "laneSet";
    QTest::newRow("tFlowNode incoming before outgoing") << "tFlowNode"
                                                        << "incoming"
                                                        << "outgoing";
    QTest::newRow("tTask outgoing before ioSpecification") << "tTask"
                                                           << "outgoing"
                                                           << "ioSpecification";
    QTest::newRow("tActivity ioSpecification before loopCharacteristics") << "tActivity"
                                                                          << "ioSpecification"
                                                                          << "loopCharacteristics";
    QTest::newRow("tSequenceFlow extensionElements before conditionExpression")
        << "tSequenceFlow"
        << "extensionElements"
        << "conditionExpression";
    QTest::newRow("tDefinitions rootElement before BPMNDiagram") << "tDefinitions"
                                                                 << "rootElement"
                                                                 << "BPMNDiagram";
    QTest::newRow("tDefinitions import before rootElement") << "tDefinitions"
                                                            << "import"
                                                            << "rootElement";
    QTest::newRow("tCatchEvent dataOutput before eventDefinition") << "tCatchEvent"
                                                                   << "dataOutput"
                                                                   << "eventDefinition";
    QTest::newRow("tCatchEvent eventDefinition before eventDefinitionRef") << "tCatchEvent"
                                                                           << "eventDefinition"
                                                                           << "eventDefinitionRef";
    QTest::newRow("BPMNShape Bounds before BPMNLabel") << "bpmndi:BPMNShape"
                                                       << "Bounds"
                                                       << "BPMNLabel";
    QTest::newRow("BPMNEdge waypoint before BPMNLabel") << "bpmndi:BPMNEdge"
                                                        << "waypoint"
                                                        << "BPMNLabel";
    QTest::newRow("BPMNDiagram BPMNPlane before BPMNLabelStyle") << "bpmndi:BPMNDiagram"
                                                                 << "BPMNPlane"
                                                                 << "BPMNLabelStyle";
}

void TestBpmnSchema::childSlotOrder()
{
    QFETCH(QString, type);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    int beforeIndex = -1;
    int afterIndex = -1;
    const auto children = schema().allChildren(t);
    for (std::size_t i = 0; i < children.size(); ++i) {
        const QString name = QString::fromUtf8(children[i]->name);
        if (name == before && beforeIndex < 0)
            beforeIndex = int(i);
        if (name == after && afterIndex < 0)
            afterIndex = int(i);
    }
    QVERIFY2(beforeIndex >= 0, qPrintable(before));
    QVERIFY2(afterIndex >= 0, qPrintable(after));
    QVERIFY(beforeIndex < afterIndex);
}

void TestBpmnSchema::childSlotOfElement_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("child");    // element
    QTest::addColumn<QString>("slotName"); // empty: no slot

    QTest::newRow("tProcess task in flowElement") << "tProcess"
                                                  << "task"
                                                  << "flowElement";
    QTest::newRow("tProcess userTask in flowElement") << "tProcess"
                                                      << "userTask"
                                                      << "flowElement";
    QTest::newRow("tProcess sequenceFlow in flowElement") << "tProcess"
                                                          << "sequenceFlow"
                                                          << "flowElement";
    QTest::newRow("tProcess exclusiveGateway in flowElement") << "tProcess"
                                                              << "exclusiveGateway"
                                                              << "flowElement";
    QTest::newRow("tProcess dataObjectReference in flowElement") << "tProcess"
                                                                 << "dataObjectReference"
                                                                 << "flowElement";
    QTest::newRow("tProcess textAnnotation in artifact") << "tProcess"
                                                         << "textAnnotation"
                                                         << "artifact";
    QTest::newRow("tProcess association in artifact") << "tProcess"
                                                      << "association"
                                                      << "artifact";
    QTest::newRow("tProcess laneSet in laneSet") << "tProcess"
                                                 << "laneSet"
                                                 << "laneSet";
    QTest::newRow("tProcess documentation") << "tProcess"
                                            << "documentation"
                                            << "documentation";
    QTest::newRow("tProcess timerEventDefinition: none") << "tProcess"
                                                         << "timerEventDefinition"
                                                         << "";
    QTest::newRow("tSubProcess task in flowElement") << "tSubProcess"
                                                     << "task"
                                                     << "flowElement";
    QTest::newRow("tAdHocSubProcess task in flowElement") << "tAdHocSubProcess"
                                                          << "task"
                                                          << "flowElement";
    QTest::newRow("tStartEvent timerEventDefinition") << "tStartEvent"
                                                      << "timerEventDefinition"
                                                      << "eventDefinition";
    QTest::newRow("tBoundaryEvent errorEventDefinition") << "tBoundaryEvent"
                                                         << "errorEventDefinition"
                                                         << "eventDefinition";
    QTest::newRow("tEndEvent terminateEventDefinition") << "tEndEvent"
                                                        << "terminateEventDefinition"
                                                        << "eventDefinition";
    QTest::newRow("tTask multiInstanceLoopCharacteristics") << "tTask"
                                                            << "multiInstanceLoopCharacteristics"
                                                            << "loopCharacteristics";
    QTest::newRow("tTask standardLoopCharacteristics") << "tTask"
                                                       << "standardLoopCharacteristics"
                                                       << "loopCharacteristics";
    QTest::newRow("tTask potentialOwner in resourceRole") << "tTask"
                                                          << "potentialOwner"
                                                          << "resourceRole";
    QTest::newRow("tTask task: none") << "tTask"
                                      << "task"
                                      << "";
    QTest::newRow("tDefinitions process in rootElement") << "tDefinitions"
                                                         << "process"
                                                         << "rootElement";
    QTest::newRow("tDefinitions collaboration in rootElement") << "tDefinitions"
                                                               << "collaboration"
                                                               << "rootElement";
    QTest::newRow("tDefinitions message in rootElement") << "tDefinitions"
                                                         << "message"
                                                         << "rootElement";
    QTest::newRow("tDefinitions BPMNDiagram") << "tDefinitions"
                                              << "bpmndi:BPMNDiagram"
                                              << "BPMNDiagram";
    QTest::newRow("tCollaboration participant") << "tCollaboration"
                                                << "participant"
                                                << "participant";
    QTest::newRow("tCollaboration messageFlow") << "tCollaboration"
                                                << "messageFlow"
                                                << "messageFlow";
    QTest::newRow("tLaneSet lane") << "tLaneSet"
                                   << "lane"
                                   << "lane";
    QTest::newRow("tScriptTask script") << "tScriptTask"
                                        << "script"
                                        << "script";
    QTest::newRow("BPMNPlane BPMNShape via di:DiagramElement") << "bpmndi:BPMNPlane"
                                                               << "bpmndi:BPMNShape"
                                                               << "DiagramElement";
    QTest::newRow("BPMNPlane BPMNEdge via di:DiagramElement") << "bpmndi:BPMNPlane"
                                                              << "bpmndi:BPMNEdge"
                                                              << "DiagramElement";
    QTest::newRow("BPMNShape Bounds") << "bpmndi:BPMNShape"
                                      << "dc:Bounds"
                                      << "Bounds";
    QTest::newRow("BPMNShape BPMNLabel") << "bpmndi:BPMNShape"
                                         << "bpmndi:BPMNLabel"
                                         << "BPMNLabel";
    QTest::newRow("BPMNLabel Bounds") << "bpmndi:BPMNLabel"
                                      << "dc:Bounds"
                                      << "Bounds";
    QTest::newRow("BPMNLabelStyle Font") << "bpmndi:BPMNLabelStyle"
                                         << "dc:Font"
                                         << "Font";
    QTest::newRow("BPMNShape Point: none") << "bpmndi:BPMNShape"
                                           << "dc:Point"
                                           << "";
}

void TestBpmnSchema::childSlotOfElement()
{
    QFETCH(QString, type);
    QFETCH(QString, child);
    QFETCH(QString, slotName);
    const TypeId t = typeNamed(type);
    const ElementId e = elementNamed(child);
    QVERIFY(t != kNoType);
    QVERIFY(e != kNoElement);
    const int slot = schema().childSlot(t, e);
    if (slotName.isEmpty()) {
        QCOMPARE(slot, -1);
        return;
    }
    QVERIFY(slot >= 0);
    const auto children = schema().allChildren(t);
    QVERIFY(std::size_t(slot) < children.size());
    QCOMPARE(QString::fromUtf8(children[std::size_t(slot)]->name), slotName);
}

void TestBpmnSchema::childSlotByName_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slotName"); // empty: no slot

    const int model = int(Ns::Model);
    QTest::newRow("tTask incoming (local element)") << "tTask" << model << "incoming"
                                                    << "incoming";
    QTest::newRow("tTask outgoing (local element)") << "tTask" << model << "outgoing"
                                                    << "outgoing";
    QTest::newRow("tSequenceFlow conditionExpression")
        << "tSequenceFlow" << model << "conditionExpression"
        << "conditionExpression";
    QTest::newRow("tLane flowNodeRef") << "tLane" << model << "flowNodeRef"
                                       << "flowNodeRef";
    QTest::newRow("tLane childLaneSet") << "tLane" << model << "childLaneSet"
                                        << "childLaneSet";
    QTest::newRow("tDataInputAssociation sourceRef")
        << "tDataInputAssociation" << model << "sourceRef"
        << "sourceRef";
    QTest::newRow("tTimerEventDefinition timeCycle (choice)")
        << "tTimerEventDefinition" << model << "timeCycle"
        << "timeCycle";
    QTest::newRow("tProcess userTask by name") << "tProcess" << model << "userTask"
                                               << "flowElement";
    QTest::newRow("tComplexBehaviorDefinition event is the local slot")
        << "tComplexBehaviorDefinition" << model << "event"
        << "event";
    QTest::newRow("BPMNEdge di:waypoint") << "bpmndi:BPMNEdge" << int(Ns::Di) << "waypoint"
                                          << "waypoint";
    QTest::newRow("BPMNShape di:extension") << "bpmndi:BPMNShape" << int(Ns::Di) << "extension"
                                            << "extension";
    QTest::newRow("BPMNEdge waypoint in the wrong namespace")
        << "bpmndi:BPMNEdge" << int(Ns::BpmnDi) << "waypoint"
        << "";
    QTest::newRow("tTask unknown name") << "tTask" << model << "noSuchChild"
                                        << "";
    QTest::newRow("tTask incoming of another namespace") << "tTask" << int(Ns::None) << "incoming"
                                                         << "";
}

void TestBpmnSchema::childSlotByName()
{
    QFETCH(QString, type);
    QFETCH(int, ns);
    QFETCH(QString, name);
    QFETCH(QString, slotName);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    const QByteArray utf8 = name.toUtf8();
    const int slot = schema().childSlot(t, Ns(ns), view(utf8));
    if (slotName.isEmpty()) {
        QCOMPARE(slot, -1);
        return;
    }
    QVERIFY(slot >= 0);
    QCOMPARE(QString::fromUtf8(schema().allChildren(t)[std::size_t(slot)]->name), slotName);
}

void TestBpmnSchema::childSlotAgreesWithElementOverload()
{
    const Schema &s = schema();
    for (std::size_t t = 0; t < s.types().size(); ++t) {
        for (std::size_t e = 0; e < s.elements().size(); ++e) {
            const ElementInfo &info = s.elements()[e];
            const int byId = s.childSlot(TypeId(t), ElementId(e));
            const int byName = s.childSlot(TypeId(t), info.ns, info.name);
            if (byId != byName)
                QFAIL(qPrintable(
                    QStringLiteral("%1 / %2: %3 vs %4")
                        .arg(QString::fromUtf8(s.types()[t].name), QString::fromUtf8(info.name))
                        .arg(byId)
                        .arg(byName)));
        }
    }
}

void TestBpmnSchema::childTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("child");     // slot name
    QTest::addColumn<QString>("childType"); // empty: built-in

    QTest::newRow("tSequenceFlow conditionExpression is tExpression") << "tSequenceFlow"
                                                                      << "conditionExpression"
                                                                      << "tExpression";
    QTest::newRow("tTask incoming is built-in") << "tTask"
                                                << "incoming"
                                                << "";
    QTest::newRow("tProcess flowElement slot is tFlowElement") << "tProcess"
                                                               << "flowElement"
                                                               << "tFlowElement";
    QTest::newRow("BPMNEdge waypoint is dc:Point") << "bpmndi:BPMNEdge"
                                                   << "waypoint"
                                                   << "Point";
    QTest::newRow("BPMNShape Bounds is dc:Bounds") << "bpmndi:BPMNShape"
                                                   << "Bounds"
                                                   << "Bounds";
    QTest::newRow("BPMNPlane DiagramElement slot") << "bpmndi:BPMNPlane"
                                                   << "DiagramElement"
                                                   << "DiagramElement";
    QTest::newRow("tAdHocSubProcess completionCondition") << "tAdHocSubProcess"
                                                          << "completionCondition"
                                                          << "tExpression";
}

void TestBpmnSchema::childTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, child);
    QFETCH(QString, childType);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    const auto children = schema().allChildren(t);
    int slot = -1;
    for (std::size_t i = 0; i < children.size() && slot < 0; ++i) {
        if (QString::fromUtf8(children[i]->name) == child)
            slot = int(i);
    }
    QVERIFY(slot >= 0);
    const TypeId ct = schema().childType(t, slot);
    if (childType.isEmpty()) {
        QCOMPARE(ct, kNoType);
        QVERIFY(isXsdBuiltin(children[std::size_t(slot)]->typeName));
    } else {
        QVERIFY(ct != kNoType);
        QCOMPARE(QString::fromUtf8(schema().typeInfo(ct).name), childType);
    }
    QCOMPARE(schema().childType(t, -1), kNoType);
    QCOMPARE(schema().childType(t, int(children.size())), kNoType);
}

void TestBpmnSchema::childKinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("child");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<int>("minOccurs");
    QTest::addColumn<int>("maxOccurs");

    const int unbounded = kUnbounded;
    QTest::newRow("tFlowNode incoming QName reference")
        << "tFlowNode"
        << "incoming" << ValueKind::QNameRef << 0 << unbounded;
    QTest::newRow("tFlowNode outgoing QName reference")
        << "tFlowNode"
        << "outgoing" << ValueKind::QNameRef << 0 << unbounded;
    QTest::newRow("tLane flowNodeRef IDREF") << "tLane"
                                             << "flowNodeRef" << ValueKind::IdRef << 0 << unbounded;
    QTest::newRow("tDataAssociation sourceRef IDREF")
        << "tDataAssociation"
        << "sourceRef" << ValueKind::IdRef << 0 << unbounded;
    QTest::newRow("tDataAssociation targetRef IDREF once")
        << "tDataAssociation"
        << "targetRef" << ValueKind::IdRef << 1 << 1;
    QTest::newRow("tInputSet dataInputRefs IDREF")
        << "tInputSet"
        << "dataInputRefs" << ValueKind::IdRef << 0 << unbounded;
    QTest::newRow("tCatchEvent eventDefinitionRef QName reference")
        << "tCatchEvent"
        << "eventDefinitionRef" << ValueKind::QNameRef << 0 << unbounded;
    QTest::newRow("tTimerEventDefinition timeDate optional (choice)")
        << "tTimerEventDefinition"
        << "timeDate" << ValueKind::String << 0 << 1;
    QTest::newRow("tResourceRole resourceRef optional (choice member)")
        << "tResourceRole"
        << "resourceRef" << ValueKind::QNameRef << 0 << 1;
    QTest::newRow("tAssignment from required") << "tAssignment"
                                               << "from" << ValueKind::String << 1 << 1;
    QTest::newRow("di:Edge waypoint at least two")
        << "di:Edge"
        << "waypoint" << ValueKind::String << 2 << unbounded;
    QTest::newRow("BPMNShape Bounds required") << "bpmndi:BPMNShape"
                                               << "Bounds" << ValueKind::String << 1 << 1;
    QTest::newRow("BPMNLabel Bounds optional") << "bpmndi:BPMNLabel"
                                               << "Bounds" << ValueKind::String << 0 << 1;
    QTest::newRow("tProcess flowElement unbounded")
        << "tProcess"
        << "flowElement" << ValueKind::String << 0 << unbounded;
}

void TestBpmnSchema::childKinds()
{
    QFETCH(QString, type);
    QFETCH(QString, child);
    QFETCH(ValueKind, kind);
    QFETCH(int, minOccurs);
    QFETCH(int, maxOccurs);
    const TypeId t = typeNamed(type);
    QVERIFY(t != kNoType);
    const ChildInfo *found = nullptr;
    for (const ChildInfo *c : schema().allChildren(t)) {
        if (QString::fromUtf8(c->name) == child && !found)
            found = c;
    }
    QVERIFY2(found, qPrintable(child));
    QCOMPARE(found->kind, kind);
    QCOMPARE(int(found->minOccurs), minOccurs);
    QCOMPARE(int(found->maxOccurs), maxOccurs);
}

void TestBpmnSchema::substitutes_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("expected");

    QTest::newRow("timerEventDefinition for eventDefinition") << "timerEventDefinition"
                                                              << "eventDefinition" << true;
    QTest::newRow("eventDefinition for itself") << "eventDefinition"
                                                << "eventDefinition" << true;
    QTest::newRow("task for flowElement") << "task"
                                          << "flowElement" << true;
    QTest::newRow("userTask for flowElement") << "userTask"
                                              << "flowElement" << true;
    QTest::newRow("task for eventDefinition") << "task"
                                              << "eventDefinition" << false;
    QTest::newRow("flowElement for task (not reversed)") << "flowElement"
                                                         << "task" << false;
    QTest::newRow("eventDefinition for rootElement (transitively)") << "eventDefinition"
                                                                    << "rootElement" << true;
    QTest::newRow("timerEventDefinition for rootElement (transitively)") << "timerEventDefinition"
                                                                         << "rootElement" << true;
    QTest::newRow("process for rootElement") << "process"
                                             << "rootElement" << true;
    QTest::newRow("textAnnotation for artifact") << "textAnnotation"
                                                 << "artifact" << true;
    QTest::newRow("multiInstanceLoopCharacteristics for loopCharacteristics")
        << "multiInstanceLoopCharacteristics"
        << "loopCharacteristics" << true;
    QTest::newRow("potentialOwner for resourceRole (via performer)") << "potentialOwner"
                                                                     << "resourceRole" << true;
    QTest::newRow("BPMNShape for di:DiagramElement") << "bpmndi:BPMNShape"
                                                     << "di:DiagramElement" << true;
    QTest::newRow("BPMNEdge for di:DiagramElement") << "bpmndi:BPMNEdge"
                                                    << "di:DiagramElement" << true;
    QTest::newRow("BPMNLabel is no di:DiagramElement member") << "bpmndi:BPMNLabel"
                                                              << "di:DiagramElement" << false;
}

void TestBpmnSchema::substitutes()
{
    QFETCH(QString, member);
    QFETCH(QString, head);
    QFETCH(bool, expected);
    const ElementId m = elementNamed(member);
    const ElementId h = elementNamed(head);
    QVERIFY(m != kNoElement);
    QVERIFY(h != kNoElement);
    QCOMPARE(schema().substitutes(m, h), expected);
}

void TestBpmnSchema::elements_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("substitutionGroup"); // null: none
    QTest::addColumn<bool>("isAbstract");

    const QString none;
    QTest::newRow("task") << "task"
                          << "tTask"
                          << "flowElement" << false;
    QTest::newRow("definitions") << "definitions"
                                 << "tDefinitions" << none << false;
    QTest::newRow("gateway is abstract, no group") << "gateway"
                                                   << "tGateway" << none << true;
    QTest::newRow("timerEventDefinition") << "timerEventDefinition"
                                          << "tTimerEventDefinition"
                                          << "eventDefinition" << false;
    QTest::newRow("eventDefinition") << "eventDefinition"
                                     << "tEventDefinition"
                                     << "rootElement" << false;
    QTest::newRow("BPMNShape") << "bpmndi:BPMNShape"
                               << "BPMNShape"
                               << "di:DiagramElement" << false;
    QTest::newRow("BPMNDiagram") << "bpmndi:BPMNDiagram"
                                 << "BPMNDiagram" << none << false;
    QTest::newRow("dc:Bounds") << "dc:Bounds"
                               << "Bounds" << none << false;
}

void TestBpmnSchema::elements()
{
    QFETCH(QString, element);
    QFETCH(QString, typeName);
    QFETCH(QString, substitutionGroup);
    QFETCH(bool, isAbstract);
    const ElementId e = elementNamed(element);
    QVERIFY(e != kNoElement);
    const ElementInfo &info = schema().elementInfo(e);
    QCOMPARE(QString::fromUtf8(info.typeName), typeName);
    QCOMPARE(QString::fromUtf8(info.substitutionGroup), substitutionGroup);
    QCOMPARE(info.substitutionGroup == nullptr, substitutionGroup.isNull());
    QCOMPARE(info.isAbstract, isAbstract);
    QCOMPARE(QString::fromUtf8(schema().typeInfo(schema().elementType(e)).name),
             typeName.section(':', -1));
}

void TestBpmnSchema::everyBaseResolves()
{
    const Schema &s = schema();
    QVERIFY(s.types().size() > 100);
    QCOMPARE(s.types().size(), generatedTypes().size());
    for (std::size_t i = 0; i < s.types().size(); ++i) {
        const TypeInfo &t = s.types()[i];
        QVERIFY2(t.name && *t.name, "type without name");
        QCOMPARE(s.type(t.ns, t.name), TypeId(i));
        if (t.baseName) {
            const TypeId base = s.baseType(TypeId(i));
            QVERIFY2(base != kNoType, t.name);
            QVERIFY2(base != TypeId(i), t.name);
            QVERIFY(s.isA(TypeId(i), base));
            QVERIFY2(!s.isA(base, TypeId(i)), t.name); // no cycles
        } else {
            QCOMPARE(s.baseType(TypeId(i)), kNoType);
        }
        QVERIFY(s.isA(TypeId(i), TypeId(i)));
        // The flattened lists end with the type's own entries.
        const auto all = s.allAttributes(TypeId(i));
        QVERIFY(all.size() >= t.attributes.size());
        for (std::size_t k = 0; k < t.attributes.size(); ++k)
            QCOMPARE(all[all.size() - t.attributes.size() + k], &t.attributes[k]);
        const auto children = s.allChildren(TypeId(i));
        QVERIFY(children.size() >= t.children.size());
        for (std::size_t k = 0; k < t.children.size(); ++k)
            QCOMPARE(children[children.size() - t.children.size() + k], &t.children[k]);
        for (const AttributeInfo &a : t.attributes) {
            QVERIFY2((a.kind == ValueKind::Enum) == (a.enumValues != nullptr), a.name);
        }
    }
}

void TestBpmnSchema::everyChildTypeResolves()
{
    const Schema &s = schema();
    for (std::size_t i = 0; i < s.types().size(); ++i) {
        const auto children = s.allChildren(TypeId(i));
        for (std::size_t k = 0; k < children.size(); ++k) {
            const ChildInfo &c = *children[k];
            const QByteArray where = QByteArray(s.types()[i].name) + '.' + c.name;
            QVERIFY2(c.ns != Ns::None, where.constData());
            QVERIFY2(c.typeName, where.constData());
            const TypeId ct = s.childType(TypeId(i), int(k));
            QVERIFY2(ct != kNoType || isXsdBuiltin(c.typeName), where.constData());
            QCOMPARE(ct, s.type(c.ns, c.typeName));
            QVERIFY2(c.minOccurs <= c.maxOccurs, where.constData());
            // Every slot finds itself by name.
            const int slot = s.childSlot(TypeId(i), c.ns, c.name);
            QVERIFY2(slot >= 0, where.constData());
            QCOMPARE(QByteArray(children[std::size_t(slot)]->name), QByteArray(c.name));
        }
    }
}

void TestBpmnSchema::everyElementTypeAndHeadResolves()
{
    const Schema &s = schema();
    QCOMPARE(s.elements().size(), generatedElements().size());
    for (std::size_t i = 0; i < s.elements().size(); ++i) {
        const ElementInfo &e = s.elements()[i];
        QCOMPARE(s.element(e.ns, e.name), ElementId(i));
        QVERIFY2(s.elementType(ElementId(i)) != kNoType, e.name);
        QVERIFY(s.substitutes(ElementId(i), ElementId(i)));
        if (e.substitutionGroup) {
            bool hasHead = false;
            for (std::size_t h = 0; h < s.elements().size(); ++h) {
                if (h != i && s.substitutes(ElementId(i), ElementId(h))) {
                    hasHead = true;
                    // A member's type derives from its head's type.
                    QVERIFY2(s.isA(s.elementType(ElementId(i)), s.elementType(ElementId(h))),
                             e.name);
                }
            }
            QVERIFY2(hasHead, e.name);
        }
    }
}

void TestBpmnSchema::noDuplicateNamesInFlattenedLists()
{
    const Schema &s = schema();
    for (std::size_t i = 0; i < s.types().size(); ++i) {
        QSet<QByteArray> attributes;
        for (const AttributeInfo *a : s.allAttributes(TypeId(i))) {
            QVERIFY2(!attributes.contains(a->name), a->name);
            attributes.insert(a->name);
        }
        QSet<QByteArray> children;
        for (const ChildInfo *c : s.allChildren(TypeId(i))) {
            QVERIFY2(!children.contains(c->name), c->name);
            children.insert(c->name);
        }
    }
}

void TestBpmnSchema::elementCountsArePlausible()
{
    const Schema &s = schema();
    int perNs[5] = {};
    for (const ElementInfo &e : s.elements())
        ++perNs[int(e.ns)];
    QCOMPARE(perNs[int(Ns::None)], 0);
    QVERIFY(perNs[int(Ns::Model)] > 100);
    QCOMPARE(perNs[int(Ns::BpmnDi)], 6);
    QCOMPARE(perNs[int(Ns::Dc)], 3);
    QCOMPARE(perNs[int(Ns::Di)], 10);
}

void TestBpmnSchema::namespaces()
{
    for (Ns ns : {Ns::Model, Ns::BpmnDi, Ns::Dc, Ns::Di}) {
        QVERIFY(!Schema::uriOf(ns).empty());
        QCOMPARE(Schema::nsOf(Schema::uriOf(ns)), ns);
    }
    QCOMPARE(Schema::nsOf(uri::model), Ns::Model);
    QCOMPARE(Schema::nsOf(uri::di), Ns::Di);
    QCOMPARE(Schema::nsOf(uri::xsi), Ns::None);
    QCOMPARE(Schema::nsOf(""), Ns::None);
    QCOMPARE(Schema::nsOf("http://www.omg.org/spec/BPMN/20100524/MODEL/"), Ns::None);
    QVERIFY(Schema::uriOf(Ns::None).empty());
}

void TestBpmnSchema::outOfRangeIdsAreHarmless()
{
    const Schema &s = schema();
    QCOMPARE(s.element(Ns::Model, "noSuchElement"), kNoElement);
    QCOMPARE(s.element(Ns::Di, "task"), kNoElement);
    QCOMPARE(s.element(Ns::None, "task"), kNoElement);
    QCOMPARE(s.elementType(kNoElement), kNoType);
    QCOMPARE(s.baseType(kNoType), kNoType);
    QVERIFY(!s.isA(kNoType, kNoType));
    QVERIFY(!s.isA(kNoType, "tBaseElement"));
    QVERIFY(!s.attribute(kNoType, "id"));
    QVERIFY(s.allAttributes(kNoType).empty());
    QVERIFY(s.allChildren(kNoType).empty());
    QCOMPARE(s.childSlot(kNoType, s.element(Ns::Model, "task")), -1);
    QCOMPARE(s.childSlot(s.type(Ns::Model, "tProcess"), kNoElement), -1);
    QCOMPARE(s.childSlot(kNoType, Ns::Model, "task"), -1);
    QCOMPARE(s.childType(kNoType, 0), kNoType);
    QVERIFY(!s.substitutes(kNoElement, s.element(Ns::Model, "flowElement")));
    QCOMPARE(&Schema::instance(), &s);
}

void TestBpmnSchema::generatedFileIsUpToDate()
{
    // The committed tables must be what the generator makes of the XSDs in ../shared.
    const QString xsdDir = amtsweg::test::sharedDir() + QStringLiteral("/testdata/xsd");
    if (!QFile::exists(xsdDir + QStringLiteral("/Semantic.xsd")))
        QSKIP("XSDs not found in AMTSWEG_SHARED_DIR");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found");
    const QString sourceRoot = amtsweg::test::samplesDir() + QStringLiteral("/..");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("bpmnschema_generated.cpp"));
    QProcess gen;
    gen.start(python, {sourceRoot + QStringLiteral("/tools/gen_bpmn_schema.py"), xsdDir, out});
    QVERIFY(gen.waitForFinished(60000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    QFile fresh(out);
    QFile committed(sourceRoot + QStringLiteral("/model/bpmn/bpmnschema_generated.cpp"));
    QVERIFY(fresh.open(QIODevice::ReadOnly));
    QVERIFY(committed.open(QIODevice::ReadOnly));
    QVERIFY2(fresh.readAll() == committed.readAll(),
             "model/bpmn/bpmnschema_generated.cpp is stale: rerun tools/gen_bpmn_schema.py");
}

QTEST_GUILESS_MAIN(TestBpmnSchema)
#include "tst_bpmnschema.moc"

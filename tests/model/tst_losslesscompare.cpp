// Self-test of the lossless comparator (tests/common/losslesscompare): it must find what a lossy
// writer would do (drop an attribute, change a text, move an element) and must accept what issue
// 2 allows (prefixes, attribute and sibling order, whitespace, number spelling, XSD defaults).

#include "losslesscompare.h"
#include "testpaths.h"
#include "xmltools.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QtTest/QtTest>

namespace amtsweg::test {

namespace {

/// The reference document (tests/data/compare/base.bpmn).
const QByteArray &base()
{
    static const QByteArray bytes =
        readFileBytes(testDataDir() + QStringLiteral("/compare/base.bpmn"));
    return bytes;
}

QByteArray replaced(QByteArray s, const QByteArray &from, const QByteArray &to)
{
    if (!s.contains(from))
        qFatal("test input does not contain %s", from.constData());
    return s.replace(from, to);
}

QString joined(const QStringList &l)
{
    return l.join(QLatin1Char('\n'));
}

} // namespace

class TestLosslessCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalIsLossless();
    void accepted_data();
    void accepted();
    void detected_data();
    void detected();
    void additionsInOutputAreAllowed();
    void latin1InputAgainstUtf8Output();
    void utf16Input();
    void notWellFormedIsReported();
    void reportIsLimited();
    void duplicateIdsAreKeyedByOccurrence();
    void childOrder();
};

void TestLosslessCompare::identicalIsLossless()
{
    QVERIFY(base().contains("Prüfen"));
    QVERIFY2(compareLossless(base(), base()).isEmpty(),
             qPrintable(joined(compareLossless(base(), base()))));
}

void TestLosslessCompare::accepted_data()
{
    QTest::addColumn<QByteArray>("output");

    QByteArray prefixes = base();
    prefixes.replace("bpmn:", "semantic:").replace("xmlns:bpmn=", "xmlns:semantic=");
    prefixes.replace("semantic:tFormalExpression", "semantic:tFormalExpression");
    QTest::newRow("model prefix bpmn -> semantic (incl. xsi:type QName)") << prefixes;

    QByteArray defaultNs = base();
    defaultNs.replace("<bpmn:", "<").replace("</bpmn:", "</");
    defaultNs.replace("xmlns:bpmn=", "xmlns=");
    defaultNs.replace("xsi:type=\"bpmn:tFormalExpression\"", "xsi:type=\"tFormalExpression\"");
    QTest::newRow("model namespace as default namespace") << defaultNs;

    QTest::newRow("per-element namespace declaration")
        << replaced(base(), "<bpmndi:BPMNDiagram id=\"D\">",
                    "<bpmndi:BPMNDiagram xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
                    "id=\"D\">");

    QTest::newRow("attribute order")
        << replaced(base(), "<dc:Bounds x=\"100\" y=\"80.5\" width=\"100\" height=\"80\"/>",
                    "<dc:Bounds height=\"80\" width=\"100\" y=\"80.5\" x=\"100\"/>");

    QTest::newRow("sibling order of differently named elements")
        << replaced(base(),
                    "<bpmn:subProcess id=\"S\"/>\n    <bpmn:sequenceFlow id=\"F\" sourceRef=\"T\" "
                    "targetRef=\"T\">\n      <bpmn:conditionExpression "
                    "xsi:type=\"bpmn:tFormalExpression\">x &gt; 1</bpmn:conditionExpression>\n    "
                    "</bpmn:sequenceFlow>",
                    "<bpmn:sequenceFlow id=\"F\" sourceRef=\"T\" targetRef=\"T\">\n      "
                    "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">x &gt; "
                    "1</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n    <bpmn:subProcess "
                    "id=\"S\"/>");

    QTest::newRow("whitespace runs in text")
        << replaced(base(), "Erste Zeile\n      zweite   Zeile", "Erste Zeile zweite Zeile");

    QTest::newRow("number spelling")
        << replaced(base(), "x=\"100\" y=\"80.5\"", "x=\"100.0\" y=\"8.05E1\"");

    QTest::newRow("value equal to the XSD default dropped (startQuantity=1)")
        << replaced(base(), " startQuantity=\"1\"", "");

    QTest::newRow("exporter and exporterVersion replaced")
        << replaced(base(), "exporter=\"Other\" exporterVersion=\"1\"",
                    "exporter=\"Amtsweg\" exporterVersion=\"0.1.0\"");

    QTest::newRow("entity spelling (&gt; vs CDATA)")
        << replaced(base(), "x &gt; 1", "<![CDATA[x > 1]]>");

    QTest::newRow("compact formatting")
        << QByteArray(base()).replace("\n    ", "").replace("\n  ", "").replace("\n      ", "");
}

void TestLosslessCompare::accepted()
{
    QFETCH(QByteArray, output);
    const QStringList diffs = compareLossless(base(), output);
    QVERIFY2(diffs.isEmpty(), qPrintable(joined(diffs)));
}

void TestLosslessCompare::detected_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("dropped foreign attribute")
        << replaced(base(), " camunda:assignee=\"amt\"", "") << QStringLiteral("assignee");
    QTest::newRow("dropped attribute (not default)")
        << replaced(base(), " isExecutable=\"false\"", "") << QStringLiteral("isExecutable");
    QTest::newRow("changed attribute value")
        << replaced(base(), "name=\"Prüfen\"", "name=\"Pruefen\"") << QStringLiteral("name");
    QTest::newRow("changed number")
        << replaced(base(), "y=\"80.5\"", "y=\"80\"") << QStringLiteral("y");
    QTest::newRow("changed text") << replaced(base(), "x &gt; 1", "x &gt; 2")
                                  << QStringLiteral("text");
    QTest::newRow("dropped text") << replaced(base(), "Erste Zeile\n      zweite   Zeile", "")
                                  << QStringLiteral("text");
    QTest::newRow("dropped extension element")
        << replaced(base(), "<camunda:property name=\"b\" value=\"2\"/>", "")
        << QStringLiteral("property");
    QTest::newRow("element without id moved to another parent")
        << replaced(replaced(base(),
                             "<bpmn:documentation>Erste Zeile\n      zweite   "
                             "Zeile</bpmn:documentation>",
                             ""),
                    "<bpmn:subProcess id=\"S\"/>",
                    "<bpmn:subProcess id=\"S\"><bpmn:documentation>Erste Zeile zweite "
                    "Zeile</bpmn:documentation></bpmn:subProcess>")
        << QStringLiteral("documentation");
    QTest::newRow("element with id moved to another parent")
        << replaced(replaced(base(), "<bpmndi:BPMNDiagram id=\"D\">", "<bpmn:process id=\"P2\">"),
                    "</bpmndi:BPMNDiagram>", "</bpmn:process>")
        << QStringLiteral("#PL");
    QTest::newRow("element renamed (task -> userTask)")
        << replaced(replaced(base(), "<bpmn:task id=\"T\"", "<bpmn:userTask id=\"T\""),
                    "</bpmn:task>", "</bpmn:userTask>")
        << QStringLiteral("userTask");
    QTest::newRow("element in another namespace (same prefix, other URI)")
        << replaced(base(), "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"",
                    "xmlns:camunda=\"http://example.org/not-camunda\"")
        << QStringLiteral("camunda.org");
    QTest::newRow("xsi:type QName pointing to another namespace")
        << replaced(base(), "xsi:type=\"bpmn:tFormalExpression\"",
                    "xsi:type=\"camunda:tFormalExpression\"")
        << QStringLiteral("type");
    QTest::newRow("id changed") << replaced(replaced(base(), "<bpmn:task id=\"T\"",
                                                     "<bpmn:task id=\"Task_1\""),
                                            "bpmnElement=\"T\"", "bpmnElement=\"Task_1\"")
                                << QStringLiteral("#T");
    QTest::newRow("dropped default-valued attribute with a non-default value")
        << replaced(base(), " startQuantity=\"1\"", " startQuantity=\"2\"")
        << QStringLiteral("startQuantity");
}

void TestLosslessCompare::detected()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, mentions);
    const QStringList diffs = compareLossless(base(), output);
    QVERIFY2(!diffs.isEmpty(), "the comparator missed a loss");
    QVERIFY2(joined(diffs).contains(mentions), qPrintable(joined(diffs)));
}

void TestLosslessCompare::additionsInOutputAreAllowed()
{
    // The definition is one-directional: the output may carry more (defaults made explicit,
    // new namespace declarations).
    const QByteArray out =
        replaced(base(), "<bpmn:subProcess id=\"S\"/>",
                 "<bpmn:subProcess id=\"S\" triggeredByEvent=\"false\"><bpmn:documentation>neu"
                 "</bpmn:documentation></bpmn:subProcess>");
    QVERIFY2(compareLossless(base(), out).isEmpty(),
             qPrintable(joined(compareLossless(base(), out))));
    // ... but not the other way round.
    QVERIFY(!compareLossless(out, base()).isEmpty());
}

void TestLosslessCompare::latin1InputAgainstUtf8Output()
{
    const QByteArray utf8 = base();
    QByteArray latin1 = QString::fromUtf8(utf8).toLatin1();
    latin1.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    QVERIFY(!latin1.contains("Prüfen")); // really transcoded
    QVERIFY2(compareLossless(latin1, utf8).isEmpty(),
             qPrintable(joined(compareLossless(latin1, utf8))));
    const QByteArray wrongUmlaut = replaced(utf8, "Prüfen", "Pr?fen");
    QVERIFY(!compareLossless(latin1, wrongUmlaut).isEmpty());
    // Latin-1 bytes read as UTF-8 (the classic mistake) are a loss.
    QByteArray mojibake = QString::fromLatin1(utf8).toUtf8();
    QVERIFY(!compareLossless(latin1, mojibake).isEmpty());
}

void TestLosslessCompare::utf16Input()
{
    QByteArray decl = base();
    decl.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    QStringEncoder enc(QStringConverter::Utf16LE);
    const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray(enc(QString::fromUtf8(decl)));
    QVERIFY2(compareLossless(utf16, base()).isEmpty(),
             qPrintable(joined(compareLossless(utf16, base()))));
    QVERIFY(isWellFormedXml(utf16));
}

void TestLosslessCompare::notWellFormedIsReported()
{
    const QStringList diffs = compareLossless(base(), base().left(base().size() / 2));
    QCOMPARE(diffs.size(), 1);
    QVERIFY(diffs.first().contains(QStringLiteral("output")));
}

void TestLosslessCompare::reportIsLimited()
{
    QByteArray in = "<r xmlns=\"urn:x\">";
    for (int i = 0; i < 30; ++i)
        in += "<e a=\"" + QByteArray::number(i) + "\"/>";
    in += "</r>";
    const QByteArray out = "<r xmlns=\"urn:x\"/>";
    const QStringList diffs = compareLossless(in, out);
    QCOMPARE(diffs.size(), 21);
    QVERIFY(diffs.last().contains(QStringLiteral("10 more")));
}

void TestLosslessCompare::duplicateIdsAreKeyedByOccurrence()
{
    const QByteArray in = "<r xmlns=\"urn:x\"><t id=\"A\" n=\"1\"/><t id=\"A\" n=\"2\"/></r>";
    QVERIFY(compareLossless(in, in).isEmpty());
    const QByteArray dropped = "<r xmlns=\"urn:x\"><t id=\"A\" n=\"1\"/></r>";
    QVERIFY(!compareLossless(in, dropped).isEmpty());
}

void TestLosslessCompare::childOrder()
{
    QVERIFY(compareChildOrder(base(), base()).isEmpty());
    const QByteArray swapped =
        replaced(base(),
                 "<bpmn:subProcess id=\"S\"/>\n    <bpmn:sequenceFlow id=\"F\" sourceRef=\"T\" "
                 "targetRef=\"T\">\n"
                 "      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">x &gt; "
                 "1</bpmn:conditionExpression>\n"
                 "    </bpmn:sequenceFlow>",
                 "<bpmn:sequenceFlow id=\"F\" sourceRef=\"T\" targetRef=\"T\"/>\n    "
                 "<bpmn:subProcess id=\"S\"/>");
    const QStringList diffs = compareChildOrder(base(), swapped);
    QCOMPARE(diffs.size(), 1);
    QVERIFY2(diffs.first().contains(QStringLiteral("#P")), qPrintable(diffs.first()));
    // Children that only one side has do not count.
    const QByteArray extra = replaced(base(), "<bpmn:subProcess id=\"S\"/>",
                                      "<bpmn:task id=\"New\"/><bpmn:subProcess id=\"S\"/>");
    QVERIFY(compareChildOrder(base(), extra).isEmpty());
}

} // namespace amtsweg::test

QTEST_GUILESS_MAIN(amtsweg::test::TestLosslessCompare)
#include "tst_losslesscompare.moc"

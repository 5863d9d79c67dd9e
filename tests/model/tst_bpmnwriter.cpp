// BpmnWriter: deterministic bytes, exporter, well-formed UTF-8, ids and document order kept,
// standard prefixes for new documents, the document's prefixes for new elements, comments and
// extension content kept, and lossless round trips (tests/common/losslesscompare, an independent
// tinyxml2 check) for every hand-written input.

#include "bpmn/elements.h"
#include "bpmn/modeltree.h"
#include "document.h"
#include "losslesscompare.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xmltools.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

QStringList bpmnFiles(const QString &subdir)
{
    QDir dir(testDataDir() + QLatin1Char('/') + subdir);
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*.bpmn")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

void addRows(const QStringList &subdirs)
{
    QTest::addColumn<QString>("path");
    for (const QString &sub : subdirs)
        for (const QString &p : bpmnFiles(sub))
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + QFileInfo(p).fileName())) << p;
}

QString diagnosticsText(const Diagnostics &ds)
{
    QStringList l;
    for (const Diagnostic &d : ds)
        l << d.toString();
    return l.join(QLatin1Char('\n'));
}

QString outputDir()
{
    return buildDir() + QStringLiteral("/test-output/writer");
}

/// Keeps the output of a failed case for inspection and names it in the message.
QString keep(const QString &path, const QByteArray &out)
{
    const QString name = outputDir() + QLatin1Char('/') + QFileInfo(path).fileName();
    writeFileBytes(name, out);
    return name;
}

struct ElementInfo
{
    QString nsUri, prefix, local;
    QHash<QString, QString> attributes; // "{uri}local" or "local" -> value
};

/// Elements by id, as a namespace-aware parser (QXmlStreamReader) sees them.
QHash<QString, ElementInfo> elementsById(const QByteArray &xml)
{
    QHash<QString, ElementInfo> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        ElementInfo e;
        e.nsUri = r.namespaceUri().toString();
        e.prefix = r.prefix().toString();
        e.local = r.name().toString();
        for (const QXmlStreamAttribute &a : r.attributes()) {
            const QString key = a.namespaceUri().isEmpty()
                                    ? a.name().toString()
                                    : QLatin1Char('{') + a.namespaceUri().toString() +
                                          QLatin1Char('}') + a.name().toString();
            e.attributes.insert(key, a.value().toString());
        }
        const QString id = e.attributes.value(QStringLiteral("id"));
        if (!id.isEmpty() && !out.contains(id))
            out.insert(id, e);
    }
    return out;
}

const char *kModel = "http://www.omg.org/spec/BPMN/20100524/MODEL";
const char *kBpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
const char *kDc = "http://www.omg.org/spec/DD/20100524/DC";
const char *kDi = "http://www.omg.org/spec/DD/20100524/DI";

} // namespace

class TestBpmnWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void deterministic_data();
    void deterministic();
    void exporter_data();
    void exporter();
    void wellFormedUtf8_data();
    void wellFormedUtf8();
    void idsNeverChange_data();
    void idsNeverChange();
    void lossless_data();
    void lossless();
    void documentOrderKept_data();
    void documentOrderKept();
    void readsBack_data();
    void readsBack();

    void commentsKept();
    void processingInstructionKept();
    void extensionContentKept();
    void newDocumentUsesStandardPrefixes();
    void newElementsUseTheDocumentsPrefix_data();
    void newElementsUseTheDocumentsPrefix();
    void undeclaredNamespaceGetsDeclared();
    void namespacedAttributeWithoutPrefixKeepsItsNamespace();
    void changedValueIsWritten();

    void writeFileReplacesAtomically_data();
    void writeFileReplacesAtomically();
    void writeFileReportsUnwritable_data();
    void writeFileReportsUnwritable();
    void fragmentIsStandalone();
};

void TestBpmnWriter::initTestCase()
{
    QVERIFY(QDir().mkpath(outputDir()));
}

// ---- every input

void TestBpmnWriter::deterministic_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::deterministic()
{
    QFETCH(QString, path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics)));
    const QByteArray first = BpmnWriter::write(*r.tree);
    const QByteArray second = BpmnWriter::write(*r.tree);
    QVERIFY(!first.isEmpty());
    QVERIFY2(first == second, "writing the same tree twice gave different bytes");

    ReadResult again = BpmnReader::readBytes(first, QFileInfo(path).fileName());
    QVERIFY2(again.ok(), qPrintable(diagnosticsText(again.diagnostics)));
    const QByteArray third = BpmnWriter::write(*again.tree);
    if (third != first) {
        qsizetype i = 0;
        while (i < first.size() && i < third.size() && first[i] == third[i])
            ++i;
        QFAIL(qPrintable(
            QStringLiteral(
                "read(write(x)) written again differs at byte %1: '%2' vs '%3' (kept as %4)")
                .arg(i)
                .arg(QString::fromUtf8(first.mid(qMax<qsizetype>(0, i - 40), 80)),
                     QString::fromUtf8(third.mid(qMax<qsizetype>(0, i - 40), 80)),
                     keep(path, first))));
    }
}

void TestBpmnWriter::exporter_data()
{
    addRows({QStringLiteral("good")});
}

void TestBpmnWriter::exporter()
{
    QFETCH(QString, path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    QXmlStreamReader x(out);
    while (!x.atEnd() && x.readNext() != QXmlStreamReader::StartElement) {
    }
    QVERIFY2(x.tokenType() == QXmlStreamReader::StartElement, qPrintable(x.errorString()));
    QCOMPARE(x.name().toString(), QStringLiteral("definitions"));
    QCOMPARE(x.namespaceUri().toString(), QString::fromLatin1(kModel));
    QCOMPARE(x.attributes().value(QStringLiteral("exporter")).toString(),
             QStringLiteral("Amtsweg"));
    QCOMPARE(x.attributes().value(QStringLiteral("exporterVersion")).toString(),
             QStringLiteral(AMTSWEG_VERSION));
}

void TestBpmnWriter::wellFormedUtf8_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::wellFormedUtf8()
{
    QFETCH(QString, path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    QString error;
    QVERIFY2(isWellFormedXml(out, &error),
             qPrintable(error + QStringLiteral(" in ") + keep(path, out)));
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(out);
    QVERIFY2(!utf8.hasError(), "output is not valid UTF-8");
    QVERIFY2(!out.startsWith("\xEF\xBB\xBF"), "output starts with a BOM");
    QVERIFY2(out.startsWith("<?xml"), "output has no XML declaration");
    static const QRegularExpression enc(
        QStringLiteral("^<\\?xml[^>]*encoding=[\"']([^\"']+)[\"']"));
    const auto m = enc.match(text);
    if (m.hasMatch())
        QVERIFY2(m.captured(1).compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) == 0,
                 qPrintable(QStringLiteral("UTF-8 output declares encoding ") + m.captured(1)));
}

void TestBpmnWriter::idsNeverChange_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::idsNeverChange()
{
    QFETCH(QString, path);
    const QByteArray in = readFileBytes(path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    const auto before = idsWithNames(in);
    const auto after = idsWithNames(out);
    QHash<QString, QString> afterMap;
    for (const auto &[id, name] : after)
        afterMap.insert(id, name);
    QStringList problems;
    for (const auto &[id, name] : before) {
        if (!afterMap.contains(id))
            problems << QStringLiteral("id %1 (%2) missing").arg(id, shortName(name));
        else if (afterMap.value(id) != name)
            problems << QStringLiteral("id %1 now on %2, was %3")
                            .arg(id, shortName(afterMap.value(id)), shortName(name));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Duplicates stay duplicates (they are reported, not renamed).
    static const QRegularExpression idAttr(QStringLiteral("\\sid=\"([^\"]*)\""));
    auto countIds = [](const QByteArray &xml) {
        QMap<QString, int> m;
        auto it = idAttr.globalMatch(QString::fromUtf8(xmlToUtf8(xml)));
        while (it.hasNext())
            ++m[it.next().captured(1)];
        return m;
    };
    const QMap<QString, int> cin = countIds(in);
    const QMap<QString, int> cout = countIds(out);
    for (auto it = cin.begin(); it != cin.end(); ++it)
        QVERIFY2(cout.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("id %1: %2 times in the input, %3 in the output")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(cout.value(it.key()))));
}

void TestBpmnWriter::lossless_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::lossless()
{
    QFETCH(QString, path);
    const QByteArray in = readFileBytes(path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics)));
    const QByteArray out = BpmnWriter::write(*r.tree);
    const QStringList diffs = compareLossless(in, out);
    QVERIFY2(diffs.isEmpty(),
             qPrintable(QStringLiteral("output kept as %1:\n").arg(keep(path, out)) +
                        diffs.join(QLatin1Char('\n'))));
}

void TestBpmnWriter::documentOrderKept_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::documentOrderKept()
{
    QFETCH(QString, path);
    const QByteArray in = readFileBytes(path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    const QStringList diffs = compareChildOrder(in, out);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestBpmnWriter::readsBack_data()
{
    addRows({QStringLiteral("good"), QStringLiteral("damaged")});
}

void TestBpmnWriter::readsBack()
{
    QFETCH(QString, path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    ReadResult back = BpmnReader::readBytes(out, QFileInfo(path).fileName());
    QVERIFY2(back.ok(), qPrintable(diagnosticsText(back.diagnostics)));
    QCOMPARE(elementCounts(out), elementCounts(readFileBytes(path)));
    // The same problems, no more, no fewer (lines may differ).
    auto warnings = [](const Diagnostics &ds) {
        QStringList l;
        for (const Diagnostic &d : ds)
            l << severityName(d.severity) + QLatin1Char(' ') + d.code + QLatin1Char(' ') +
                     d.elementId;
        l.sort();
        return l;
    };
    QCOMPARE(warnings(back.diagnostics), warnings(r.diagnostics));
}

// ---- particular content

void TestBpmnWriter::commentsKept()
{
    const QString path = testDataDir() + QStringLiteral("/good/comments.bpmn");
    const QByteArray in = readFileBytes(path);
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    QStringList before = commentTexts(in);
    QStringList after = commentTexts(out);
    QCOMPARE(before.size(), 13);
    QCOMPARE(after, before); // same comments, same document order
    // A comment stays inside its element (here: in extensionElements, before the properties).
    QVERIFY(out.contains("comment in extension elements"));
    const qsizetype ext = out.indexOf("comment in extension elements");
    QVERIFY(out.lastIndexOf("extensionElements", ext) > out.lastIndexOf("Task_Co", ext));
    QVERIFY(out.indexOf("Task_Co_di") < out.indexOf("comment before bounds"));
    QVERIFY(out.indexOf("comment before bounds") < out.indexOf("End_Co_di"));
    QVERIFY(out.indexOf("Kommentar vor dem Wurzelelement") < out.indexOf("definitions"));
    QVERIFY(out.indexOf("Kommentar nach dem Wurzelelement") > out.lastIndexOf("definitions"));
}

void TestBpmnWriter::processingInstructionKept()
{
    ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/foreign-content.bpmn"));
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    QVERIFY2(out.contains("<?amtsweg-test keep=\"this processing instruction\"?>"),
             out.left(400).constData());
}

void TestBpmnWriter::extensionContentKept()
{
    const QString path = testDataDir() + QStringLiteral("/good/extensions-camunda.bpmn");
    ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    const QByteArray out = BpmnWriter::write(*r.tree);
    const auto els = elementsById(out);
    const QString camunda = QStringLiteral("{http://camunda.org/schema/1.0/bpmn}");
    QCOMPARE(els.value(QStringLiteral("Task_Service"))
                 .attributes.value(camunda + QStringLiteral("topic")),
             QStringLiteral("register-abfrage"));
    QCOMPARE(els.value(QStringLiteral("Process_Ext"))
                 .attributes.value(camunda + QStringLiteral("versionTag")),
             QStringLiteral("2.1"));
    QCOMPARE(
        els.value(QStringLiteral("Flow_E1_di")).attributes.value(camunda + QStringLiteral("note")),
        QStringLiteral("edge attribute"));
    QCOMPARE(els.value(QStringLiteral("FormField_Art")).nsUri,
             QStringLiteral("http://camunda.org/schema/1.0/bpmn"));
    QVERIFY(out.contains("${aktenzeichen}"));
    QVERIFY(out.contains("R3/PT10M"));
    QVERIFY(out.contains("println 'Ende'") || out.contains("println &apos;Ende&apos;"));
}

void TestBpmnWriter::newDocumentUsesStandardPrefixes()
{
    // A new document (BpmnDocument::createEmptyTree) with new elements made by the element
    // helpers: written with bpmn:, bpmndi:, dc:, di: as bpmn.io does.
    std::unique_ptr<ModelTree> tree = BpmnDocument::createEmptyTree();
    QVERIFY(tree);
    ModelTree &t = *tree;
    const NodeId proc = t.firstChildElement(t.root(), "process");
    QVERIFY(proc != kNoNode);
    const NodeId task = bpmn::createBpmnElement(t, "task", "Task_New");
    t.setAttribute(task, t.known().name, "Neu");
    t.insert(proc, task);
    NodeId plane = kNoNode;
    for (NodeId n = 1; n <= NodeId(t.nodeCount()) && plane == kNoNode; ++n)
        if (t.isValid(n) && t.isElement(n) && t.isAttached(n) && t.ns(n) == schema::Ns::BpmnDi &&
            t.localName(n) == "BPMNPlane")
            plane = n;
    QVERIFY(plane != kNoNode);
    const NodeId shape = bpmn::createElement(t, kBpmnDi, "BPMNShape");
    t.setAttribute(shape, t.known().id, "Task_New_di");
    t.setAttribute(shape, t.known().bpmnElement, "Task_New");
    t.insert(plane, shape);
    const NodeId bounds = bpmn::createElement(t, kDc, "Bounds");
    t.setAttribute(bounds, t.known().x, "100");
    t.setAttribute(bounds, t.known().y, "80");
    t.setAttribute(bounds, t.known().width, "100");
    t.setAttribute(bounds, t.known().height, "80");
    t.insert(shape, bounds);
    const NodeId edge = bpmn::createElement(t, kBpmnDi, "BPMNEdge");
    t.setAttribute(edge, t.known().id, "Edge_New");
    t.insert(plane, edge);
    const NodeId wp = bpmn::createElement(t, kDi, "waypoint");
    t.setAttribute(wp, t.known().x, "1");
    t.setAttribute(wp, t.known().y, "2");
    t.insert(edge, wp);

    const QByteArray out = BpmnWriter::write(t);
    QString error;
    QVERIFY2(isWellFormedXml(out, &error),
             qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(out)));
    const auto els = elementsById(out);
    QCOMPARE(els.value(QStringLiteral("Task_New")).prefix, QStringLiteral("bpmn"));
    QCOMPARE(els.value(QStringLiteral("Task_New")).nsUri, QString::fromLatin1(kModel));
    QCOMPARE(els.value(QStringLiteral("Task_New_di")).prefix, QStringLiteral("bpmndi"));
    QCOMPARE(els.value(QStringLiteral("Task_New_di")).nsUri, QString::fromLatin1(kBpmnDi));
    QVERIFY2(out.contains("<bpmn:definitions"), out.constData());
    QVERIFY2(out.contains("<dc:Bounds"), out.constData());
    QVERIFY2(out.contains("<di:waypoint"), out.constData());
    QVERIFY(out.contains("xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""));
    QVERIFY(out.contains("xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""));
    QVERIFY(out.contains("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""));
    QVERIFY(out.contains("xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\""));
    QVERIFY(out.contains("exporter=\"Amtsweg\""));
    // And it reads back without problems.
    const ReadResult back = BpmnReader::readBytes(out, QStringLiteral("new.bpmn"));
    QVERIFY(back.ok());
    QVERIFY2(back.diagnostics.empty(), qPrintable(diagnosticsText(back.diagnostics)));
}

void TestBpmnWriter::newElementsUseTheDocumentsPrefix_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("processId");
    QTest::addColumn<QString>("shapeId"); // a shape whose plane gets a new shape
    QTest::addColumn<QString>("modelPrefix");
    QTest::addColumn<QString>("dcPrefix");
    QTest::newRow("semantic:") << "prefix-semantic.bpmn"
                               << "WFP-6-1"
                               << "Trisotech.Visio__6-_1-26"
                               << "semantic"
                               << "dc";
    QTest::newRow("default namespace, omgdc:") << "prefix-default-signavio.bpmn"
                                               << "sid-process-1"
                                               << "sid-task-a_gui"
                                               << ""
                                               << "omgdc";
    QTest::newRow("bpmn2:") << "prefix-bpmn2.bpmn"
                            << "Process_Bpmn2"
                            << "BPMNShape_Task_Hoch"
                            << "bpmn2"
                            << "dc";
}

void TestBpmnWriter::newElementsUseTheDocumentsPrefix()
{
    QFETCH(QString, file);
    QFETCH(QString, processId);
    QFETCH(QString, shapeId);
    QFETCH(QString, modelPrefix);
    QFETCH(QString, dcPrefix);
    ReadResult r = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/") + file);
    QVERIFY(r.ok());
    ModelTree &t = *r.tree;
    const NodeId proc = t.byId(processId.toStdString());
    QVERIFY(proc != kNoNode);
    const NodeId task = bpmn::createBpmnElement(t, "task", "Task_Added");
    t.setAttribute(task, t.known().name, "Neu hinzugefügt");
    t.insert(proc, task);
    const NodeId plane = t.parent(t.byId(shapeId.toStdString()));
    QVERIFY(plane != kNoNode);
    const NodeId shape = bpmn::createElement(t, kBpmnDi, "BPMNShape");
    t.setAttribute(shape, t.known().id, "Task_Added_di");
    t.setAttribute(shape, t.known().bpmnElement, "Task_Added");
    t.insert(plane, shape);
    const NodeId bounds = bpmn::createElement(t, kDc, "Bounds");
    t.setAttribute(bounds, t.known().x, "10");
    t.setAttribute(bounds, t.known().y, "20");
    t.setAttribute(bounds, t.known().width, "100");
    t.setAttribute(bounds, t.known().height, "80");
    t.insert(shape, bounds);

    const QByteArray out = BpmnWriter::write(t);
    QString error;
    QVERIFY2(isWellFormedXml(out, &error), qPrintable(error));
    const auto els = elementsById(out);
    QCOMPARE(els.value(QStringLiteral("Task_Added")).nsUri, QString::fromLatin1(kModel));
    QCOMPARE(els.value(QStringLiteral("Task_Added")).prefix, modelPrefix);
    QCOMPARE(els.value(QStringLiteral("Task_Added_di")).nsUri, QString::fromLatin1(kBpmnDi));
    const QByteArray tag = dcPrefix.toUtf8() + ":Bounds x=\"10\"";
    QVERIFY2(out.contains(tag),
             qPrintable(QStringLiteral("no <%1 in the output").arg(QString::fromUtf8(tag))));
    // Nothing else lost.
    const QStringList diffs =
        compareLossless(readFileBytes(testDataDir() + QStringLiteral("/good/") + file), out);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
}

void TestBpmnWriter::undeclaredNamespaceGetsDeclared()
{
    // prefix-semantic.bpmn declares neither bpmn.io's colour namespace nor the OMG one; colour
    // attributes named with the document's prefix for them (bpmn::prefixFor) get declared.
    ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefix-semantic.bpmn"));
    QVERIFY(r.ok());
    ModelTree &t = *r.tree;
    const NodeId shape = t.byId("Trisotech.Visio__6-_1-26");
    QVERIFY(shape != kNoNode);
    const std::string_view bioc = schema::uri::bioColor;
    const std::string_view color = schema::uri::omgColor;
    t.setAttribute(shape, t.names().intern(bioc, "fill", std::string(bpmn::prefixFor(t, bioc))),
                   "#bbdefb");
    t.setAttribute(
        shape, t.names().intern(color, "background-color", std::string(bpmn::prefixFor(t, color))),
        "#bbdefb");
    const QByteArray out = BpmnWriter::write(t);
    QString error;
    QVERIFY2(isWellFormedXml(out, &error), qPrintable(error));
    const auto attrs =
        elementsById(out).value(QStringLiteral("Trisotech.Visio__6-_1-26")).attributes;
    QCOMPARE(attrs.value(QStringLiteral("{http://bpmn.io/schema/bpmn/biocolor/1.0}fill")),
             QStringLiteral("#bbdefb"));
    QCOMPARE(attrs.value(QStringLiteral(
                 "{http://www.omg.org/spec/BPMN/non-normative/color/1.0}background-color")),
             QStringLiteral("#bbdefb"));
}

void TestBpmnWriter::namespacedAttributeWithoutPrefixKeepsItsNamespace()
{
    // The name table accepts a namespaced attribute name without a prefix. An attribute
    // without a prefix is in no namespace, so the writer must invent a prefix, not drop the
    // namespace (which would silently turn bioc:fill into a plain fill).
    ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefix-semantic.bpmn"));
    QVERIFY(r.ok());
    ModelTree &t = *r.tree;
    const NodeId shape = t.byId("Trisotech.Visio__6-_1-26");
    t.setAttribute(shape, t.names().intern("http://bpmn.io/schema/bpmn/biocolor/1.0", "stroke"),
                   "#0d4372");
    const QByteArray out = BpmnWriter::write(t);
    QString error;
    QVERIFY2(isWellFormedXml(out, &error), qPrintable(error));
    const auto attrs =
        elementsById(out).value(QStringLiteral("Trisotech.Visio__6-_1-26")).attributes;
    QVERIFY2(!attrs.contains(QStringLiteral("stroke")),
             "written as an attribute without namespace");
    QCOMPARE(attrs.value(QStringLiteral("{http://bpmn.io/schema/bpmn/biocolor/1.0}stroke")),
             QStringLiteral("#0d4372"));
}

void TestBpmnWriter::changedValueIsWritten()
{
    ReadResult r = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn"));
    QVERIFY(r.ok());
    ModelTree &t = *r.tree;
    const NodeId task = t.byId("Task_Pruefen");
    t.setAttribute(task, t.known().name, "Antrag <prüfen> & \"bewerten\"");
    const NodeId bounds = t.childElement(t.byId("Task_Pruefen_di"), schema::Ns::Dc, "Bounds");
    QVERIFY(bounds != kNoNode);
    t.setAttribute(bounds, t.known().x, "250.5");
    const QByteArray out = BpmnWriter::write(t);
    const auto els = elementsById(out);
    QCOMPARE(els.value(QStringLiteral("Task_Pruefen")).attributes.value(QStringLiteral("name")),
             QString::fromUtf8("Antrag <prüfen> & \"bewerten\""));
    QVERIFY(out.contains("x=\"250.5\""));
}

// ---- writeFile

void TestBpmnWriter::writeFileReplacesAtomically_data()
{
    QTest::addColumn<BpmnWriter::Durability>("durability");
    QTest::newRow("synced") << BpmnWriter::Durability::Synced;
    QTest::newRow("unsynced") << BpmnWriter::Durability::Unsynced;
}

void TestBpmnWriter::writeFileReplacesAtomically()
{
    QFETCH(BpmnWriter::Durability, durability);
    ReadResult r = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn"));
    QVERIFY(r.ok());
    const QString dir = outputDir() + QStringLiteral("/atomic");
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    const QString target = dir + QStringLiteral("/out.bpmn");
    QVERIFY(writeFileBytes(target, "old content"));
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ReadUser | QFileDevice::WriteUser |
                             QFileDevice::ReadGroup | QFileDevice::WriteGroup;
    QVERIFY(QFile::setPermissions(target, permissions));
    QString error;
    QVERIFY2(BpmnWriter::writeFile(*r.tree, target, &error, durability), qPrintable(error));
    QCOMPARE(readFileBytes(target), BpmnWriter::write(*r.tree));
    QCOMPARE(QFile::permissions(target), permissions); // the replaced file's, not the temporary's
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("out.bpmn")});
}

void TestBpmnWriter::writeFileReportsUnwritable_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<BpmnWriter::Durability>("durability");
    for (const auto d : {BpmnWriter::Durability::Synced, BpmnWriter::Durability::Unsynced}) {
        const char *how = d == BpmnWriter::Durability::Synced ? "synced" : "unsynced";
        QTest::addRow("inside /proc, %s", how)
            << QStringLiteral("/proc/amtsweg-test/out.bpmn") << d;
        QTest::addRow("folder that does not exist, %s", how)
            << outputDir() + QStringLiteral("/no/such/folder/out.bpmn") << d;
        QTest::addRow("a directory, %s", how) << outputDir() << d;
    }
}

void TestBpmnWriter::writeFileReportsUnwritable()
{
    QFETCH(QString, target);
    QFETCH(BpmnWriter::Durability, durability);
    ReadResult r = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefix-bpmn.bpmn"));
    QVERIFY(r.ok());
    const QStringList before =
        QDir(outputDir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QString error;
    QVERIFY(!BpmnWriter::writeFile(*r.tree, target, &error, durability));
    QVERIFY2(!error.isEmpty(), "no error message");
    QVERIFY(QFileInfo(outputDir()).isDir());
    QCOMPARE(QDir(outputDir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
}

void TestBpmnWriter::fragmentIsStandalone()
{
    ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/extensions-camunda.bpmn"));
    QVERIFY(r.ok());
    const NodeId task = r.tree->byId("Task_Service");
    const QByteArray frag = BpmnWriter::writeFragment(*r.tree, task);
    QString error;
    QVERIFY2(isWellFormedXml(frag, &error),
             qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(frag)));
    const auto els = elementsById(frag);
    QCOMPARE(els.value(QStringLiteral("Task_Service")).local, QStringLiteral("serviceTask"));
    QCOMPARE(els.value(QStringLiteral("Task_Service")).nsUri, QString::fromLatin1(kModel));
    QVERIFY(frag.contains("register-abfrage"));
    QVERIFY(frag.contains("inputOutput"));
    QVERIFY2(!frag.contains("Gateway_Ext"), "the fragment holds more than the element");
}

QTEST_GUILESS_MAIN(TestBpmnWriter)
#include "tst_bpmnwriter.moc"

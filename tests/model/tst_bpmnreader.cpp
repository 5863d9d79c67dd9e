// BpmnReader against hand-written inputs (tests/data) and generated hostile ones (build folder).
// Expectations come from issue 2: good files read without errors and keep every element;
// namespaces by URI; encodings; unreadable input refused with a clear error; damaged input read
// with one warning per planted problem; hostile input read safely or refused, never a crash or
// a hang, never a read of a file outside the input.

#include "bpmn/modeltree.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xmltools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
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

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("[%1 code=%2 id=%3] %4")
        .arg(severityName(d.severity), d.code, d.elementId, d.toString());
}

QString describe(const Diagnostics &ds, int max = 30)
{
    QStringList l;
    for (const Diagnostic &d : ds) {
        if (l.size() == max) {
            l << QStringLiteral("... %1 in all").arg(ds.size());
            break;
        }
        l << describe(d);
    }
    return l.isEmpty() ? QStringLiteral("(no diagnostics)") : l.join(QLatin1Char('\n'));
}

QString expandedName(const ModelTree &tree, NodeId n)
{
    const QualifiedName &q = tree.qname(n);
    return QLatin1Char('{') + toQString(q.nsUri) + QLatin1Char('}') + toQString(q.local);
}

QMap<QString, int> treeElementCounts(const ModelTree &tree)
{
    QMap<QString, int> counts;
    for (NodeId n = 1; n <= NodeId(tree.nodeCount()); ++n)
        if (tree.isValid(n) && tree.isElement(n) && tree.isAttached(n))
            ++counts[expandedName(tree, n)];
    return counts;
}

QString countDifferences(const QMap<QString, int> &expected, const QMap<QString, int> &actual)
{
    QStringList l;
    QSet<QString> keys(expected.keyBegin(), expected.keyEnd());
    for (auto it = actual.keyBegin(); it != actual.keyEnd(); ++it)
        keys.insert(*it);
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted)
        if (expected.value(k) != actual.value(k))
            l << QStringLiteral("%1: input %2, tree %3")
                     .arg(shortName(k))
                     .arg(expected.value(k))
                     .arg(actual.value(k));
    return l.join(QLatin1Char('\n'));
}

/// Value of an attribute given by namespace URI ("" for unqualified) and local name.
std::optional<QString> attributeValue(const ModelTree &tree, NodeId n, QStringView uri,
                                      QStringView local)
{
    for (const Attribute &a : tree.attributes(n)) {
        const QualifiedName &q = tree.names()[a.name];
        if (toQString(q.local) == local && toQString(q.nsUri) == uri)
            return toQString(a.value);
    }
    return std::nullopt;
}

NodeId findElement(const ModelTree &tree, QStringView uri, QStringView local)
{
    for (NodeId n = 1; n <= NodeId(tree.nodeCount()); ++n)
        if (tree.isValid(n) && tree.isElement(n) && tree.isAttached(n) &&
            toQString(tree.qname(n).local) == local && toQString(tree.qname(n).nsUri) == uri)
            return n;
    return kNoNode;
}

bool treeContains(const ModelTree &tree, const QByteArray &needle)
{
    auto has = [&](std::string_view s) {
        return QByteArrayView(s.data(), qsizetype(s.size())).contains(needle);
    };
    for (NodeId n = 1; n <= NodeId(tree.nodeCount()); ++n) {
        if (!tree.isValid(n))
            continue;
        if (tree.kind(n) != NodeKind::Element && has(tree.nodeText(n)))
            return true;
        if (tree.isElement(n))
            for (const Attribute &a : tree.attributes(n))
                if (has(a.value))
                    return true;
    }
    return false;
}

const QString kModel = QStringLiteral("http://www.omg.org/spec/BPMN/20100524/MODEL");

} // namespace

class TestBpmnReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void goodFilesRead_data();
    void goodFilesRead();
    void goodFilesHaveNoWarnings_data();
    void goodFilesHaveNoWarnings();
    void readBytesEqualsReadFile_data();
    void readBytesEqualsReadFile();

    void encodings_data();
    void encodings();
    void namespacesByUri();
    void xsiTypeIsAQName_data();
    void xsiTypeIsAQName();
    void cdataAndEntitiesAreText();

    void unreadable_data();
    void unreadable();
    void missingFile();
    void directoryIsRefused();
    void readBytesNamesTheGivenFile();
    void tooManyAttributesNamesTheLine();
    void equalsSignsInTextAndValuesAreNoAttributes();

    void damaged_data();
    void damaged();

    void hostile_data();
    void hostile();

private:
    QList<QPair<QString, QString>> m_hostile;
};

void TestBpmnReader::initTestCase()
{
    QVERIFY2(QDir(testDataDir()).exists(), qPrintable(testDataDir()));
    m_hostile = writeHostileInputs(buildDir() + QStringLiteral("/test-output/hostile"));
    QVERIFY(!m_hostile.isEmpty());
}

// ---- good files

void TestBpmnReader::goodFilesRead_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : bpmnFiles(QStringLiteral("good")))
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestBpmnReader::goodFilesRead()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFileBytes(path);
    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics)));

    // Every element survives, counted by (namespace URI, local name).
    const QMap<QString, int> expected = elementCounts(bytes);
    QVERIFY(!expected.isEmpty());
    const QMap<QString, int> actual = treeElementCounts(*r.tree);
    QVERIFY2(expected == actual, qPrintable(countDifferences(expected, actual)));

    // Every id is found, on an element of the right expanded name.
    QStringList wrong;
    for (const auto &[id, name] : idsWithNames(bytes)) {
        const NodeId n = r.tree->byId(id.toStdString());
        if (n == kNoNode)
            wrong << QStringLiteral("id %1 not found").arg(id);
        else if (expandedName(*r.tree, n) != name)
            wrong << QStringLiteral("id %1 is %2, expected %3")
                         .arg(id, shortName(expandedName(*r.tree, n)), shortName(name));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));

    // The root is BPMN's definitions.
    QVERIFY(r.tree->root() != kNoNode);
    QCOMPARE(expandedName(*r.tree, r.tree->root()),
             QLatin1Char('{') + kModel + QStringLiteral("}definitions"));
}

void TestBpmnReader::goodFilesHaveNoWarnings_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : bpmnFiles(QStringLiteral("good")))
        // Foreign elements outside extensionElements are not BPMN; a warning there is fair.
        if (!p.endsWith(QLatin1String("/foreign-content.bpmn")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestBpmnReader::goodFilesHaveNoWarnings()
{
    QFETCH(QString, path);
    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY(r.ok());
    QVERIFY2(r.diagnostics.empty(), qPrintable(describe(r.diagnostics)));
}

void TestBpmnReader::readBytesEqualsReadFile_data()
{
    goodFilesRead_data();
}

void TestBpmnReader::readBytesEqualsReadFile()
{
    QFETCH(QString, path);
    const ReadResult a = BpmnReader::readFile(path);
    const ReadResult b = BpmnReader::readBytes(readFileBytes(path), QFileInfo(path).fileName());
    QVERIFY(a.ok());
    QVERIFY2(b.ok(), qPrintable(describe(b.diagnostics)));
    QCOMPARE(treeElementCounts(*a.tree), treeElementCounts(*b.tree));
    QCOMPARE(a.diagnostics.size(), b.diagnostics.size());
}

// ---- encodings and namespaces

void TestBpmnReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = {
        QStringLiteral("encoding-iso-8859-1.bpmn"), QStringLiteral("encoding-utf16le-bom.bpmn"),
        QStringLiteral("encoding-utf16be-bom.bpmn"), QStringLiteral("encoding-utf8-bom.bpmn")};
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestBpmnReader::encodings()
{
    QFETCH(QString, file);
    const QString path = testDataDir() + QStringLiteral("/good/") + file;
    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const ModelTree &t = *r.tree;

    const struct
    {
        const char *id;
        const char *name; // UTF-8
    } names[] = {
        {"Task_Enc", "Antrag prüfen"},          {"Start_Enc", "Größe ändern"},
        {"Participant_Enc", "Bürgerbüro Köln"}, {"Lane_Enc", "Sachgebiet Wohngeld/Lastenzuschuß"},
        {"End_Enc", "Über\u00ADmittelt"},
    };
    for (const auto &e : names) {
        const NodeId n = t.byId(e.id);
        QVERIFY2(n != kNoNode, e.id);
        QCOMPARE(toQString(t.attr(n, t.known().name)), QString::fromUtf8(e.name));
    }
    // A foreign attribute with umlauts.
    const auto fim =
        attributeValue(t, t.byId("Task_Enc"), u"http://example.org/fim/1.0", u"bezeichnung");
    QVERIFY(fim.has_value());
    QCOMPARE(*fim, QString::fromUtf8("Prüfung durchführen"));
    // Text with character references beyond Latin-1.
    const NodeId doc = t.firstChildElement(t.byId("Process_Enc"), "documentation");
    QVERIFY(doc != kNoNode);
    QCOMPARE(QString::fromStdString(t.text(doc)),
             QString::fromUtf8("Straße, Maß, Größe - außerhalb von Latin-1 als Referenz: "
                               "\u201EAnführungszeichen\u201C \u20AC"));
    // The root's name attribute.
    QCOMPARE(toQString(t.attr(t.root(), t.known().name)), QString::fromUtf8("Umlaute äöüÄÖÜß"));
}

void TestBpmnReader::namespacesByUri()
{
    const ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/prefixes-mixed.bpmn"));
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    const ModelTree &t = *r.tree;
    // Elements under default, bpmn:, bpmn2:, semantic:, model: are all BPMN.
    QVERIFY(t.is(t.byId("Task_Mixed"), "task"));
    QVERIFY(t.is(t.byId("Start_Mixed"), "startEvent"));
    QVERIFY(t.is(t.byId("End_Mixed"), "endEvent"));
    QVERIFY(t.is(t.byId("Process_Mixed"), "process"));
    QVERIFY(t.is(t.byId("Flow_M2"), "sequenceFlow"));
    QCOMPARE(t.ns(t.byId("Task_Mixed")), schema::Ns::Model);
    // BPMNDiagram in a default namespace declared on itself is DI.
    QCOMPARE(t.ns(t.byId("Diagram_Mixed")), schema::Ns::BpmnDi);
    QCOMPARE(t.ns(t.byId("Start_Mixed_di")), schema::Ns::BpmnDi);
    // Bounds under two DC prefixes are DC; waypoint with its own xmlns is DI.
    QVERIFY(t.childElement(t.byId("Task_Mixed_di"), schema::Ns::Dc, "Bounds") != kNoNode);
    QVERIFY(t.childElement(t.byId("Start_Mixed_di"), schema::Ns::Dc, "Bounds") != kNoNode);
    int waypoints = 0;
    for (NodeId c = t.firstChild(t.byId("Flow_M2_di")); c != kNoNode; c = t.next(c))
        if (t.isElement(c) && t.ns(c) == schema::Ns::Di && t.localName(c) == "waypoint")
            ++waypoints;
    QCOMPARE(waypoints, 2);
    // A "bpmn:" prefix rebound to another namespace is not BPMN.
    const NodeId fake = findElement(t, u"http://example.org/not-bpmn", u"fake");
    QVERIFY(fake != kNoNode);
    QCOMPARE(t.ns(fake), schema::Ns::None);
    QVERIFY(!t.is(fake, "fake"));
    // Unprefixed children of an element that redeclares the default namespace are foreign.
    QVERIFY(findElement(t, u"http://example.org/ext/defaults", u"item") != kNoNode);
    QCOMPARE(findElement(t, kModel, u"item"), kNoNode);
    // messageRef="tns:Message_Antrag" resolves although tns is not a BPMN prefix.
    const NodeId med = t.byId("MED_Mixed");
    QCOMPARE(t.resolveRef(t.attr(med, t.known().messageRef)), t.byId("Message_Antrag"));
}

void TestBpmnReader::xsiTypeIsAQName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::newRow("prefixed with a second model prefix")
        << QStringLiteral("prefixes-mixed.bpmn") << QStringLiteral("Flow_M2");
    QTest::newRow("unprefixed, default namespace is the model")
        << QStringLiteral("prefix-default-signavio.bpmn") << QStringLiteral("sid-flow-2");
    QTest::newRow("bpmn2 prefix") << QStringLiteral("prefix-bpmn2.bpmn")
                                  << QStringLiteral("SequenceFlow_2");
}

void TestBpmnReader::xsiTypeIsAQName()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    const ReadResult r = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/") + file);
    QVERIFY(r.ok());
    const ModelTree &t = *r.tree;
    const NodeId flow = t.byId(id.toStdString());
    QVERIFY(flow != kNoNode);
    const NodeId cond = t.firstChildElement(flow, "conditionExpression");
    QVERIFY(cond != kNoNode);
    QVERIFY2(t.isA(cond, "tFormalExpression"), "xsi:type tFormalExpression not honoured");
}

void TestBpmnReader::cdataAndEntitiesAreText()
{
    const ReadResult r =
        BpmnReader::readFile(testDataDir() + QStringLiteral("/good/script-cdata.bpmn"));
    QVERIFY(r.ok());
    const ModelTree &t = *r.tree;
    const NodeId script = t.firstChildElement(t.byId("Script_Gebuehr"), "script");
    QVERIFY(script != kNoNode);
    const QString text = QString::fromStdString(t.text(script));
    QVERIFY2(text.contains(QStringLiteral("if (betrag < 100 && status != \"befreit\") {")),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("\n    gebuehr = betrag * 0.1;   // <b>zehn</b> Prozent\n")));
    const NodeId mixed = t.firstChildElement(t.byId("Script_Mixed"), "script");
    QCOMPARE(QString::fromStdString(t.text(mixed)),
             QStringLiteral("def x = 1 < 2 && 3 > 2 // text and CDATA mixed"));
    const NodeId ta = t.firstChildElement(t.byId("TA_S"), "text");
    QCOMPARE(QString::fromStdString(t.text(ta)), QStringLiteral("Satzung <2024> & Anlage"));
}

// ---- unreadable

void TestBpmnReader::unreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // -1: any; 0: must be > 0; n: exactly n
    QTest::addColumn<QString>(
        "message"); // regular expression the message must match (case-insensitive)

    const QString any = QStringLiteral(".{10,}");
    QTest::newRow("empty file") << "empty.bpmn" << -1
                                << QStringLiteral("empty|no (root|element|content|data)");
    QTest::newRow("plain text") << "not-xml.bpmn" << 0 << any;
    QTest::newRow("truncated XML") << "truncated.bpmn" << 0 << any;
    QTest::newRow("mismatched tags") << "mismatched-tags.bpmn" << 0 << any;
    QTest::newRow("two root elements") << "two-roots.bpmn" << 0 << any;
    QTest::newRow("PNG bytes") << "binary-png.bpmn" << -1 << any;
    QTest::newRow("XML declaration only") << "only-declaration.bpmn" << -1 << any;
    QTest::newRow("html root element") << "html-root.bpmn" << 2 << QStringLiteral("html");
    QTest::newRow("BPMNDiagram as root")
        << "di-root.bpmn" << 2 << QStringLiteral("BPMNDiagram|definitions");
    QTest::newRow("root in a wrong namespace")
        << "wrong-namespace.bpmn" << 2 << QStringLiteral("namespace|MODEL-typo");
    QTest::newRow("root in no namespace")
        << "no-namespace.bpmn" << 2 << QStringLiteral("namespace");
    QTest::newRow("undeclared prefix")
        << "undeclared-prefix.bpmn" << 2 << QStringLiteral("prefix|namespace|bpmn");
}

void TestBpmnReader::unreadable()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = testDataDir() + QStringLiteral("/unreadable/") + file;
    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(!r.ok(), "unreadable input was read");
    QVERIFY2(hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics)));
    const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                 [](const Diagnostic &d) { return d.severity == Severity::Error; });
    const Diagnostic &d = *it;
    QVERIFY2(d.file.endsWith(file), qPrintable(QStringLiteral("file is '%1'").arg(d.file)));
    if (line == 0)
        QVERIFY2(d.line > 0, qPrintable(describe(d)));
    else if (line > 0)
        QVERIFY2(d.line == line,
                 qPrintable(QStringLiteral("expected line %1: %2").arg(line).arg(describe(d))));
    const QRegularExpression re(message, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(
        re.match(d.message).hasMatch(),
        qPrintable(QStringLiteral("message does not match /%1/: %2").arg(message, describe(d))));
}

void TestBpmnReader::missingFile()
{
    const QString path = buildDir() + QStringLiteral("/test-output/does-not-exist.bpmn");
    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics)));
    QVERIFY(r.diagnostics.front().file.endsWith(QStringLiteral("does-not-exist.bpmn")));
}

void TestBpmnReader::directoryIsRefused()
{
    const ReadResult r = BpmnReader::readFile(testDataDir());
    QVERIFY(!r.ok());
    QVERIFY2(hasErrors(r.diagnostics), qPrintable(describe(r.diagnostics)));
}

void TestBpmnReader::readBytesNamesTheGivenFile()
{
    const QByteArray bytes =
        readFileBytes(testDataDir() + QStringLiteral("/unreadable/truncated.bpmn"));
    const ReadResult r = BpmnReader::readBytes(bytes, QStringLiteral("im-speicher/antrag.bpmn"));
    QVERIFY(!r.ok());
    QVERIFY(hasErrors(r.diagnostics));
    QCOMPARE(r.diagnostics.front().file, QStringLiteral("im-speicher/antrag.bpmn"));
    QVERIFY(r.diagnostics.front().line > 0);
}

namespace {

/// A process with one task; `taskAttributes` and `extra` (inside the process) are added as given.
QByteArray processWith(const QByteArray &taskAttributes, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\">\n"
           "  <process id=\"p\">\n"
           "    <task id=\"t\" " +
           taskAttributes + "/>\n" + extra +
           "  </process>\n"
           "</definitions>\n";
}

} // namespace

void TestBpmnReader::tooManyAttributesNamesTheLine()
{
    QByteArray attributes;
    for (int i = 0; i <= 10000; ++i)
        attributes += "a" + QByteArray::number(i) + "=\"x\" ";
    const ReadResult r = BpmnReader::readBytes(processWith(attributes), QStringLiteral("a.bpmn"));
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.front().code, QStringLiteral("too-many-attributes"));
    QCOMPARE(r.diagnostics.front().line, 4);
}

void TestBpmnReader::equalsSignsInTextAndValuesAreNoAttributes()
{
    // 20,000 '=' in a value (with '>' and the other quote), a comment and CDATA text count for
    // nothing: only real attributes do.
    const QByteArray many(20000, '=');
    const QByteArray value = "name=\"" + many + "> ' " + many + "\"";
    const QByteArray extra = "    <!-- " + many +
                             " -->\n"
                             "    <textAnnotation id=\"a\"><text><![CDATA[" +
                             many + "]]></text></textAnnotation>\n";
    const ReadResult r = BpmnReader::readBytes(processWith(value, extra), QStringLiteral("b.bpmn"));
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QCOMPARE(r.tree->attr(r.tree->byId("t"), r.tree->known().name).size(),
             size_t(2 * many.size() + 4)); // "> ' " between the two
}

// ---- damaged

void TestBpmnReader::damaged_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : bpmnFiles(QStringLiteral("damaged")))
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestBpmnReader::damaged()
{
    QFETCH(QString, path);
    const QList<PlantedProblem> planted = plantedProblems(path);
    QVERIFY2(!planted.isEmpty(), "test input without planted problems");

    const ReadResult r = BpmnReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
    QVERIFY2(!hasErrors(r.diagnostics),
             qPrintable(QStringLiteral("damage must be reported as warnings:\n") +
                        describe(r.diagnostics)));

    // The damaged content itself is kept.
    const QMap<QString, int> expected = elementCounts(readFileBytes(path));
    const QMap<QString, int> actual = treeElementCounts(*r.tree);
    QVERIFY2(expected == actual, qPrintable(countDifferences(expected, actual)));

    // One warning per planted problem: on its line, naming one of its ids, with the file name.
    std::vector<bool> used(r.diagnostics.size(), false);
    QStringList missing;
    for (const PlantedProblem &p : planted) {
        bool found = false;
        for (size_t i = 0; i < r.diagnostics.size() && !found; ++i) {
            const Diagnostic &d = r.diagnostics[i];
            if (used[i] || d.severity != Severity::Warning || d.line != p.line ||
                !p.ids.contains(d.elementId))
                continue;
            used[i] = true;
            found = true;
        }
        if (!found) {
            QString near;
            for (const Diagnostic &d : r.diagnostics)
                if (d.line == p.line)
                    near += QStringLiteral(" [a %1 on this line names element id '%2']")
                                .arg(severityName(d.severity), d.elementId);
            missing << QStringLiteral("line %1 (id %2): %3%4")
                           .arg(p.line)
                           .arg(p.ids.join(QLatin1Char('|')), p.description, near);
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("planted problems without a matching warning:\n  ") +
                        missing.join(QStringLiteral("\n  ")) + QStringLiteral("\nreported:\n") +
                        describe(r.diagnostics)));
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Severity::Warning)
            QVERIFY2(d.file.endsWith(QFileInfo(path).fileName()), qPrintable(describe(d)));
    Diagnostics extra;
    for (size_t i = 0; i < r.diagnostics.size(); ++i)
        if (!used[i] && r.diagnostics[i].severity == Severity::Warning)
            extra.push_back(r.diagnostics[i]);
    QVERIFY2(extra.empty(), qPrintable(QStringLiteral("warnings beyond the planted problems:\n") +
                                       describe(extra)));
}

// ---- hostile

void TestBpmnReader::hostile_data()
{
    QTest::addColumn<QString>("path");
    for (const auto &[name, path] : m_hostile)
        QTest::newRow(qPrintable(name)) << path;
}

void TestBpmnReader::hostile()
{
    QFETCH(QString, path);
    const QByteArray secret = passwdFirstLine();
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = BpmnReader::readFile(path);
    const qint64 readMs = timer.elapsed();

    QString all;
    for (const Diagnostic &d : r.diagnostics)
        all += d.toString() + QLatin1Char('\n');
    QVERIFY2(!all.toUtf8().contains(secret), "a diagnostic shows the content of /etc/passwd");
    if (!r.ok()) {
        QVERIFY2(hasErrors(r.diagnostics), "refused without an error diagnostic");
        qInfo("refused after %lld ms: %s", readMs, qPrintable(describe(r.diagnostics, 3)));
    } else {
        timer.restart();
        const QByteArray out = BpmnWriter::write(*r.tree);
        const qint64 writeMs = timer.elapsed();
        qInfo("read in %lld ms (%zu diagnostics), written in %lld ms (%lld bytes)", readMs,
              r.diagnostics.size(), writeMs, qlonglong(out.size()));
        QVERIFY2(!out.contains(secret), "the written file contains /etc/passwd");
        QVERIFY2(!out.contains("<!ENTITY"), "entity declarations were written back");
        QString error;
        QVERIFY2(parsesWithTinyXml2(out, &error), qPrintable(error));
        // QXmlStreamReader is stricter (namespaces) but has its own limits (names > 4 KB):
        // the output must pass it whenever the input does.
        if (isWellFormedXml(readFileBytes(path)))
            QVERIFY2(isWellFormedXml(out, &error), qPrintable(error));
        QVERIFY2(!treeContains(*r.tree, secret), "the tree holds the content of /etc/passwd");
    }
    if (readMs > 10000)
        qWarning("reading %s took %lld ms (more than 10 s)", qPrintable(path), readMs);
}

QTEST_GUILESS_MAIN(TestBpmnReader)
#include "tst_bpmnreader.moc"

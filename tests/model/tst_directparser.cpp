// DirectParser reads what it accepts exactly as the tinyxml2 path (tinyxml2 DOM + DomConverter)
// does: the same nodes, names, attribute values, texts, line numbers and diagnostics. Checked
// on every test, sample, fuzz seed and MIWG file and on thousands of damaged variants of them
// (bytes replaced by XML's special characters, spans cut or doubled); whatever DirectParser
// accepts must come out of both paths identically. Real files must take the direct path.

#include "testpaths.h"
#include "xml/directparser.h"
#include "xml/domconverter.h"
#include "xml/sourcelocator.h"
#include "xml/textencoding.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest/QtTest>

#include <tinyxml2.h>

using namespace amtsweg;

namespace {

struct Reading
{
    bool ok = false;
    QString tree;        // every node in document order, see dump()
    QString diagnostics; // one per line
};

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString dump(const ModelTree &tree)
{
    QString out;
    NodeId n = tree.documentNode();
    int depth = 0;
    while (true) {
        out += QString(depth * 2, QLatin1Char(' '));
        out += QString::number(int(tree.kind(n))) + QLatin1Char('@') +
               QString::number(tree.line(n)) + QLatin1Char(' ');
        if (tree.isElement(n)) {
            const QualifiedName &q = tree.qname(n);
            out += QLatin1Char('{') + text(q.nsUri) + QLatin1Char('}') + text(q.prefix) +
                   QLatin1Char(':') + text(q.local) + QLatin1Char(' ') +
                   QString::number(tree.type(n));
            for (const Attribute &a : tree.attributes(n)) {
                const QualifiedName &an = tree.names()[a.name];
                out += QStringLiteral(" {%1}%2:%3=[%4]")
                           .arg(text(an.nsUri), text(an.prefix), text(an.local), text(a.value));
            }
        } else {
            out += QLatin1Char('[') + text(tree.nodeText(n)) + QLatin1Char(']');
        }
        out += QLatin1Char('\n');
        if (tree.firstChild(n) != kNoNode) {
            n = tree.firstChild(n);
            ++depth;
            continue;
        }
        while (n != tree.documentNode() && tree.next(n) == kNoNode) {
            n = tree.parent(n);
            --depth;
        }
        if (n == tree.documentNode())
            return out;
        n = tree.next(n);
    }
}

QString dump(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString() + QLatin1Char('\n');
    return out;
}

DirectParser::Result readDirect(const QByteArray &utf8, Reading *reading)
{
    const SourceLocator locator(utf8, QStringLiteral("in.bpmn"));
    ModelTree tree;
    Diagnostics diagnostics;
    TreeBuilder builder(tree, locator, diagnostics);
    const DirectParser::Result result = DirectParser::parse(utf8, builder);
    reading->ok = result == DirectParser::Result::Done;
    reading->tree = dump(tree);
    reading->diagnostics = dump(diagnostics);
    return result;
}

/// The tinyxml2 path as BpmnReader takes it (without its checks before and after).
Reading readThroughTinyxml2(const QByteArray &utf8)
{
    Reading reading;
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    doc.Parse(utf8.constData(), size_t(utf8.size()));
    if (doc.Error() || !doc.RootElement() || doc.RootElement()->NextSiblingElement()) {
        reading.diagnostics = QStringLiteral("tinyxml2 refuses: %1\n").arg(doc.ErrorStr());
        return reading;
    }
    const SourceLocator locator(utf8, QStringLiteral("in.bpmn"));
    ModelTree tree;
    Diagnostics diagnostics;
    TreeBuilder builder(tree, locator, diagnostics);
    reading.ok = DomConverter(builder).convert(doc);
    reading.tree = dump(tree);
    reading.diagnostics = dump(diagnostics);
    return reading;
}

/// True when DirectParser took the file; fails the test when the two paths disagree.
bool compareBothPaths(const QByteArray &utf8, const QString &what)
{
    Reading direct;
    const DirectParser::Result result = readDirect(utf8, &direct);
    if (result == DirectParser::Result::Unsupported)
        return false;
    const Reading reference = readThroughTinyxml2(utf8);
    if (direct.ok != reference.ok || direct.tree != reference.tree ||
        direct.diagnostics != reference.diagnostics) {
        qWarning().noquote() << what << "\n--- direct:\n"
                             << direct.diagnostics << direct.tree.left(3000)
                             << "\n--- tinyxml2:\n"
                             << reference.diagnostics << reference.tree.left(3000);
        return false;
    }
    return true;
}

QStringList inputFiles()
{
    QStringList files;
    const QStringList roots = {test::testDataDir(), test::samplesDir(),
                               QStringLiteral(AMTSWEG_TEST_DATA "/../fuzz/corpus"),
                               test::sharedDir() + QStringLiteral("/testdata/miwg")};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".bpmn")) || path.endsWith(QLatin1String(".xml")))
                files << path;
        }
    }
    files.sort();
    return files;
}

QByteArray utf8Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const TranscodeResult t = toUtf8(f.readAll());
    return t.error.isEmpty() ? t.utf8 : QByteArray();
}

} // namespace

class TestDirectParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTinyxml2OnEveryFile()
    {
        const QStringList files = inputFiles();
        QVERIFY(files.size() > 20);
        int direct = 0;
        QStringList fallbacks;
        for (const QString &path : files) {
            const QByteArray utf8 = utf8Of(path);
            if (utf8.isEmpty())
                continue;
            Reading r;
            if (readDirect(utf8, &r) == DirectParser::Result::Unsupported) {
                fallbacks << path;
                continue;
            }
            QVERIFY2(compareBothPaths(utf8, path), qPrintable(path));
            ++direct;
        }
        qInfo("%d files read directly; left to tinyxml2: %s", direct,
              qPrintable(fallbacks.join(QLatin1String(", "))));
        // Every well-formed file the project ships or tests with takes the direct path.
        for (const QString &path : fallbacks)
            QVERIFY2(path.contains(QLatin1String("/damaged/")) ||
                         path.contains(QLatin1String("/unreadable/")) ||
                         path.contains(QLatin1String("/xprozess/broken-xml")) ||
                         path.contains(QLatin1String("corpus/")),
                     qPrintable(path + QLatin1String(" was left to tinyxml2")));
        QVERIFY(direct > 20);
    }

    void sameAsTinyxml2OnDamagedVariants()
    {
        static const char special[] = "<>&;#x\"'=/!?-[]\r\n\t\v\f :a0";
        QRandomGenerator random(20261129);
        int variants = 0, direct = 0;
        for (const QString &path : inputFiles()) {
            QByteArray utf8 = utf8Of(path);
            if (utf8.isEmpty() || utf8.size() > 200000)
                continue;
            for (int round = 0; round < 60; ++round) {
                QByteArray v = utf8;
                const int edits = 1 + int(random.bounded(3));
                for (int e = 0; e < edits && !v.isEmpty(); ++e) {
                    const qsizetype at = qsizetype(random.bounded(quint32(v.size())));
                    switch (random.bounded(4)) {
                    case 0:
                    case 1:
                        v[at] = special[random.bounded(quint32(sizeof special - 1))];
                        break;
                    case 2:
                        v.remove(at, 1 + random.bounded(8));
                        break;
                    default:
                        v.insert(at, v.mid(at, 1 + random.bounded(12)));
                        break;
                    }
                }
                ++variants;
                Reading r;
                if (readDirect(v, &r) == DirectParser::Result::Unsupported)
                    continue;
                ++direct;
                QVERIFY2(compareBothPaths(v, path + QStringLiteral(" variant %1").arg(round)),
                         qPrintable(path));
            }
        }
        qInfo("%d damaged variants, %d of them read directly", variants, direct);
        QVERIFY(direct > 100);
    }

    void refusesWhatTinyxml2ReadsDifferently_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE a><a/>");
        QTest::newRow("NUL byte") << QByteArray("<a>x\0y</a>", 10);
        QTest::newRow("form feed before markup") << QByteArray("<a>\f<b/></a>");
        QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>");
        QTest::newRow("character reference 0") << QByteArray("<a x=\"&#0;\"/>");
        QTest::newRow("upper-case X reference") << QByteArray("<a>&#X41;</a>");
        QTest::newRow("whitespace from a reference") << QByteArray("<a>&#32;</a>");
        QTest::newRow("whitespace CDATA") << QByteArray("<a><![CDATA[ ]]></a>");
        QTest::newRow("instruction inside") << QByteArray("<a><?pi x?></a>");
        QTest::newRow("second root") << QByteArray("<a/><b/>");
        QTest::newRow("mismatched end tag") << QByteArray("<a></b>");
        QTest::newRow("space after <") << QByteArray("< a/>");
        QTest::newRow("same attribute twice") << QByteArray("<a x=\"1\" x=\"2\"/>");
        QByteArray deep;
        for (std::size_t i = 0; i <= DirectParser::kMaxDepth; ++i)
            deep += "<a>";
        QTest::newRow("deep") << deep;
        QByteArray many("<a");
        for (std::size_t i = 0; i <= DirectParser::kMaxAttributes; ++i)
            many += " a" + QByteArray::number(qulonglong(i)) + "=\"\"";
        QTest::newRow("many attributes") << many + "/>";
    }
    void refusesWhatTinyxml2ReadsDifferently()
    {
        QFETCH(QByteArray, xml);
        Reading r;
        QCOMPARE(readDirect(xml, &r), DirectParser::Result::Unsupported);
    }

    void readsReferencesLineEndsAndLines()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?>\r\n<!-- c\r\n -->\n<a x=\"1&amp;&#x41;&#66;\r\n\">"
                               " t&lt;\r\r<b/><![CDATA[x\n\ry]]></a>";
        Reading r;
        QCOMPARE(readDirect(xml, &r), DirectParser::Result::Done);
        QVERIFY(r.tree.contains(QStringLiteral("=[1&AB\n]")));
        QVERIFY(r.tree.contains(QStringLiteral("[ t<\n\n]")));
        QVERIFY(r.tree.contains(QStringLiteral("@5 [x\ny]")));
        QVERIFY(r.tree.contains(QStringLiteral("@2 [ c\n ]")));
        QVERIFY(compareBothPaths(xml, QStringLiteral("references")));
    }
};

QTEST_GUILESS_MAIN(TestDirectParser)
#include "tst_directparser.moc"

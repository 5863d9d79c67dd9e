// Amtsweg's `bpmn` rule set against bpmnlint 11 ("recommended") on the MIWG reference models
// and the models of tests/data/good and of the rule tests (tests/common/bpmnrulecases.h):
// for every rule id both have, the same elements are flagged, file by file. bpmnlint runs in
// node (tests/model/bpmnlint-findings.mjs) on the same files. Differences are either fixed or
// listed below with the reason; a listed difference that no longer occurs fails too.
// Skipped (not passed) when ../shared, node, bpmn-moddle or bpmnlint are missing.

#include "bpmnrulecases.h"
#include "testpaths.h"
#include "bpmn/elements.h"
#include "validation/modelchecker.h"
#include "validation/ruleregistry.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <set>

using namespace amtsweg;
using namespace amtsweg::test;

namespace {

/// A finding as "rule element-id".
using Findings = std::set<QString>;

struct KnownDifference
{
    const char *file;    ///< MIWG file name
    const char *finding; ///< "rule element-id"
    bool onlyAmtsweg;    ///< true: Amtsweg reports it, bpmnlint not; false: the other way
    const char *reason;
};

// Where Amtsweg deliberately differs from bpmnlint 11 on these files.
const std::vector<KnownDifference> kKnown = {
    {"prefixes-mixed.bpmn", "global Message_Antrag", false,
     "bpmn-moddle leaves the prefixed QName reference messageRef=\"tns:Message_Antrag\" "
     "unresolved, so bpmnlint calls the message unused; Amtsweg resolves it"},
    {"global +", "global Nameless", true,
     "bpmnlint 11 counts a message without a name attribute as named (only name=\"\" is "
     "reported); Amtsweg asks for a name either way"},
};

/// The rule-case model as bpmn.io would save it: with the <incoming>/<outgoing> references of
/// every flow node, which bpmnlint reads (Amtsweg follows sourceRef/targetRef either way).
QByteArray withFlowReferences(const QByteArray &xml)
{
    ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("case.bpmn"));
    if (!read.ok())
        return xml;
    ModelTree &t = *read.tree;
    std::vector<NodeId> flows;
    for (NodeId n = t.root(); n != kNoNode;) {
        if (bpmn::isSequenceFlow(t, n))
            flows.push_back(n);
        // document-order walk
        if (t.firstChild(n) != kNoNode) {
            n = t.firstChild(n);
            continue;
        }
        while (n != kNoNode && t.next(n) == kNoNode)
            n = t.parent(n);
        if (n != kNoNode)
            n = t.next(n);
    }
    for (NodeId f : flows)
        for (const auto &[end, local] : {std::pair{bpmn::sourceOf(t, f), "outgoing"},
                                          std::pair{bpmn::targetOf(t, f), "incoming"}})
            if (end != kNoNode) {
                const NodeId ref = bpmn::createReference(t, local, t.id(f));
                t.insert(end, ref, bpmn::schemaInsertBefore(t, end, ref));
            }
    return BpmnWriter::write(t);
}

} // namespace

class TestBpmnlintParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameFindings_data();
    void sameFindings();
    void knownDifferencesStillOccur();

private:
    Findings ours(const QString &file) const;
    Findings theirs(const QString &file) const;
    static bool known(const QString &file, const QString &finding, bool onlyAmtsweg);

    QStringList m_files;
    QTemporaryDir m_caseDir;
    QHash<QString, QString> m_caseNames; ///< rule-case file → its row name
    QJsonObject m_bpmnlint;
    std::set<QString> m_sharedRules;
    std::set<QString> m_seenKnown;
};

void TestBpmnlintParity::initTestCase()
{
    AMTSWEG_REQUIRE_SHARED();
    // The MIWG reference models plus our own readable test models (more rules get exercised).
    for (const QString &dir : {sharedDir() + QStringLiteral("/testdata/miwg/Reference"),
                               testDataDir() + QStringLiteral("/good")}) {
        QDirIterator it(dir, {QStringLiteral("*.bpmn")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_files << QFileInfo(it.next()).canonicalFilePath();
    }
    m_files.sort();
    QVERIFY(m_files.size() >= 21);
    // The small models of the rule tests, one file each: every rule gets exercised.
    QVERIFY(m_caseDir.isValid());
    int index = 0;
    for (const Case &c : ruleCases()) {
        QFile f(m_caseDir.filePath(QStringLiteral("case-%1.bpmn").arg(++index, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(withFlowReferences(c.xml));
        m_caseNames.insert(QFileInfo(f).canonicalFilePath(), QString::fromUtf8(c.name));
        m_files << QFileInfo(f).canonicalFilePath();
    }

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node not found: install nodejs (packaging/install-deps.sh)");
    QString modules;
    for (const QString &c : {buildDir() + QStringLiteral("/npm/node_modules"),
                             buildDir() + QStringLiteral("/../build/npm/node_modules")})
        if (QFileInfo::exists(c + QStringLiteral("/bpmnlint/package.json"))
            && QFileInfo::exists(c + QStringLiteral("/bpmn-moddle/package.json"))) {
            modules = QFileInfo(c).canonicalFilePath();
            break;
        }
    if (modules.isEmpty())
        QSKIP("bpmnlint / bpmn-moddle not installed in <build>/npm/node_modules: run "
              "packaging/install-deps.sh --npm <build>/npm");

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    p.setProcessEnvironment(env);
    p.start(node, QStringList{QStringLiteral(AMTSWEG_TEST_SOURCE_DIR "/model/bpmnlint-findings.mjs")}
                      + m_files);
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QJsonParseError error;
    m_bpmnlint = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_bpmnlint.size(), m_files.size());

    // The rules both have: bpmnlint's recommended ids that Amtsweg registers.
    for (const char *id : {"ad-hoc-sub-process", "conditional-flows", "end-event-required",
                           "event-based-gateway", "event-sub-process-typed-start-event",
                           "fake-join", "global", "label-required", "link-event", "no-bpmndi",
                           "no-complex-gateway", "no-disconnected", "no-duplicate-sequence-flows",
                           "no-gateway-join-fork", "no-implicit-split", "no-implicit-end",
                           "no-implicit-start", "no-inclusive-gateway", "no-overlapping-elements",
                           "single-blank-start-event", "single-event-definition",
                           "start-event-required", "sub-process-blank-start-event",
                           "superfluous-gateway", "superfluous-label", "superfluous-termination"}) {
        QVERIFY2(validation::findRule(id), id);
        m_sharedRules.insert(QString::fromLatin1(id));
    }
}

Findings TestBpmnlintParity::ours(const QString &file) const
{
    ReadResult read = BpmnReader::readFile(file);
    Findings result;
    if (!read.ok())
        return result;
    for (const Diagnostic &d : validation::checkModel(*read.tree))
        if (m_sharedRules.count(d.code))
            result.insert(d.code + QLatin1Char(' ') + d.elementId);
    return result;
}

Findings TestBpmnlintParity::theirs(const QString &file) const
{
    Findings result;
    for (const QJsonValue &v : m_bpmnlint.value(file).toArray()) {
        const QJsonObject o = v.toObject();
        // A rule that crashed inside bpmnlint (e.g. on a file without root elements) found
        // nothing; its "rule-error" entry is not a finding.
        if (o.value(QStringLiteral("category")).toString() == QLatin1String("rule-error"))
            continue;
        result.insert(o.value(QStringLiteral("rule")).toString() + QLatin1Char(' ')
                      + o.value(QStringLiteral("id")).toString());
    }
    return result;
}

bool TestBpmnlintParity::known(const QString &file, const QString &finding, bool onlyAmtsweg)
{
    for (const KnownDifference &k : kKnown)
        if (file == QString::fromUtf8(k.file) && finding == QLatin1String(k.finding)
            && onlyAmtsweg == k.onlyAmtsweg)
            return true;
    return false;
}

void TestBpmnlintParity::sameFindings_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : m_files)
        QTest::newRow(qPrintable(m_caseNames.value(f, QFileInfo(f).fileName()))) << f;
}

void TestBpmnlintParity::sameFindings()
{
    QFETCH(QString, file);
    const QString name = m_caseNames.value(file, QFileInfo(file).fileName());
    const QJsonValue lint = m_bpmnlint.value(file);
    if (lint.isObject())
        QSKIP(qPrintable(QStringLiteral("bpmn-moddle cannot read it: ")
                         + lint.toObject().value(QStringLiteral("error")).toString()));
    const Findings a = ours(file), b = theirs(file);
    QStringList unexpected;
    for (const QString &f : a)
        if (!b.count(f)) {
            if (known(name, f, true))
                m_seenKnown.insert(name + QLatin1Char(' ') + f);
            else
                unexpected << QStringLiteral("only Amtsweg: ") + f;
        }
    for (const QString &f : b)
        if (!a.count(f)) {
            if (known(name, f, false))
                m_seenKnown.insert(name + QLatin1Char(' ') + f);
            else
                unexpected << QStringLiteral("only bpmnlint: ") + f;
        }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

void TestBpmnlintParity::knownDifferencesStillOccur()
{
    QStringList stale;
    for (const KnownDifference &k : kKnown)
        if (*k.file && !m_seenKnown.count(QLatin1String(k.file) + QLatin1Char(' ') + QLatin1String(k.finding)))
            stale << QLatin1String(k.file) + QLatin1Char(' ') + QLatin1String(k.finding);
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("listed but gone: ") + stale.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestBpmnlintParity)
#include "tst_bpmnlintparity.moc"

// Tests of the end-to-end analysis on purpose-built models (tests/data/e2e-analysis, made by
// generate.py there) whose expected findings are written here: media breaks of each kind,
// hand-offs and paths, automation shares, once-only candidates, the OZG maturity level and
// its reasons, and what the model leaves unknown. Variants change one attribute of the file
// and check that the findings follow.

#include "e2e/e2eanalysis.h"
#include "xml/bpmnreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

using namespace amtsweg;
using namespace amtsweg::e2e;

class TestE2eAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaBreaks();
    void handOffs();
    void paths();
    void automationShares();
    void onceOnly();
    void maturity();
    void missingKnowledge();
    void fullyDigital();
    void maturityFollowsChannels();
    void withoutParticipantKinds();
    void pathsAreCappedOnLargeModels();
    void emptyModel();
};

namespace {

QByteArray fileBytes(const QString &name)
{
    QFile f(QStringLiteral(AMTSWEG_TEST_DATA "/e2e-analysis/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test model %s", qPrintable(name));
    return f.readAll();
}

struct Loaded
{
    std::unique_ptr<ModelTree> tree;
    Analysis analysis;

    QString id(NodeId n) const
    {
        const auto v = tree->id(n);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    QStringList ids(const std::vector<NodeId> &nodes) const
    {
        QStringList result;
        for (NodeId n : nodes)
            result << id(n);
        return result;
    }
};

Loaded analyseBytes(const QByteArray &xml)
{
    ReadResult read = BpmnReader::readBytes(xml, QStringLiteral("e2e.bpmn"));
    if (!read.ok())
        qFatal("test model unreadable");
    Loaded loaded{std::move(read.tree), {}};
    loaded.analysis = analyse(*loaded.tree);
    return loaded;
}

Loaded wohngeld(const QList<std::pair<QString, QString>> &replacements = {})
{
    QString xml = QString::fromUtf8(fileBytes(QStringLiteral("wohngeld-e2e.bpmn")));
    for (const auto &[from, to] : replacements) {
        if (!xml.contains(from))
            qFatal("replacement target missing: %s", qPrintable(from));
        xml.replace(from, to);
    }
    return analyseBytes(xml.toUtf8());
}

/// A chain of `diamonds` exclusive split/join pairs: 2^diamonds paths from start to end.
QByteArray diamondChain(int diamonds)
{
    QString flows, nodes = QStringLiteral("<bpmn:startEvent id=\"S\"/>");
    QString previous = QStringLiteral("S");
    int f = 0;
    const auto flow = [&](const QString &a, const QString &b) {
        flows += QStringLiteral("<bpmn:sequenceFlow id=\"F%1\" sourceRef=\"%2\" targetRef=\"%3\"/>")
                     .arg(f++)
                     .arg(a, b);
    };
    for (int i = 0; i < diamonds; ++i) {
        const QString split = QStringLiteral("X%1").arg(i), join = QStringLiteral("J%1").arg(i);
        nodes += QStringLiteral("<bpmn:exclusiveGateway id=\"%1\"/><bpmn:task id=\"A%3\"/>"
                                "<bpmn:task id=\"B%3\"/><bpmn:exclusiveGateway id=\"%2\"/>")
                     .arg(split, join)
                     .arg(i);
        flow(previous, split);
        flow(split, QStringLiteral("A%1").arg(i));
        flow(split, QStringLiteral("B%1").arg(i));
        flow(QStringLiteral("A%1").arg(i), join);
        flow(QStringLiteral("B%1").arg(i), join);
        previous = join;
    }
    nodes += QStringLiteral("<bpmn:endEvent id=\"E\"/>");
    flow(previous, QStringLiteral("E"));
    return QStringLiteral("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/"
                          "MODEL\" id=\"D\" targetNamespace=\"t\"><bpmn:process id=\"P\">%1%2"
                          "</bpmn:process></bpmn:definitions>")
        .arg(nodes, flows)
        .toUtf8();
}

} // namespace

void TestE2eAnalysis::mediaBreaks()
{
    const Loaded w = wohngeld();
    std::set<std::tuple<MediaBreak::Kind, QString, QString>> found;
    for (const MediaBreak &b : w.analysis.mediaBreaks) {
        QVERIFY(b.elements.size() >= 2);
        QVERIFY(!b.reason.isEmpty());
        found.insert({b.kind, w.id(b.elements[0]), w.id(b.elements[1])});
    }
    const std::set<std::tuple<MediaBreak::Kind, QString, QString>> expected{
        // the paper evidence is typed into the Fachverfahren
        {MediaBreak::Kind::ReTyped, "MF_Nachweise", "Task_Record"},
        // the structured FIT-Connect data is printed
        {MediaBreak::Kind::Printed, "MF_Daten", "Task_Print"},
        // the notice leaves the Kassenverfahren as a letter; the evidence follows an online form
        {MediaBreak::Kind::Downgraded, "MF_Bescheid", "Task_Notice"},
        {MediaBreak::Kind::Downgraded, "MF_Nachweise", "Task_Fill"},
        // WoGG-Fach → Kassenverfahren without an interface
        {MediaBreak::Kind::ManualTransfer, "Task_Decide", "Task_Approve"},
    };
    QCOMPARE(found, expected);
    QCOMPARE(w.analysis.mediaBreaks.size(), expected.size());
    const auto reTyped = std::find_if(w.analysis.mediaBreaks.begin(), w.analysis.mediaBreaks.end(),
                                      [](const MediaBreak &b) {
                                          return b.kind == MediaBreak::Kind::ReTyped;
                                      });
    QVERIFY(reTyped->reason.contains(QStringLiteral("'Meldebescheinigung'")));
    QVERIFY(reTyped->reason.contains(QStringLiteral("'Nachweise erfassen'")));
}

void TestE2eAnalysis::handOffs()
{
    const Loaded w = wohngeld();
    QStringList participants, lanes;
    for (const HandOff &h : w.analysis.handOffs)
        (h.kind == HandOff::Kind::Participant ? participants : lanes) << w.id(h.flow);
    participants.sort();
    QCOMPARE(participants, QStringList({"MF_Antrag", "MF_Bescheid", "MF_Daten", "MF_Nachweise",
                                        "MF_Register"}));
    lanes.sort();
    QCOMPARE(lanes, QStringList({"F11", "F12"}));
    for (const HandOff &h : w.analysis.handOffs)
        if (w.id(h.flow) == QLatin1String("F11")) {
            QCOMPARE(w.id(h.from), QStringLiteral("Lane_Case"));
            QCOMPARE(w.id(h.to), QStringLiteral("Lane_Lead"));
        } else if (w.id(h.flow) == QLatin1String("MF_Daten")) {
            QCOMPARE(w.id(h.from), QStringLiteral("P_Online"));
            QCOMPARE(w.id(h.to), QStringLiteral("P_Authority"));
        }
}

void TestE2eAnalysis::paths()
{
    const Loaded w = wohngeld();
    QVERIFY(!w.analysis.pathsTruncated);
    std::multiset<std::tuple<QString, int, int>> ends;
    for (const Path &p : w.analysis.paths) {
        QCOMPARE(w.id(p.nodes.front()), QStringLiteral("Start_C")); // the only untriggered start
        QCOMPARE(int(p.handOffs.size()), p.participantHandOffs + p.laneHandOffs);
        ends.insert({w.id(p.nodes.back()), p.participantHandOffs, p.laneHandOffs});
    }
    const std::multiset<std::tuple<QString, int, int>> expected{
        {"End_C", 0, 0},  // the citizen alone
        {"End_A", 1, 2},  // evidence by post into the authority, via the head of unit
        {"End_C", 2, 2},  // ... and the notice back
        {"End_OS", 1, 0}, // the online service takes the application
        {"End_A", 2, 2},  // online service → authority
        {"End_C", 3, 2},  // ... and the notice back to the citizen
    };
    QCOMPARE(ends, expected);
    // The longest path walks the whole collaboration in order.
    const auto longest = std::max_element(
        w.analysis.paths.begin(), w.analysis.paths.end(),
        [](const Path &a, const Path &b) { return a.nodes.size() < b.nodes.size(); });
    QCOMPARE(w.ids(longest->nodes),
             QStringList({"Start_C", "Task_Fill", "Start_OS", "Task_Check", "Task_Forward",
                          "Start_A", "Task_Print", "Task_Record", "Task_Decide", "Task_Approve",
                          "Task_Notice", "Event_Wait", "End_C"}));
}

void TestE2eAnalysis::automationShares()
{
    const Loaded w = wohngeld();
    QCOMPARE(w.analysis.automation.size(), std::size_t(3));
    std::map<QString, std::array<int, 4>> shares;
    for (const AutomationShare &s : w.analysis.automation)
        shares[w.id(s.participant)] = {s.manual, s.itSupported, s.automated, s.unknown};
    QCOMPARE(shares["P_Citizen"], (std::array<int, 4>{1, 1, 0, 0}));
    QCOMPARE(shares["P_Online"], (std::array<int, 4>{0, 0, 1, 1}));
    // manual task, two set to IT-supported plus a user task, a service task
    QCOMPARE(shares["P_Authority"], (std::array<int, 4>{1, 3, 1, 0}));
}

void TestE2eAnalysis::onceOnly()
{
    const Loaded w = wohngeld();
    std::set<std::tuple<QString, QString, QString, bool>> found;
    for (const OnceOnlyCandidate &c : w.analysis.onceOnly)
        found.insert({w.id(c.request), w.id(c.register_), c.data, c.bySchemaId});
    const std::set<std::tuple<QString, QString, QString, bool>> expected{
        {"MF_Antrag", "Store_Register", "S00000092", true},
        {"MF_Nachweise", "P_Register", "Meldebescheinigung", false},
    };
    QCOMPARE(found, expected);

    // A name that contains the register's data as whole words matches; the report names the
    // data by the shorter name.
    const Loaded longer = wohngeld({{"name=\"Meldebescheinigung\" sourceRef=\"Task_Send\"",
                                     "name=\"Nachweise: aktuelle Meldebescheinigung\" "
                                     "sourceRef=\"Task_Send\""}});
    QCOMPARE(longer.analysis.onceOnly.size(), std::size_t(2));
    QCOMPARE(longer.analysis.onceOnly[1].data, QStringLiteral("Meldebescheinigung"));
    // ... but not inside a word.
    const Loaded partial = wohngeld({{"name=\"Meldebescheinigung\" sourceRef=\"Task_Send\"",
                                      "name=\"Meldebescheinigungen\" sourceRef=\"Task_Send\""}});
    QCOMPARE(partial.analysis.onceOnly.size(), std::size_t(1));
}

void TestE2eAnalysis::maturity()
{
    const Loaded w = wohngeld();
    QCOMPARE(w.analysis.maturity.level, 2);
    const auto &reasons = w.analysis.maturity.reasons;
    QCOMPARE(reasons.size(), std::size_t(5)); // paper evidence, paper notice, 2× once-only, breaks
    // The binding cap comes first.
    QCOMPARE(w.ids(reasons.front().elements), QStringList({"MF_Nachweise"}));
    QVERIFY(reasons.front().text.contains(QStringLiteral("Paper letter")));
    QVERIFY(std::any_of(reasons.begin(), reasons.end(), [&](const Finding &f) {
        return w.ids(f.elements) == QStringList({"MF_Bescheid"});
    }));
}

void TestE2eAnalysis::missingKnowledge()
{
    const Loaded w = wohngeld();
    QCOMPARE(w.analysis.missing.size(), std::size_t(1));
    QCOMPARE(w.ids(w.analysis.missing.front().elements), QStringList({"Task_Forward"}));
    QVERIFY(w.analysis.missing.front().text.contains(QStringLiteral("'Antrag übermitteln'")));
}

void TestE2eAnalysis::fullyDigital()
{
    const Loaded d = analyseBytes(fileBytes(QStringLiteral("fully-digital.bpmn")));
    QVERIFY(d.analysis.mediaBreaks.empty());
    QVERIFY(d.analysis.onceOnly.empty());
    QVERIFY(d.analysis.missing.empty());
    QCOMPARE(d.analysis.maturity.level, 4);
    QVERIFY(d.analysis.maturity.reasons.empty());
    // Both processes are started by messages: the paths start at the citizen's pool.
    QCOMPARE(d.analysis.paths.size(), std::size_t(3));
    for (const Path &p : d.analysis.paths)
        QCOMPARE(d.id(p.nodes.front()), QStringLiteral("P_Citizen"));
    QCOMPARE(d.analysis.handOffs.size(), std::size_t(3));
}

void TestE2eAnalysis::maturityFollowsChannels()
{
    // Evidence online too: the application is fully online, the paper notice caps at 3.
    const Loaded evidenceOnline = wohngeld(
        {{"name=\"Meldebescheinigung\" sourceRef=\"Task_Send\" targetRef=\"Task_Record\" "
          "amtsweg:channel=\"paper\"",
          "name=\"Meldebescheinigung\" sourceRef=\"Task_Send\" targetRef=\"Task_Record\" "
          "amtsweg:channel=\"fit-connect\""}});
    QCOMPARE(evidenceOnline.analysis.maturity.level, 3);
    // The notice by postbox: no longer passed on as paper.
    const Loaded postbox =
        wohngeld({{"targetRef=\"Event_Wait\" amtsweg:channel=\"paper\"",
                   "targetRef=\"Event_Wait\" amtsweg:channel=\"postbox\""}});
    for (const MediaBreak &b : postbox.analysis.mediaBreaks)
        QVERIFY(postbox.id(b.elements.front()) != QLatin1String("MF_Bescheid"));
    QCOMPARE(postbox.analysis.mediaBreaks.size(), std::size_t(4));
    // Nothing online: level 1 at most; an unknown channel counts as not online and says so.
    const Loaded offline = wohngeld(
        {{"amtsweg:channel=\"online-form\" ", ""},
         {"targetRef=\"Task_Record\" amtsweg:channel=\"paper\"", "targetRef=\"Task_Record\""}});
    QCOMPARE(offline.analysis.maturity.level, 1);
    QVERIFY(offline.analysis.maturity.reasons.front().text.contains(
        QStringLiteral("an unknown channel")));
    QCOMPARE(offline.analysis.missing.size(), std::size_t(3)); // two channels + Task_Forward
}

void TestE2eAnalysis::withoutParticipantKinds()
{
    QString xml = QString::fromUtf8(fileBytes(QStringLiteral("wohngeld-e2e.bpmn")));
    xml.remove(QRegularExpression(QStringLiteral("amtsweg:participantKind=\"[^\"]*\"")));
    const Loaded w = analyseBytes(xml.toUtf8());
    QCOMPARE(w.analysis.maturity.level, -1);
    QCOMPARE(w.analysis.maturity.reasons.size(), std::size_t(1));
    QCOMPARE(w.analysis.maturity.reasons.front().elements.size(), std::size_t(4));
    QVERIFY(w.analysis.onceOnly.empty()); // nobody is known to be the citizen or a register
    int unknownPools = 0;
    for (const Finding &f : w.analysis.missing)
        unknownPools += f.text.startsWith(QStringLiteral("Kind of pool"));
    QCOMPARE(unknownPools, 4);
    // Structural results do not depend on the kinds.
    QCOMPARE(w.analysis.handOffs.size(), std::size_t(7));
}

void TestE2eAnalysis::pathsAreCappedOnLargeModels()
{
    const Loaded small = analyseBytes(diamondChain(3));
    QCOMPARE(small.analysis.paths.size(), std::size_t(8));
    QVERIFY(!small.analysis.pathsTruncated);
    const Loaded large = analyseBytes(diamondChain(12)); // 4,096 paths
    QCOMPARE(large.analysis.paths.size(), kMaxPaths);
    QVERIFY(large.analysis.pathsTruncated);
}

void TestE2eAnalysis::emptyModel()
{
    const Loaded e = analyseBytes(
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"D\" "
        "targetNamespace=\"t\"/>");
    QVERIFY(e.analysis.mediaBreaks.empty());
    QVERIFY(e.analysis.paths.empty());
    QCOMPARE(e.analysis.maturity.level, -1);
}

QTEST_GUILESS_MAIN(TestE2eAnalysis)
#include "tst_e2eanalysis.moc"

// Tests of fim::changeType (model/fim/fimtypechange.h): changing a RAG group's type keeps the
// type-specific data that fits the new type, lists what it drops, and the result, written
// through SetFimDataCommand, reads back with the kept data and the carried unknown content.

#include "commands/setfimdatacommand.h"
#include "document.h"
#include "fim/fimread.h"
#include "fim/fimtypechange.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;
using namespace amtsweg::fim;

class TestFimTypeChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeTable();
    void receiveToInvolveKeepsReceived();
    void involveToProvideDropsReceived();
    void decideWithoutToWithKeepsAids();
    void decideWithToWithoutDropsDecisionKind();
    void checkToFreeDropsKinds();
    void commonAttributesStay();
    void unknownTypeKeepsBlocks();
    void severalBlocksMerge();
    void writtenChangeReadsBack();
};

namespace {

std::unique_ptr<ModelTree> load(const char *name)
{
    ReadResult read = BpmnReader::readFile(QStringLiteral(AMTSWEG_TEST_DATA "/fim/")
                                           + QLatin1String(name));
    if (!read.ok())
        qFatal("test model %s unreadable", name);
    return std::move(read.tree);
}

Aktivitaetengruppe groupOf(const ModelTree &tree, const char *id)
{
    const auto g = aktivitaetengruppe(tree, tree.byId(id));
    if (!g)
        qFatal("%s has no group", id);
    return *g;
}

QStringList texts(const std::vector<Datenbezug> &list)
{
    QStringList out;
    for (const Datenbezug &d : list)
        out << d.text + QLatin1Char('|') + d.partner;
    return out;
}

} // namespace

void TestFimTypeChange::typeTable()
{
    // Which of the eight types have which field, as docs/fim-extension.md lists them.
    QList<int> receive, provide, aids;
    for (int t = 0; t <= 9; ++t) {
        if (typeReceivesData(t))
            receive << t;
        if (typeProvidesData(t))
            provide << t;
        if (typeHasHilfsmittel(t))
            aids << t;
    }
    QCOMPARE(receive, (QList<int>{1, 7}));
    QCOMPARE(provide, (QList<int>{2, 7}));
    QCOMPARE(aids, (QList<int>{4, 5}));
    QCOMPARE(ragTypeNumber(QStringLiteral(" 3 ")), 3);
    QCOMPARE(ragTypeNumber(QStringLiteral("9")), 0);
    QCOMPARE(ragTypeNumber(QStringLiteral("03")), 0);
    QCOMPARE(ragTypeNumber(QString()), 0);
}

void TestFimTypeChange::receiveToInvolveKeepsReceived()
{
    const auto tree = load("fim-complete.bpmn");
    const TypeChange c = changeType(groupOf(*tree, "Sub_Empfangen"), QStringLiteral("7"));
    QVERIFY2(c.dropped.isEmpty(), qPrintable(c.dropped.join(QLatin1Char(';'))));
    QCOMPARE(c.group.typ, QStringLiteral("7"));
    QCOMPARE(c.group.spezifisch.size(), size_t(1));
    QCOMPARE(c.group.spezifisch[0].typ, 7);
    QCOMPARE(texts(c.group.spezifisch[0].empfangen), QStringList{"Anzeige|Antragsteller"});
    QCOMPARE(c.group.spezifisch[0].empfangen[0].uebermittlungsart, QStringLiteral("elektronisch"));
}

void TestFimTypeChange::involveToProvideDropsReceived()
{
    const auto tree = load("fim-complete.bpmn");
    const TypeChange c = changeType(groupOf(*tree, "Sub_Nachfordern"), QStringLiteral("2"));
    const Spezifisch &s = c.group.spezifisch.at(0);
    QCOMPARE(s.typ, 2);
    QCOMPARE(texts(s.bereitstellen), QStringList{"Nachforderung|Antragsteller"});
    QVERIFY(s.empfangen.empty());
    QVERIFY(!s.mitwirkungspflicht);
    QVERIFY(s.beteiligungsform.isEmpty());
    // Received data, the duty to cooperate and the form of involvement (code 3, labelled).
    QCOMPARE(c.dropped.size(), 3);
    QVERIFY2(c.dropped[0].contains(QLatin1String("Unterlagen"))
                 && c.dropped[0].contains(QLatin1String("Antragsteller")),
             qPrintable(c.dropped[0]));
    QVERIFY(c.dropped.join(QLatin1Char(';')).contains(QLatin1String("Information request")));
}

void TestFimTypeChange::decideWithoutToWithKeepsAids()
{
    const auto tree = load("fim-complete.bpmn");
    Aktivitaetengruppe g = groupOf(*tree, "Sub_Beurteilen");
    QVERIFY(!g.spezifisch.at(0).hilfsmittel.isEmpty());
    const QStringList aids = g.spezifisch[0].hilfsmittel;
    const TypeChange c = changeType(g, QStringLiteral("5"));
    QVERIFY(c.dropped.isEmpty());
    QCOMPARE(c.group.spezifisch.at(0).hilfsmittel, aids);
    QCOMPARE(c.group.spezifisch[0].typ, 5);
}

void TestFimTypeChange::decideWithToWithoutDropsDecisionKind()
{
    const auto tree = load("fim-complete.bpmn");
    const TypeChange c = changeType(groupOf(*tree, "Sub_Ermessen"), QStringLiteral("4"));
    QCOMPARE(c.group.spezifisch.at(0).hilfsmittel, QStringList{"Leitfaden"});
    QVERIFY(c.group.spezifisch[0].entscheidungsart.isEmpty());
    QCOMPARE(c.dropped.size(), 1);
    QVERIFY2(c.dropped[0].contains(QLatin1String("Discretion whether to act")),
             qPrintable(c.dropped[0]));
}

void TestFimTypeChange::checkToFreeDropsKinds()
{
    const auto tree = load("fim-complete.bpmn");
    const TypeChange c = changeType(groupOf(*tree, "Sub_Pruefen"), QStringLiteral("8"));
    QCOMPARE(c.dropped.size(), 2); // Prüfarten 1 and 2, each named
    QVERIFY(c.dropped[0].contains(QLatin1String("Subject-matter jurisdiction")));
    QVERIFY(c.dropped[1].contains(QLatin1String("Local jurisdiction")));
    QVERIFY(c.group.spezifisch.at(0).pruefarten.isEmpty());
    QCOMPARE(c.group.spezifisch[0].typ, 8);
}

void TestFimTypeChange::commonAttributesStay()
{
    const auto tree = load("fim-complete.bpmn");
    Aktivitaetengruppe g = groupOf(*tree, "Sub_Bescheid");
    g.fachverfahren = QStringList{"Fachverfahren X"};
    const TypeChange c = changeType(g, QStringLiteral("3"));
    QCOMPARE(c.group.gruppenId, g.gruppenId);
    QCOMPARE(c.group.version, g.version);
    QCOMPARE(c.group.fachverfahren, g.fachverfahren);
    QCOMPARE(c.group.handlungsgrundlagen.size(), g.handlungsgrundlagen.size());
    QCOMPARE(c.group.owner, g.owner);
    QCOMPARE(c.dropped.size(), 1); // the provided Bescheid
    QVERIFY(c.dropped[0].contains(QLatin1String("Bescheid (D99006028261001)")));
}

void TestFimTypeChange::unknownTypeKeepsBlocks()
{
    const auto tree = load("fim-complete.bpmn");
    const Aktivitaetengruppe g = groupOf(*tree, "Sub_Pruefen");
    const TypeChange c = changeType(g, QStringLiteral("12"));
    QCOMPARE(c.group.typ, QStringLiteral("12"));
    QVERIFY(c.dropped.isEmpty());
    QCOMPARE(c.group.spezifisch.size(), g.spezifisch.size());
    QCOMPARE(c.group.spezifisch[0].pruefarten, g.spezifisch[0].pruefarten);
}

void TestFimTypeChange::severalBlocksMerge()
{
    // A malformed group with a RAG 4 and a RAG 6 block, made RAG 5: one block of type 5 with
    // the Hilfsmittel of the first; the Bearbeitungsart of the second is dropped.
    Aktivitaetengruppe g;
    g.typ = QStringLiteral("4");
    Spezifisch four;
    four.typ = 4;
    four.hilfsmittel = QStringList{"Checkliste"};
    Spezifisch six;
    six.typ = 6;
    six.bearbeitungsart = QStringLiteral("2");
    g.spezifisch = {four, six};
    const TypeChange c = changeType(g, QStringLiteral("5"));
    QCOMPARE(c.group.spezifisch.size(), size_t(1));
    QCOMPARE(c.group.spezifisch[0].hilfsmittel, QStringList{"Checkliste"});
    QCOMPARE(c.dropped, QStringList{"Kind of processing: 2"});
}

void TestFimTypeChange::writtenChangeReadsBack()
{
    BpmnDocument doc(load("fim-complete.bpmn"));
    const ModelTree &tree = doc.tree();
    const NodeId owner = tree.byId("Sub_Nachfordern");
    const TypeChange c = changeType(groupOf(tree, "Sub_Nachfordern"), QStringLiteral("1"));
    QUndoStack stack;
    stack.push(new SetFimDataCommand(&doc, owner, c.group));
    const auto read = aktivitaetengruppe(tree, owner);
    QVERIFY(read);
    QCOMPARE(read->typ, QStringLiteral("1"));
    QCOMPARE(read->spezifisch.size(), size_t(1));
    QCOMPARE(read->spezifisch[0].typ, 1);
    QCOMPARE(texts(read->spezifisch[0].empfangen), QStringList{"Unterlagen|Antragsteller"});
    QVERIFY(read->spezifisch[0].bereitstellen.empty());
    const QByteArray written = BpmnWriter::write(tree);
    QVERIFY(written.contains("informationEmpfangen"));
    QVERIFY(!written.contains("<amtsweg:beteiligen"));
    stack.undo();
    QCOMPARE(aktivitaetengruppe(tree, owner)->typ, QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(TestFimTypeChange)
#include "tst_fimtypechange.moc"

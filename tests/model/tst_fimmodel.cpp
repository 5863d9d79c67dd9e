// Tests of the FIM data model (model/fim): reading the Prozesssteckbrief and the RAG groups of
// tests/data/fim/*.bpmn, the code lists, lenient reading, and building the elements again:
// built elements survive writing and reading, and keep what Amtsweg does not understand.

#include "bpmn/elements.h"
#include "commands/setfimdatacommand.h"
#include "document.h"
#include "fim/fimbuild.h"
#include "fim/fimcodes.h"
#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;
using namespace amtsweg::fim;

class TestFimModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steckbrief();
    void groups();
    void groupBlocks();
    void codeLists_data();
    void codeLists();
    void unknownCodes();
    void lenientSteckbrief();
    void lenientGroup();
    void fimModel();
    void roundTrip();
    void buildOnElementWithoutExtensions();
    void rebuildKeepsUnknownContent();
    void commandSetsUndoesAndRemoves();
};

namespace {

std::unique_ptr<ModelTree> load(const char *name)
{
    ReadResult read = BpmnReader::readFile(QStringLiteral(AMTSWEG_TEST_DATA "/fim/") + QLatin1String(name));
    if (!read.ok())
        qFatal("test model %s unreadable", name);
    return std::move(read.tree);
}

std::unique_ptr<ModelTree> reread(const ModelTree &tree)
{
    const std::string bytes = BpmnWriter::writeString(tree);
    ReadResult read = BpmnReader::readBytes(QByteArray::fromStdString(bytes), QStringLiteral("written.bpmn"));
    if (!read.ok())
        qFatal("written model unreadable");
    return std::move(read.tree);
}

QString str(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

NodeId lastChildElement(const ModelTree &tree, NodeId n)
{
    NodeId last = kNoNode;
    for (NodeId c = tree.firstChildElement(n); c != kNoNode; c = tree.nextSiblingElement(c))
        last = c;
    return last;
}

QString text(const Datenbezug &d)
{
    return QStringList{d.formular, d.schema, d.schemaVersion, d.text, d.partner, d.uebermittlungsart}
        .join(QLatin1Char('|'));
}

/// Every value of a Prozesssteckbrief as one text (node ids left out).
QString dump(const Prozesssteckbrief &s)
{
    QStringList parts{s.prozessschluessel, s.version, s.name, s.bezeichnung, s.definition,
                      s.beschreibung, s.detaillierungsstufe, s.freigabestatus};
    for (const Prozessteilnehmer &p : s.prozessteilnehmer)
        parts << p.name + QLatin1Char(':') + p.rollen.join(QLatin1Char(','));
    for (const Handlungsgrundlage &h : s.handlungsgrundlagen)
        parts << h.name + QLatin1Char(':') + h.art + QLatin1Char(':') + h.uri;
    for (const auto *list : {&s.ausloeser, &s.ergebnisse})
        for (const Anlass &a : *list)
            parts << a.formular + QLatin1Char(':') + a.prozess + QLatin1Char(':') + a.text;
    const Zustandsangaben &z = s.zustand;
    parts << z.erstellt << z.geaendert << z.bearbeiter << z.methodischFreigegeben
          << z.fachlichFreigegeben << z.gueltigAb << z.gueltigBis
          << s.verwaltungspolitischeKodierung.join(QLatin1Char(','))
          << s.klassifikation.join(QLatin1Char(','));
    return parts.join(QLatin1Char('/'));
}

/// Every value of a RAG group as one text (node ids left out).
QString dump(const Aktivitaetengruppe &g)
{
    QStringList parts{g.typ, g.version, g.gruppenId, g.name, g.beschreibung,
                      g.fachverfahren.join(QLatin1Char(','))};
    for (const Handlungsgrundlage &h : g.handlungsgrundlagen)
        parts << h.name + QLatin1Char(':') + h.art + QLatin1Char(':') + h.uri;
    for (const auto *list : {&g.eingehendeDaten, &g.ausgehendeDaten})
        for (const Datenbezug &d : *list)
            parts << text(d);
    for (const Spezifisch &s : g.spezifisch) {
        parts << QString::number(s.typ) << s.pruefarten.join(QLatin1Char(','))
              << s.hilfsmittel.join(QLatin1Char(',')) << s.entscheidungsart << s.bearbeitungsart
              << (s.mitwirkungspflicht ? QString::number(*s.mitwirkungspflicht) : QStringLiteral("-"))
              << s.beteiligungsform << s.beschreibung;
        for (const auto *list : {&s.empfangen, &s.bereitstellen})
            for (const Datenbezug &d : *list)
                parts << text(d);
    }
    return parts.join(QLatin1Char('/'));
}

const Aktivitaetengruppe &groupOf(const std::vector<Aktivitaetengruppe> &groups,
                                  const ModelTree &tree, std::string_view owner)
{
    for (const Aktivitaetengruppe &g : groups)
        if (tree.id(g.owner) == owner)
            return g;
    qFatal("no group on %s", std::string(owner).c_str());
}

} // namespace

void TestFimModel::steckbrief()
{
    const auto tree = load("fim-complete.bpmn");
    const auto s = modelSteckbrief(*tree);
    QVERIFY(s);
    QCOMPARE(str(tree->id(s->owner)), QStringLiteral("Collab_Fim"));
    QVERIFY(isFim(*tree, s->node, "prozesssteckbrief"));
    QCOMPARE(s->prozessschluessel, QStringLiteral("99006028261000"));
    QCOMPARE(s->version, QStringLiteral("01.00.00"));
    QCOMPARE(s->name, QStringLiteral("Anzeige Beschäftigung schwangerer Frauen bearbeiten"));
    QCOMPARE(s->bezeichnung, QStringLiteral("Beschäftigung schwangerer Frauen Anzeige"));
    QCOMPARE(s->definition, QStringLiteral("Die Aufsichtsbehörde bearbeitet die Anzeige des Arbeitgebers."));
    QCOMPARE(s->beschreibung, QStringLiteral("Beispiel für Tests von Amtsweg."));
    QCOMPARE(s->detaillierungsstufe, QStringLiteral("101"));
    QCOMPARE(s->freigabestatus, QStringLiteral("5"));
    QCOMPARE(s->prozessteilnehmer.size(), std::size_t(2));
    QCOMPARE(s->prozessteilnehmer[0].name, QStringLiteral("Antragsteller"));
    QCOMPARE(s->prozessteilnehmer[0].rollen, QStringList{QStringLiteral("1")});
    QCOMPARE(s->prozessteilnehmer[1].name, QStringLiteral("Aufsichtsbehörde"));
    QCOMPARE(s->prozessteilnehmer[1].rollen, QStringList{QStringLiteral("2")});
    QCOMPARE(s->handlungsgrundlagen.size(), std::size_t(1));
    QCOMPARE(s->handlungsgrundlagen[0].name, QStringLiteral("§ 27 MuSchG"));
    QCOMPARE(s->handlungsgrundlagen[0].art, QStringLiteral("104"));
    QCOMPARE(s->handlungsgrundlagen[0].uri,
             QStringLiteral("https://www.gesetze-im-internet.de/muschg_2018/__27.html"));
    QCOMPARE(s->ausloeser.size(), std::size_t(1));
    QCOMPARE(s->ausloeser[0].formular, QStringLiteral("D99006028261000"));
    QCOMPARE(s->ausloeser[0].text, QStringLiteral("Anzeige des Arbeitgebers"));
    QCOMPARE(s->ergebnisse.size(), std::size_t(1));
    QCOMPARE(s->ergebnisse[0].text, QStringLiteral("Bescheid"));
    QCOMPARE(s->zustand.erstellt, QStringLiteral("2024-03-01T10:00:00"));
    QCOMPARE(s->zustand.geaendert, QStringLiteral("2024-05-02T09:30:00"));
    QCOMPARE(s->zustand.bearbeiter, QStringLiteral("FIM-Redaktion"));
    QCOMPARE(s->zustand.fachlichFreigegeben, QStringLiteral("2024-05-10"));
    QCOMPARE(s->zustand.gueltigAb, QStringLiteral("2024-06-01"));
    QVERIFY(s->zustand.gueltigBis.isEmpty());
    QCOMPARE(s->verwaltungspolitischeKodierung, QStringList{QStringLiteral("17")});
    QCOMPARE(s->klassifikation, QStringList{QStringLiteral("611.07.01")});
    QVERIFY(!prozesssteckbrief(*tree, tree->byId("Proc_Behoerde")));
}

void TestFimModel::groups()
{
    const auto tree = load("fim-complete.bpmn");
    const auto groups = aktivitaetengruppen(*tree);
    QCOMPARE(groups.size(), std::size_t(8));
    QStringList types, ids;
    for (const Aktivitaetengruppe &g : groups) {
        types << g.typ;
        ids << g.gruppenId;
        QVERIFY(bpmn::isSubProcess(*tree, g.owner));
        QCOMPARE(g.version, QStringLiteral("1.00"));
        QCOMPARE(g.handlungsgrundlagen.size(), std::size_t(1));
        QCOMPARE(g.spezifisch.size(), std::size_t(1));
        QCOMPARE(QString::number(g.spezifisch[0].typ), g.typ);
    }
    QCOMPARE(types.join(QLatin1Char(',')), QStringLiteral("1,3,7,6,4,5,2,8"));
    QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("01,02,03,04,05,06,07,08"));
    // The name comes from the sub-process when the group has none of its own.
    const auto pruefen = aktivitaetengruppe(*tree, tree->byId("Sub_Pruefen"));
    QVERIFY(pruefen);
    QCOMPARE(pruefen->name, QStringLiteral("Anzeige formell prüfen"));
    QVERIFY(pruefen->beschreibung.isEmpty());
    QVERIFY(!aktivitaetengruppe(*tree, tree->byId("Gw_Join")));
}

void TestFimModel::groupBlocks()
{
    const auto tree = load("fim-complete.bpmn");
    const auto groups = aktivitaetengruppen(*tree);
    const Spezifisch &empfangen = groupOf(groups, *tree, "Sub_Empfangen").spezifisch[0];
    QCOMPARE(empfangen.empfangen.size(), std::size_t(1));
    QCOMPARE(text(empfangen.empfangen[0]), QStringLiteral("D99006028261000|||Anzeige|Antragsteller|elektronisch"));
    const Spezifisch &bescheid = groupOf(groups, *tree, "Sub_Bescheid").spezifisch[0];
    QCOMPARE(text(bescheid.bereitstellen.at(0)), QStringLiteral("D99006028261001|||Bescheid|Antragsteller|elektronisch"));
    QCOMPARE(groupOf(groups, *tree, "Sub_Pruefen").spezifisch[0].pruefarten,
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(groupOf(groups, *tree, "Sub_Beurteilen").spezifisch[0].hilfsmittel,
             QStringList{QStringLiteral("Checkliste")});
    const Spezifisch &ermessen = groupOf(groups, *tree, "Sub_Ermessen").spezifisch[0];
    QCOMPARE(ermessen.entscheidungsart, QStringLiteral("2"));
    QCOMPARE(ermessen.hilfsmittel, QStringList{QStringLiteral("Leitfaden")});
    QCOMPARE(groupOf(groups, *tree, "Sub_Erfassen").spezifisch[0].bearbeitungsart, QStringLiteral("1"));
    const Spezifisch &beteiligen = groupOf(groups, *tree, "Sub_Nachfordern").spezifisch[0];
    QCOMPARE(beteiligen.mitwirkungspflicht, std::optional<bool>(true));
    QCOMPARE(beteiligen.beteiligungsform, QStringLiteral("3"));
    QCOMPARE(text(beteiligen.empfangen.at(0)), QStringLiteral("|||Unterlagen|Antragsteller|"));
    QCOMPARE(text(beteiligen.bereitstellen.at(0)), QStringLiteral("|||Nachforderung|Antragsteller|"));
    QCOMPARE(groupOf(groups, *tree, "Sub_Dokumentieren").spezifisch[0].beschreibung,
             QStringLiteral("Vorgang zur Akte nehmen"));
}

void TestFimModel::codeLists_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("german");
    QTest::addColumn<QString>("english");
    auto row = [](CodeList list, const char *code, const char *german, const char *english) {
        QTest::addRow("%d/%s", int(list), code)
            << int(list) << QString::fromUtf8(code) << QString::fromUtf8(german) << QString::fromUtf8(english);
    };
    row(CodeList::Freigabestatus, "1", "in Planung", "Planned");
    row(CodeList::Freigabestatus, "2", "in Bearbeitung", "In progress");
    row(CodeList::Freigabestatus, "3", "Entwurf", "Draft");
    row(CodeList::Freigabestatus, "4", "methodisch freigegeben", "Methodically released");
    row(CodeList::Freigabestatus, "5", "fachlich freigegeben (silber)", "Released by the subject experts (silver)");
    row(CodeList::Freigabestatus, "6", "fachlich freigegeben (gold)", "Released by the subject experts (gold)");
    row(CodeList::Freigabestatus, "7", "inaktiv", "Inactive");
    row(CodeList::Freigabestatus, "8", "vorgesehen zum Löschen", "Marked for deletion");
    row(CodeList::Detaillierungsstufe, "101", "Stamminformation", "Master information");
    row(CodeList::Detaillierungsstufe, "102", "Detaillierungsstufe 102", "Level of detail 102");
    row(CodeList::Detaillierungsstufe, "105", "Detaillierungsstufe 105", "Level of detail 105");
    row(CodeList::Rolle, "1", "Initiator", "Initiator");
    row(CodeList::Rolle, "2", "Hauptakteur", "Main actor");
    row(CodeList::HandlungsgrundlageArt, "104", "Gesetz", "Act (statute)");
    row(CodeList::RagTyp, "1", "Information empfangen", "Receive information");
    row(CodeList::RagTyp, "2", "Information bereitstellen", "Provide information");
    row(CodeList::RagTyp, "3", "Sachverhalt formell prüfen", "Check the matter formally");
    row(CodeList::RagTyp, "4", "Sachverhalt beurteilen/entscheiden ohne Spielraum", "Assess/decide the matter without discretion");
    row(CodeList::RagTyp, "5", "Sachverhalt beurteilen/entscheiden mit Spielraum", "Assess/decide the matter with discretion");
    row(CodeList::RagTyp, "6", "Bearbeitungsgruppe (RAG 6)", "Processing group (RAG 6)");
    row(CodeList::RagTyp, "7", "Beteiligung durchführen", "Involve others");
    row(CodeList::RagTyp, "8", "Freie Gruppe (RAG 8)", "Free group (RAG 8)");
    row(CodeList::Pruefart, "1", "sachliche Zuständigkeit", "Subject-matter jurisdiction");
    row(CodeList::Pruefart, "2", "örtliche Zuständigkeit", "Local jurisdiction");
    row(CodeList::Pruefart, "3", "Prüfart 3", "Kind of check 3");
    row(CodeList::Pruefart, "4", "Verfahren", "Procedure");
    row(CodeList::Entscheidungsart, "2", "Entschließungsermessen", "Discretion whether to act");
    row(CodeList::Beteiligungsform, "3", "Auskunft", "Information request");
}

void TestFimModel::codeLists()
{
    QFETCH(int, list);
    QFETCH(QString, code);
    QFETCH(QString, german);
    QFETCH(QString, english);
    const auto l = CodeList(list);
    QVERIFY(isKnownCode(l, code));
    QVERIFY(isKnownCode(l, QLatin1Char(' ') + code + QLatin1Char(' ')));
    QCOMPARE(germanLabel(l, code), german);
    QCOMPARE(codeLabel(l, code), english);
}

void TestFimModel::unknownCodes()
{
    QCOMPARE(codes(CodeList::Freigabestatus).size(), std::size_t(8));
    QCOMPARE(codes(CodeList::RagTyp).size(), std::size_t(8));
    QCOMPARE(codes(CodeList::Detaillierungsstufe).size(), std::size_t(5));
    QVERIFY(!isKnownCode(CodeList::Freigabestatus, QStringLiteral("9")));
    QVERIFY(!isKnownCode(CodeList::RagTyp, QStringLiteral("0")));
    QVERIFY(!isKnownCode(CodeList::Rolle, QStringLiteral("3")));
    QVERIFY(!isKnownCode(CodeList::Detaillierungsstufe, QStringLiteral("100")));
    QCOMPARE(codeLabel(CodeList::Beteiligungsform, QStringLiteral("999")), QStringLiteral("unknown code 999"));
    QCOMPARE(germanLabel(CodeList::Beteiligungsform, QStringLiteral(" 999 ")), QStringLiteral("unbekannter Code 999"));
    QCOMPARE(codeLabel(CodeList::HandlungsgrundlageArt, QStringLiteral("105")), QStringLiteral("Kind 105"));
    QCOMPARE(germanLabel(CodeList::HandlungsgrundlageArt, QStringLiteral("105")), QStringLiteral("Art 105"));
    QVERIFY(codeLabel(CodeList::RagTyp, QString()).isEmpty());
    QVERIFY(findCode(CodeList::RagTyp, "x") == nullptr);
}

void TestFimModel::lenientSteckbrief()
{
    const auto tree = load("lenient.bpmn");
    QVERIFY(!tree->firstChildElement(tree->root(), "collaboration"));
    const auto s = modelSteckbrief(*tree);
    QVERIFY(s);
    QCOMPARE(str(tree->id(s->owner)), QStringLiteral("Proc_Lenient"));
    QCOMPARE(s->prozessschluessel, QStringLiteral("99006028261000")); // blanks trimmed
    QCOMPARE(s->detaillierungsstufe, QStringLiteral("103"));
    QCOMPARE(s->freigabestatus, QStringLiteral("12"));                // unknown, kept
    QCOMPARE(codeLabel(CodeList::Freigabestatus, s->freigabestatus), QStringLiteral("unknown code 12"));
    QVERIFY(s->bezeichnung.isEmpty());
    QCOMPARE(s->prozessteilnehmer.size(), std::size_t(2));
    QCOMPARE(s->prozessteilnehmer[0].rollen,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")}));
    QVERIFY(s->prozessteilnehmer[1].name.isEmpty());
    QVERIFY(s->prozessteilnehmer[1].rollen.isEmpty());
    QCOMPARE(s->handlungsgrundlagen.at(0).art, QStringLiteral("999"));
    QCOMPARE(s->ausloeser.at(0).prozess, QStringLiteral("99006028261001"));
    QCOMPARE(s->ergebnisse.size(), std::size_t(2));
    QCOMPARE(s->ergebnisse[0].formular, QStringLiteral("D00000001"));
    QCOMPARE(s->ergebnisse[1].text, QStringLiteral("Ablehnung"));
    QCOMPARE(s->zustand.methodischFreigegeben, QStringLiteral("2024-03-01"));
    QCOMPARE(s->zustand.gueltigBis, QStringLiteral("2030-12-31"));
    QCOMPARE(s->verwaltungspolitischeKodierung, (QStringList{QStringLiteral("01"), QStringLiteral("01001")}));
    QCOMPARE(s->klassifikation, (QStringList{QStringLiteral("611"), QStringLiteral("611.07")}));
}

void TestFimModel::lenientGroup()
{
    const auto tree = load("lenient.bpmn");
    const auto g = aktivitaetengruppe(*tree, tree->byId("Sub_Lenient"));
    QVERIFY(g);
    QCOMPARE(g->typ, QStringLiteral("x"));
    QCOMPARE(codeLabel(CodeList::RagTyp, g->typ), QStringLiteral("unknown code x"));
    QCOMPARE(g->version, QStringLiteral("2.00"));
    QCOMPARE(g->gruppenId, QStringLiteral("01"));
    QCOMPARE(g->name, QStringLiteral("Eigener Name"));
    QCOMPARE(g->beschreibung, QStringLiteral("Beschreibung der Gruppe"));
    QCOMPARE(g->handlungsgrundlagen.at(0).name, QStringLiteral("§ 2 Beispielgesetz"));
    QVERIFY(g->handlungsgrundlagen[0].art.isEmpty());
    QCOMPARE(g->eingehendeDaten.size(), std::size_t(2));
    QCOMPARE(text(g->eingehendeDaten[0]), QStringLiteral("D00000002|S00000092|1.3|||"));
    QVERIFY(!g->eingehendeDaten[0].isEmpty());
    QCOMPARE(text(g->eingehendeDaten[1]), QStringLiteral("|||Akte||"));
    QCOMPARE(text(g->ausgehendeDaten.at(0)), QStringLiteral("|S00000093||Vermerk||"));
    QCOMPARE(g->fachverfahren, (QStringList{QStringLiteral("OK.EWO"), QStringLiteral("VOIS")}));
    QCOMPARE(g->spezifisch.size(), std::size_t(2));
    QCOMPARE(g->spezifisch[0].typ, 7);
    QCOMPARE(g->spezifisch[0].mitwirkungspflicht, std::optional<bool>(true));
    QCOMPARE(g->spezifisch[0].beteiligungsform, QStringLiteral("5"));
    QCOMPARE(g->spezifisch[1].typ, 3);
    QCOMPARE(g->spezifisch[1].pruefarten, (QStringList{QStringLiteral("4"), QStringLiteral("7")}));
    QCOMPARE(codeLabel(CodeList::Pruefart, QStringLiteral("7")), QStringLiteral("unknown code 7"));
}

void TestFimModel::fimModel()
{
    QVERIFY(isFimModel(*load("fim-complete.bpmn")));
    QVERIFY(isFimModel(*load("lenient.bpmn")));
    ReadResult plain = BpmnReader::readFile(QStringLiteral(AMTSWEG_TEST_DATA "/e2e-analysis/fully-digital.bpmn"));
    QVERIFY(plain.ok());
    QVERIFY(!isFimModel(*plain.tree));
    QVERIFY(!modelSteckbrief(*plain.tree));
    QVERIFY(aktivitaetengruppen(*plain.tree).empty());
}

void TestFimModel::roundTrip()
{
    // Every element rebuilt from its values and put in place of the old one reads back the same.
    for (const char *name : {"fim-complete.bpmn", "lenient.bpmn"}) {
        const auto tree = load(name);
        const auto before = modelSteckbrief(*tree);
        const auto groupsBefore = aktivitaetengruppen(*tree);
        QVERIFY(before);
        Placement p = placementFor(*tree, before->owner, buildProzesssteckbrief(*tree, *before));
        QCOMPARE(p.old, before->node);
        place(*tree, p);
        for (const Aktivitaetengruppe &g : groupsBefore)
            place(*tree, placementFor(*tree, g.owner, buildAktivitaetengruppe(*tree, g)));
        QVERIFY(!before->node || !tree->isAttached(before->node));
        const auto written = reread(*tree);
        QCOMPARE(dump(*modelSteckbrief(*written)), dump(*before));
        const auto groupsAfter = aktivitaetengruppen(*written);
        QCOMPARE(groupsAfter.size(), groupsBefore.size());
        for (std::size_t i = 0; i < groupsBefore.size(); ++i)
            QCOMPARE(dump(groupsAfter[i]), dump(groupsBefore[i]));
    }
}

void TestFimModel::buildOnElementWithoutExtensions()
{
    const auto tree = load("lenient.bpmn");
    const NodeId task = tree->byId("Task_Plain");
    Aktivitaetengruppe g;
    g.typ = QStringLiteral("4");
    g.version = QStringLiteral("1.00");
    g.gruppenId = QStringLiteral("02");
    g.name = QStringLiteral("Neu");
    g.handlungsgrundlagen.push_back({QStringLiteral("§ 3"), QStringLiteral("104"), {}, kNoNode});
    Spezifisch s;
    s.typ = 4;
    s.hilfsmittel = QStringList{QStringLiteral("Tabelle")};
    g.spezifisch.push_back(s);
    const NodeId built = buildAktivitaetengruppe(*tree, g);
    const Placement p = placementFor(*tree, task, built);
    QCOMPARE(p.parent, task);
    QCOMPARE(p.old, kNoNode);
    QVERIFY(tree->is(p.node, "extensionElements"));
    QCOMPARE(tree->parent(built), p.node);
    place(*tree, p);
    QCOMPARE(tree->firstChildElement(task), p.node);
    const auto written = reread(*tree);
    const auto read = aktivitaetengruppe(*written, written->byId("Task_Plain"));
    QVERIFY(read);
    QCOMPARE(dump(*read), dump(g));
    // Empty values are left out: no uri attribute, no beschreibung element.
    const NodeId group = read->node;
    QCOMPARE(written->attributes(group).size(), std::size_t(3));
    const NodeId first = written->firstChildElement(group);
    QVERIFY(isFim(*written, first, "name"));
    const NodeId basis = written->nextSiblingElement(first);
    QVERIFY(isFim(*written, basis, "handlungsgrundlage"));
    QCOMPARE(written->attributes(basis).size(), std::size_t(2));
    QVERIFY(isFim(*written, written->nextSiblingElement(basis), "entscheidenOhneSpielraum"));
}

void TestFimModel::rebuildKeepsUnknownContent()
{
    const auto tree = load("lenient.bpmn");
    auto s = *modelSteckbrief(*tree);
    s.name = QStringLiteral("Antrag prüfen");
    s.prozessteilnehmer.pop_back();
    place(*tree, placementFor(*tree, s.owner, buildProzesssteckbrief(*tree, s)));
    auto g = *aktivitaetengruppe(*tree, tree->byId("Sub_Lenient"));
    g.fachverfahren.clear();
    place(*tree, placementFor(*tree, g.owner, buildAktivitaetengruppe(*tree, g)));

    const QByteArray xml = BpmnWriter::write(*tree);
    QVERIFY(xml.contains("<aw:name>Antrag prüfen</aw:name>"));
    QVERIFY(!xml.contains("OK.EWO"));
    QVERIFY(!xml.contains("<aw:prozessteilnehmer/>"));
    for (const char *kept : {"aw:zukunft=\"ja\"", "stufe=\"3\"",
                             "<aw:zukunftsfeld>aus einer späteren Version</aw:zukunftsfeld>",
                             "<other:note>fremd</other:note>", "<other:setting value=\"kept\"/>",
                             "aw:extra=\"1\"", "<aw:unbekannt/>"})
        QVERIFY2(xml.contains(kept), kept);
    // The rebuilt elements stay where the old ones were and hold their FIM children first.
    const auto written = reread(*tree);
    const NodeId ext = written->firstChildElement(written->byId("Proc_Lenient"), "extensionElements");
    const NodeId setting = written->firstChildElement(ext);
    QCOMPARE(str(written->localName(setting)), QStringLiteral("setting"));
    const NodeId steckbrief = written->nextSiblingElement(setting);
    QVERIFY(isFim(*written, steckbrief, "prozesssteckbrief"));
    QVERIFY(isFim(*written, written->firstChildElement(steckbrief), "prozessschluessel"));
    QCOMPARE(str(written->localName(lastChildElement(*written, steckbrief))), QStringLiteral("note"));
}

void TestFimModel::commandSetsUndoesAndRemoves()
{
    BpmnDocument doc(load("lenient.bpmn"));
    const ModelTree &tree = doc.tree();
    const QByteArray before = BpmnWriter::write(tree);
    const NodeId task = tree.byId("Task_Plain");
    QVERIFY(!aktivitaetengruppe(tree, task));
    QList<NodeId> changed;
    connect(&doc, &BpmnDocument::elementChanged, &doc, [&](NodeId n) { changed << n; });

    // A group on an element without extensionElements, then a second edit: two undo steps.
    Aktivitaetengruppe g;
    g.typ = QStringLiteral("3");
    g.gruppenId = QStringLiteral("07");
    QUndoStack stack;
    stack.push(new SetFimDataCommand(&doc, task, g));
    g.name = QStringLiteral("Formell prüfen");
    stack.push(new SetFimDataCommand(&doc, task, g));
    QCOMPARE(stack.count(), 2);
    QVERIFY(changed.contains(task));
    auto read = aktivitaetengruppe(tree, task);
    QVERIFY(read);
    QCOMPARE(dump(*read), dump(g));
    stack.undo();
    QVERIFY(aktivitaetengruppe(tree, task)->name != g.name); // the first edit had no own name
    stack.undo();
    QVERIFY(!aktivitaetengruppe(tree, task));
    QCOMPARE(BpmnWriter::write(tree), before);
    stack.redo();
    stack.redo();
    QCOMPARE(dump(*aktivitaetengruppe(tree, task)), dump(g));

    // Changing the Steckbrief keeps the foreign content next to it; removing it and undoing
    // gives back the file's bytes.
    stack.clear();
    const QByteArray withGroup = BpmnWriter::write(tree);
    auto s = *modelSteckbrief(tree);
    s.name = QStringLiteral("Neuer Name");
    stack.push(new SetFimDataCommand(&doc, s.owner, s));
    QCOMPARE(modelSteckbrief(tree)->name, QStringLiteral("Neuer Name"));
    QVERIFY(BpmnWriter::write(tree).contains("<other:note>fremd</other:note>"));
    stack.push(SetFimDataCommand::removing(&doc, s.owner, SetFimDataCommand::Kind::Steckbrief));
    QCOMPARE(stack.count(), 2);
    QVERIFY(!prozesssteckbrief(tree, s.owner));
    stack.undo();
    QCOMPARE(modelSteckbrief(tree)->name, QStringLiteral("Neuer Name"));
    stack.undo();
    QCOMPARE(BpmnWriter::write(tree), withGroup);
}

QTEST_GUILESS_MAIN(TestFimModel)
#include "tst_fimmodel.moc"

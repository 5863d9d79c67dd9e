// XProzess 2.0 (model/xprozess): import joins the wrapper's Prozesssteckbrief and every RAG
// type's attributes to the BPMN elements by subProzessID, reads codes leniently and keeps
// embedded PDFs; export writes the message in the reference's element order; export then
// import gives the same model; FIM-mandatory gaps are listed; broken files say what is wrong.

#include "testpaths.h"
#include "xmltools.h"

#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xprozess/anlagen.h"
#include "xprozess/foreigncontent.h"
#include "xprozess/mandatorycheck.h"
#include "xprozess/xmlelement.h"
#include "xprozess/xprozessreader.h"
#include "xprozess/xprozesswriter.h"
#include "xprozess/ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUuid>
#include <QtTest/QtTest>

using namespace amtsweg;
using namespace amtsweg::xprozess;
using namespace amtsweg::test;

namespace {

QString data(const char *name)
{
    return testDataDir() + QStringLiteral("/xprozess/") + QLatin1String(name);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString datenText(const std::vector<fim::Datenbezug> &list)
{
    QStringList parts;
    for (const fim::Datenbezug &d : list)
        parts << QStringList{d.formular, d.schema, d.schemaVersion, d.text, d.partner,
                             d.uebermittlungsart}
                     .join(QLatin1Char('|'));
    return parts.join(QLatin1Char(';'));
}

QString hgText(const std::vector<fim::Handlungsgrundlage> &list)
{
    QStringList parts;
    for (const fim::Handlungsgrundlage &h : list)
        parts << h.name + QLatin1Char('|') + h.art + QLatin1Char('|') + h.uri;
    return parts.join(QLatin1Char(';'));
}

/// Every value of a Prozesssteckbrief as text (nodes left out), for comparisons.
QStringList steckbriefText(const fim::Prozesssteckbrief &s)
{
    QStringList t{s.prozessschluessel, s.version, s.name, s.bezeichnung, s.definition,
                  s.beschreibung, s.detaillierungsstufe, s.freigabestatus};
    for (const fim::Prozessteilnehmer &p : s.prozessteilnehmer)
        t << p.name + QLatin1Char(':') + p.rollen.join(QLatin1Char(','));
    t << hgText(s.handlungsgrundlagen);
    for (const auto *list : {&s.ausloeser, &s.ergebnisse})
        for (const fim::Anlass &a : *list)
            t << a.formular + QLatin1Char('|') + a.prozess + QLatin1Char('|') + a.text;
    const fim::Zustandsangaben &z = s.zustand;
    t << z.erstellt << z.geaendert << z.bearbeiter << z.methodischFreigegeben
      << z.fachlichFreigegeben << z.gueltigAb << z.gueltigBis;
    t << s.verwaltungspolitischeKodierung << s.klassifikation;
    return t;
}

/// Every value of the model's RAG groups, keyed by the sub-process id.
QMap<QString, QStringList> gruppenText(const ModelTree &tree)
{
    QMap<QString, QStringList> result;
    for (const fim::Aktivitaetengruppe &g : fim::aktivitaetengruppen(tree)) {
        QStringList t{g.typ, g.version, g.gruppenId, g.name, g.beschreibung,
                      hgText(g.handlungsgrundlagen), datenText(g.eingehendeDaten),
                      datenText(g.ausgehendeDaten), g.fachverfahren.join(QLatin1Char(','))};
        for (const fim::Spezifisch &s : g.spezifisch)
            t << QString::number(s.typ) << datenText(s.empfangen) << datenText(s.bereitstellen)
              << s.pruefarten.join(QLatin1Char(',')) << s.hilfsmittel.join(QLatin1Char(','))
              << s.entscheidungsart << s.bearbeitungsart
              << (s.mitwirkungspflicht ? QString::number(*s.mitwirkungspflicht) : QString())
              << s.beteiligungsform << s.beschreibung;
        result.insert(qs(tree.id(g.owner)), t);
    }
    return result;
}

/// The model's foreign elements, one line each.
QStringList foreignText(const ModelTree &tree)
{
    QStringList result;
    for (const ForeignElement &e : foreignContent(tree).elements)
        result << QStringList{e.place, e.group, e.after, QString::number(e.count), e.xml}.join(u'|');
    return result;
}

/// The BPMN as Amtsweg writes it, without the Anlagen (they differ by the diagram PDF).
QByteArray bpmnWithoutAnlagen(const ModelTree &tree)
{
    ReadResult copy = BpmnReader::readBytes(BpmnWriter::write(tree), QStringLiteral("copy"));
    if (!copy.ok())
        return {};
    setAnlagen(*copy.tree, {});
    return BpmnWriter::write(*copy.tree);
}

XProzessReadResult readData(const char *name)
{
    return XProzessReader::readFile(data(name));
}

/// All diagnostics as lines, for failure messages.
QByteArray listed(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

bool hasCode(const Diagnostics &diagnostics, const char *code, int *line = nullptr)
{
    for (const Diagnostic &d : diagnostics)
        if (d.code == QLatin1String(code)) {
            if (line)
                *line = d.line;
            return true;
        }
    return false;
}

std::unique_ptr<XmlElement> parse(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseXml(&buffer).root;
}

QStringList childNames(const XmlElement &e)
{
    QStringList names;
    for (const XmlElement &c : e.children)
        names << c.name;
    return names;
}

/// The BPMN file inside an exported message's first process.
QByteArray embeddedBpmn(const QByteArray &message)
{
    const auto root = parse(message);
    if (!root)
        return {};
    const XmlElement *p = root->child(u"prozessbibliothek")->child(u"prozess");
    const XmlElement *file = p->child(u"prozessmodell")->child(u"prozessmodelldatei");
    const auto zipped = QByteArray::fromBase64Encoding(file->childText(u"inhalt").toLatin1());
    QString error;
    const auto entries = unzip(*zipped, &error);
    return entries && !entries->empty() ? entries->front().data : QByteArray();
}

/// The element as comparable text, one line per element: namespace and name, attributes
/// sorted, the text with its white space, the children in order. Left out: what an export
/// writes anew (the root's produkt… attributes, the Nachrichtenkopf's UUID and time, the
/// prozessmodell with the re-zipped BPMN file).
QString canonical(const XmlElement &e, int depth = 0)
{
    if (e.name == u"prozessmodell" || e.name == u"nachrichtenUUID"
        || e.name == u"erstellungszeitpunkt")
        return {};
    QStringList attributes;
    if (depth > 0)
        for (const QXmlStreamAttribute &a : e.attributes)
            attributes << QStringLiteral("{%1}%2=%3").arg(a.namespaceUri(), a.name(), a.value());
    attributes.sort();
    QString out = QString(depth * 2, u' ')
                  + QStringLiteral("{%1}%2 [%3]").arg(e.ns, e.name, attributes.join(u' '));
    if (!e.text.isEmpty())
        out += QStringLiteral(" \"%1\"").arg(e.leading + e.text + e.trailing);
    out += u'\n';
    for (const XmlElement &c : e.children)
        out += canonical(c, depth + 1);
    return out;
}

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% diagram stand-in\n%%EOF\n");

} // namespace

class TestXProzess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zipRoundTrip();
    void detectsMessages();
    void importsSteckbrief();
    void importsEveryRagType_data();
    void importsEveryRagType();
    void readsLeniently();
    void keepsEmbeddedPdfs();
    void brokenFiles_data();
    void brokenFiles();
    void diagnosticsAreTranslatable();
    void exportThenImportIsIdentity_data();
    void exportThenImportIsIdentity();
    void writesReferenceOrder();
    void keepsForeignContent();
    void writesProzessbibliothekMessage();
    void mandatoryAttributes();
    void embeddedBpmnValidates();
    void hostileJoins();
    void zipBombsAreRefused();
};

void TestXProzess::zipRoundTrip()
{
    QString error;
    const std::vector<ZipEntry> entries{{QStringLiteral("a.bpmn"), QByteArray(5000, 'x')},
                                        {QStringLiteral("Bericht ä.pdf"), kPdf}};
    const QByteArray archive = zip(entries, &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY(archive.size() < 1000); // deflated
    QCOMPARE(zip(entries, &error), archive); // deterministic
    const auto back = unzip(archive, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), std::size_t(2));
    QCOMPARE(back->at(0).name, entries[0].name);
    QCOMPARE(back->at(0).data, entries[0].data);
    QCOMPARE(back->at(1).name, entries[1].name);
    QCOMPARE(back->at(1).data, entries[1].data);
    QVERIFY(!unzip(QByteArrayLiteral("PK\x03\x04 not really"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!unzip(archive, &error, 100)); // more than the budget left
    QVERIFY2(error.contains(QLatin1String("unpacks to more than 100 bytes")), qPrintable(error));
}

void TestXProzess::detectsMessages()
{
    QVERIFY(XProzessReader::isXProzessFile(data("alle-inhalte.xml")));
    QVERIFY(XProzessReader::isXProzessFile(data("bibliothek.xml")));
    QVERIFY(!XProzessReader::isXProzessFile(data("broken-root.xml")));
    QVERIFY(!XProzessReader::isXProzessFile(testDataDir() + QStringLiteral("/fim/fim-complete.bpmn")));
    QVERIFY(!XProzessReader::isXProzessFile(data("does-not-exist.xml")));
    QVERIFY(isMessageName(QStringLiteral("prozesskatalog.antwort.0102")));
    QVERIFY(!isMessageName(QStringLiteral("alleInhalte.export.0304")));
}

void TestXProzess::importsSteckbrief()
{
    const XProzessReadResult read = readData("alle-inhalte.xml");
    QVERIFY(read.ok());
    QVERIFY2(!hasErrors(read.diagnostics), listed(read.diagnostics).constData());
    QCOMPARE(read.processes.size(), std::size_t(1));
    const ImportedProcess &p = read.processes.front();
    QCOMPARE(p.id, QStringLiteral("99006028261000"));
    QCOMPARE(p.bpmnFileName, QStringLiteral("99006028261000.bpmn"));
    const auto s = fim::modelSteckbrief(*p.tree);
    QVERIFY(s);
    QCOMPARE(qs(p.tree->id(s->owner)), QStringLiteral("Collab_Fim")); // on the collaboration
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
    QCOMPARE(hgText(s->handlungsgrundlagen),
             QStringLiteral("§ 27 MuSchG|104|https://www.gesetze-im-internet.de/muschg_2018/__27.html"));
    QCOMPARE(s->ausloeser.size(), std::size_t(1));
    QCOMPARE(s->ausloeser[0].formular, QStringLiteral("D99006028261000"));
    QCOMPARE(s->ausloeser[0].text, QStringLiteral("Anzeige des Arbeitgebers"));
    QCOMPARE(s->ergebnisse.size(), std::size_t(1));
    QCOMPARE(s->ergebnisse[0].prozess, QStringLiteral("99006028262000"));
    QCOMPARE(s->ergebnisse[0].text, QStringLiteral("Bescheid"));
    QCOMPARE(s->zustand.erstellt, QStringLiteral("2024-03-01T10:00:00"));
    QCOMPARE(s->zustand.geaendert, QStringLiteral("2024-05-02T09:30:00"));
    QCOMPARE(s->zustand.bearbeiter, QStringLiteral("FIM-Redaktion"));
    QCOMPARE(s->zustand.fachlichFreigegeben, QStringLiteral("2024-05-10"));
    QCOMPARE(s->zustand.gueltigAb, QStringLiteral("2024-06-01"));
    QCOMPARE(s->verwaltungspolitischeKodierung, QStringList{QStringLiteral("17")});
    QCOMPARE(s->klassifikation, QStringList{QStringLiteral("611.07.01")});
    // The imported model is complete FIM: nothing mandatory missing.
    const Diagnostics missing = missingMandatory(*p.tree);
    QVERIFY2(missing.empty(), listed(missing).constData());
}

void TestXProzess::importsEveryRagType_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QStringList>("expected"); // typ, gruppenId, name, then the block's values
    auto row = [&](const char *tag, const char *element, QStringList expected) {
        QTest::newRow(tag) << QString::fromLatin1(element) << expected;
    };
    row("1 Information empfangen", "Sub_Empfangen",
        {QStringLiteral("1"), QStringLiteral("01"), QStringLiteral("Anzeige empfangen"),
         QStringLiteral("beschreibung=Die Anzeige geht ein."),
         QStringLiteral("empfangen=D99006028261000|||Anzeige|Antragsteller|elektronisch")});
    row("2 Information bereitstellen", "Sub_Bescheid",
        {QStringLiteral("2"), QStringLiteral("07"), QStringLiteral("Bescheid bereitstellen"),
         QStringLiteral("bereitstellen=D99006028261001|||Bescheid|Antragsteller|elektronisch")});
    row("3 formell prüfen", "Sub_Pruefen",
        {QStringLiteral("3"), QStringLiteral("02"), QStringLiteral("Anzeige formell prüfen"),
         QStringLiteral("pruefarten=1,2,4")});
    row("4 ohne Spielraum", "Sub_Beurteilen",
        {QStringLiteral("4"), QStringLiteral("05"), QStringLiteral("Voraussetzungen beurteilen"),
         QStringLiteral("eingehend=D99006028261000|S99006028261000|1.2|Anzeige||"),
         QStringLiteral("hilfsmittel=Checkliste,Merkblatt")});
    row("5 mit Spielraum", "Sub_Ermessen",
        {QStringLiteral("5"), QStringLiteral("06"), QStringLiteral("Schutzmaßnahmen festlegen"),
         QStringLiteral("ausgehend=|||Schutzmaßnahmen||"), QStringLiteral("entscheidungsart=2"),
         QStringLiteral("hilfsmittel=Leitfaden")});
    row("6 bearbeiten", "Sub_Erfassen",
        {QStringLiteral("6"), QStringLiteral("04"),
         QStringLiteral("Angaben im Fachverfahren erfassen"), // differs from the BPMN name
         QStringLiteral("fachverfahren=Arbeitsschutz-Fachverfahren"),
         QStringLiteral("bearbeitungsart=1")});
    row("7 Beteiligung", "Sub_Nachfordern",
        {QStringLiteral("7"), QStringLiteral("03"), QStringLiteral("Unterlagen nachfordern"),
         QStringLiteral("mitwirkungspflicht=1"), QStringLiteral("beteiligungsform=3"),
         QStringLiteral("empfangen=|||Unterlagen|Antragsteller|Post"),
         QStringLiteral("bereitstellen=D99006028261002|||Nachforderung|Antragsteller|")});
    row("8 freie Gruppe", "Sub_Dokumentieren",
        {QStringLiteral("8"), QStringLiteral("08"), QStringLiteral("Vorgang dokumentieren"),
         QStringLiteral("spezifisch.beschreibung=Vorgang zur Akte nehmen")});
}

void TestXProzess::importsEveryRagType()
{
    QFETCH(QString, element);
    QFETCH(QStringList, expected);
    const XProzessReadResult read = readData("alle-inhalte.xml");
    QVERIFY(read.ok());
    const ModelTree &tree = *read.processes.front().tree;
    QCOMPARE(fim::aktivitaetengruppen(tree).size(), std::size_t(8));
    const NodeId n = tree.byId(element.toStdString());
    QVERIFY(n != kNoNode);
    QCOMPARE(qs(tree.localName(n)), QStringLiteral("subProcess"));
    const auto g = fim::aktivitaetengruppe(tree, n);
    QVERIFY(g);
    QCOMPARE(g->typ, expected.at(0));
    QCOMPARE(g->version, QStringLiteral("1.00"));
    QCOMPARE(g->gruppenId, expected.at(1));
    QCOMPARE(g->name, expected.at(2));
    QCOMPARE(hgText(g->handlungsgrundlagen),
             QStringLiteral("§ 27 MuSchG|104|https://www.gesetze-im-internet.de/muschg_2018/__27.html"));
    QCOMPARE(g->spezifisch.size(), std::size_t(1));
    const fim::Spezifisch &s = g->spezifisch.front();
    QCOMPARE(s.typ, expected.at(0).toInt());
    // Everything the group holds beyond the common part, as "field=value".
    QStringList actual;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            actual << QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("beschreibung", g->beschreibung);
    add("eingehend", datenText(g->eingehendeDaten));
    add("ausgehend", datenText(g->ausgehendeDaten));
    add("fachverfahren", g->fachverfahren.join(QLatin1Char(',')));
    if (s.mitwirkungspflicht)
        add("mitwirkungspflicht", QString::number(*s.mitwirkungspflicht));
    add("beteiligungsform", s.beteiligungsform);
    add("empfangen", datenText(s.empfangen));
    add("bereitstellen", datenText(s.bereitstellen));
    add("pruefarten", s.pruefarten.join(QLatin1Char(',')));
    add("entscheidungsart", s.entscheidungsart);
    add("hilfsmittel", s.hilfsmittel.join(QLatin1Char(',')));
    add("bearbeitungsart", s.bearbeitungsart);
    add("spezifisch.beschreibung", s.beschreibung);
    QStringList wanted = expected.mid(3);
    actual.sort();
    wanted.sort();
    QCOMPARE(actual, wanted);
}

void TestXProzess::readsLeniently()
{
    const XProzessReadResult read = readData("bibliothek.xml");
    QVERIFY(read.ok());
    QCOMPARE(read.processes.size(), std::size_t(2));
    QCOMPARE(read.processes[0].id, QStringLiteral("99000000000001"));
    QCOMPARE(read.processes[1].id, QStringLiteral("99000000000002"));
    const ModelTree &tree = *read.processes[0].tree;
    const auto s = fim::modelSteckbrief(tree);
    QVERIFY(s);
    // Unknown codes are kept as written, whatever the list version.
    QCOMPARE(s->detaillierungsstufe, QStringLiteral("199"));
    QCOMPARE(s->freigabestatus, QStringLiteral("12"));
    QCOMPARE(s->version, QStringLiteral("1.0"));
    QCOMPARE(s->handlungsgrundlagen.size(), std::size_t(1));
    QCOMPARE(s->handlungsgrundlagen[0].art, QStringLiteral("777"));
    QCOMPARE(s->prozessteilnehmer[0].rollen, QStringList{QStringLiteral("1")}); // plain text
    const auto pruefen = fim::aktivitaetengruppe(tree, tree.byId("Sub_Pruefen"));
    QVERIFY(pruefen);
    QCOMPARE(pruefen->typ, QStringLiteral("3")); // a code attribute
    QCOMPARE(pruefen->version, QStringLiteral("2.00"));
    QCOMPARE(pruefen->spezifisch.at(0).pruefarten, (QStringList{QStringLiteral("9"), QStringLiteral("1")}));
    const auto beteiligen = fim::aktivitaetengruppe(tree, tree.byId("Sub_Nachfordern"));
    QVERIFY(beteiligen);
    QCOMPARE(beteiligen->typ, QStringLiteral("7"));
    QVERIFY(beteiligen->spezifisch.at(0).mitwirkungspflicht == std::optional<bool>(true));
    QCOMPARE(beteiligen->spezifisch.at(0).beteiligungsform, QStringLiteral("42"));
    QCOMPARE(fim::aktivitaetengruppen(tree).size(), std::size_t(2));
    // The group for an element the BPMN lacks is skipped with a warning naming its line.
    int line = 0;
    QVERIFY(hasCode(read.diagnostics, "xprozess-subprozess", &line));
    QVERIFY(line > 1);
    QVERIFY(!hasErrors(read.diagnostics));
    for (const Diagnostic &d : read.diagnostics)
        if (d.code == QLatin1String("xprozess-subprozess"))
            QVERIFY2(d.message.contains(QLatin1String("Sub_Gibt_Es_Nicht")), qPrintable(d.message));
}

void TestXProzess::keepsEmbeddedPdfs()
{
    const XProzessReadResult read = readData("bibliothek.xml");
    QVERIFY(read.ok());
    const std::vector<Anlage> list = anlagen(*read.processes[1].tree);
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[0].name, QStringLiteral("bericht.pdf")); // from a ZIP archive
    QCOMPARE(list[1].name, QStringLiteral("visualisierung.pdf")); // plain base64
    for (const Anlage &a : list) {
        QCOMPARE(a.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(a.data.startsWith("%PDF-1.4"));
        QVERIFY(a.data.endsWith("%%EOF\n"));
    }
    QCOMPARE(list[0].data, list[1].data);
    QVERIFY(anlagen(*read.processes[0].tree).empty());
    // Saved as BPMN and read again, they are still there.
    ReadResult again = BpmnReader::readBytes(BpmnWriter::write(*read.processes[1].tree),
                                             QStringLiteral("saved.bpmn"));
    QVERIFY(again.ok());
    const std::vector<Anlage> kept = anlagen(*again.tree);
    QCOMPARE(kept.size(), std::size_t(2));
    QCOMPARE(kept[1].data, list[1].data);
}

void TestXProzess::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("bad base64") << "broken-base64.xml" << "xprozess-base64" << "not valid base64";
    QTest::newRow("zip without bpmn") << "broken-no-bpmn.xml" << "xprozess-no-bpmn" << "no BPMN file";
    QTest::newRow("unknown root") << "broken-root.xml" << "xprozess-root" << "not an XProzess 2.0 message";
    QTest::newRow("not well-formed") << "broken-xml.xml" << "xml" << "not well-formed";
}

void TestXProzess::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, words);
    const XProzessReadResult read = XProzessReader::readFile(data(file.toLatin1().constData()));
    QVERIFY(!read.ok());
    QVERIFY(hasErrors(read.diagnostics));
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : read.diagnostics)
        if (d.code == code)
            found = &d;
    QVERIFY2(found, listed(read.diagnostics).constData());
    QVERIFY2(found->message.contains(words), qPrintable(found->message));
    QVERIFY(found->line > 0);
    QVERIFY(found->toString().startsWith(data(file.toLatin1().constData()) + QLatin1Char(':')));
}

namespace {
/// Marks every text of the XProzess reader's context, as a real translation would change it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        // The reader's free functions and its Reader class (as lupdate files them).
        return QByteArray(context).startsWith("amtsweg::xprozess")
                   ? QStringLiteral("[de] ") + QString::fromUtf8(source)
                   : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void TestXProzess::diagnosticsAreTranslatable()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const XProzessReadResult root = readData("broken-root.xml");
    const XProzessReadResult zip = readData("broken-no-bpmn.xml");
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!root.diagnostics.empty());
    const Diagnostic &d = root.diagnostics.front();
    QVERIFY2(d.message.startsWith(QLatin1String("[de] not an XProzess 2.0 message")),
             qPrintable(d.message));
    QVERIFY(d.message.contains(QLatin1String("urn:example:other"))); // the placeholders filled
    QVERIFY(d.line > 0);
    QVERIFY(d.toString().startsWith(data("broken-root.xml") + QLatin1Char(':')));
    QVERIFY(!zip.diagnostics.empty());
    for (const Diagnostic &z : zip.diagnostics)
        QVERIFY2(z.message.startsWith(QLatin1String("[de] ")), qPrintable(z.message));
}

void TestXProzess::exportThenImportIsIdentity_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("process");
    QTest::newRow("all RAG types") << "alle-inhalte.xml" << 0;
    QTest::newRow("lenient codes") << "bibliothek.xml" << 0;
    QTest::newRow("embedded PDFs") << "bibliothek.xml" << 1;
}

void TestXProzess::exportThenImportIsIdentity()
{
    QFETCH(QString, file);
    QFETCH(int, process);
    XProzessReadResult first = XProzessReader::readFile(data(file.toLatin1().constData()));
    QVERIFY(first.ok());
    const ModelTree &original = *first.processes.at(std::size_t(process)).tree;
    QString error;
    const QByteArray message = XProzessWriter::write({{&original, kPdf}}, Message::AlleInhalte, &error);
    QVERIFY2(!message.isEmpty(), qPrintable(error));
    const XProzessReadResult second = XProzessReader::readBytes(message, QStringLiteral("export"));
    QVERIFY(second.ok());
    QVERIFY2(!hasErrors(second.diagnostics), listed(second.diagnostics).constData());
    QCOMPARE(second.processes.size(), std::size_t(1));
    const ModelTree &back = *second.processes.front().tree;
    QCOMPARE(second.processes.front().id, first.processes.at(std::size_t(process)).id);
    QCOMPARE(steckbriefText(*fim::modelSteckbrief(back)),
             steckbriefText(*fim::modelSteckbrief(original)));
    const auto groups = gruppenText(original);
    QVERIFY(!groups.isEmpty());
    QCOMPARE(gruppenText(back), groups);
    // The whole BPMN, elements, diagram, FIM extension and the foreign content, is the same;
    // only codes the message wrote leniently (plain text, no list version) are now written in
    // full, which the model records as their form.
    QCOMPARE(foreignText(back), foreignText(original));
    const auto withoutCodeForms = [](const ModelTree &tree) {
        ReadResult copy = BpmnReader::readBytes(bpmnWithoutAnlagen(tree), QStringLiteral("copy"));
        ForeignContent f = foreignContent(*copy.tree);
        f.codes.clear();
        setForeignContent(*copy.tree, f);
        return BpmnWriter::write(*copy.tree);
    };
    QCOMPARE(withoutCodeForms(back), withoutCodeForms(original));
    // The Anlagen come back, with the diagram PDF added once; exporting again replaces it.
    std::vector<Anlage> expected = anlagen(original);
    const std::vector<Anlage> got = anlagen(back);
    QCOMPARE(got.size(), expected.size() + 1);
    QCOMPARE(got.front().name, XProzessWriter::baseName(original) + QStringLiteral(".pdf"));
    QCOMPARE(got.front().data, kPdf);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(got[i + 1].name, expected[i].name);
        QCOMPARE(got[i + 1].data, expected[i].data);
        QCOMPARE(got[i + 1].modellierungsmethode, expected[i].modellierungsmethode);
    }
    const QByteArray again = XProzessWriter::write({{&back, kPdf + "x"}}, Message::AlleInhalte, &error);
    const XProzessReadResult third = XProzessReader::readBytes(again, QStringLiteral("again"));
    QVERIFY(third.ok());
    const std::vector<Anlage> thirdList = anlagen(*third.processes.front().tree);
    QCOMPARE(thirdList.size(), got.size());
    QCOMPARE(thirdList.front().data, kPdf + "x");
    // From the first export on, the message is a fixed point: code forms included.
    QCOMPARE(bpmnWithoutAnlagen(*third.processes.front().tree), bpmnWithoutAnlagen(back));
}

void TestXProzess::writesReferenceOrder()
{
    XProzessReadResult read = readData("alle-inhalte.xml");
    QVERIFY(read.ok());
    QString error;
    const QByteArray message =
        XProzessWriter::write({{read.processes.front().tree.get(), kPdf}}, Message::AlleInhalte, &error);
    const auto root = parse(message);
    QVERIFY(root);
    QCOMPARE(root->ns, kNamespace);
    QCOMPARE(root->name, QStringLiteral("alleInhalte.export.0303"));
    QCOMPARE(root->attribute(u"xprozessVersion"), QStringLiteral("2.0"));
    QVERIFY(!root->attribute(u"produkt").isEmpty());
    QVERIFY(!root->attribute(u"produkthersteller").isEmpty());
    QCOMPARE(childNames(*root), (QStringList{QStringLiteral("nachrichtenkopf"),
                                             QStringLiteral("prozessbibliothek")}));
    const XmlElement *kopf = root->child(u"nachrichtenkopf")->child(u"identifikation.nachricht");
    QVERIFY(kopf);
    QVERIFY(!QUuid::fromString(kopf->childText(u"nachrichtenUUID")).isNull());
    QCOMPARE(kopf->child(u"nachrichtentyp")->childText(u"code"), QStringLiteral("0303"));
    QVERIFY(QDateTime::fromString(kopf->childText(u"erstellungszeitpunkt"), Qt::ISODate).isValid());
    const XmlElement *p = root->child(u"prozessbibliothek")->child(u"prozess");
    QCOMPARE(childNames(*p),
             (QStringList{"id", "version", "name", "bezeichnung", "klassifikation", "schlagwort",
                          "prozesssteckbrief", "prozessstrukturbeschreibung", "prozessmodell",
                          "zustandsangaben"}));
    QCOMPARE(p->childText(u"schlagwort"), QStringLiteral("Mutterschutz")); // kept from the import
    const XmlElement *fimPart = p->child(u"prozessstrukturbeschreibung")->child(u"strukturbeschreibungFIM");
    QCOMPARE(fimPart->all(u"aktivitaetengruppe").size(), std::size_t(8));
    const QStringList order{"referenzaktivitaetengruppeTyp", "referenzaktivitaetengruppeVersion",
                            "id", "subProzessID", "name", "beschreibung", "handlungsgrundlage",
                            "eingehendeDaten", "ausgehendeDaten", "fachverfahren",
                            "spezifischeAttribute"};
    for (const XmlElement *g : fimPart->all(u"aktivitaetengruppe")) {
        int last = -1;
        for (const QString &name : childNames(*g)) {
            const int at = int(order.indexOf(name));
            QVERIFY2(at >= last, qPrintable(name + QStringLiteral(" out of order")));
            last = at;
        }
        const XmlElement *typ = g->child(u"referenzaktivitaetengruppeTyp");
        QCOMPARE(typ->attribute(u"listURI"),
                 QStringLiteral("urn:xoev-de:xprozess:codeliste:referenzaktivitaetengruppe"));
        QVERIFY(!typ->attribute(u"listVersionID").isEmpty());
        QCOMPARE(g->child(u"spezifischeAttribute")->children.size(), std::size_t(1));
        QCOMPARE(g->child(u"spezifischeAttribute")->children.front().name,
                 QStringLiteral("spezifischeAttribute") + typ->childText(u"code"));
    }
    const auto files = p->child(u"prozessmodell")->all(u"prozessmodelldatei");
    QCOMPARE(files.size(), std::size_t(2)); // the BPMN and the diagram PDF
    QCOMPARE(files[0]->childText(u"dateiname"), QStringLiteral("99006028261000.bpmn"));
    QCOMPARE(files[1]->childText(u"dateiname"), QStringLiteral("99006028261000.pdf"));
    QCOMPARE(childNames(*files[0]), (QStringList{"dateiname", "modellierungsmethode", "mimeType", "inhalt"}));
    QCOMPARE(files[0]->child(u"modellierungsmethode")->childText(u"code"), QStringLiteral("BPMN 2.0"));
    // The diagram PDF is an attachment, no process model: no modellierungsmethode.
    QCOMPARE(childNames(*files[1]), (QStringList{"dateiname", "mimeType", "inhalt"}));
    QCOMPARE(p->child(u"zustandsangaben")->child(u"status")->childText(u"code"), QStringLiteral("5"));
    // The BPMN inside is Amtsweg's, FIM extension included, without the Anlagen.
    const QByteArray bpmn = embeddedBpmn(message);
    QVERIFY(bpmn.contains("amtsweg:aktivitaetengruppe"));
    QVERIFY(!bpmn.contains("amtsweg:anlage"));
}

void TestXProzess::keepsForeignContent()
{
    // fremdinhalte.xml has what Amtsweg does not map at every level, and its mapped elements in
    // the order Amtsweg writes them: the export must give the same XML (canonical()).
    const QByteArray original = readFileBytes(data("fremdinhalte.xml"));
    const auto originalRoot = parse(original);
    QVERIFY(originalRoot);
    const QString expected = canonical(*originalRoot);
    XProzessReadResult read = XProzessReader::readBytes(original, QStringLiteral("fremdinhalte.xml"));
    QVERIFY2(read.ok(), listed(read.diagnostics).constData());
    QCOMPARE(read.processes.size(), std::size_t(1));
    const ModelTree &tree = *read.processes.front().tree;
    QVERIFY(hasCode(read.diagnostics, "xprozess-subprozess")); // the group for Sub_Anderswo

    QString error;
    const QByteArray exported = XProzessWriter::write({{&tree, {}}}, Message::AlleInhalte, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    const auto exportedRoot = parse(exported);
    QVERIFY(exportedRoot);
    QCOMPARE(canonical(*exportedRoot), expected);

    // Saved as .bpmn and opened again, the model still has it all.
    const QByteArray saved = BpmnWriter::write(tree);
    QVERIFY(saved.contains("amtsweg:xprozess"));
    QVERIFY(!embeddedBpmn(exported).contains("amtsweg:xprozess")); // the message has it itself
    ReadResult reopened = BpmnReader::readBytes(saved, QStringLiteral("saved.bpmn"));
    QVERIFY(reopened.ok());
    const QByteArray again =
        XProzessWriter::write({{reopened.tree.get(), {}}}, Message::AlleInhalte, &error);
    const auto againRoot = parse(again);
    QVERIFY(againRoot);
    QCOMPARE(canonical(*againRoot), expected);

    // What the comparison covers, named so that a failure says what went missing.
    for (const char *part : {"{http://www.regierung-mv.de/xprozess/2}leser",
                             "{http://www.regierung-mv.de/xprozess/2}autor",
                             "{http://www.regierung-mv.de/xprozess/2}schlagwort [] \" Mutterschutz \"",
                             "{urn:example:erweiterung}notiz", "{urn:example:erweiterung}marke",
                             "Sub_Anderswo", "listVersionID=2023-07-01", "listVersionID=2022-01-01",
                             "listVersionID=2021-11-30", "listVersionID=2024-01-01",
                             "{http://www.regierung-mv.de/xprozess/2}name [] \"Stamminformation\"",
                             "zwei & drei", "{urn:example:erweiterung}signatur",
                             "katalogverweis", "pruefvermerk", "variante", "zustaendigkeit"})
        QVERIFY2(expected.contains(QLatin1String(part)), part);
    QVERIFY(!exported.contains("listVersionID=\"1.0\""));
}

void TestXProzess::writesProzessbibliothekMessage()
{
    XProzessReadResult read = readData("bibliothek.xml");
    QVERIFY(read.ok());
    QString error;
    const QByteArray message = XProzessWriter::write(
        {{read.processes[0].tree.get(), {}}, {read.processes[1].tree.get(), {}}},
        Message::Prozessbibliothek, &error);
    const auto root = parse(message);
    QVERIFY(root);
    QCOMPARE(root->name, QStringLiteral("prozessbibliothek.export.0203"));
    QCOMPARE(root->child(u"nachrichtenkopf")->child(u"identifikation.nachricht")
                 ->child(u"nachrichtentyp")->childText(u"code"),
             QStringLiteral("0203"));
    const XProzessReadResult back = XProzessReader::readBytes(message, QStringLiteral("bib"));
    QCOMPARE(back.processes.size(), std::size_t(2));
    QCOMPARE(back.processes[1].id, QStringLiteral("99000000000002"));
    QCOMPARE(anlagen(*back.processes[1].tree).size(), std::size_t(2)); // no PDF given: kept as is
}

void TestXProzess::mandatoryAttributes()
{
    QByteArray complete = readFileBytes(testDataDir() + QStringLiteral("/fim/fim-complete.bpmn"));
    QVERIFY(!complete.isEmpty());
    ReadResult ok = BpmnReader::readBytes(complete, QStringLiteral("complete"));
    QVERIFY(missingMandatory(*ok.tree).empty());

    // No version, no Prozessschlüssel; switching the rule off in the model does not help.
    QByteArray gaps = complete;
    gaps.replace("<amtsweg:version>01.00.00</amtsweg:version>", "");
    gaps.replace("<amtsweg:prozessschluessel>99006028261000</amtsweg:prozessschluessel>", "");
    gaps.replace("<amtsweg:freieGruppe><amtsweg:beschreibung>Vorgang zur Akte nehmen</amtsweg:beschreibung></amtsweg:freieGruppe>", "");
    gaps.replace("id=\"Defs_fim\"", "id=\"Defs_fim\" amtsweg:disabledRules=\"fim-name-version\"");
    ReadResult broken = BpmnReader::readBytes(gaps, QStringLiteral("gaps"));
    QVERIFY(broken.ok());
    const Diagnostics missing = missingMandatory(*broken.tree);
    QStringList codes;
    for (const Diagnostic &d : missing)
        codes << d.code;
    codes.removeDuplicates();
    codes.sort();
    QCOMPARE(codes, (QStringList{"fim-name-version", "fim-prozessschluessel", "fim-rag-attributes"}));
    for (const Diagnostic &d : missing)
        if (d.code == QLatin1String("fim-rag-attributes"))
            QCOMPARE(d.elementId, QStringLiteral("Sub_Dokumentieren"));

    // A plain BPMN model has no Prozesssteckbrief at all.
    ReadResult plain = BpmnReader::readFile(testDataDir() + QStringLiteral("/good/colours.bpmn"));
    QVERIFY(plain.ok());
    const Diagnostics none = missingMandatory(*plain.tree);
    QVERIFY(!none.empty());
    QCOMPARE(none.front().code, QStringLiteral("xprozess-steckbrief"));
}

void TestXProzess::embeddedBpmnValidates()
{
    AMTSWEG_REQUIRE_SHARED();
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint not found (Debian package libxml2-utils)");
    XProzessReadResult read = readData("alle-inhalte.xml");
    QVERIFY(read.ok());
    QString error;
    const QByteArray message =
        XProzessWriter::write({{read.processes.front().tree.get(), kPdf}}, Message::AlleInhalte, &error);
    QTemporaryDir dir;
    const QString bpmn = dir.filePath(QStringLiteral("embedded.bpmn"));
    QVERIFY(writeFileBytes(bpmn, embeddedBpmn(message)));
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      sharedDir() + QStringLiteral("/testdata/xsd/BPMN20.xsd"), bpmn});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray output = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, output.constData());
    QVERIFY(output.contains("validates"));
}

void TestXProzess::hostileJoins()
{
    QFile file(data("alle-inhalte.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    // The second group names the first one's sub-process again; the third the collaboration.
    QVERIFY(bytes.contains("<subProzessID>Sub_Pruefen</subProzessID>"));
    bytes.replace("<subProzessID>Sub_Pruefen</subProzessID>", "<subProzessID>Sub_Empfangen</subProzessID>");
    bytes.replace("<subProzessID>Sub_Nachfordern</subProzessID>", "<subProzessID>Collab_Fim</subProzessID>");
    const XProzessReadResult read = XProzessReader::readBytes(bytes, QStringLiteral("hostile.xml"));
    QVERIFY2(read.ok(), listed(read.diagnostics).constData());
    int line = 0;
    QVERIFY2(hasCode(read.diagnostics, "xprozess-subprozess-duplicate", &line), listed(read.diagnostics).constData());
    QVERIFY(line > 0);
    QVERIFY(hasCode(read.diagnostics, "xprozess-subprozess", &line));
    QVERIFY(line > 0);
    const ModelTree &tree = *read.processes[0].tree;
    const auto first = fim::aktivitaetengruppe(tree, tree.byId("Sub_Empfangen"));
    QVERIFY(first);
    QCOMPARE(first->typ, QStringLiteral("1")); // the first group for it stays
    QVERIFY(!fim::aktivitaetengruppe(tree, tree.byId("Collab_Fim")));
}

void TestXProzess::zipBombsAreRefused()
{
    QString error;
    // 40 MiB of zeros compress about a thousandfold.
    const QByteArray bomb = zip({{QStringLiteral("model.bpmn"), QByteArray(40 << 20, '\0')}}, &error);
    QVERIFY2(!bomb.isEmpty(), qPrintable(error));
    QVERIFY(bomb.size() < (1 << 20));
    QVERIFY(!unzip(bomb, &error));
    QVERIFY2(error.contains(QLatin1String("times its size")), qPrintable(error));
    // The message-wide budget: an archive larger than what is left is refused unread.
    QVERIFY(!unzip(bomb, &error, 1 << 20));
    QVERIFY2(error.contains(QLatin1String("more than 1 MiB")), qPrintable(error));
    // Too many files.
    std::vector<ZipEntry> many;
    for (int i = 0; i <= kMaxEntries; ++i)
        many.push_back({QStringLiteral("f%1.txt").arg(i), QByteArray("x")});
    const QByteArray crowded = zip(many, &error);
    QVERIFY(!crowded.isEmpty());
    QVERIFY(!unzip(crowded, &error));
    QVERIFY2(error.contains(QLatin1String("files")), qPrintable(error));
    // In a message, the reader reports it with the line and keeps going.
    QFile file(data("alle-inhalte.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const qsizetype start = bytes.indexOf("<inhalt>") + 8;
    const qsizetype end = bytes.indexOf("</inhalt>", start);
    QVERIFY(start > 8 && end > start);
    bytes.replace(start, end - start, bomb.toBase64());
    const XProzessReadResult read = XProzessReader::readBytes(bytes, QStringLiteral("bomb.xml"));
    int line = 0;
    QVERIFY2(hasCode(read.diagnostics, "xprozess-zip", &line), listed(read.diagnostics).constData());
    QVERIFY(line > 0);
}

QTEST_GUILESS_MAIN(TestXProzess)
#include "tst_xprozess.moc"

#include "xprozess/xprozessreader.h"

#include "bpmn/elements.h"
#include "fim/fimbuild.h"
#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xprozess/anlagen.h"
#include "xprozess/xmlelement.h"
#include "xprozess/xprozessnames.h"
#include "xprozess/ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>
#include <set>

namespace amtsweg::xprozess {
namespace {

using fim::Aktivitaetengruppe;
using fim::Datenbezug;
using fim::Prozesssteckbrief;
using fim::Spezifisch;

constexpr QStringView kBpmnNamespace = u"http://www.omg.org/spec/BPMN/20100524/MODEL";

class Reader
{
public:
    Reader(QString file, Diagnostics &diagnostics) : m_file(std::move(file)), m_diag(diagnostics)
    {
    }

    void report(Severity severity, int line, const char *code, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = m_file;
        d.line = line;
        d.code = QLatin1String(code);
        d.message = message;
        m_diag.push_back(std::move(d));
    }

    /// Every <prozess> below `e` (not looking inside one that was found).
    void collectProcesses(const XmlElement &e, std::vector<const XmlElement *> &found) const
    {
        for (const XmlElement &c : e.children) {
            if (c.name == u"prozess" && (c.child(u"prozessmodell") || c.child(u"id")))
                found.push_back(&c);
            else if (c.name != u"nachrichtenkopf")
                collectProcesses(c, found);
        }
    }

    std::optional<ImportedProcess> readProcess(const XmlElement &p);

private:
    struct EmbeddedFile
    {
        QString name, mimeType;
        QByteArray data;
        int line = 0;
    };
    void collectFiles(const XmlElement &e, std::vector<EmbeddedFile> &files);
    Prozesssteckbrief steckbrief(const XmlElement &p);
    Aktivitaetengruppe gruppe(const XmlElement &g);
    Spezifisch spezifisch(int typ, const XmlElement &block);

    QString m_file;
    Diagnostics &m_diag;
    qint64 m_unpacked = 0; ///< bytes unpacked from the message's archives so far
};

QString codeOf(const XmlElement *e)
{
    if (!e)
        return {};
    if (const XmlElement *c = e->child(u"code"))
        return c->text;
    if (const QString a = e->attribute(u"code"); !a.isEmpty())
        return a;
    return e->text;
}

/// The text of the first of `names` that the element has (alternative spellings).
QString firstText(const XmlElement &e, std::initializer_list<QStringView> names)
{
    for (QStringView n : names)
        if (const XmlElement *c = e.child(n))
            return c->children.empty() ? c->text : codeOf(c);
    return {};
}

QStringList codes(const XmlElement &e, QStringView local)
{
    QStringList result;
    for (const XmlElement *c : e.all(local))
        result << codeOf(c);
    return result;
}

QStringList texts(const XmlElement &e, QStringView local)
{
    QStringList result;
    for (const XmlElement *c : e.all(local))
        result << (c->children.empty() ? c->text : firstText(*c, {u"name", u"bezeichnung"}));
    return result;
}

std::vector<fim::Handlungsgrundlage> handlungsgrundlagen(const XmlElement &e)
{
    std::vector<fim::Handlungsgrundlage> result;
    for (const XmlElement *h : e.all(u"handlungsgrundlage"))
        result.push_back({h->childText(u"name"), codeOf(h->child(u"art")), h->childText(u"uri")});
    return result;
}

std::vector<Datenbezug> datenbezuege(const XmlElement &e, QStringView local,
                                     QStringView partner = {})
{
    std::vector<Datenbezug> result;
    for (const XmlElement *c : e.all(local)) {
        Datenbezug d;
        if (c->children.empty()) {
            d.text = c->text;
        } else {
            d.formular = firstText(*c, {u"formularID", u"formular"});
            d.schema = firstText(*c, {u"stammdatenschemaID", u"schema"});
            d.schemaVersion = firstText(*c, {u"stammdatenschemaVersion", u"version"});
            d.text = firstText(*c, {u"beschreibung", u"text"});
            if (!partner.isEmpty())
                d.partner = firstText(*c, {partner});
            d.uebermittlungsart = firstText(*c, {u"uebermittlungsart"});
        }
        result.push_back(std::move(d));
    }
    return result;
}

std::vector<fim::Anlass> anlaesse(const XmlElement &e, QStringView local)
{
    std::vector<fim::Anlass> result;
    for (const XmlElement *c : e.all(local)) {
        fim::Anlass a;
        if (c->children.empty()) {
            a.text = c->text;
        } else {
            a.formular = firstText(*c, {u"formularID", u"formular"});
            a.prozess = firstText(*c, {u"prozessID", u"prozess"});
            a.text = firstText(*c, {u"beschreibung", u"text"});
        }
        result.push_back(std::move(a));
    }
    return result;
}

/// Base64 with any white space in it; nullopt when it is not base64.
std::optional<QByteArray> decodeBase64(const QString &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (QChar ch : text)
        if (!ch.isSpace())
            compact.append(char(ch.unicode() < 128 ? ch.unicode() : '!'));
    if (compact.isEmpty())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool isBpmn(const QString &name, const QByteArray &data)
{
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".bpmn")) || lower.endsWith(QLatin1String(".bpmn2")))
        return true;
    return lower.endsWith(QLatin1String(".xml")) && data.contains(kBpmnNamespace.toLatin1());
}

Prozesssteckbrief Reader::steckbrief(const XmlElement &p)
{
    Prozesssteckbrief s;
    s.prozessschluessel = p.childText(u"id");
    s.version = p.childText(u"version");
    s.name = p.childText(u"name");
    s.bezeichnung = p.childText(u"bezeichnung");
    s.klassifikation = codes(p, u"klassifikation");
    static const XmlElement kEmpty;
    const XmlElement *sb = p.child(u"prozesssteckbrief");
    const XmlElement &b = sb ? *sb : kEmpty;
    s.definition = b.childText(u"definition");
    s.beschreibung = b.childText(u"beschreibung");
    s.detaillierungsstufe = codeOf(b.child(u"detaillierungsstufe"));
    for (const XmlElement *t : b.all(u"prozessteilnehmer"))
        s.prozessteilnehmer.push_back({t->childText(u"name"), codes(*t, u"rolle")});
    s.handlungsgrundlagen = handlungsgrundlagen(b);
    s.ausloeser = anlaesse(b, u"ausloeser");
    s.ergebnisse = anlaesse(b, u"ergebnis");
    s.verwaltungspolitischeKodierung = codes(b, u"verwaltungspolitischeKodierung");
    if (const XmlElement *z = p.child(u"zustandsangaben")) {
        s.freigabestatus = codeOf(z->child(u"status"));
        s.zustand = {z->childText(u"erstellt"),
                     z->childText(u"geaendert"),
                     z->childText(u"bearbeiter"),
                     z->childText(u"methodischFreigegeben"),
                     z->childText(u"fachlichFreigegeben"),
                     z->childText(u"gueltigAb"),
                     z->childText(u"gueltigBis")};
    }
    return s;
}

Spezifisch Reader::spezifisch(int typ, const XmlElement &block)
{
    Spezifisch s;
    s.typ = typ;
    s.empfangen = datenbezuege(block, u"empfangen", u"absender");
    s.bereitstellen = datenbezuege(block, u"bereitstellen", u"empfaenger");
    s.pruefarten = codes(block, u"pruefart");
    s.hilfsmittel = texts(block, u"hilfsmittel");
    s.entscheidungsart = codeOf(block.child(u"entscheidungsart"));
    s.bearbeitungsart = codeOf(block.child(u"bearbeitungsart"));
    s.beteiligungsform = codeOf(block.child(u"beteiligungsform"));
    s.beschreibung = block.childText(u"beschreibung");
    if (const XmlElement *m = block.child(u"mitwirkungspflicht")) {
        const QString v = m->text.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            s.mitwirkungspflicht = true;
        else if (v == QLatin1String("false") || v == QLatin1String("0"))
            s.mitwirkungspflicht = false;
        else
            report(Severity::Warning, m->line, "xprozess-value",
                   QStringLiteral("mitwirkungspflicht '%1' is neither true nor false; ignored")
                       .arg(m->text));
    }
    return s;
}

Aktivitaetengruppe Reader::gruppe(const XmlElement &g)
{
    Aktivitaetengruppe a;
    a.typ = codeOf(g.child(u"referenzaktivitaetengruppeTyp"));
    a.version = g.childText(u"referenzaktivitaetengruppeVersion");
    a.gruppenId = g.childText(u"id");
    a.name = g.childText(u"name");
    a.beschreibung = g.childText(u"beschreibung");
    a.handlungsgrundlagen = handlungsgrundlagen(g);
    a.eingehendeDaten = datenbezuege(g, u"eingehendeDaten");
    a.ausgehendeDaten = datenbezuege(g, u"ausgehendeDaten");
    a.fachverfahren = texts(g, u"fachverfahren");
    static const QRegularExpression blockName(QStringLiteral("^spezifischeAttribute([1-8])$"));
    const auto readBlocks = [&](const XmlElement &parent) {
        for (const XmlElement &c : parent.children)
            if (const auto m = blockName.match(c.name); m.hasMatch())
                a.spezifisch.push_back(spezifisch(m.captured(1).toInt(), c));
    };
    readBlocks(g);
    for (const XmlElement *wrapper : g.all(u"spezifischeAttribute"))
        readBlocks(*wrapper);
    return a;
}

void Reader::collectFiles(const XmlElement &e, std::vector<EmbeddedFile> &files)
{
    for (const XmlElement &c : e.children) {
        const XmlElement *inhalt = c.child(u"inhalt");
        if (!inhalt) {
            collectFiles(c, files);
            continue;
        }
        const QString name = c.childText(u"dateiname");
        const QString mime = c.childText(u"mimeType");
        const std::optional<QByteArray> bytes = decodeBase64(inhalt->text);
        if (!bytes) {
            report(Severity::Error, inhalt->line, "xprozess-base64",
                   inhalt->text.isEmpty()
                       ? QStringLiteral("the file '%1' is empty").arg(name)
                       : QStringLiteral("the content of '%1' is not valid base64").arg(name));
            continue;
        }
        if (!bytes->startsWith("PK\x03\x04") && !bytes->startsWith("PK\x05\x06")) {
            files.push_back({name, mime.isEmpty() ? mimeTypeFor(name) : mime, *bytes, c.line});
            continue;
        }
        QString error;
        const auto entries = unzip(*bytes, &error, kMaxUnpackedSize - m_unpacked);
        if (!entries) {
            report(Severity::Error, inhalt->line, "xprozess-zip",
                   QStringLiteral("the ZIP archive '%1' cannot be read: %2").arg(name, error));
            continue;
        }
        for (const ZipEntry &entry : *entries)
            m_unpacked += entry.data.size();
        for (const ZipEntry &entry : *entries)
            files.push_back({entry.name,
                             entries->size() == 1 && !mime.isEmpty() &&
                                     mime != QLatin1String("application/zip")
                                 ? mime
                                 : mimeTypeFor(entry.name),
                             entry.data, c.line});
    }
}

std::optional<ImportedProcess> Reader::readProcess(const XmlElement &p)
{
    ImportedProcess result;
    const std::size_t diagnosticsBefore = m_diag.size();
    result.id = p.childText(u"id");
    result.name = p.childText(u"name");
    const QString label = result.id.isEmpty() ? result.name : result.id;

    std::vector<EmbeddedFile> files;
    if (const XmlElement *modell = p.child(u"prozessmodell"))
        collectFiles(*modell, files);
    for (const XmlElement &c : p.children) // files embedded elsewhere (reports …)
        if (c.name != u"prozessmodell")
            collectFiles(c, files);

    const auto bpmn = std::find_if(files.begin(), files.end(), [](const EmbeddedFile &f) {
        return isBpmn(f.name, f.data);
    });
    if (bpmn == files.end()) {
        const bool hadErrors = hasErrors(Diagnostics(
            m_diag.begin() + qsizetype(diagnosticsBefore), m_diag.end()));
        report(Severity::Error, p.line, "xprozess-no-bpmn",
               hadErrors ? QStringLiteral("process '%1' skipped: its BPMN file is unreadable")
                               .arg(label)
                         : QStringLiteral("process '%1' has no BPMN file (.bpmn) in its "
                                          "prozessmodell")
                               .arg(label));
        return std::nullopt;
    }
    result.bpmnFileName = bpmn->name;
    ReadResult read = BpmnReader::readBytes(
        bpmn->data, QStringLiteral("%1 [%2]").arg(m_file, bpmn->name));
    m_diag.insert(m_diag.end(), read.diagnostics.begin(), read.diagnostics.end());
    if (!read.ok()) {
        report(Severity::Error, bpmn->line, "xprozess-bpmn",
               QStringLiteral("process '%1' skipped: its BPMN file '%2' cannot be read")
                   .arg(label, bpmn->name));
        return std::nullopt;
    }
    ModelTree &tree = *read.tree;

    // The Prozesssteckbrief, in place of the one the BPMN file may carry.
    Prozesssteckbrief s = steckbrief(p);
    const auto old = fim::modelSteckbrief(tree);
    const NodeId owner = old ? old->owner : anlagenOwner(tree);
    if (owner != kNoNode) {
        if (old)
            s.node = old->node; // keeps what Amtsweg does not understand
        fim::place(tree, fim::placementFor(tree, owner, fim::buildProzesssteckbrief(tree, s)));
    } else {
        report(Severity::Warning, p.line, "xprozess-no-owner",
               QStringLiteral("process '%1': the BPMN file has neither a collaboration nor a "
                              "process for the Prozesssteckbrief")
                   .arg(label));
    }

    // The Aktivitätengruppen, joined by subProzessID.
    if (const XmlElement *struktur = p.child(u"prozessstrukturbeschreibung")) {
        std::vector<const XmlElement *> groups;
        for (const XmlElement *fimPart : struktur->all(u"strukturbeschreibungFIM"))
            for (const XmlElement *g : fimPart->all(u"aktivitaetengruppe"))
                groups.push_back(g);
        for (const XmlElement *g : struktur->all(u"aktivitaetengruppe"))
            groups.push_back(g);
        std::set<NodeId> joined;
        for (const XmlElement *g : groups) {
            const QString subProzessId = g->childText(u"subProzessID");
            const NodeId element = subProzessId.isEmpty()
                                       ? kNoNode
                                       : tree.byId(subProzessId.toStdString());
            if (element != kNoNode && !bpmn::isActivity(tree, element)) {
                // A group belongs on an activity (normally a collapsed sub-process); on a flow,
                // lane or DI element it would make the BPMN file invalid.
                report(Severity::Warning, g->line, "xprozess-subprozess",
                       QStringLiteral("Aktivitätengruppe '%1': '%2' is no activity; skipped")
                           .arg(g->childText(u"id"), subProzessId));
                joined.insert(element); // what the BPMN file itself holds there stays
                continue;
            }
            if (joined.count(element)) {
                report(Severity::Warning, g->line, "xprozess-subprozess-duplicate",
                       QStringLiteral("Aktivitätengruppe '%1': '%2' already has a group from "
                                      "this message; skipped")
                           .arg(g->childText(u"id"), subProzessId));
                continue;
            }
            if (element == kNoNode) {
                report(Severity::Warning, g->line, "xprozess-subprozess",
                       subProzessId.isEmpty()
                           ? QStringLiteral("Aktivitätengruppe '%1' has no subProzessID; skipped")
                                 .arg(g->childText(u"id"))
                           : QStringLiteral("Aktivitätengruppe '%1': the BPMN file has no element "
                                            "'%2'; skipped")
                                 .arg(g->childText(u"id"), subProzessId));
                continue;
            }
            Aktivitaetengruppe a = gruppe(*g);
            a.owner = element;
            if (const auto existing = fim::aktivitaetengruppe(tree, element))
                a.node = existing->node;
            fim::place(tree, fim::placementFor(tree, element, fim::buildAktivitaetengruppe(tree, a)));
            joined.insert(element);
        }
        // Groups the BPMN file has but the message does not: the message is authoritative.
        for (const Aktivitaetengruppe &stale : fim::aktivitaetengruppen(tree))
            if (!joined.count(stale.owner))
                tree.detach(stale.node);
    }

    std::vector<Anlage> anlagen;
    for (auto f = files.begin(); f != files.end(); ++f)
        if (f != bpmn)
            anlagen.push_back({f->name, f->mimeType, f->data});
    setAnlagen(tree, anlagen);
    result.tree = std::move(read.tree);
    return result;
}

} // namespace

bool XProzessReader::isXProzess(const QByteArray &bytes)
{
    QByteArray head = bytes.left(64 * 1024);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    const auto [ns, local] = rootName(&buffer);
    return ns == kNamespace && isMessageName(local);
}

bool XProzessReader::isXProzessFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isXProzess(file.read(64 * 1024));
}

XProzessReadResult XProzessReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        XProzessReadResult result;
        result.diagnostics.push_back({Severity::Error, path, 0, 0, QStringLiteral("unreadable"),
                                      QStringLiteral("cannot open: %1").arg(file.errorString()),
                                      {}});
        return result;
    }
    if (file.size() > BpmnReader::kMaxFileSize) {
        XProzessReadResult result;
        result.diagnostics.push_back(
            {Severity::Error, path, 0, 0, QStringLiteral("too-large"),
             QStringLiteral("the input is larger than %1 MiB")
                 .arg(BpmnReader::kMaxFileSize / (1024 * 1024)),
             {}});
        return result;
    }
    return readBytes(file.readAll(), path);
}

XProzessReadResult XProzessReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    XProzessReadResult result;
    Reader reader(fileName, result.diagnostics);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const XmlParseResult parsed = parseXml(&buffer);
    if (!parsed.root) {
        result.diagnostics.push_back({Severity::Error, fileName, parsed.line, parsed.column,
                                      QStringLiteral("xml"),
                                      QStringLiteral("not well-formed XML: %1").arg(parsed.error),
                                      {}});
        return result;
    }
    const XmlElement &root = *parsed.root;
    if (root.ns != kNamespace || !isMessageName(root.name)) {
        reader.report(Severity::Error, root.line, "xprozess-root",
                      QStringLiteral("not an XProzess 2.0 message: the root element is '%1' in "
                                     "namespace '%2' (expected alleInhalte.*, "
                                     "prozessbibliothek.* or prozesskatalog.* in %3)")
                          .arg(root.name, root.ns, kNamespace));
        return result;
    }
    if (const QString v = root.attribute(u"xprozessVersion"); !v.isEmpty() && v != kVersion)
        reader.report(Severity::Warning, root.line, "xprozess-version",
                      QStringLiteral("xprozessVersion is '%1', read as 2.0").arg(v));
    std::vector<const XmlElement *> processes;
    reader.collectProcesses(root, processes);
    if (processes.empty())
        reader.report(Severity::Error, root.line, "xprozess-empty",
                      QStringLiteral("the message holds no process with a model"));
    for (const XmlElement *p : processes)
        if (auto process = reader.readProcess(*p))
            result.processes.push_back(std::move(*process));
    return result;
}

} // namespace amtsweg::xprozess

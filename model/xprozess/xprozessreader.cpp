#include "xprozess/xprozessreader.h"

#include "bpmn/elements.h"
#include "fim/fimbuild.h"
#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xprozess/anlagen.h"
#include "xprozess/foreigncontent.h"
#include "xprozess/xmlelement.h"
#include "xprozess/xprozessnames.h"
#include "xprozess/ziparchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>

namespace amtsweg::xprozess {
namespace {

using fim::Aktivitaetengruppe;
using fim::Datenbezug;
using fim::Prozesssteckbrief;
using fim::Spezifisch;

constexpr QStringView kBpmnNamespace = u"http://www.omg.org/spec/BPMN/20100524/MODEL";

/// A diagnostic text: English source, translated in the context "amtsweg::xprozess".
/// (In this form, translations/update.cmake finds the helper and its context for lupdate.)
QString tr(const char *source)
{
    return QCoreApplication::translate("amtsweg::xprozess", source);
}

QString tr(const char *source, const QStringList &args)
{
    return fillPlaceholders(tr(source), args);
}

Diagnostic diagnostic(Severity severity, const QString &file, int line, int column,
                      const char *code, const QString &message)
{
    return {severity, file, line, column, QLatin1String(code), message, {}};
}

/// The children of each element that the reader maps (everything else is kept as foreign
/// content, foreigncontent.h).
const std::map<QString, std::set<QString>> &mappedChildren()
{
    static const std::map<QString, std::set<QString>> kMapped = {
        {QStringLiteral("nachrichtenkopf"), {QStringLiteral("identifikation.nachricht")}},
        {QStringLiteral("prozess"),
         {"id", "version", "name", "bezeichnung", "klassifikation", "prozesssteckbrief",
          "prozessstrukturbeschreibung", "prozessmodell", "zustandsangaben"}},
        {QStringLiteral("prozesssteckbrief"),
         {"definition", "beschreibung", "detaillierungsstufe", "prozessteilnehmer",
          "handlungsgrundlage", "ausloeser", "ergebnis", "verwaltungspolitischeKodierung"}},
        {QStringLiteral("prozessstrukturbeschreibung"),
         {"modellierungsmethode", "strukturbeschreibungFIM"}},
        {QStringLiteral("zustandsangaben"),
         {"status", "erstellt", "geaendert", "bearbeiter", "methodischFreigegeben",
          "fachlichFreigegeben", "gueltigAb", "gueltigBis"}},
        {QStringLiteral("aktivitaetengruppe"),
         {"referenzaktivitaetengruppeTyp", "referenzaktivitaetengruppeVersion", "id",
          "subProzessID", "name", "beschreibung", "handlungsgrundlage", "eingehendeDaten",
          "ausgehendeDaten", "fachverfahren", "spezifischeAttribute", "spezifischeAttribute1",
          "spezifischeAttribute2", "spezifischeAttribute3", "spezifischeAttribute4",
          "spezifischeAttribute5", "spezifischeAttribute6", "spezifischeAttribute7",
          "spezifischeAttribute8"}},
    };
    return kMapped;
}

/// Keeps the children of `parent` that `mapped` rejects, each with the mapped sibling it
/// followed.
void keepUnmapped(const XmlElement &parent, const QString &place, const QString &group,
                  const std::function<bool(const XmlElement &)> &mapped, ForeignContent &out)
{
    QString after;
    int count = 0;
    std::map<QString, int> seen;
    for (const XmlElement &c : parent.children) {
        if (mapped(c)) {
            after = c.name;
            count = ++seen[c.name];
        } else {
            out.elements.push_back({place, group, after, count, serialize(c)});
        }
    }
}

/// Keeps the children of `parent` that mappedChildren() does not list for `place`.
void keepUnmapped(const XmlElement &parent, const QString &place, ForeignContent &out,
                  const QString &group = {})
{
    const std::set<QString> &names = mappedChildren().at(place);
    keepUnmapped(parent, place, group,
                 [&](const XmlElement &c) { return c.ns == parent.ns && names.count(c.name); },
                 out);
}

/// True when `e` or an element below it has an `inhalt` (an embedded file: an Anlage).
bool holdsFile(const XmlElement &e)
{
    return std::any_of(e.children.begin(), e.children.end(), [](const XmlElement &c) {
        return c.name == u"inhalt" || holdsFile(c);
    });
}

/// The form of every coded value below `e` (<x listURI listVersionID><code>…</code></x>) that
/// differs from the one Amtsweg writes, once per element name and code.
void keepCodeForms(const XmlElement &e, ForeignContent &out)
{
    for (const XmlElement &c : e.children) {
        const XmlElement *code = c.child(u"code");
        const bool coded = code && code->children.empty()
                           && (c.attribute(u"listURI").size() || c.attribute(u"listVersionID").size()
                               || c.attributes.isEmpty());
        if (!coded) {
            keepCodeForms(c, out);
            continue;
        }
        const QString uri = c.attribute(u"listURI"), version = c.attribute(u"listVersionID");
        const bool amtswegForm = c.children.size() == 1 && c.attributes.size() == 2
                                 && uri == codeListUri(c.name) && version == kListVersion
                                 && code->leading.isEmpty() && code->trailing.isEmpty();
        const bool known = std::any_of(out.codes.begin(), out.codes.end(), [&](const CodeForm &f) {
            return f.element == c.name && f.code == code->text;
        });
        if (!amtswegForm && !known)
            out.codes.push_back({c.name, code->text, uri, version, serialize(c)});
    }
}

class Reader
{
public:
    Reader(QString file, Diagnostics &diagnostics) : m_file(std::move(file)), m_diag(diagnostics)
    {
    }

    void report(Severity severity, int line, const char *code, const QString &message)
    {
        m_diag.push_back(diagnostic(severity, m_file, line, 0, code, message));
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

    std::optional<ImportedProcess> readProcess(const XmlElement &p, const ForeignContent &message);

private:
    struct EmbeddedFile
    {
        QString name, mimeType, modellierungsmethode;
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
                   tr("mitwirkungspflicht '%1' is neither true nor false; ignored", {m->text}));
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
        const QString methode = codeOf(c.child(u"modellierungsmethode"));
        const std::optional<QByteArray> bytes = decodeBase64(inhalt->text);
        if (!bytes) {
            report(Severity::Error, inhalt->line, "xprozess-base64",
                   inhalt->text.isEmpty() ? tr("the file '%1' is empty", {name})
                                          : tr("the content of '%1' is not valid base64", {name}));
            continue;
        }
        if (!bytes->startsWith("PK\x03\x04") && !bytes->startsWith("PK\x05\x06")) {
            files.push_back(
                {name, mime.isEmpty() ? mimeTypeFor(name) : mime, methode, *bytes, c.line});
            continue;
        }
        QString error;
        const auto entries = unzip(*bytes, &error, kMaxUnpackedSize - m_unpacked);
        if (!entries) {
            report(Severity::Error, inhalt->line, "xprozess-zip",
                   tr("the ZIP archive '%1' cannot be read: %2", {name, error}));
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
                             methode, entry.data, c.line});
    }
}

std::optional<ImportedProcess> Reader::readProcess(const XmlElement &p,
                                                   const ForeignContent &message)
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
               hadErrors ? tr("process '%1' skipped: its BPMN file is unreadable", {label})
                         : tr("process '%1' has no BPMN file (.bpmn) in its prozessmodell",
                              {label}));
        return std::nullopt;
    }
    result.bpmnFileName = bpmn->name;
    ReadResult read = BpmnReader::readBytes(
        bpmn->data, QStringLiteral("%1 [%2]").arg(m_file, bpmn->name));
    m_diag.insert(m_diag.end(), read.diagnostics.begin(), read.diagnostics.end());
    if (!read.ok()) {
        report(Severity::Error, bpmn->line, "xprozess-bpmn",
               tr("process '%1' skipped: its BPMN file '%2' cannot be read", {label, bpmn->name}));
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
               tr("process '%1': the BPMN file has neither a collaboration nor a process for "
                  "the Prozesssteckbrief",
                  {label}));
    }

    // What the reader does not map, to be written back on export.
    ForeignContent foreign = message;
    keepUnmapped(p, QStringLiteral("prozess"), QString(),
                 [&](const XmlElement &c) {
                     return (c.ns == p.ns && mappedChildren().at(QStringLiteral("prozess")).count(c.name))
                            || holdsFile(c); // an Anlage
                 },
                 foreign);
    if (const XmlElement *sb = p.child(u"prozesssteckbrief"))
        keepUnmapped(*sb, QStringLiteral("prozesssteckbrief"), foreign);
    if (const XmlElement *z = p.child(u"zustandsangaben"))
        keepUnmapped(*z, QStringLiteral("zustandsangaben"), foreign);

    // The Aktivitätengruppen, joined by subProzessID.
    if (const XmlElement *struktur = p.child(u"prozessstrukturbeschreibung")) {
        std::vector<const XmlElement *> groups;
        for (const XmlElement *fimPart : struktur->all(u"strukturbeschreibungFIM"))
            for (const XmlElement *g : fimPart->all(u"aktivitaetengruppe"))
                groups.push_back(g);
        for (const XmlElement *g : struktur->all(u"aktivitaetengruppe"))
            groups.push_back(g);
        std::set<NodeId> joined;
        std::set<const XmlElement *> placed; // the groups read into the model
        for (const XmlElement *g : groups) {
            const QString subProzessId = g->childText(u"subProzessID");
            const NodeId element = subProzessId.isEmpty()
                                       ? kNoNode
                                       : tree.byId(subProzessId.toStdString());
            if (element != kNoNode && !bpmn::isActivity(tree, element)) {
                // A group belongs on an activity (normally a collapsed sub-process); on a flow,
                // lane or DI element it would make the BPMN file invalid.
                report(Severity::Warning, g->line, "xprozess-subprozess",
                       tr("Aktivitätengruppe '%1': '%2' is no activity; skipped",
                          {g->childText(u"id"), subProzessId}));
                joined.insert(element); // what the BPMN file itself holds there stays
                continue;
            }
            if (joined.count(element)) {
                report(Severity::Warning, g->line, "xprozess-subprozess-duplicate",
                       tr("Aktivitätengruppe '%1': '%2' already has a group from this message; "
                          "skipped",
                          {g->childText(u"id"), subProzessId}));
                continue;
            }
            if (element == kNoNode) {
                report(Severity::Warning, g->line, "xprozess-subprozess",
                       subProzessId.isEmpty()
                           ? tr("Aktivitätengruppe '%1' has no subProzessID; skipped",
                                {g->childText(u"id")})
                           : tr("Aktivitätengruppe '%1': the BPMN file has no element '%2'; "
                                "skipped",
                                {g->childText(u"id"), subProzessId}));
                continue;
            }
            Aktivitaetengruppe a = gruppe(*g);
            a.owner = element;
            if (const auto existing = fim::aktivitaetengruppe(tree, element))
                a.node = existing->node;
            fim::place(tree, fim::placementFor(tree, element, fim::buildAktivitaetengruppe(tree, a)));
            joined.insert(element);
            placed.insert(g);
            keepUnmapped(*g, QStringLiteral("aktivitaetengruppe"), foreign, subProzessId);
        }
        // Skipped groups and unknown elements stay where they were, to be written back.
        const auto isPlaced = [&](const XmlElement &c) { return placed.count(&c) > 0; };
        keepUnmapped(*struktur, QStringLiteral("prozessstrukturbeschreibung"), QString(),
                     [&](const XmlElement &c) {
                         return c.ns == p.ns
                                && ((c.name == u"strukturbeschreibungFIM"
                                     || c.name == u"modellierungsmethode")
                                    || placed.count(&c));
                     },
                     foreign);
        for (const XmlElement *fimPart : struktur->all(u"strukturbeschreibungFIM"))
            keepUnmapped(*fimPart, QStringLiteral("strukturbeschreibungFIM"), QString(), isPlaced,
                         foreign);
        // Groups the BPMN file has but the message does not: the message is authoritative.
        for (const Aktivitaetengruppe &stale : fim::aktivitaetengruppen(tree))
            if (!joined.count(stale.owner))
                tree.detach(stale.node);
    }

    std::vector<Anlage> anlagen;
    for (auto f = files.begin(); f != files.end(); ++f)
        if (f != bpmn)
            anlagen.push_back({f->name, f->mimeType, f->data, f->modellierungsmethode});
    setAnlagen(tree, anlagen);
    keepCodeForms(p, foreign);
    std::sort(foreign.codes.begin(), foreign.codes.end(), [](const CodeForm &a, const CodeForm &b) {
        return std::tie(a.element, a.code) < std::tie(b.element, b.code);
    });
    setForeignContent(tree, foreign);
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
        result.diagnostics.push_back(diagnostic(Severity::Error, path, 0, 0, "unreadable",
                                                tr("cannot open: %1", {file.errorString()})));
        return result;
    }
    if (file.size() > BpmnReader::kMaxFileSize) {
        XProzessReadResult result;
        result.diagnostics.push_back(diagnostic(
            Severity::Error, path, 0, 0, "too-large",
            tr("the input is larger than %1 MiB",
               {QString::number(BpmnReader::kMaxFileSize / (1024 * 1024))})));
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
        result.diagnostics.push_back(diagnostic(Severity::Error, fileName, parsed.line,
                                                parsed.column, "xml",
                                                tr("not well-formed XML: %1", {parsed.error})));
        return result;
    }
    const XmlElement &root = *parsed.root;
    if (root.ns != kNamespace || !isMessageName(root.name)) {
        reader.report(Severity::Error, root.line, "xprozess-root",
                      tr("not an XProzess 2.0 message: the root element is '%1' in namespace "
                         "'%2' (expected alleInhalte.*, prozessbibliothek.* or prozesskatalog.* "
                         "in %3)",
                         {root.name, root.ns, kNamespace}));
        return result;
    }
    if (const QString v = root.attribute(u"xprozessVersion"); !v.isEmpty() && v != kVersion)
        reader.report(Severity::Warning, root.line, "xprozess-version",
                      tr("xprozessVersion is '%1', read as 2.0", {v}));
    std::vector<const XmlElement *> processes;
    reader.collectProcesses(root, processes);
    if (processes.empty())
        reader.report(Severity::Error, root.line, "xprozess-empty",
                      tr("the message holds no process with a model"));

    // What the message holds outside its processes, kept with every process read.
    ForeignContent message;
    const std::set<const XmlElement *> found(processes.begin(), processes.end());
    const std::function<bool(const XmlElement &)> holdsProcess = [&](const XmlElement &e) {
        return found.count(&e) || std::any_of(e.children.begin(), e.children.end(), holdsProcess);
    };
    keepUnmapped(root, QStringLiteral("nachricht"), QString(),
                 [&](const XmlElement &c) {
                     return (c.ns == root.ns
                             && (c.name == u"nachrichtenkopf" || c.name == u"prozessbibliothek"))
                            || holdsProcess(c);
                 },
                 message);
    if (const XmlElement *kopf = root.child(u"nachrichtenkopf")) {
        keepUnmapped(*kopf, QStringLiteral("nachrichtenkopf"), message);
        if (const XmlElement *identifikation = kopf->child(u"identifikation.nachricht"))
            keepCodeForms(*identifikation, message);
    }
    if (const XmlElement *bibliothek = root.child(u"prozessbibliothek"))
        keepUnmapped(*bibliothek, QStringLiteral("prozessbibliothek"), QString(),
                     [&](const XmlElement &c) { return found.count(&c) > 0; }, message);

    for (const XmlElement *p : processes)
        if (auto process = reader.readProcess(*p, message))
            result.processes.push_back(std::move(*process));
    return result;
}

} // namespace amtsweg::xprozess

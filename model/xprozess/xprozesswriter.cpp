#include "xprozess/xprozesswriter.h"

#include "bpmn/elements.h"
#include "fim/fimread.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"
#include "xprozess/anlagen.h"
#include "xprozess/foreigncontent.h"
#include "xprozess/xmlelement.h"
#include "xprozess/ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace amtsweg::xprozess {
namespace {

using namespace fim;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Writes the message. Every element goes through start()/end(), which put the foreign
/// content of the message and of the process being written (foreigncontent.h) back where it
/// was: after the same mapped sibling, else at the end of its parent.
class Writer
{
public:
    explicit Writer(QByteArray *out) : w(out) { w.setAutoFormatting(true); }

    /// The message's foreign content (the first model's that has some) and the process's.
    const ForeignContent *messageForeign = nullptr;
    const ForeignContent *processForeign = nullptr;
    QString group; ///< the subProzessID of the Aktivitätengruppe being written

    void text(const QString &local, const QString &value)
    {
        if (value.isEmpty())
            return;
        start(local);
        w.writeCharacters(value);
        end();
    }
    void texts(const QString &local, const QStringList &values)
    {
        for (const QString &v : values)
            text(local, v);
    }
    /// A coded value in the form the imported message used for it (list URI, list version,
    /// a `name` beside the code), else <x listURI listVersionID="1.0"><code>…</code></x>.
    void coded(const QString &local, const QString &code)
    {
        if (code.isEmpty())
            return;
        const CodeForm *sameList = nullptr;
        for (const ForeignContent *f : {processForeign, messageForeign}) {
            if (!f)
                continue;
            for (const CodeForm &form : f->codes) {
                if (form.element != local)
                    continue;
                if (form.code == code && writeKept(form.xml))
                    return;
                if (!sameList)
                    sameList = &form;
            }
        }
        start(local);
        const QString uri = sameList && !sameList->listUri.isEmpty() ? sameList->listUri
                                                                     : codeListUri(local);
        w.writeAttribute(QStringLiteral("listURI"), uri);
        w.writeAttribute(QStringLiteral("listVersionID"),
                         sameList && !sameList->listVersion.isEmpty() ? sameList->listVersion
                                                                      : kListVersion);
        text(QStringLiteral("code"), code);
        end();
    }
    void start(const QString &local)
    {
        beforeChild();
        w.writeStartElement(kNamespace, local);
        Frame frame;
        frame.name = local;
        const QString place = frames.empty() ? QStringLiteral("nachricht") : local;
        const ForeignContent *f =
            ForeignContent::isMessagePlace(place) ? messageForeign : processForeign;
        if (f)
            for (const ForeignElement &e : f->elements)
                if (e.place == place
                    && (place != QLatin1String("aktivitaetengruppe") || e.group == group))
                    frame.pending.push_back(&e);
        frames.push_back(std::move(frame));
    }
    void end()
    {
        flush([](const ForeignElement &) { return true; }); // what followed no written sibling
        w.writeEndElement();
        const QString name = frames.back().name;
        frames.pop_back();
        afterChild(name);
    }

    void handlungsgrundlagen(const std::vector<Handlungsgrundlage> &list)
    {
        for (const Handlungsgrundlage &h : list) {
            start(QStringLiteral("handlungsgrundlage"));
            text(QStringLiteral("name"), h.name);
            coded(QStringLiteral("art"), h.art);
            text(QStringLiteral("uri"), h.uri);
            end();
        }
    }
    void daten(const QString &local, const std::vector<Datenbezug> &list,
               const QString &partner = {})
    {
        for (const Datenbezug &d : list) {
            start(local);
            text(QStringLiteral("formularID"), d.formular);
            text(QStringLiteral("stammdatenschemaID"), d.schema);
            text(QStringLiteral("stammdatenschemaVersion"), d.schemaVersion);
            text(QStringLiteral("beschreibung"), d.text);
            if (!partner.isEmpty())
                text(partner, d.partner);
            text(QStringLiteral("uebermittlungsart"), d.uebermittlungsart);
            end();
        }
    }
    void anlaesse(const QString &local, const std::vector<Anlass> &list)
    {
        for (const Anlass &a : list) {
            start(local);
            text(QStringLiteral("formularID"), a.formular);
            text(QStringLiteral("prozessID"), a.prozess);
            text(QStringLiteral("beschreibung"), a.text);
            end();
        }
    }
    /// An embedded file; `modellierungsmethode` only for a process model (an Anlage has none
    /// unless the imported message gave it one).
    void file(const QString &name, const QString &modellierungsmethode, const QString &mimeType,
              const QByteArray &zipped)
    {
        start(QStringLiteral("prozessmodelldatei"));
        text(QStringLiteral("dateiname"), name);
        coded(QStringLiteral("modellierungsmethode"), modellierungsmethode);
        text(QStringLiteral("mimeType"), mimeType);
        text(QStringLiteral("inhalt"), QString::fromLatin1(zipped.toBase64()));
        end();
    }

    void nachrichtenkopf(Message message)
    {
        start(QStringLiteral("nachrichtenkopf"));
        start(QStringLiteral("identifikation.nachricht"));
        text(QStringLiteral("nachrichtenUUID"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        coded(QStringLiteral("nachrichtentyp"), messageCode(message));
        text(QStringLiteral("erstellungszeitpunkt"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        end();
        end();
    }

    void steckbrief(const Prozesssteckbrief &s)
    {
        start(QStringLiteral("prozesssteckbrief"));
        text(QStringLiteral("definition"), s.definition);
        text(QStringLiteral("beschreibung"), s.beschreibung);
        coded(QStringLiteral("detaillierungsstufe"), s.detaillierungsstufe);
        for (const Prozessteilnehmer &p : s.prozessteilnehmer) {
            start(QStringLiteral("prozessteilnehmer"));
            text(QStringLiteral("name"), p.name);
            for (const QString &rolle : p.rollen)
                coded(QStringLiteral("rolle"), rolle);
            end();
        }
        handlungsgrundlagen(s.handlungsgrundlagen);
        anlaesse(QStringLiteral("ausloeser"), s.ausloeser);
        anlaesse(QStringLiteral("ergebnis"), s.ergebnisse);
        texts(QStringLiteral("verwaltungspolitischeKodierung"), s.verwaltungspolitischeKodierung);
        end();
    }

    void spezifisch(const Spezifisch &s)
    {
        if (s.typ < 1 || s.typ > 8)
            return;
        start(QStringLiteral("spezifischeAttribute%1").arg(s.typ));
        coded(QStringLiteral("entscheidungsart"), s.entscheidungsart);
        coded(QStringLiteral("bearbeitungsart"), s.bearbeitungsart);
        if (s.mitwirkungspflicht)
            text(QStringLiteral("mitwirkungspflicht"),
                 *s.mitwirkungspflicht ? QStringLiteral("true") : QStringLiteral("false"));
        coded(QStringLiteral("beteiligungsform"), s.beteiligungsform);
        daten(QStringLiteral("empfangen"), s.empfangen, QStringLiteral("absender"));
        daten(QStringLiteral("bereitstellen"), s.bereitstellen, QStringLiteral("empfaenger"));
        for (const QString &code : s.pruefarten)
            coded(QStringLiteral("pruefart"), code);
        texts(QStringLiteral("hilfsmittel"), s.hilfsmittel);
        text(QStringLiteral("beschreibung"), s.beschreibung);
        end();
    }

    void gruppe(const ModelTree &tree, const Aktivitaetengruppe &g)
    {
        group = qs(tree.id(g.owner));
        start(QStringLiteral("aktivitaetengruppe"));
        coded(QStringLiteral("referenzaktivitaetengruppeTyp"), g.typ);
        text(QStringLiteral("referenzaktivitaetengruppeVersion"), g.version);
        text(QStringLiteral("id"), g.gruppenId);
        text(QStringLiteral("subProzessID"), qs(tree.id(g.owner)));
        text(QStringLiteral("name"), g.name);
        text(QStringLiteral("beschreibung"), g.beschreibung);
        handlungsgrundlagen(g.handlungsgrundlagen);
        daten(QStringLiteral("eingehendeDaten"), g.eingehendeDaten);
        daten(QStringLiteral("ausgehendeDaten"), g.ausgehendeDaten);
        texts(QStringLiteral("fachverfahren"), g.fachverfahren);
        if (!g.spezifisch.empty()) {
            start(QStringLiteral("spezifischeAttribute"));
            for (const Spezifisch &s : g.spezifisch)
                spezifisch(s);
            end();
        }
        end();
    }

    void zustand(const Prozesssteckbrief &s)
    {
        const Zustandsangaben &z = s.zustand;
        const QString values[] = {z.erstellt,   z.geaendert,  z.bearbeiter,
                                  z.methodischFreigegeben, z.fachlichFreigegeben,
                                  z.gueltigAb,  z.gueltigBis};
        static const char *const names[] = {"erstellt",  "geaendert",
                                            "bearbeiter", "methodischFreigegeben",
                                            "fachlichFreigegeben", "gueltigAb", "gueltigBis"};
        if (s.freigabestatus.isEmpty()
            && QStringList(std::begin(values), std::end(values)).join(QString()).isEmpty())
            return;
        start(QStringLiteral("zustandsangaben"));
        coded(QStringLiteral("status"), s.freigabestatus);
        for (int i = 0; i < 7; ++i)
            text(QLatin1String(names[i]), values[i]);
        end();
    }

    QXmlStreamWriter w;

private:
    struct Frame
    {
        QString name;
        std::vector<const ForeignElement *> pending; ///< foreign children not written yet
        std::map<QString, int> written;              ///< mapped children written, by name
        bool headDone = false; ///< the foreign children that came first are written
    };

    void beforeChild()
    {
        if (frames.empty() || frames.back().headDone)
            return;
        frames.back().headDone = true;
        flush([](const ForeignElement &e) { return e.after.isEmpty(); });
    }
    void afterChild(const QString &name)
    {
        if (frames.empty())
            return;
        const int n = ++frames.back().written[name];
        flush([&](const ForeignElement &e) { return e.after == name && e.count == n; });
    }
    /// Writes and drops the pending foreign children of the open element that `which` picks.
    template<typename Pick>
    void flush(Pick which)
    {
        Frame &frame = frames.back();
        frame.headDone = true;
        std::vector<const ForeignElement *> picked, rest;
        for (const ForeignElement *e : frame.pending)
            (which(*e) ? picked : rest).push_back(e);
        frame.pending = std::move(rest);
        for (const ForeignElement *e : picked)
            writeKept(e->xml);
    }
    /// Writes a kept element as it is (false when its XML does not parse: edited by hand).
    bool writeKept(const QString &xml)
    {
        QByteArray bytes = xml.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const XmlParseResult parsed = parseXml(&buffer);
        if (!parsed.root)
            return false;
        beforeChild();
        writeElement(w, *parsed.root, false, kNamespace);
        afterChild(parsed.root->name);
        return true;
    }

    std::vector<Frame> frames;
};

/// The BPMN file as Amtsweg writes it, without the Anlagen and the foreign content of the
/// message (they travel beside it, in the message itself).
QByteArray bpmnForMessage(const ModelTree &tree)
{
    QByteArray bytes = BpmnWriter::write(tree);
    if (anlagen(tree).empty() && foreignContent(tree).empty())
        return bytes;
    ReadResult copy = BpmnReader::readBytes(bytes, QStringLiteral("export"));
    if (!copy.ok())
        return bytes;
    setAnlagen(*copy.tree, {});
    setForeignContent(*copy.tree, {});
    return BpmnWriter::write(*copy.tree);
}

bool writeProcess(Writer &out, const ExportModel &model, QString *error)
{
    const ModelTree &tree = *model.tree;
    const ForeignContent foreign = foreignContent(tree);
    out.processForeign = &foreign;
    const Prozesssteckbrief s = modelSteckbrief(tree).value_or(Prozesssteckbrief{});
    const QString base = XProzessWriter::baseName(tree);
    out.start(QStringLiteral("prozess"));
    out.text(QStringLiteral("id"), s.prozessschluessel);
    out.text(QStringLiteral("version"), s.version);
    out.text(QStringLiteral("name"), s.name);
    out.text(QStringLiteral("bezeichnung"), s.bezeichnung);
    out.texts(QStringLiteral("klassifikation"), s.klassifikation);
    out.steckbrief(s);

    out.start(QStringLiteral("prozessstrukturbeschreibung"));
    out.coded(QStringLiteral("modellierungsmethode"), kModellierungsmethodeBpmn);
    out.start(QStringLiteral("strukturbeschreibungFIM"));
    for (const Aktivitaetengruppe &g : aktivitaetengruppen(tree))
        if (g.owner != kNoNode && !tree.id(g.owner).empty())
            out.gruppe(tree, g);
    out.end();
    out.end();

    out.start(QStringLiteral("prozessmodell"));
    const QString bpmnName = base + QStringLiteral(".bpmn");
    const QByteArray bpmnZip = zip({{bpmnName, bpmnForMessage(tree)}}, error);
    if (bpmnZip.isEmpty())
        return false;
    out.file(bpmnName, kModellierungsmethodeBpmn, QStringLiteral("application/zip"), bpmnZip);
    const QString pdfName = base + QStringLiteral(".pdf");
    std::vector<Anlage> files;
    if (!model.diagramPdf.isEmpty())
        files.push_back({pdfName, QStringLiteral("application/pdf"), model.diagramPdf});
    for (Anlage &a : anlagen(tree))
        if (model.diagramPdf.isEmpty() || a.name != pdfName)
            files.push_back(std::move(a));
    for (const Anlage &a : files) {
        const QByteArray zipped = zip({{a.name, a.data}}, error);
        if (zipped.isEmpty())
            return false;
        out.file(a.name, a.modellierungsmethode,
                 a.mimeType.isEmpty() ? mimeTypeFor(a.name) : a.mimeType, zipped);
    }
    out.end();
    out.zustand(s);
    out.end();
    out.processForeign = nullptr;
    return true;
}

} // namespace

QString XProzessWriter::baseName(const ModelTree &tree)
{
    QString base;
    if (const auto s = modelSteckbrief(tree))
        base = s->prozessschluessel;
    if (base.isEmpty() && tree.root() != kNoNode)
        if (const NodeId p = tree.firstChildElement(tree.root(), "process"); p != kNoNode)
            base = qs(tree.id(p));
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return base.isEmpty() ? QStringLiteral("prozess") : base;
}

QByteArray XProzessWriter::write(const std::vector<ExportModel> &models, Message message,
                                 QString *error)
{
    QByteArray bytes;
    Writer out(&bytes);
    // The message's own foreign content (Nachrichtenkopf …, the code forms used there) from the
    // first model that has some: every process imported from one message carries it.
    ForeignContent messageForeign;
    for (const ExportModel &m : models) {
        if (m.tree && !(messageForeign = foreignContent(*m.tree)).empty())
            break;
    }
    out.messageForeign = &messageForeign;
    out.w.writeStartDocument();
    out.w.writeDefaultNamespace(kNamespace);
    out.start(messageName(message));
    out.w.writeAttribute(QStringLiteral("produkt"), QStringLiteral("Amtsweg"));
    out.w.writeAttribute(QStringLiteral("produkthersteller"), QStringLiteral("Amtsweg"));
    out.w.writeAttribute(QStringLiteral("produktversion"), QStringLiteral(AMTSWEG_VERSION));
    out.w.writeAttribute(QStringLiteral("xprozessVersion"), kVersion);
    out.nachrichtenkopf(message);
    out.start(QStringLiteral("prozessbibliothek"));
    for (const ExportModel &m : models)
        if (m.tree && !writeProcess(out, m, error))
            return {};
    out.end();
    out.end();
    out.w.writeEndDocument();
    return bytes;
}

bool XProzessWriter::writeFile(const std::vector<ExportModel> &models, Message message,
                               const QString &path, QString *error)
{
    const QByteArray bytes = write(models, message, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace amtsweg::xprozess

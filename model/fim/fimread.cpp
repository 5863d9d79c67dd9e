#include "fim/fimread.h"

#include "bpmn/elements.h"
#include "fim/fimnames.h"

#include <functional>

namespace amtsweg::fim {
namespace {

QString attrText(const ModelTree &t, NodeId n, std::string_view local)
{
    for (const Attribute &a : t.attributes(n)) {
        const QualifiedName &q = t.names()[a.name];
        if (q.nsUri.empty() && !q.isNamespaceDeclaration && q.local == local)
            return QString::fromUtf8(a.value.data(), qsizetype(a.value.size())).trimmed();
    }
    return {};
}

QString textOf(const ModelTree &t, NodeId n)
{
    return QString::fromStdString(t.text(n)).trimmed();
}

void forEach(const ModelTree &t, NodeId parent, std::string_view local,
             const std::function<void(NodeId)> &f)
{
    for (NodeId c = t.firstChild(parent); c != kNoNode; c = t.next(c))
        if (isFim(t, c, local))
            f(c);
}

NodeId child(const ModelTree &t, NodeId parent, std::string_view local)
{
    for (NodeId c = t.firstChild(parent); c != kNoNode; c = t.next(c))
        if (isFim(t, c, local))
            return c;
    return kNoNode;
}

QString childText(const ModelTree &t, NodeId parent, std::string_view local)
{
    const NodeId c = child(t, parent, local);
    return c ? textOf(t, c) : QString();
}

QStringList childTexts(const ModelTree &t, NodeId parent, std::string_view local)
{
    QStringList texts;
    forEach(t, parent, local, [&](NodeId c) { texts.append(textOf(t, c)); });
    return texts;
}

std::vector<Handlungsgrundlage> handlungsgrundlagen(const ModelTree &t, NodeId parent)
{
    std::vector<Handlungsgrundlage> result;
    forEach(t, parent, names::handlungsgrundlage, [&](NodeId c) {
        result.push_back({attrText(t, c, names::attr::name), attrText(t, c, names::attr::art),
                          attrText(t, c, names::attr::uri), c});
    });
    return result;
}

std::vector<Datenbezug> datenbezuege(const ModelTree &t, NodeId parent, std::string_view local,
                                     std::string_view partner = {})
{
    std::vector<Datenbezug> result;
    forEach(t, parent, local, [&](NodeId c) {
        Datenbezug d;
        d.formular = attrText(t, c, names::attr::formular);
        d.schema = attrText(t, c, names::attr::schema);
        d.schemaVersion = attrText(t, c, names::attr::version);
        d.text = textOf(t, c);
        if (!partner.empty())
            d.partner = attrText(t, c, partner);
        d.uebermittlungsart = attrText(t, c, names::attr::uebermittlungsart);
        d.node = c;
        result.push_back(std::move(d));
    });
    return result;
}

std::vector<Anlass> anlaesse(const ModelTree &t, NodeId parent, std::string_view local)
{
    std::vector<Anlass> result;
    forEach(t, parent, local, [&](NodeId c) {
        result.push_back({attrText(t, c, names::attr::formular),
                          attrText(t, c, names::attr::prozess), textOf(t, c), c});
    });
    return result;
}

std::optional<bool> boolean(const QString &v)
{
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

Spezifisch readSpezifisch(const ModelTree &t, NodeId n, int typ)
{
    Spezifisch s;
    s.typ = typ;
    s.node = n;
    s.empfangen = datenbezuege(t, n, names::empfangen, names::attr::absender);
    s.bereitstellen = datenbezuege(t, n, names::bereitstellen, names::attr::empfaenger);
    forEach(t, n, names::pruefart,
            [&](NodeId c) { s.pruefarten.append(attrText(t, c, names::attr::code)); });
    s.hilfsmittel = childTexts(t, n, names::hilfsmittel);
    s.entscheidungsart = attrText(t, n, names::attr::entscheidungsart);
    s.bearbeitungsart = attrText(t, n, names::attr::bearbeitungsart);
    s.mitwirkungspflicht = boolean(attrText(t, n, names::attr::mitwirkungspflicht));
    s.beteiligungsform = attrText(t, n, names::attr::beteiligungsform);
    s.beschreibung = childText(t, n, names::beschreibung);
    return s;
}

/// Attached elements of the tree in document order, extension content included.
void walk(const ModelTree &t, const std::function<void(NodeId)> &f)
{
    std::vector<NodeId> stack;
    if (t.root() != kNoNode)
        stack.push_back(t.root());
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (!t.isElement(n))
            continue;
        f(n);
        for (NodeId c = t.lastChild(n); c != kNoNode; c = t.prev(c))
            stack.push_back(c);
    }
}

bool inExtensionElements(const ModelTree &t, NodeId n)
{
    const NodeId p = t.parent(n);
    return p != kNoNode && t.isElement(p) && t.is(p, "extensionElements");
}

/// The element whose extensionElements hold `n`, or kNoNode.
NodeId ownerOf(const ModelTree &t, NodeId n)
{
    return inExtensionElements(t, n) ? t.parent(t.parent(n)) : kNoNode;
}

} // namespace

bool isFim(const ModelTree &tree, NodeId n, std::string_view local)
{
    if (!tree.isValid(n) || !tree.isElement(n))
        return false;
    const QualifiedName &q = tree.qname(n);
    return q.local == local && q.nsUri == schema::uri::amtsweg;
}

NodeId extensionChild(const ModelTree &tree, NodeId owner, std::string_view local)
{
    if (!tree.isValid(owner) || !tree.isElement(owner))
        return kNoNode;
    for (NodeId e = tree.firstChildElement(owner, "extensionElements"); e != kNoNode;
         e = tree.nextSiblingElement(e, "extensionElements"))
        if (const NodeId c = child(tree, e, local); c != kNoNode)
            return c;
    return kNoNode;
}

Prozesssteckbrief readProzesssteckbrief(const ModelTree &t, NodeId n)
{
    Prozesssteckbrief s;
    s.node = n;
    s.owner = ownerOf(t, n);
    s.prozessschluessel = childText(t, n, names::prozessschluessel);
    s.version = childText(t, n, names::version);
    s.name = childText(t, n, names::name);
    s.bezeichnung = childText(t, n, names::bezeichnung);
    s.definition = childText(t, n, names::definition);
    s.beschreibung = childText(t, n, names::beschreibung);
    s.detaillierungsstufe = attrText(t, child(t, n, names::detaillierungsstufe), names::attr::code);
    s.freigabestatus = attrText(t, child(t, n, names::freigabestatus), names::attr::code);
    forEach(t, n, names::prozessteilnehmer, [&](NodeId c) {
        s.prozessteilnehmer.push_back({attrText(t, c, names::attr::name),
                                       attrText(t, c, names::attr::rollen)
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                       c});
    });
    s.handlungsgrundlagen = handlungsgrundlagen(t, n);
    s.ausloeser = anlaesse(t, n, names::ausloeser);
    s.ergebnisse = anlaesse(t, n, names::ergebnis);
    if (const NodeId z = child(t, n, names::zustandsangaben); z != kNoNode) {
        namespace a = names::attr;
        s.zustand = {attrText(t, z, a::erstellt),   attrText(t, z, a::geaendert),
                     attrText(t, z, a::bearbeiter), attrText(t, z, a::methodischFreigegeben),
                     attrText(t, z, a::fachlichFreigegeben), attrText(t, z, a::gueltigAb),
                     attrText(t, z, a::gueltigBis)};
    }
    s.verwaltungspolitischeKodierung = childTexts(t, n, names::kodierung);
    s.klassifikation = childTexts(t, n, names::klassifikation);
    return s;
}

Aktivitaetengruppe readAktivitaetengruppe(const ModelTree &t, NodeId n)
{
    Aktivitaetengruppe g;
    g.node = n;
    g.owner = ownerOf(t, n);
    g.typ = attrText(t, n, names::attr::typ);
    g.version = attrText(t, n, names::attr::version);
    g.gruppenId = attrText(t, n, names::attr::gruppenId);
    g.name = childText(t, n, names::name);
    if (g.name.isEmpty() && g.owner != kNoNode) {
        const std::string_view own = bpmn::name(t, g.owner);
        g.name = QString::fromUtf8(own.data(), qsizetype(own.size())).trimmed();
    }
    g.beschreibung = childText(t, n, names::beschreibung);
    g.handlungsgrundlagen = handlungsgrundlagen(t, n);
    g.eingehendeDaten = datenbezuege(t, n, names::eingehendeDaten);
    g.ausgehendeDaten = datenbezuege(t, n, names::ausgehendeDaten);
    g.fachverfahren = childTexts(t, n, names::fachverfahren);
    for (NodeId c = t.firstChild(n); c != kNoNode; c = t.next(c))
        for (int i = 0; i < 8; ++i)
            if (isFim(t, c, names::spezifisch[i]))
                g.spezifisch.push_back(readSpezifisch(t, c, i + 1));
    return g;
}

std::optional<Prozesssteckbrief> prozesssteckbrief(const ModelTree &tree, NodeId owner)
{
    const NodeId n = extensionChild(tree, owner, names::prozesssteckbrief);
    return n ? std::optional(readProzesssteckbrief(tree, n)) : std::nullopt;
}

std::optional<Prozesssteckbrief> modelSteckbrief(const ModelTree &tree)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return std::nullopt;
    for (NodeId c : bpmn::childElements(tree, root, "collaboration"))
        if (auto s = prozesssteckbrief(tree, c))
            return s;
    for (NodeId p : bpmn::childElements(tree, root, "process"))
        if (auto s = prozesssteckbrief(tree, p))
            return s;
    return std::nullopt;
}

std::optional<Aktivitaetengruppe> aktivitaetengruppe(const ModelTree &tree, NodeId owner)
{
    const NodeId n = extensionChild(tree, owner, names::aktivitaetengruppe);
    return n ? std::optional(readAktivitaetengruppe(tree, n)) : std::nullopt;
}

std::vector<Aktivitaetengruppe> aktivitaetengruppen(const ModelTree &tree)
{
    std::vector<Aktivitaetengruppe> groups;
    walk(tree, [&](NodeId n) {
        if (isFim(tree, n, names::aktivitaetengruppe) && inExtensionElements(tree, n))
            groups.push_back(readAktivitaetengruppe(tree, n));
    });
    return groups;
}

bool isFimModel(const ModelTree &tree)
{
    bool found = false;
    walk(tree, [&](NodeId n) {
        found = found
                || ((isFim(tree, n, names::prozesssteckbrief)
                     || isFim(tree, n, names::aktivitaetengruppe))
                    && inExtensionElements(tree, n));
    });
    return found;
}

} // namespace amtsweg::fim

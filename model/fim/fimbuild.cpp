#include "fim/fimbuild.h"

#include "bpmn/elements.h"
#include "fim/fimnames.h"

namespace amtsweg::fim {
namespace {

/// A copy of a subtree, detached.
NodeId copySubtree(ModelTree &t, NodeId n)
{
    if (!t.isElement(n))
        return t.createCharacterData(t.kind(n), t.nodeText(n));
    const NodeId copy = t.createElement(t.nameId(n));
    const std::vector<Attribute> attributes(t.attributes(n).begin(), t.attributes(n).end());
    for (const Attribute &a : attributes)
        t.setAttribute(copy, a.name, a.value);
    for (NodeId c = t.firstChild(n); c != kNoNode; c = t.next(c))
        t.insert(copy, copySubtree(t, c));
    return copy;
}

bool isUnderstood(const ModelTree &t, NodeId n)
{
    return t.isElement(n) && t.qname(n).nsUri == schema::uri::amtsweg
           && names::isKnownElement(t.localName(n));
}

class Builder
{
public:
    explicit Builder(ModelTree &tree) : t(tree) {}

    NodeId element(std::string_view local, NodeId from = kNoNode)
    {
        const NodeId n = bpmn::createElement(t, schema::uri::amtsweg, local);
        if (from != kNoNode && t.isValid(from))
            carry(from, n);
        return n;
    }
    NodeId add(NodeId parent, std::string_view local, NodeId from = kNoNode)
    {
        const NodeId n = element(local, from);
        // Carried-over foreign children stay last: new FIM children go before them.
        NodeId before = t.firstChild(parent);
        while (before != kNoNode && isUnderstood(t, before))
            before = t.next(before);
        t.insert(parent, n, before);
        return n;
    }
    void set(NodeId n, std::string_view local, const QString &value)
    {
        if (!value.isEmpty())
            t.setAttribute(n, bpmn::attributeName(t, local), value.toStdString());
    }
    void setText(NodeId n, const QString &value)
    {
        if (!value.isEmpty())
            t.setText(n, value.toStdString());
    }
    void text(NodeId parent, std::string_view local, const QString &value)
    {
        if (!value.isEmpty())
            setText(add(parent, local), value);
    }
    void texts(NodeId parent, std::string_view local, const QStringList &values)
    {
        for (const QString &v : values)
            text(parent, local, v);
    }
    void coded(NodeId parent, std::string_view local, const QString &code)
    {
        if (!code.isEmpty())
            set(add(parent, local), names::attr::code, code);
    }
    void handlungsgrundlagen(NodeId parent, const std::vector<Handlungsgrundlage> &list)
    {
        for (const Handlungsgrundlage &h : list) {
            const NodeId n = add(parent, names::handlungsgrundlage, h.node);
            set(n, names::attr::name, h.name);
            set(n, names::attr::art, h.art);
            set(n, names::attr::uri, h.uri);
        }
    }
    void daten(NodeId parent, std::string_view local, const std::vector<Datenbezug> &list,
               std::string_view partner = {})
    {
        for (const Datenbezug &d : list) {
            const NodeId n = add(parent, local, d.node);
            set(n, names::attr::formular, d.formular);
            set(n, names::attr::schema, d.schema);
            set(n, names::attr::version, d.schemaVersion);
            if (!partner.empty())
                set(n, partner, d.partner);
            set(n, names::attr::uebermittlungsart, d.uebermittlungsart);
            setText(n, d.text);
        }
    }
    void anlaesse(NodeId parent, std::string_view local, const std::vector<Anlass> &list)
    {
        for (const Anlass &a : list) {
            const NodeId n = add(parent, local, a.node);
            set(n, names::attr::formular, a.formular);
            set(n, names::attr::prozess, a.prozess);
            setText(n, a.text);
        }
    }
    void spezifisch(NodeId parent, const Spezifisch &s)
    {
        if (s.typ < 1 || s.typ > 8)
            return;
        const NodeId n = add(parent, names::spezifisch[s.typ - 1], s.node);
        namespace a = names::attr;
        set(n, a::entscheidungsart, s.entscheidungsart);
        set(n, a::bearbeitungsart, s.bearbeitungsart);
        if (s.mitwirkungspflicht)
            set(n, a::mitwirkungspflicht, *s.mitwirkungspflicht ? QStringLiteral("true")
                                                                 : QStringLiteral("false"));
        set(n, a::beteiligungsform, s.beteiligungsform);
        daten(n, names::empfangen, s.empfangen, a::absender);
        daten(n, names::bereitstellen, s.bereitstellen, a::empfaenger);
        for (const QString &code : s.pruefarten)
            coded(n, names::pruefart, code);
        texts(n, names::hilfsmittel, s.hilfsmittel);
        text(n, names::beschreibung, s.beschreibung);
    }

private:
    /// Copies what Amtsweg does not understand from `from` to `to`: foreign and unknown
    /// attributes, child elements (and their comments) other than FIM ones.
    void carry(NodeId from, NodeId to)
    {
        const std::vector<Attribute> attributes(t.attributes(from).begin(),
                                                t.attributes(from).end());
        for (const Attribute &a : attributes) {
            const QualifiedName &q = t.names()[a.name];
            if (!q.isNamespaceDeclaration && (!q.nsUri.empty() || !names::isKnownAttribute(q.local)))
                t.setAttribute(to, a.name, a.value);
        }
        for (NodeId c = t.firstChild(from); c != kNoNode; c = t.next(c))
            if ((t.isElement(c) && !isUnderstood(t, c)) || t.kind(c) == NodeKind::Comment)
                t.insert(to, copySubtree(t, c));
    }

    ModelTree &t;
};

} // namespace

NodeId buildProzesssteckbrief(ModelTree &tree, const Prozesssteckbrief &s)
{
    Builder b(tree);
    const NodeId n = b.element(names::prozesssteckbrief, s.node);
    b.text(n, names::prozessschluessel, s.prozessschluessel);
    b.text(n, names::version, s.version);
    b.text(n, names::name, s.name);
    b.text(n, names::bezeichnung, s.bezeichnung);
    b.text(n, names::definition, s.definition);
    b.text(n, names::beschreibung, s.beschreibung);
    b.coded(n, names::detaillierungsstufe, s.detaillierungsstufe);
    b.coded(n, names::freigabestatus, s.freigabestatus);
    for (const Prozessteilnehmer &p : s.prozessteilnehmer) {
        const NodeId c = b.add(n, names::prozessteilnehmer, p.node);
        b.set(c, names::attr::name, p.name);
        b.set(c, names::attr::rollen, p.rollen.join(QLatin1Char(' ')));
    }
    b.handlungsgrundlagen(n, s.handlungsgrundlagen);
    b.anlaesse(n, names::ausloeser, s.ausloeser);
    b.anlaesse(n, names::ergebnis, s.ergebnisse);
    const Zustandsangaben &z = s.zustand;
    const QString zustand[] = {z.erstellt,           z.geaendert, z.bearbeiter,
                               z.methodischFreigegeben, z.fachlichFreigegeben,
                               z.gueltigAb,          z.gueltigBis};
    const std::string_view zustandNames[] = {
        names::attr::erstellt,   names::attr::geaendert, names::attr::bearbeiter,
        names::attr::methodischFreigegeben, names::attr::fachlichFreigegeben,
        names::attr::gueltigAb,  names::attr::gueltigBis};
    if (!QStringList(std::begin(zustand), std::end(zustand)).join(QString()).isEmpty()) {
        const NodeId c = b.add(n, names::zustandsangaben);
        for (int i = 0; i < 7; ++i)
            b.set(c, zustandNames[i], zustand[i]);
    }
    b.texts(n, names::kodierung, s.verwaltungspolitischeKodierung);
    b.texts(n, names::klassifikation, s.klassifikation);
    return n;
}

NodeId buildAktivitaetengruppe(ModelTree &tree, const Aktivitaetengruppe &g)
{
    Builder b(tree);
    const NodeId n = b.element(names::aktivitaetengruppe, g.node);
    b.set(n, names::attr::typ, g.typ);
    b.set(n, names::attr::version, g.version);
    b.set(n, names::attr::gruppenId, g.gruppenId);
    // A name equal to the sub-process's is not repeated (it is read from there).
    const std::string_view ownName = g.owner != kNoNode ? bpmn::name(tree, g.owner) : "";
    if (g.name != QString::fromUtf8(ownName.data(), qsizetype(ownName.size())).trimmed())
        b.text(n, names::name, g.name);
    b.text(n, names::beschreibung, g.beschreibung);
    b.handlungsgrundlagen(n, g.handlungsgrundlagen);
    b.daten(n, names::eingehendeDaten, g.eingehendeDaten);
    b.daten(n, names::ausgehendeDaten, g.ausgehendeDaten);
    b.texts(n, names::fachverfahren, g.fachverfahren);
    for (const Spezifisch &s : g.spezifisch)
        b.spezifisch(n, s);
    return n;
}

Placement placementFor(ModelTree &tree, NodeId owner, NodeId built)
{
    Placement p;
    const NodeId ext = tree.firstChildElement(owner, "extensionElements");
    if (ext == kNoNode) {
        p.node = bpmn::createElement(tree, schema::uri::model, "extensionElements");
        tree.insert(p.node, built);
        p.parent = owner;
        p.before = bpmn::schemaInsertBefore(tree, owner, p.node);
        return p;
    }
    p.parent = ext;
    p.node = built;
    for (NodeId c = tree.firstChild(ext); c != kNoNode; c = tree.next(c))
        if (tree.isElement(c) && tree.qname(c).nsUri == tree.qname(built).nsUri
            && tree.localName(c) == tree.localName(built)) {
            p.old = c;
            p.before = tree.next(c);
            break;
        }
    return p;
}

void place(ModelTree &tree, const Placement &p)
{
    if (p.old != kNoNode)
        tree.detach(p.old);
    tree.insert(p.parent, p.node, p.before);
}

} // namespace amtsweg::fim

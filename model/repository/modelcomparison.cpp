#include "modelcomparison.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramcomparison.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

namespace amtsweg {

namespace {

constexpr int kMaxValueLength = 80;

// Property names the comparison reports, translated for display by propertyLabel(): its own
// ("type", "position" …) and the BPMN attributes and child elements that change most often.
// Other names (foreign attributes such as "camunda:assignee") are shown as they are.
constexpr const char *kPropertyTexts[] = {
    QT_TRANSLATE_NOOP("ModelComparison", "type"),
    QT_TRANSLATE_NOOP("ModelComparison", "text"),
    QT_TRANSLATE_NOOP("ModelComparison", "container"),
    QT_TRANSLATE_NOOP("ModelComparison", "position"),
    QT_TRANSLATE_NOOP("ModelComparison", "size"),
    QT_TRANSLATE_NOOP("ModelComparison", "waypoints"),
    QT_TRANSLATE_NOOP("ModelComparison", "label"),
    QT_TRANSLATE_NOOP("ModelComparison", "diagram"),
    QT_TRANSLATE_NOOP("ModelComparison", "name"),
    QT_TRANSLATE_NOOP("ModelComparison", "documentation"),
    QT_TRANSLATE_NOOP("ModelComparison", "conditionExpression"),
    QT_TRANSLATE_NOOP("ModelComparison", "default"),
    QT_TRANSLATE_NOOP("ModelComparison", "sourceRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "targetRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "incoming"),
    QT_TRANSLATE_NOOP("ModelComparison", "outgoing"),
    QT_TRANSLATE_NOOP("ModelComparison", "attachedToRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "cancelActivity"),
    QT_TRANSLATE_NOOP("ModelComparison", "isInterrupting"),
    QT_TRANSLATE_NOOP("ModelComparison", "processRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "flowNodeRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "extensionElements"),
    QT_TRANSLATE_NOOP("ModelComparison", "messageRef"),
    QT_TRANSLATE_NOOP("ModelComparison", "calledElement"),
    QT_TRANSLATE_NOOP("ModelComparison", "timerEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "messageEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "signalEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "errorEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "escalationEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "conditionalEventDefinition"),
    QT_TRANSLATE_NOOP("ModelComparison", "standardLoopCharacteristics"),
    QT_TRANSLATE_NOOP("ModelComparison", "multiInstanceLoopCharacteristics"),
};

/// The readable type name, translated like the other panels' type names ("BpmnType").
QString translatedTypeName(const QString &localName)
{
    const QByteArray english = readableTypeName(localName).toUtf8();
    return QCoreApplication::translate("BpmnType", english.constData());
}

QString toQ(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString shortened(QString s)
{
    s = s.simplified();
    if (s.size() > kMaxValueLength)
        s = s.left(kMaxValueLength - 1) + QChar(0x2026);
    return s;
}

/// Elements the comparison reports on: what diagrams draw, plus processes, messages & co.
bool isTracked(const ModelTree &tree, NodeId n)
{
    static constexpr std::string_view kTypes[] = {"tFlowElement", "tArtifact",   "tParticipant",
                                                  "tMessageFlow", "tLane",       "tDataAssociation",
                                                  "tDataInput",   "tDataOutput", "tRootElement"};
    if (!tree.isElement(n) || tree.ns(n) != schema::Ns::Model || tree.id(n).empty())
        return false;
    if (tree.isA(n, "tEventDefinition")) // root elements too, but part of their event
        return false;
    return std::any_of(std::begin(kTypes), std::end(kTypes),
                       [&](std::string_view type) { return tree.isA(n, type); });
}

/// The node after `n` in document order below `top`, or kNoNode.
NodeId nextInOrder(const ModelTree &tree, NodeId n, NodeId top)
{
    if (const NodeId child = tree.firstChild(n); child != kNoNode)
        return child;
    for (; n != top && n != kNoNode; n = tree.parent(n))
        if (const NodeId sibling = tree.next(n); sibling != kNoNode)
            return sibling;
    return kNoNode;
}

/// The element, attribute or child name as users read it: BPMN names and unprefixed names
/// plain, others with their prefix ("camunda:assignee").
QString displayName(const QualifiedName &name)
{
    if (name.ns == schema::Ns::Model || name.prefix.empty())
        return toQ(name.local);
    return toQ(name.prefix) + QLatin1Char(':') + toQ(name.local);
}

std::string nameKey(const QualifiedName &name)
{
    std::string key(name.nsUri);
    key += '|';
    key += name.local;
    return key;
}

/// The semantic elements of one tree by id, and the shapes and edges drawing each.
struct TreeIndex
{
    explicit TreeIndex(const ModelTree &t) : tree(t)
    {
        const NodeId root = tree.root();
        for (NodeId n = root; n != kNoNode; n = nextInOrder(tree, n, root)) {
            if (isTracked(tree, n) && byId.emplace(tree.id(n), n).second)
                elements.push_back(n);
        }
        for (NodeId plane : di::planes(tree))
            for (NodeId c = tree.firstChild(plane); c != kNoNode; c = tree.next(c))
                if (di::isDiagramElement(tree, c))
                    if (const NodeId semantic = di::semanticOf(tree, c); semantic != kNoNode)
                        drawnBy[semantic].push_back(c);
    }

    NodeId find(std::string_view id) const
    {
        const auto it = byId.find(id);
        return it != byId.end() ? it->second : kNoNode;
    }

    /// The nearest semantic element around `n`, or kNoNode.
    NodeId container(NodeId n) const
    {
        for (NodeId p = tree.parent(n); p != kNoNode && tree.isElement(p); p = tree.parent(p))
            if (isTracked(tree, p))
                return p;
        return kNoNode;
    }

    const std::vector<NodeId> &diagramElements(NodeId semantic) const
    {
        static const std::vector<NodeId> none;
        const auto it = drawnBy.find(semantic);
        return it != drawnBy.end() ? it->second : none;
    }

    const ModelTree &tree;
    std::vector<NodeId> elements; ///< document order
    std::unordered_map<std::string_view, NodeId> byId;
    std::unordered_map<NodeId, std::vector<NodeId>> drawnBy;
};

ElementDifference difference(DifferenceKind kind, const ModelTree &tree, NodeId n)
{
    ElementDifference d;
    d.kind = kind;
    d.id = toQ(tree.id(n));
    d.typeName = toQ(tree.localName(n));
    d.name = toQ(bpmn::name(tree, n)).simplified();
    return d;
}

/// One attribute, or all child elements of one name, of an element: what is compared.
struct Entry
{
    std::string key;     ///< namespace and local name
    QString display;     ///< the name as users read it
    std::string content; ///< compared
    QString shown;       ///< the value shown, shortened; empty when it is no simple text
};

/// Attributes of an element (the id and namespace declarations left out).
std::vector<Entry> attributeEntries(const ModelTree &tree, NodeId n)
{
    std::vector<Entry> result;
    for (const Attribute &a : tree.attributes(n)) {
        const QualifiedName &name = tree.names()[a.name];
        if (a.name != tree.known().id && !name.isNamespaceDeclaration)
            result.push_back(
                {nameKey(name), displayName(name), std::string(a.value), shortened(toQ(a.value))});
    }
    return result;
}

/// A child's content as one string: name, sorted attributes, text and nested children, with
/// semantic elements below it left out (they are compared on their own).
void appendCanonical(const ModelTree &tree, NodeId n, std::string &out)
{
    out += '<';
    out += nameKey(tree.qname(n));
    std::vector<std::pair<std::string, std::string_view>> attributes;
    for (const Attribute &a : tree.attributes(n))
        if (!tree.names()[a.name].isNamespaceDeclaration)
            attributes.emplace_back(nameKey(tree.names()[a.name]), a.value);
    std::sort(attributes.begin(), attributes.end());
    for (const auto &[key, value] : attributes) {
        out += ' ';
        out += key;
        out += "=\"";
        out += value;
        out += '"';
    }
    out += '>';
    for (NodeId c = tree.firstChild(n); c != kNoNode; c = tree.next(c)) {
        if (tree.isElement(c)) {
            if (!isTracked(tree, c))
                appendCanonical(tree, c, out);
        } else if (tree.kind(c) == NodeKind::Text || tree.kind(c) == NodeKind::CData) {
            const QByteArray text =
                QByteArray(tree.nodeText(c).data(), qsizetype(tree.nodeText(c).size())).trimmed();
            out.append(text.constData(), size_t(text.size()));
        }
    }
    out += "</>";
}

/// The texts of a group of simple elements (documentation, incoming …), else empty.
QString summary(const ModelTree &tree, const std::vector<NodeId> &nodes)
{
    QStringList texts;
    for (NodeId n : nodes) {
        if (tree.firstChildElement(n) != kNoNode)
            return {};
        texts << QString::fromStdString(tree.text(n)).simplified();
    }
    return shortened(texts.join(QStringLiteral(", ")));
}

/// The child elements that are no semantic elements of their own, one entry per name.
std::vector<Entry> childEntries(const ModelTree &tree, NodeId n)
{
    std::vector<Entry> entries;
    std::vector<std::vector<NodeId>> nodes;
    for (NodeId c = tree.firstChildElement(n); c != kNoNode; c = tree.nextSiblingElement(c)) {
        if (isTracked(tree, c))
            continue;
        const std::string key = nameKey(tree.qname(c));
        auto entry = std::find_if(entries.begin(), entries.end(),
                                  [&](const Entry &e) { return e.key == key; });
        if (entry == entries.end()) {
            entry = entries.insert(entries.end(), {key, displayName(tree.qname(c)), {}, {}});
            nodes.emplace_back();
        }
        nodes[size_t(entry - entries.begin())].push_back(c);
        appendCanonical(tree, c, entry->content);
    }
    for (size_t i = 0; i < entries.size(); ++i)
        entries[i].shown = summary(tree, nodes[i]);
    return entries;
}

/// Entries only in `after` (added), in both but different (changed), only in `before` (removed).
void compareEntries(const std::vector<Entry> &before, const std::vector<Entry> &after,
                    std::vector<PropertyChange> &out)
{
    auto find = [](const std::vector<Entry> &in, const std::string &key) {
        return std::find_if(in.begin(), in.end(), [&](const Entry &e) { return e.key == key; });
    };
    for (const Entry &e : after) {
        const auto old = find(before, e.key);
        if (old == before.end())
            out.push_back({PropertyChange::Kind::Added, e.display, {}, e.shown});
        else if (old->content != e.content)
            out.push_back({PropertyChange::Kind::Changed, e.display, old->shown, e.shown});
    }
    for (const Entry &e : before)
        if (find(after, e.key) == after.end())
            out.push_back({PropertyChange::Kind::Removed, e.display, e.shown, {}});
}

QString describe(const ModelTree &tree, NodeId n)
{
    return n != kNoNode ? difference(DifferenceKind::Changed, tree, n).label() : QString();
}

std::vector<PropertyChange> contentChanges(const TreeIndex &older, NodeId a, const TreeIndex &newer,
                                           NodeId b)
{
    std::vector<PropertyChange> changes;
    const QualifiedName &typeBefore = older.tree.qname(a);
    const QualifiedName &typeAfter = newer.tree.qname(b);
    if (typeBefore.local != typeAfter.local || typeBefore.nsUri != typeAfter.nsUri)
        changes.push_back({PropertyChange::Kind::Changed, QStringLiteral("type"),
                           translatedTypeName(toQ(typeBefore.local)),
                           translatedTypeName(toQ(typeAfter.local))});
    compareEntries(attributeEntries(older.tree, a), attributeEntries(newer.tree, b), changes);
    const QString textBefore = QString::fromStdString(older.tree.text(a)).simplified();
    const QString textAfter = QString::fromStdString(newer.tree.text(b)).simplified();
    if (textBefore != textAfter)
        changes.push_back({PropertyChange::Kind::Changed, QStringLiteral("text"),
                           shortened(textBefore), shortened(textAfter)});
    compareEntries(childEntries(older.tree, a), childEntries(newer.tree, b), changes);
    const NodeId containerBefore = older.container(a);
    const NodeId containerAfter = newer.container(b);
    const std::string_view idBefore =
        containerBefore != kNoNode ? older.tree.id(containerBefore) : std::string_view();
    const std::string_view idAfter =
        containerAfter != kNoNode ? newer.tree.id(containerAfter) : std::string_view();
    if (idBefore != idAfter)
        changes.push_back({PropertyChange::Kind::Changed, QStringLiteral("container"),
                           describe(older.tree, containerBefore),
                           describe(newer.tree, containerAfter)});
    return changes;
}

} // namespace

QString ElementDifference::typeLabel() const
{
    return translatedTypeName(typeName);
}

QString ElementDifference::label() const
{
    if (name.isEmpty())
        return QStringLiteral("%1 (%2)").arg(typeLabel(), id);
    return QStringLiteral("%1 \u201c%2\u201d (%3)").arg(typeLabel(), name, id);
}

QString ElementDifference::propertyList() const
{
    QStringList names;
    for (const PropertyChange &c : changes)
        names << propertyLabel(c.property);
    return names.join(QStringLiteral(", "));
}

int ModelComparison::count(DifferenceKind kind) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [kind](const ElementDifference &d) { return d.kind == kind; }));
}

const ElementDifference *ModelComparison::find(const QString &id, DifferenceKind kind) const
{
    for (const ElementDifference &d : differences)
        if (d.kind == kind && d.id == id)
            return &d;
    return nullptr;
}

ModelComparison compareModels(const ModelTree &older, const ModelTree &newer)
{
    const TreeIndex before(older);
    const TreeIndex after(newer);
    ModelComparison result;
    std::vector<ElementDifference> changed, moved;
    for (NodeId b : after.elements) {
        const NodeId a = before.find(newer.id(b));
        if (a == kNoNode) {
            result.differences.push_back(difference(DifferenceKind::Added, newer, b));
            continue;
        }
        if (auto changes = contentChanges(before, a, after, b); !changes.empty()) {
            changed.push_back(difference(DifferenceKind::Changed, newer, b));
            changed.back().changes = std::move(changes);
        }
        if (auto changes =
                diagramChanges(older, before.diagramElements(a), newer, after.diagramElements(b));
            !changes.empty()) {
            moved.push_back(difference(DifferenceKind::Moved, newer, b));
            moved.back().changes = std::move(changes);
        }
    }
    for (NodeId a : before.elements)
        if (after.find(older.id(a)) == kNoNode)
            result.differences.push_back(difference(DifferenceKind::Removed, older, a));
    for (auto *group : {&changed, &moved})
        std::move(group->begin(), group->end(), std::back_inserter(result.differences));
    return result;
}

QString propertyLabel(const QString &property)
{
    for (const char *text : kPropertyTexts)
        if (property == QLatin1String(text))
            return QCoreApplication::translate("ModelComparison", text);
    return property;
}

QString readableTypeName(const QString &localName)
{
    QString result;
    for (qsizetype i = 0; i < localName.size(); ++i) {
        const QChar c = localName.at(i);
        if (i == 0)
            result += c.toUpper();
        else if (c.isUpper() && !localName.at(i - 1).isUpper())
            result += QLatin1Char(' ') + c;
        else
            result += c;
    }
    return result;
}

} // namespace amtsweg

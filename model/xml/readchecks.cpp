#include "readchecks.h"

#include <charconv>
#include <cmath>

namespace amtsweg {
namespace {

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

std::string_view trimmed(std::string_view v)
{
    const auto ws = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (!v.empty() && ws(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && ws(v.back()))
        v.remove_suffix(1);
    return v;
}

bool parseDouble(std::string_view v, double *out)
{
    v = trimmed(v);
    if (!v.empty() && v.front() == '+')
        v.remove_prefix(1);
    const auto r = std::from_chars(v.data(), v.data() + v.size(), *out);
    return r.ec == std::errc() && r.ptr == v.data() + v.size() && !v.empty();
}

} // namespace

const schema::AttributeInfo *ReadChecks::attributeInfo(schema::TypeId type, NameId name)
{
    // Every file uses few attribute names and types: remember each pair's answer.
    const std::size_t index = std::size_t(type) * m_tree.names().size() + name;
    if (index >= m_attributeCache.size()) {
        m_attributeCache.resize(std::size_t(type + 1) * m_tree.names().size(), nullptr);
        m_attributeKnown.resize(m_attributeCache.size(), false);
    }
    const schema::AttributeInfo *&cached = m_attributeCache[index];
    if (!m_attributeKnown[index]) {
        m_attributeKnown[index] = true;
        const QualifiedName &q = m_tree.names()[name];
        cached = q.nsUri.empty() ? schema::Schema::instance().attribute(type, q.local) : nullptr;
    }
    return cached;
}

const std::vector<ReadChecks::RequiredAttribute> &ReadChecks::requiredAttributes(schema::TypeId type)
{
    if (type >= m_required.size())
        m_required.resize(type + 1);
    auto &entry = m_required[type];
    if (!entry.first) {
        entry.first = true;
        for (const schema::AttributeInfo *info : schema::Schema::instance().allAttributes(type))
            if (info->required)
                entry.second.push_back({info, m_tree.names().find({}, info->name)});
    }
    return entry.second;
}

ReadChecks::ReadChecks(const ModelTree &tree, const SourceLocator &locator, Diagnostics &out)
    : m_tree(tree), m_locator(locator), m_out(out)
{
    if (const NodeId root = tree.root())
        m_targetNamespace = tree.attr(root, tree.known().targetNamespace);
    m_flowNodeType = schema::Schema::instance().type(schema::Ns::Model, "tFlowNode");
}

bool ReadChecks::isFlowNode(NodeId n) const
{
    const schema::TypeId t = m_tree.type(n);
    return t != schema::kNoType && schema::Schema::instance().isA(t, m_flowNodeType);
}

void ReadChecks::warn(NodeId n, std::string_view needle, const char *code, const QString &message)
{
    // Name the element the problem belongs to: the nearest one with an id (a Bounds belongs
    // to its BPMNShape, an <incoming> to its task).
    std::string_view id;
    for (NodeId e = n; e != kNoNode && m_tree.isElement(e) && id.empty(); e = m_tree.parent(e))
        id = m_tree.id(e);
    m_out.push_back(m_locator.make(Severity::Warning, static_cast<int>(m_tree.line(n)), needle,
                                   QString::fromLatin1(code), message, q(id)));
}

void ReadChecks::reportDuplicateIds(const std::vector<NodeId> &duplicates)
{
    for (NodeId n : duplicates) {
        const std::string_view id = m_tree.id(n);
        const NodeId first = m_tree.byId(id);
        warn(n, id, "duplicate-id",
             QStringLiteral("duplicate id '%1' (first used on line %2); references resolve to "
                            "the first")
                 .arg(q(id))
                 .arg(m_tree.line(first)));
    }
}

void ReadChecks::run()
{
    const NodeId start = m_tree.documentNode();
    NodeId c = start;
    while (true) {
        bool descend = true;
        if (m_tree.isElement(c)) {
            // Content of other tools (foreign elements, extensionElements) is kept, not checked.
            const QualifiedName &name = m_tree.qname(c);
            descend = name.ns != schema::Ns::None && !(name.ns == schema::Ns::Model &&
                                                        name.local == "extensionElements");
            if (descend)
                checkElement(c);
        }
        if (descend && m_tree.firstChild(c) != kNoNode) {
            c = m_tree.firstChild(c);
            continue;
        }
        while (c != start && m_tree.next(c) == kNoNode)
            c = m_tree.parent(c);
        if (c == start)
            return;
        c = m_tree.next(c);
    }
}

void ReadChecks::checkElement(NodeId n)
{
    const QualifiedName &name = m_tree.qname(n);
    if (name.ns == schema::Ns::None)
        return; // foreign content: kept, not checked
    if (name.element == schema::kNoElement) {
        checkLocalElement(n);
        return;
    }
    checkAttributes(n);
    if (m_tree.is(n, "sequenceFlow")) {
        for (NameId ref : {m_tree.known().sourceRef, m_tree.known().targetRef}) {
            const NodeId end = m_tree.resolveRef(m_tree.attr(n, ref));
            if (end != kNoNode && !isFlowNode(end))
                warn(n, m_tree.id(n), "bad-flow-end",
                     QStringLiteral("sequence flow '%1' connects '%2', which is not a flow node")
                         .arg(q(m_tree.id(n)), q(m_tree.id(end))));
        }
    }
}

void ReadChecks::checkAttributes(NodeId n)
{
    const QualifiedName &name = m_tree.qname(n);
    const schema::TypeId type = m_tree.type(n);
    if (type == schema::kNoType)
        return;
    for (const Attribute &a : m_tree.attributes(n))
        if (const schema::AttributeInfo *info = attributeInfo(type, a.name))
            checkAttribute(n, *info, a.value);
    for (const RequiredAttribute &required : requiredAttributes(type)) {
        if (required.name != 0 && m_tree.attribute(n, required.name))
            continue;
        const schema::AttributeInfo *info = required.info;
        // Fixed in practice by every tool: DI ids and expression bodies are often omitted.
        const std::string_view attrName = info->name;
        if (attrName == "id" && name.ns != schema::Ns::Model)
            continue;
        warn(n, name.local, "missing-attribute",
             QStringLiteral("<%1> lacks the required attribute '%2'")
                 .arg(q(name.local), q(attrName)));
    }
}

void ReadChecks::checkLocalElement(NodeId n)
{
    const QualifiedName &name = m_tree.qname(n);
    const NodeId parent = m_tree.parent(n);
    const schema::TypeId parentType = m_tree.isElement(parent) ? m_tree.type(parent) : schema::kNoType;
    if (parentType == schema::kNoType) {
        if (m_tree.qname(parent).ns == schema::Ns::None && m_tree.isElement(parent))
            return; // inside foreign content
        warn(n, name.local, "unknown-element",
             QStringLiteral("<%1> is not an element of BPMN 2.0; it is kept unchanged")
                 .arg(q(name.local)));
        return;
    }
    const schema::Schema &s = schema::Schema::instance();
    if (const int index = s.childSlot(parentType, name.ns, name.local); index >= 0) {
        const schema::ChildInfo *slot = s.allChildren(parentType)[index];
        checkAttributes(n); // local elements with a complex type (di:waypoint, childLaneSet …)
        if (slot->kind == schema::ValueKind::IdRef || slot->kind == schema::ValueKind::QNameRef) {
            const std::string text = m_tree.text(n);
            checkReference(n, name.local, text, slot->kind == schema::ValueKind::QNameRef);
            if (name.local == "flowNodeRef") {
                const NodeId target = m_tree.resolveRef(text);
                if (target != kNoNode && !isFlowNode(target))
                    warn(n, name.local, "bad-lane-ref",
                         QStringLiteral("lane refers to '%1', which is not a flow node")
                             .arg(q(trimmed(text))));
            }
        }
        return;
    }
    warn(n, name.local, "unknown-element",
         QStringLiteral("<%1> is not allowed inside <%2> in BPMN 2.0; it is kept unchanged")
             .arg(q(name.local), q(m_tree.localName(parent))));
}

void ReadChecks::checkAttribute(NodeId n, const schema::AttributeInfo &info, std::string_view value)
{
    using schema::ValueKind;
    switch (info.kind) {
    case ValueKind::IdRef:
    case ValueKind::QNameRef:
        checkReference(n, info.name, value, info.kind == ValueKind::QNameRef);
        break;
    case ValueKind::IdRefs: {
        std::size_t pos = 0;
        while (pos < value.size()) {
            std::size_t end = value.find(' ', pos);
            if (end == std::string_view::npos)
                end = value.size();
            if (end > pos)
                checkReference(n, info.name, value.substr(pos, end - pos), false);
            pos = end + 1;
        }
        break;
    }
    case ValueKind::Double: {
        double d = 0;
        const std::string_view name = info.name;
        if (!parseDouble(value, &d) || !std::isfinite(d)) {
            warn(n, name, "bad-number",
                 QStringLiteral("%1=\"%2\" is not a finite number").arg(q(name), q(value)));
        } else if (std::abs(d) > kMaxCoordinate ||
                   ((name == "width" || name == "height") && d < 0)) {
            warn(n, name, "bad-number",
                 QStringLiteral("%1=\"%2\" is out of range for a diagram").arg(q(name), q(value)));
        }
        break;
    }
    case ValueKind::Integer: {
        long long i = 0;
        const std::string_view v = trimmed(value);
        const auto r = std::from_chars(v.data(), v.data() + v.size(), i);
        if (r.ec != std::errc() || r.ptr != v.data() + v.size())
            warn(n, info.name, "bad-number",
                 QStringLiteral("%1=\"%2\" is not an integer").arg(q(info.name), q(value)));
        break;
    }
    case ValueKind::Boolean: {
        const std::string_view v = trimmed(value);
        if (v != "true" && v != "false" && v != "1" && v != "0")
            warn(n, info.name, "bad-boolean",
                 QStringLiteral("%1=\"%2\" is not true or false").arg(q(info.name), q(value)));
        break;
    }
    default:
        break;
    }
}

bool ReadChecks::isExternalQName(NodeId n, std::string_view value) const
{
    const auto colon = value.find(':');
    if (colon == std::string_view::npos)
        return false;
    const std::string_view prefix = value.substr(0, colon);
    for (NodeId e = n; e != kNoNode && m_tree.isElement(e); e = m_tree.parent(e)) {
        for (const Attribute &a : m_tree.attributes(e)) {
            const QualifiedName &an = m_tree.names()[a.name];
            if (an.isNamespaceDeclaration && an.local == prefix)
                return a.value != m_targetNamespace;
        }
    }
    return false;
}

void ReadChecks::checkReference(NodeId n, std::string_view what, std::string_view value, bool qname)
{
    value = trimmed(value);
    if (value.empty()) {
        warn(n, what, "empty-reference",
             QStringLiteral("<%1> has an empty %2").arg(q(m_tree.localName(n)), q(what)));
        return;
    }
    if (m_tree.resolveRef(value) != kNoNode)
        return;
    if (qname && isExternalQName(n, value))
        return; // refers into another namespace (an import or XML Schema type)
    const bool isDi = what == "bpmnElement";
    warn(n, value, isDi ? "di-missing-element" : "dangling-reference",
         isDi ? QStringLiteral("diagram element '%1' shows '%2', which does not exist")
                    .arg(q(m_tree.id(n)), q(value))
              : QStringLiteral("%1 '%2' of <%3> names no element in this file")
                    .arg(q(what), q(value), q(m_tree.localName(n))));
}

} // namespace amtsweg
